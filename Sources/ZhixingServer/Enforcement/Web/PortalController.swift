import Fluent
import Vapor
import ZhixingCore

/// The party portal (当事人查询): an applicant or debtor follows their own case with the case number,
/// their own identity number (or credit code) and the access code issued at filing. Nothing internal
/// is shown, and other parties' identity numbers are masked. Failures share one message and are
/// rate-limited like log-ins.
struct PortalController {
    struct Form: Content {
        let caseNumber: String?
        let identity: String?
        let code: String?
    }

    struct Page: Encodable, Sendable {
        let caseNumber: String
        let error: String?
        let result: Result?
    }

    struct Result: Encodable, Sendable {
        let caseNumber: String
        let court: String
        let status: String
        let filedOn: String
        let amountApplied: String
        let amountReceived: String
        let outstanding: String
        let parties: [Party]
        let nodes: [Node]
        let documents: [Node]
    }

    struct Party: Encodable, Sendable {
        let role: String
        let name: String
        let identifier: String
    }

    struct Node: Encodable, Sendable {
        let date: String
        let title: String
        let amount: String
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.portal, use: show)
        routes.post(path: Paths.portal, use: lookUp)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await PageRenderer.render("Enforcement/portal", titleKey: "portal_title", data: Page(caseNumber: "", error: nil, result: nil), for: req)
    }

    @Sendable func lookUp(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let lang = req.language
        let table = req.application.localizer.table(lang)
        let failed = { (status: HTTPResponseStatus, message: String) in
            try await PageRenderer.render("Enforcement/portal", titleKey: "portal_title",
                                          data: Page(caseNumber: form.caseNumber ?? "", error: message, result: nil), for: req, status: status)
        }
        // Keyed on the case the text names, parsed (（2026）… and (2026)…, surrounding blanks and line breaks
        // are one case), never on the raw text; and per address, counted apart from staff log-in.
        let parsed = try? CaseNumber(parsing: form.caseNumber ?? "")
        let key = parsed.map { "portal:" + $0.description } ?? "portal:unparsed:" + req.clientIP
        let throttle = Throttle.portal(req.application.zhixingConfig)
        guard let attempt = try await throttle.begin(key: key, ip: req.clientIP, effects: req.effects, on: req.db) else {
            return try await failed(.tooManyRequests, LoginService.lockedMessage.text(for: lang))
        }
        guard let number = parsed, let found = try await match(number, form, on: req.db) else {
            return try await failed(.unauthorized, table["portal_failed"] ?? "")
        }
        try await throttle.succeeded(attempt, on: req.db)
        let (row, parties, events) = found
        let documents = try await IssuedDocument.query(on: req.db).filter(\.$enforcementCase.$id == row.requireID()).sort(\.$createdAt).all()
        // The money as the core reckons it today (`CaseAmounts`), as on the case page.
        let entrustment = try await Entrustments.sent(by: row.requireID(), on: req.db)
        let amounts = EnforcementRules.assess(
            try CaseFacts.facts(of: row, events: events, entrustment: entrustment, asOf: LocalDate.inChina(req.now)),
            calendar: try await req.effects.calendars.calendar(on: req.db)).amounts
        // 终本 is its own status, on the portal as on the case page (issue 9), not 已结案.
        let status = CaseStatusText.label(status: try row.caseStatus, closure: try row.closureKind, table: table)
        let result = Result(
            caseNumber: row.caseNumber, court: row.court.name(lang), status: status,
            filedOn: PageDate.text(row.filedOn, language: lang), amountApplied: amounts.ordered.formatted,
            amountReceived: amounts.received.formatted, outstanding: amounts.outstanding.formatted,
            // The parties to the case (not agents), other parties' identity numbers masked.
            parties: parties.filter(\.isPartyToTheCase).map {
                Party(role: table["party_role_" + $0.role.rawValue] ?? $0.role.rawValue, name: $0.name, identifier: $0.identifierForOtherParties)
            },
            // Only what a party is entitled to know (`EnforcementEventKind.disclosedToParties`); a stored kind the core does not know is an error.
            nodes: try events.filter { try $0.eventKind.isDisclosedToParties }.map {
                let kind = try $0.eventKind.rawValue
                return Node(date: PageDate.text($0.date, language: lang), title: table["event_" + kind] ?? kind,
                            amount: $0.amountFen.map { Money(fen: $0).formatted } ?? "")
            },
            documents: try documents.map {
                let kind = try $0.documentKind.rawValue
                return Node(date: PageDate.text($0.issuedOn, language: lang), title: table["document_" + kind] ?? kind, amount: "")
            })
        return try await PageRenderer.render("Enforcement/portal", titleKey: "portal_title",
                                             data: Page(caseNumber: row.caseNumber, error: nil, result: result), for: req)
    }

    /// The case, if the three pieces match: the case number, a party's own identifier, the access code.
    private func match(_ number: CaseNumber, _ form: Form, on db: any Database) async throws -> (EnforcementCase, [ZhixingCore.Party], [CaseEvent])? {
        guard let code = form.code?.trimmingCharacters(in: .whitespacesAndNewlines).uppercased(), !code.isEmpty,
              let identity = form.identity?.trimmingCharacters(in: .whitespacesAndNewlines).uppercased(), !identity.isEmpty,
              let row = try await EnforcementCase.query(on: db).filter(\.$caseNumber == number.description).with(\.$court).first(),
              let id = row.id,
              CSRFMiddleware.constantTimeEqual(row.accessCodeHash, APITokens.hash(code))
        else { return nil }
        let parties = try await CaseParty.query(on: db).filter(\.$enforcementCase.$id == id).sort(\.$position).all().parties()
        guard parties.contains(where: { $0.isIdentified(by: identity) }) else { return nil }
        let events = try await CaseEvent.query(on: db).filter(\.$enforcementCase.$id == id).sort(\.$seq).all()
        return (row, parties, events)
    }
}
