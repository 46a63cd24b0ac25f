import Fluent
import Vapor
import ZhixingCore

/// Documents generated from case data as printable A4 HTML in Chinese, issued and stored with
/// their audit events: the enforcement notice (with the dishonest-list risk warning), the property
/// report order, and the 终本 ruling (only when the core's checklist allows 终本).
struct CaseDocuments {
    enum Kind: String, CaseIterable, Sendable {
        case enforcementNotice, propertyReportOrder, terminationRuling

        var template: String { "Enforcement/doc-" + rawValue }

        /// The event that records this document's service on the debtor, for those the team serves and
        /// records (the 终本 ruling's service is not an event of the lifecycle).
        var servedBy: EnforcementEventKind? {
            switch self {
            case .enforcementNotice: .enforcementNoticeServed
            case .propertyReportOrder: .propertyReportOrderServed
            case .terminationRuling: nil
            }
        }

        /// The kinds whose service a team still has to record once issued.
        static var served: [Kind] { allCases.filter { $0.servedBy != nil } }
        var titleZh: String {
            switch self {
            case .enforcementNotice: "执行通知书"
            case .propertyReportOrder: "报告财产令"
            case .terminationRuling: "执行裁定书（终结本次执行程序）"
            }
        }
    }

    struct DocData: Encodable, Sendable {
        let title: String
        let court: String
        let caseNumber: String
        let issuedOn: String
        let issuedOnZh: String
        let applicants: [String]
        let debtors: [DebtorLine]
        let basisDocument: String
        let basisIssuer: String
        let amountApplied: String
        let amountAppliedUpper: String
        let amountReceived: String
        let outstanding: String
        let outstandingUpper: String
        let accessCode: String?
        let checklist: [String]
    }

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

    func register(_ routes: any RoutesBuilder) {
        routes.post(path: Paths.caseDocumentsPattern, use: issue)
        routes.get(path: Paths.caseDocumentPattern, use: show)
    }

    struct IssueForm: Content {
        let kind: String?
    }

    @Sendable func issue(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self), let row = try await CaseService.find(id, as: user, on: req.db) else {
            throw AppError.notFound()
        }
        try user.require(.issueDocument, on: row.court.place)
        guard let kind = Kind(rawValue: try req.content.decode(IssueForm.self).kind ?? "") else {
            throw AppError.badRequest("document.kind", .init(zh: "文书种类无效。", en: "Unknown kind of document."), field: "kind")
        }
        let now = req.now
        let today = LocalDate.inChina(now)
        let parties = try await CaseParty.query(on: req.db).filter(\.$enforcementCase.$id == id).sort(\.$position).all().parties()
        let events = try await CaseEvent.query(on: req.db).filter(\.$enforcementCase.$id == id).sort(\.$seq).all()
        let entrustment = try await Entrustments.sent(by: id, on: req.db)
        let assessment = EnforcementRules.assess(try CaseFacts.facts(of: row, events: events, entrustment: entrustment, asOf: today),
                                                 calendar: try await req.effects.calendars.calendar(on: req.db))
        var checklist: [String] = []
        if kind == .terminationRuling {
            guard assessment.terminationChecklist.allowed else {
                throw AppError.conflict("document.termination_not_allowed", .init(
                    zh: "终结本次执行程序的条件尚不具备，不能出具裁定书。", en: "The conditions for terminating the current procedure do not hold yet."))
            }
            checklist = assessment.terminationChecklist.reasonsForRuling.map { "\($0.message.zh)（\($0.articleZh)）" }
        }
        // The money as the core reckons it (`CaseAmounts`).
        let applied = assessment.amounts.ordered, received = assessment.amounts.received, outstanding = assessment.amounts.outstanding
        let data = DocData(
            title: kind.titleZh, court: row.court.nameZh, caseNumber: row.caseNumber, issuedOn: today.iso,
            issuedOnZh: today.chineseFormal,  // 二〇二六年十二月一日, as courts print rulings and notices
            applicants: parties.filter { $0.role == .applicant }.map(\.name),
            debtors: parties.filter { $0.role == .debtor }.map(DebtorLine.init),
            basisDocument: row.basisDocumentNumber, basisIssuer: row.basisIssuingBody,
            amountApplied: applied.formatted, amountAppliedUpper: applied.chineseUppercase,
            amountReceived: received.formatted, outstanding: outstanding.formatted, outstandingUpper: outstanding.chineseUppercase,
            accessCode: nil, checklist: checklist)
        let view = try await req.view.render(kind.template, data).get()
        let html = String(buffer: view.data)
        let doc = IssuedDocument()
        doc.id = req.effects.ids.next()
        doc.$enforcementCase.id = id
        doc.kind = kind.rawValue
        doc.issuedOn = today.iso
        doc.html = html
        doc.issuedBy = user.displayName
        try await req.db.writeTransaction { tx in
            try await doc.create(on: tx)
            try await AuditLog.append(on: tx, at: now, actor: user.auditActor, action: "case.document.issue", entity: "enforcement_case",
                                      entityID: id.uuidString, ownerPath: row.court.path,
                                      changes: ["document": .init(from: nil, to: kind.rawValue)])
        }
        return req.redirect(to: Paths.caseDocument(id, try doc.requireID()), redirectType: .normal)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self), let docID = req.parameters.get("doc", as: UUID.self),
              try await CaseService.find(id, as: user, on: req.db) != nil,
              let doc = try await IssuedDocument.query(on: req.db).filter(\.$id == docID).filter(\.$enforcementCase.$id == id).first()
        else { throw AppError.notFound() }
        let response = Response(status: .ok, body: .init(string: doc.html))
        response.headers.contentType = .html
        return response
    }
}
