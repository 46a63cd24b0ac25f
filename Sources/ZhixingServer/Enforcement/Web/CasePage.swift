import Foundation
import ZhixingCore

/// The one-screen case page: parties, basis, amounts, measures, deadlines, timeline, and the
/// action form offering only what the core allows next.
struct CasePage: Encodable, Sendable {
    struct Party: Encodable, Sendable {
        let role: String
        let name: String
        let identifier: String
        let detail: String
    }

    struct Deadline: Encodable, Sendable {
        let title: String
        let article: String
        let owedBy: String
        let dueDate: String
        let metOn: String
        let overdue: Bool
    }

    struct Event: Encodable, Sendable {
        let date: String
        let kind: String
        let detail: String
        let by: String
    }

    struct Entrustment: Encodable, Sendable {
        let kind: String
        let detail: String
        let caseNumber: String
        let href: String
    }

    struct Option: Encodable, Sendable {
        let value: String
        let label: String
    }

    let id: String
    let caseNumber: String
    let court: String
    let status: String
    let filedOn: String
    let amountApplied: String
    let amountReceived: String
    let outstanding: String
    let overdue: Bool
    let version: Int
    let basis: [Option]
    let parties: [Party]
    let deadlines: [Deadline]
    let events: [Event]
    let warnings: [DecisionView.ReasonRow]
    let assessment: DecisionView
    let allowedNext: [Option]
    let measureKinds: [Option]
    let assetKinds: [Option]
    let today: String
    let eventsAction: String
    let documentsAction: String
    let documents: [Event]
    let documentKinds: [Option]
    let linksAction: String
    let entrustAction: String
    let linkKinds: [Option]
    let linkedFrom: Event?
    let linkedCases: [Event]
    /// 委托执行: the other case (kind = sent/received, detail = court and dates, href when openable).
    let entrustment: Entrustment?
    let canEntrust: Bool
    let teamAction: String
    let teams: [Option]
    let teamName: String
    /// What the page offers, from the policy (`CaseDetailDTO.allowedActions`): the event form, the
    /// document form, the linked-case form, the team form.
    let canAct: Bool
    let canIssue: Bool
    let canLink: Bool
    let canAssign: Bool
    let accessCode: String?
    let error: String?
    let errorField: String?
    /// The event form as typed before a log-in, when the session had lapsed on it (`FormDrafts`): shown again to
    /// check and send. Empty otherwise.
    var kept: [String: String] = [:]

    /// The parts of the assessment the page lays out itself; the rest is shown generically.
    private struct AssessmentParts: Decodable {
        struct Due: Decodable {
            let title: LocalizedText
            let article: String
            let articleZh: String?
            let owedBy: String
            let dueDate: String
            let metOn: String?
            let overdue: Bool
        }
        let allowedNext: [String]
        let deadlines: [Due]
    }

