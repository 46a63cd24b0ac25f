import Fluent
import Vapor
import ZhixingCore

/// Enforcement cases over the API: file, list, read, record lifecycle events.
struct CasesAPIController {
    struct FiledDTO: Encodable, Sendable {
        let id: UUID
        let caseNumber: String
        /// The party-portal access code: shown once, printed on the enforcement notice.
        let accessCode: String
        let warnings: [Reason]
    }

    func register(_ routes: any RoutesBuilder) {
        routes.post(path: Paths.API.cases, use: file)
        routes.get(path: Paths.API.cases, use: list)
        routes.get(path: Paths.API.casePattern, use: show)
        routes.post(path: Paths.API.caseEventsPattern, use: record)
    }

    @Sendable func file(req: Request) async throws -> JSONBody<FiledDTO> {
        let user = try req.requireUser()
        let input = try req.content.decode(FilingInput.self)
        let filed = try await CaseService.file(input, as: user, effects: req.effects, on: req.db)
        return JSONBody(FiledDTO(id: try filed.enforcementCase.requireID(), caseNumber: filed.enforcementCase.caseNumber,
                                 accessCode: filed.accessCode, warnings: filed.warnings), status: .created)
    }

    @Sendable func list(req: Request) async throws -> PageDTO<CaseSummaryDTO> {
        let user = try req.requireUser()
        let paging = try Paging(req)
        let filter = try CaseList.Filter(req)
        let listing = try await CaseList.list(filter, as: user, page: paging.page, per: paging.per, on: req.db)
        return PageDTO(items: try listing.cases.map { try CaseSummaryDTO($0, parties: listing.parties[try $0.requireID()] ?? []) },
                       total: listing.total, page: paging.page, per: paging.per)
    }

    @Sendable func show(req: Request) async throws -> JSONBody<CaseDetailDTO> {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        return JSONBody(try await CaseDetail.load(id, as: user, effects: req.effects, on: req.db))
    }

    @Sendable func record(req: Request) async throws -> JSONBody<CaseDetailDTO> {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let input = try req.content.decode(EventInput.self)
        _ = try await CaseService.record(try input.event(), on: id, expectedVersion: input.version, as: user,
                                         effects: req.effects, on: req.db)
        return JSONBody(try await CaseDetail.load(id, as: user, effects: req.effects, on: req.db), status: .created)
    }
}

/// One case, whole: what the case page and `GET /api/v1/cases/{id}` show.
enum CaseDetail {
    static func load(_ id: UUID, as user: CurrentUser, effects: Effects, on db: any Database) async throws -> CaseDetailDTO {
        guard let row = try await CaseService.find(id, as: user, on: db) else { throw AppError.notFound() }
        let parties = try await CaseParty.query(on: db).filter(\.$enforcementCase.$id == id).sort(\.$position).all().parties()
        let events = try await CaseEvent.query(on: db).filter(\.$enforcementCase.$id == id).sort(\.$seq).all()
        /// The other case of a link; `kind` is the younger case's `link_kind` (how it was born of the older).
        func link(_ c: EnforcementCase, kind: CaseLinkKind?) throws -> LinkDTO {
            let linkedID = try c.requireID()
            return LinkDTO(id: linkedID, caseNumber: c.caseNumber, kind: kind?.rawValue ?? "", status: try c.caseStatus.rawValue,
                           href: Paths.enforcementCase(linkedID))
        }
        var linkedFrom: LinkDTO? = nil
        if let originID = row.linkedCaseID, let origin = try await CaseService.find(originID, as: user, on: db) {
            linkedFrom = try link(origin, kind: try row.caseLinkKind)
        }
        var linkedCases: [LinkDTO] = []
        for child in try await EnforcementCase.query(on: db).filter(\.$linkedCaseID == id).with(\.$court).all() where user.scope.allows(child.court) {
            linkedCases.append(try link(child, kind: try child.caseLinkKind))
        }
        let sent = try await Entrustments.sent(by: id, on: db)
        let entrustment = try await Entrustments.link(of: row, sent: sent, as: user, on: db)
        let documents = try await IssuedDocument.query(on: db).filter(\.$enforcementCase.$id == id).sort(\.$createdAt).all()
        let today = LocalDate.inChina(effects.clock.now())
        let assessment = EnforcementRules.assess(try CaseFacts.facts(of: row, events: events, entrustment: sent, asOf: today),
                                                 calendar: try await effects.calendars.calendar(on: db))
        return CaseDetailDTO(
            summary: try CaseSummaryDTO(row, parties: parties),
            basis: .init(kind: try row.executionBasisKind.rawValue, issuingBody: row.basisIssuingBody, documentNumber: row.basisDocumentNumber,
                         effectiveOn: row.basisEffectiveOn, amountAwarded: row.basisAmountFen.map { Money(fen: $0).description },
                         obligations: row.basisObligations),
            parties: parties.map { PartyDTO($0, masked: false) },
            events: try events.map(EventDTO.init),
            filingWarnings: CaseFacts.reasons(row.filingWarnings),
            documents: try documents.map { document in
                let documentID = try document.requireID()
                return DocumentDTO(id: documentID, kind: try document.documentKind.rawValue, issuedOn: document.issuedOn,
                                   issuedBy: document.issuedBy, href: Paths.caseDocument(id, documentID),
                                   pdfHref: Paths.API.caseDocumentPDF(id, documentID))
            },
            linkedFrom: linkedFrom, linkedCases: linkedCases, entrustment: entrustment,
            allowedActions: CaseAction.allCases.filter { user.may($0, on: row.court.place) && $0 != .file && $0 != .manageTeams && $0 != .fileEntrustment },
            assessment: assessment)
    }
}

