import Fluent
import Vapor
import ZhixingCore

/// What a document's template is given: every phrase the law fixes comes from the core
/// (`EnforcementDocumentKind`, `ExecutionBasisKind.documentName`, `Money.documentForm`, `LocalDate.chineseFormal`).
struct DocumentText: Encodable, Sendable {
    let title: String
    /// `执 行 通 知 书`: the title as courts set it, one space between characters.
    let spacedTitle: String
    let court: String
    let caseNumber: String
    let issuedOn: String
    /// 二〇二六年十二月一日
    let issuedOnZh: String
    let filedOnZh: String
    let applicants: [String]
    let debtors: [DebtorLine]
    /// `北京市朝阳区人民法院作出的（2026）京0105民初88号民事判决书`
    let basis: String
    /// `人民币50,000.00元（大写：伍万元整）`
    let amountApplied: String
    let amountReceived: String
    let outstanding: String
    /// `依照《中华人民共和国民事诉讼法》第二百五十一条、…的规定`: the grounds as the document cites them.
    let grounds: String
    /// `自本通知书送达之日起立即` / `自本令送达之日起五日内`: counted from service, never a date.
    let term: String
    let signers: [DocumentSignature.Line]
    let clerk: DocumentSignature.Line
    /// Whether the court's name is printed above the date (letters and orders: yes; rulings carry it in the head).
    let courtAboveDate: Bool
    let checklist: [String]

    struct DebtorLine: Encodable, Sendable {
        let name: String
        let identifier: String
        let representative: String?
        let address: String?

        /// The debtor as the documents served on them name them: in full (the document is theirs).
        init(_ debtor: Party) {
            name = debtor.name
            identifier = debtor.identifier
            representative = debtor.legalRepresentative
            address = debtor.address
        }
    }

    /// The text of `kind` for the case `row` on `today`: a 终本 ruling only when the core's checklist allows it (409 otherwise).
    static func make(_ kind: EnforcementDocumentKind, of row: EnforcementCase, on today: LocalDate, effects: Effects,
                     db: any Database) async throws -> DocumentText {
        let id = try row.requireID()
        let parties = try await CaseParty.query(on: db).filter(\.$enforcementCase.$id == id).sort(\.$position).all().parties()
        let events = try await CaseEvent.query(on: db).filter(\.$enforcementCase.$id == id).sort(\.$seq).all()
        let entrustment = try await Entrustments.sent(by: id, on: db)
        let assessment = EnforcementRules.assess(try CaseFacts.facts(of: row, events: events, entrustment: entrustment, asOf: today),
                                                 calendar: try await effects.calendars.calendar(on: db))
        var checklist: [String] = []
        if kind == .terminationRuling {
            guard assessment.terminationChecklist.allowed else {
                throw AppError.conflict("document.termination_not_allowed", .init(
                    zh: "终结本次执行程序的条件尚不具备，不能出具裁定书。", en: "The conditions for terminating the current procedure do not hold yet."))
            }
            checklist = assessment.terminationChecklist.reasonsForRuling.map { "\($0.message.zh)（\($0.articleZh)）" }
        }
        // The signers the case's team names (judge, clerk); none known without a team: lines left blank.
        var judge: String?, clerk: String?
        if let team = try await row.$team.get(on: db) {
            judge = try await team.$judge.get(on: db).displayName
            clerk = try await team.$clerk.get(on: db)?.displayName
        }
        let signature = kind.signature(judge: judge, clerk: clerk)
        let basisKind = try row.executionBasisKind
        let amounts = assessment.amounts  // the money as the core reckons it (`CaseAmounts`)
        return DocumentText(
            title: kind.title, spacedTitle: kind.title.map(String.init).joined(separator: " "),
            court: row.court.nameZh, caseNumber: row.caseNumber, issuedOn: today.iso, issuedOnZh: today.chineseFormal,
            filedOnZh: try LocalDate(iso: row.filedOn).chineseFormal,
            applicants: parties.filter { $0.role == .applicant }.map(\.name),
            debtors: parties.filter { $0.role == .debtor }.map(DebtorLine.init),
            basis: row.basisIssuingBody + "作出的" + row.basisDocumentNumber + basisKind.documentName + basisKind.enforcedPart,
            amountApplied: amounts.ordered.documentForm, amountReceived: amounts.received.documentForm,
            outstanding: amounts.outstanding.documentForm,
            grounds: "依照" + kind.grounds.chineseInDocument + "的规定",
            term: kind.term?.phrase(selfReference: kind.selfReference) ?? "",
            signers: signature.signers, clerk: signature.clerk, courtAboveDate: kind != .terminationRuling, checklist: checklist)
    }
}