    init(detail: CaseDetailDTO, language: String, table: [String: String], canEntrust: Bool = false,
         accessCode: String?, error: AppError?, teams: [Teams.TeamDTO] = []) throws {
        func t(_ key: String) -> String { table[key] ?? key }
        let english = language.hasPrefix("en")
        /// Dates as people read them: 2026年12月1日 on Chinese pages, 2026-12-01 on English ones.
        func day(_ iso: String) -> String { PageDate.text(iso, language: language) }
        let summary = detail.summary
        id = summary.id.uuidString
        caseNumber = summary.caseNumber
        court = summary.court
        status = t("case_status_" + summary.status)
        filedOn = day(summary.filedOn)
        // The money as the core reckons it (`CaseAmounts`): applied for, received, and outstanding.
        let amounts = detail.assessment.amounts
        amountApplied = amounts.ordered.formatted
        amountReceived = amounts.received.formatted
        outstanding = amounts.outstanding.formatted
        overdue = summary.overdue
        version = summary.version
        basis = [
            Option(value: t("case_basis_kind"), label: t("basis_kind_" + detail.basis.kind)),
            Option(value: t("case_basis_issuer"), label: detail.basis.issuingBody),
            Option(value: t("case_basis_number"), label: detail.basis.documentNumber),
            Option(value: t("case_basis_effective"), label: detail.basis.effectiveOn.map(day) ?? "—"),
            Option(value: t("case_basis_amount"), label: detail.basis.amountAwarded.flatMap { try? Money(parsing: $0).formatted } ?? "—"),
        ] + (detail.basis.obligations.map { [Option(value: t("case_basis_obligations"), label: $0)] } ?? [])
        parties = detail.parties.map { p in
            Party(role: t("party_role_" + p.role), name: p.name,
                  identifier: p.identityNumber ?? p.creditCode ?? "",
                  detail: [p.legalRepresentative.map { t("party_representative") + " " + $0 }, p.phone, p.address]
                    .compactMap { $0 }.joined(separator: " · "))
        }
        let encoder = JSONEncoder()
        let json = try encoder.encode(detail.assessment)
        let parts = try JSONDecoder().decode(AssessmentParts.self, from: json)
        deadlines = parts.deadlines.map {
            Deadline(title: $0.title.text(for: language), article: english ? $0.article : ($0.articleZh ?? $0.article),
                     owedBy: t("owed_by_" + $0.owedBy), dueDate: day($0.dueDate), metOn: $0.metOn.map(day) ?? "", overdue: $0.overdue)
        }
        events = detail.events.reversed().map { e in
            var bits: [String] = []
            if let amount = e.amount, let money = try? Money(parsing: amount) { bits.append(money.formatted) }
            if let m = e.measure { bits.append("\(t("measure_kind_" + m.kind.rawValue)) · \(t("asset_kind_" + m.asset.rawValue)) · \(m.id) · \(t("rank_" + m.rank.rawValue))") }
            if let found = e.propertyFound { bits.append(found ? t("property_found") : t("property_not_found")) }
            if let note = e.note { bits.append(note) }
            return Event(date: day(e.date), kind: t("event_" + e.kind), detail: bits.joined(separator: " · "), by: e.by)
        }
        warnings = detail.filingWarnings.map { DecisionView.ReasonRow(path: "filing", article: $0.article(for: language), message: $0.message.text(for: language), isWarning: true) }
        assessment = DecisionView(json: json, language: language)
        allowedNext = parts.allowedNext.map { Option(value: $0, label: t("event_" + $0)) }
        measureKinds = ControlMeasureKind.allCases.map { Option(value: $0.rawValue, label: t("measure_kind_" + $0.rawValue)) }
        assetKinds = AssetKind.allCases.map { Option(value: $0.rawValue, label: t("asset_kind_" + $0.rawValue)) }
        today = ""
        eventsAction = Paths.caseEvents(summary.id)
        documentsAction = Paths.caseDocuments(summary.id)
        documents = detail.documents.map { Event(date: day($0.issuedOn), kind: t("document_" + $0.kind), detail: $0.href, by: $0.issuedBy) }
        linksAction = Paths.caseLinks(summary.id)
        entrustAction = Paths.caseEntrust(summary.id)
        linkKinds = CaseLinks.Kind.allCases.map { Option(value: $0.rawValue, label: t("link_" + $0.rawValue)) }
        linkedFrom = detail.linkedFrom.map { Event(date: $0.caseNumber, kind: t("link_" + $0.kind), detail: $0.href, by: t("case_status_" + $0.status)) }
        linkedCases = detail.linkedCases.map { Event(date: $0.caseNumber, kind: t("link_" + $0.kind), detail: $0.href, by: t("case_status_" + $0.status)) }
        entrustment = detail.entrustment.map { e in
            let court = language.hasPrefix("en") ? e.courtNameEn : e.courtNameZh
            let filed = e.filedOn.map { " · " + t("entrustment_filed_on") + " " + PageDate.text($0, language: language) }
                ?? " · " + t("entrustment_pending")
            return Entrustment(kind: t("entrustment_" + e.direction),
                               detail: court + " · " + PageDate.text(e.entrustedOn, language: language) + filed,
                               caseNumber: e.caseNumber ?? "", href: e.href ?? "")
        }
        self.canEntrust = canEntrust
        teamAction = Paths.caseTeam(summary.id)
        self.teams = teams.filter { $0.court == summary.court }.map { Option(value: $0.id.uuidString, label: $0.name) }
        teamName = teams.first { $0.id == summary.teamId }.map { team in
            team.name + "（" + team.members.map(\.displayName).joined(separator: "、") + "）"
        } ?? ""
        documentKinds = CaseDocuments.Kind.allCases.map { Option(value: $0.rawValue, label: t("document_" + $0.rawValue)) }
        canAct = detail.allowedActions.contains(.recordEvent)
        canIssue = detail.allowedActions.contains(.issueDocument)
        canLink = detail.allowedActions.contains(.openLinkedCase)
        canAssign = detail.allowedActions.contains(.assignTeam)
        self.accessCode = accessCode
        self.error = error?.message.text(for: language)
        errorField = error?.field
    }
}