/// Case lists: filtered by the user's scope, then by status, team, court, overdue; paginated.
enum CaseList {
    struct Filter: Sendable {
        var status: CaseStatus?
        var courtCode: String?
        var teamID: UUID?
        var overdue: Bool?
        var query: String?
        /// Only the cases of the teams the user belongs to (their queue).
        var mine = false

        init(status: CaseStatus? = nil, courtCode: String? = nil, teamID: UUID? = nil, overdue: Bool? = nil, query: String? = nil) {
            self.status = status
            self.courtCode = courtCode
            self.teamID = teamID
            self.overdue = overdue
            self.query = query
        }

        /// Reads the filters from the query. The API is strict (an empty `status=` is an invalid status);
        /// web forms send empty values for "all", so `lenient` treats them as absent.
        init(_ req: Request, lenient: Bool = false) throws {
            func value(_ name: String) -> String? {
                guard let raw = req.query[String.self, at: name] else { return nil }
                return lenient && raw.isEmpty ? nil : raw
            }
            func invalid(_ name: String, _ zh: String, _ en: String) -> AppError {
                AppError.badRequest("query.invalid", .init(zh: zh, en: en), field: name)
            }
            if let text = value("status") {
                guard let parsed = CaseStatus(rawValue: text) else { throw invalid("status", "状态无效：\(text)", "Unknown status: \(text)") }
                status = parsed
            }
            courtCode = value("court")
            if let team = value("team") {
                guard let id = UUID(uuidString: team) else { throw invalid("team", "团队编号无效。", "Invalid team id.") }
                teamID = id
            }
            if let overdue = value("overdue") {
                guard let parsed = FormFlag.parse(overdue) else { throw invalid("overdue", "overdue 应为 true 或 false。", "overdue must be true or false.") }
                self.overdue = parsed
            }
            if let mine = value("mine") {
                guard let parsed = FormFlag.parse(mine) else { throw invalid("mine", "mine 应为 true 或 false。", "mine must be true or false.") }
                self.mine = parsed
            }
            query = value("q").flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    struct Listing: Sendable {
        let cases: [EnforcementCase]
        /// Each listed case's applicants and debtors (no agents), in order.
        let parties: [UUID: [Party]]
        let total: Int
    }

    static func list(_ filter: Filter, as user: CurrentUser, page: Int, per: Int, on db: any Database) async throws -> Listing {
        var q = EnforcementCase.query(on: db)
        // The organisations table is joined only for a subtree scope (its path prefix); a court filter is
        // looked up first, so that the common lists read one index of the cases table (docs/performance.md).
        if case .subtree = user.scope {
            q = q.join(Organisation.self, on: \EnforcementCase.$court.$id == \Organisation.$id)
        }
        q = q.scoped(user.scope, owner: \.$court.$id)
        if let status = filter.status { q = q.filter(\.$status == status.rawValue) }
        if let code = filter.courtCode {
            // An unknown court code matches no case (Fluent writes an empty `IN` as `1 = 0`).
            let court = try await Organisation.query(on: db).filter(\.$code == code).first()
            q = q.filter(\.$court.$id ~~ [court?.id].compactMap { $0 })
        }
        if let team = filter.teamID { q = q.filter(\.$team.$id == team) }
        if filter.mine {
            let teams = try await Teams.teamIDs(of: user.id, on: db)
            q = q.filter(\.$team.$id ~~ teams)
        }
        if let overdue = filter.overdue { q = q.filter(\.$overdue == overdue) }
        if let text = filter.query { q = q.filter(\.$caseNumber, .contains(inverse: false, .anywhere), text) }
        let total = try await q.countRows()
        // The page's ids first, from the order index alone; then those rows. Skipped rows are not read.
        let ids = try await q.copy().sort(\.$filedOn, .descending).sort(\.$caseNumber, .descending)
            .page(page, per: per).all(\.$id)
        let found = ids.isEmpty ? [] : try await EnforcementCase.query(on: db).filter(\.$id ~~ ids).with(\.$court).all()
        let byID = Dictionary(found.compactMap { row in row.id.map { ($0, row) } }, uniquingKeysWith: { first, _ in first })
        let rows = ids.compactMap { byID[$0] }
        let partyRows = ids.isEmpty ? [] : try await CaseParty.query(on: db).filter(\.$enforcementCase.$id ~~ ids)
            .filter(\.$role != Party.Role.agent.rawValue).sort(\.$position).all()
        var parties: [UUID: [Party]] = [:]
        for row in partyRows { parties[row.$enforcementCase.id, default: []].append(try row.party()) }
        return Listing(cases: rows, parties: parties, total: total)
    }
}
