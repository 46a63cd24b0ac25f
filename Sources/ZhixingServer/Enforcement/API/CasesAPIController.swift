import Fluent
import SQLKit
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
        let from = try CaseList.From(req, sort: filter.sort)
        let listing = try await CaseList.list(filter, as: user, today: LocalDate.inChina(req.now), page: paging.page, per: paging.per,
                                              from: from, on: req.db)
        return PageDTO(items: listing.cases.map { CaseSummaryDTO($0, parties: listing.parties[$0.id] ?? []) },
                       total: listing.total, page: paging.page, per: paging.per,
                       next: listing.next?.token, previous: listing.previous?.token)
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
        let event = try input.event()
        // API clients confirm by calling: the write is made, and what the case page would have warned about
        // before (closing with money in the case account, measures in force...) comes back with it.
        let warnings = try await CaseService.preview(event, on: id, expectedVersion: input.version, as: user,
                                                     effects: req.effects, on: req.db)
        _ = try await CaseService.record(event, on: id, expectedVersion: input.version, as: user,
                                         effects: req.effects, on: req.db)
        var detail = try await CaseDetail.load(id, as: user, effects: req.effects, on: req.db)
        detail.warnings = warnings
        return JSONBody(detail, status: .created)
    }
}

/// One case, whole: what the case page and `GET /api/v1/cases/{id}` show.
enum CaseDetail {
    static func load(_ id: UUID, as user: CurrentUser, effects: Effects, on db: any Database) async throws -> CaseDetailDTO {
        guard let row = try await CaseService.find(id, as: user, on: db) else { throw AppError.notFound() }
        // What the page shows of the case, read at once: each read waits for the database, none for another
        // (on PostgreSQL each takes its own connection of the pool; SQLite runs them in turn on its one).
        async let partyRows = CaseParty.query(on: db).filter(\.$enforcementCase.$id == id).sort(\.$position).all()
        async let eventRows = CaseEvent.query(on: db).filter(\.$enforcementCase.$id == id).sort(\.$seq).all()
        async let childRows = EnforcementCase.query(on: db).filter(\.$linkedCaseID == id).with(\.$court).all()
        async let sentRow = Entrustments.sent(by: id, on: db)
        async let documentRows = IssuedDocument.query(on: db).filter(\.$enforcementCase.$id == id).sort(\.$createdAt).all()
        async let calendarValue = effects.calendars.calendar(on: db)
        let parties = try await partyRows.parties()
        let events = try await eventRows
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
        for child in try await childRows where user.scope.allows(child.court) {
            linkedCases.append(try link(child, kind: try child.caseLinkKind))
        }
        let sent = try await sentRow
        let entrustment = try await Entrustments.link(of: row, sent: sent, as: user, on: db)
        let documents = try await documentRows
        let today = LocalDate.inChina(effects.clock.now())
        let assessment = EnforcementRules.assess(try CaseFacts.facts(of: row, events: events, entrustment: sent, asOf: today),
                                                 calendar: try await calendarValue)
        return CaseDetailDTO(
            summary: CaseSummaryDTO(try ListedCase(row), parties: parties.map { ListedCase.Party(role: $0.role, name: $0.name) }),
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

/// Case lists: filtered by the user's scope, then by standing (终本 apart), team, court, overdue, and a
/// search by case number, party name, identity number or credit code; in one of three orders; paginated.
enum CaseList {
    /// The facets of the list: every standing, `closed` for 终本 and the final closures together,
    /// and `open` for the cases still being worked (filed, active, suspended).
    enum StatusFacet: Sendable, Hashable {
        case standing(CaseStanding)
        case open
        case closed

        init?(_ text: String) {
            switch text {
            case "open": self = .open
            case "closed": self = .closed
            default:
                guard let standing = CaseStanding(rawValue: text) else { return nil }
                self = .standing(standing)
            }
        }

        var rawValue: String {
            switch self {
            case .standing(let s): s.rawValue
            case .open: "open"
            case .closed: "closed"
            }
        }

        var standings: [CaseStanding] {
            switch self {
            case .standing(let s): [s]
            case .open: CaseStanding.allCases.filter(\.isOpen)
            case .closed: CaseStanding.allCases.filter(\.isClosure)
            }
        }
    }

    /// The list's orders: newest filing first (the default), the next time limit soonest first (only
    /// the cases with one running), the largest sum outstanding first.
    enum Sort: String, Sendable, CaseIterable {
        case filed, due, outstanding
    }

    /// What the search box was read as.
    enum Search: Sendable, Equatable {
        /// A whole case number: that case.
        case caseNumber(String)
        /// Part of a case number (`京0105执1234`, `1234号`).
        case caseNumberPart(String)
        /// A resident identity number: the cases in which any party has it.
        case identityNumber(String)
        /// A unified social credit code: the cases in which any party has it.
        case creditCode(String)
        /// Anything else: the cases in which a party's name begins with it.
        case partyName(String)

        init?(_ raw: String) {
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return nil }
            if let number = try? CaseNumber(parsing: text) {
                self = .caseNumber(number.description)
            } else if let id = try? ResidentID(parsing: text) {
                self = .identityNumber(id.value)
            } else if let code = try? CreditCode(parsing: text) {
                self = .creditCode(code.value)
            } else if text.contains("执") || text.hasSuffix("号") || text.allSatisfy(\.isNumber)
                        || text.range(of: #"^[（(]\d{4}[）)]"#, options: .regularExpression) != nil {
                // A year in brackets begins a case number (`（2025）京0105…`); brackets elsewhere are part of
                // a name (`安诚宏（北京）文化传媒有限公司`), which is searched as a name.
                self = .caseNumberPart(text)
            } else {
                self = .partyName(text)
            }
        }
    }

    /// The queues a home counts and opens (issue 9, item 1): what falls due in the next seven days, the
    /// measures expiring within 30 days (CPL Interpretation 2022 Art.485: renewal before expiry), the
    /// follow-up inquiries after 终本 due within 30 days or missed (Termination Provisions 2016 Art.9
    /// para.2), and the notices and orders issued but not yet recorded as served. These are windows a
    /// person looks ahead through, not time limits: counted in calendar days.
    enum Queue: String, Sendable, CaseIterable {
        case dueThisWeek, measuresExpiring, followUpsDue, documentsToServe

        static let dueWindowDays = 7
        static let lookAheadDays = 30
    }

    struct Filter: Sendable {
        var status: StatusFacet?
        var queue: Queue?
        /// `2026-12`: the cases closed (终本 or for good) that month.
        var closedIn: String?
        var courtCode: String?
        var teamID: UUID?
        var overdue: Bool?
        var query: String?
        var sort: Sort = .filed
        /// Only the cases of the teams the user belongs to (their queue).
        var mine = false
        /// The user's teams when the caller has looked them up already (a home counts six queues).
        var myTeams: [UUID]?

        init(status: StatusFacet? = nil, courtCode: String? = nil, teamID: UUID? = nil, overdue: Bool? = nil, query: String? = nil) {
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
                guard let parsed = StatusFacet(text) else { throw invalid("status", "状态无效：\(text)", "Unknown status: \(text)") }
                status = parsed
            }
            courtCode = value("court")
            if let text = value("queue") {
                guard let parsed = Queue(rawValue: text) else { throw invalid("queue", "队列无效：\(text)", "Unknown queue: \(text)") }
                queue = parsed
            }
            if let month = value("closedIn") {
                guard month.count == 7, let first = try? LocalDate(iso: month + "-01") else {
                    throw invalid("closedIn", "结案月份应为 YYYY-MM。", "closedIn must be a month, YYYY-MM.")
                }
                closedIn = String(first.iso.prefix(7))
            }
            if let team = value("team") {
                // `none`: the cases no team has yet.
                guard let id = team == "none" ? CaseCounts.noTeam : UUID(uuidString: team) else {
                    throw invalid("team", "团队编号无效。", "Invalid team id.")
                }
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
            if let sort = value("sort") {
                guard let parsed = Sort(rawValue: sort) else {
                    throw invalid("sort", "排序无效：\(sort)（可用 filed、due、outstanding）", "Unknown order: \(sort) (filed, due or outstanding)")
                }
                self.sort = parsed
            }
            query = value("q").flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
            if let q = query, q.count > 100 { throw invalid("q", "检索内容过长（至多 100 字）。", "The search is too long (100 characters at most).") }
        }

        var search: Search? { query.flatMap(Search.init) }
    }

    struct Listing: Sendable {
        let cases: [ListedCase]
        /// Each listed case's applicants and debtors (no agents), in order.
        let parties: [UUID: [ListedCase.Party]]
        let total: Int
        /// Where the next page starts (after the last case listed), when there is one.
        var next: Cursor? = nil
        /// Where the previous page ends (before the first case listed), when there is one.
        var previous: Cursor? = nil
    }

    /// A place in the list: the sort key of one listed case. A page asked for `after` (or `before`) a
    /// cursor reads its rows from that place in the order index, so the 20,000th page costs what the
    /// first does (keyset pagination; an offset walks every skipped entry — docs/performance.md).
    /// The token is opaque to clients: the order, the key and the tie-breaker, base64url-encoded.
    struct Cursor: Sendable, Equatable {
        enum Key: Sendable, Equatable {
            /// `filed_on` or `next_due_date`.
            case date(String)
            /// `amount_outstanding_fen`.
            case fen(Int64)
        }
        /// The order's tie-breaker: the case number (filing order) or the case's id (the other two).
        enum Tie: Sendable, Equatable {
            case caseNumber(String)
            case id(UUID)
        }

        let sort: Sort
        let key: Key
        let tie: Tie

        private static let separator: Character = "\u{1F}"

        init(sort: Sort, key: Key, tie: Tie) {
            self.sort = sort
            self.key = key
            self.tie = tie
        }

        /// The cursor at a listed case, in the list's order.
        init?(at row: ListedCase, sort: Sort) {
            switch sort {
            case .filed: self.init(sort: sort, key: .date(row.filedOn), tie: .caseNumber(row.caseNumber))
            case .due:
                guard let due = row.nextDueDate else { return nil }
                self.init(sort: sort, key: .date(due), tie: .id(row.id))
            case .outstanding:
                self.init(sort: sort, key: .fen(row.amountOutstandingFen), tie: .id(row.id))
            }
        }

        var token: String {
            let key = switch self.key { case .date(let d): d; case .fen(let f): String(f) }
            let tie = switch self.tie { case .caseNumber(let n): n; case .id(let id): id.uuidString }
            return Data([sort.rawValue, key, tie].joined(separator: String(Self.separator)).utf8).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }

        /// The key and the tie-breaker as bound values of a query.
        var binds: (key: SQLQueryString, tie: SQLQueryString) {
            let key: SQLQueryString = switch self.key { case .date(let d): "\(bind: d)"; case .fen(let f): "\(bind: f)" }
            let tie: SQLQueryString = switch self.tie { case .caseNumber(let n): "\(bind: n)"; case .id(let id): "\(bind: id)" }
            return (key, tie)
        }

        /// Reads a token given back by a client, for the list's own order; anything else is a 400 naming `field`.
        init(token: String, sort: Sort, field: String) throws {
            func invalid() -> AppError {
                AppError.badRequest("query.invalid", .init(zh: "翻页位置无效，请从第一页重新翻页。",
                                                           en: "Invalid page position: start again from the first page."), field: field)
            }
            guard token.count <= 200 else { throw invalid() }
            var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
            guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else { throw invalid() }
            let parts = text.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, Sort(rawValue: parts[0]) == sort else { throw invalid() }
            switch sort {
            case .filed:
                guard let date = try? LocalDate(iso: parts[1]), !parts[2].isEmpty, parts[2].count <= 60 else { throw invalid() }
                self.init(sort: sort, key: .date(date.iso), tie: .caseNumber(parts[2]))
            case .due:
                guard let date = try? LocalDate(iso: parts[1]), let id = UUID(uuidString: parts[2]) else { throw invalid() }
                self.init(sort: sort, key: .date(date.iso), tie: .id(id))
            case .outstanding:
                guard let fen = Int64(parts[1]), let id = UUID(uuidString: parts[2]) else { throw invalid() }
                self.init(sort: sort, key: .fen(fen), tie: .id(id))
            }
        }
    }

    /// Which way a page runs from a cursor.
    enum From: Sendable, Equatable {
        /// By number (`page=`): an offset, for the first pages and for a jump.
        case offset
        case after(Cursor)
        case before(Cursor)

        /// `after=` or `before=` from the query, read for the list's order.
        init(_ req: Request, sort: Sort) throws {
            let after = req.query[String.self, at: "after"].flatMap { $0.isEmpty ? nil : $0 }
            let before = req.query[String.self, at: "before"].flatMap { $0.isEmpty ? nil : $0 }
            switch (after, before) {
            case (nil, nil): self = .offset
            case (let token?, nil): self = .after(try Cursor(token: token, sort: sort, field: "after"))
            case (nil, let token?): self = .before(try Cursor(token: token, sort: sort, field: "before"))
            case (_?, _?):
                throw AppError.badRequest("query.invalid", .init(zh: "after 与 before 只能给一个。", en: "Give after or before, not both."),
                                          field: "before")
            }
        }
    }

    /// The matching cases as a query, and their number (from the counts kept with the cases where the
    /// filters are theirs; counted otherwise).
    private static func matching(_ filter: Filter, as user: CurrentUser, today: LocalDate,
                                 on db: any Database) async throws -> Matching {
        var q = EnforcementCase.query(on: db)
        // The organisations table is joined only for a subtree scope (its path prefix); a court filter is
        // looked up first, so that the common lists read one index of the cases table (docs/performance.md).
        if case .subtree = user.scope {
            q = q.join(Organisation.self, on: \EnforcementCase.$court.$id == \Organisation.$id)
        }
        q = q.scoped(user.scope, owner: \.$court.$id)
        if let status = filter.status { q = q.filter(\.$standing ~~ status.standings.map(\.rawValue)) }
        var courtID: UUID?? = nil
        if let code = filter.courtCode {
            // An unknown court code matches no case (Fluent writes an empty `IN` as `1 = 0`).
            let court = try await Organisation.query(on: db).filter(\.$code == code).first()
            courtID = .some(court?.id)
            q = q.filter(\.$court.$id ~~ [court?.id].compactMap { $0 })
        }
        var teams: [UUID]? = nil
        if let team = filter.teamID { teams = [team] }
        if filter.mine {
            var mine = filter.myTeams ?? []
            if filter.myTeams == nil { mine = try await Teams.teamIDs(of: user.id, on: db) }
            teams = teams.map { $0.filter(mine.contains) } ?? mine
        }
        if let teams {
            if teams == [CaseCounts.noTeam] { q = q.filter(\.$team.$id == nil) } else { q = q.filter(\.$team.$id ~~ teams) }
        }
        if let overdue = filter.overdue { q = q.filter(\.$overdue == overdue) }
        let search = filter.search
        // A search by party: the condition on `case_parties` that finds its rows (identity numbers and credit
        // codes exactly; a name by its beginning, as a range on the name index: 张三 finds 张三 and 张三丰, on
        // PostgreSQL in code-point order, as the index is, migration 015).
        let collate: SQLQueryString = (db as? any SQLDatabase)?.dialect.name == "postgresql" ? #" COLLATE "C""# : ""
        let partyCondition: SQLQueryString? = switch search {
        case .identityNumber(let id)?: "identity_number = \(bind: id)"
        case .creditCode(let code)?: "credit_code = \(bind: code)"
        case .partyName(let name)?: "name\(collate) >= \(bind: name) AND name\(collate) < \(bind: name + "\u{10FFFF}")"
        default: nil
        }
        switch search {
        case .caseNumber(let number)?: q = q.filter(\.$caseNumber == number)
        case .caseNumberPart(let text)?: q = q.filter(\.$caseNumber, .contains(inverse: false, .anywhere), text)
        default: break
        }
        if let partyCondition {
            q = q.filter(.sql(embed: "\(ident: EnforcementCase.schema).\(ident: "id") IN (SELECT case_id FROM case_parties WHERE " + partyCondition + ")"))
        }
        if filter.sort == .due { q = q.filter(\.$nextDueDate != nil) }
        switch filter.queue {
        case .dueThisWeek?:
            q = q.filter(\.$standing ~~ CaseStanding.allCases.filter(\.isOpen).map(\.rawValue))
                .filter(\.$nextDueDate >= today.iso).filter(\.$nextDueDate < today.adding(days: Queue.dueWindowDays).iso)
        case .measuresExpiring?:
            q = q.filter(\.$nextMeasureExpiry >= today.iso).filter(\.$nextMeasureExpiry <= today.adding(days: Queue.lookAheadDays).iso)
        case .followUpsDue?:
            q = q.filter(\.$nextFollowUpDue <= today.adding(days: Queue.lookAheadDays).iso)
        case .documentsToServe?:
            let kinds = CaseDocuments.Kind.served.map(\.rawValue)
            q = q.filter(.sql(embed: "\(ident: EnforcementCase.schema).\(ident: "id") IN (SELECT case_id FROM issued_documents WHERE served_on IS NULL AND kind IN (\(binds: kinds)))"))
        case nil: break
        }
        if let month = filter.closedIn {
            q = q.filter(\.$closedOn >= month + "-01").filter(\.$closedOn <= month + "-31")
        }
        if search == nil && filter.queue == nil && filter.closedIn == nil,
           let counted = try await CaseCounts.total(scope: user.scope, court: courtID, teams: teams,
                                                    standings: filter.status?.standings, overdue: filter.overdue,
                                                    timed: filter.sort == .due, on: db) {
            return Matching(query: q, total: counted, fewPartyMatches: false)
        }
        if let partyCondition, let sql = db as? any SQLDatabase {
            // How many parties the search finds, up to one more than `fewMatches`, from the search's index
            // alone: few, and the list reads its matches first and counts them as it sorts them (`list`).
            struct Found: Decodable { let n: Int }
            let found = try await sql.raw("SELECT COUNT(*) AS n FROM (SELECT 1 FROM case_parties WHERE " + partyCondition
                                          + " LIMIT \(unsafeRaw: String(fewMatches + 1))) AS found").first(decoding: Found.self)
            if let found, found.n <= fewMatches { return Matching(query: q, total: nil, fewPartyMatches: true) }
        }
        return Matching(query: q, total: try await q.countRows(), fewPartyMatches: false)
    }

    /// The matching cases as a query; their number when it is known before they are read.
    private struct Matching {
        let query: QueryBuilder<EnforcementCase>
        let total: Int?
        /// A search by party with at most `fewMatches` parties found.
        let fewPartyMatches: Bool

        /// Their number: known, or counted now.
        func counted() async throws -> Int {
            if let total { return total }
            return try await query.countRows()
        }
    }

    /// How many cases match (a home's count).
    static func count(_ filter: Filter, as user: CurrentUser, today: LocalDate, on db: any Database) async throws -> Int {
        try await matching(filter, as: user, today: today, on: db).counted()
    }

    /// Up to this many matches, a search by party is read match first (`list`).
    static let fewMatches = 5_000

    static func list(_ filter: Filter, as user: CurrentUser, today: LocalDate, page: Int, per: Int,
                     from: From = .offset, on db: any Database) async throws -> Listing {
        let matched = try await matching(filter, as: user, today: today, on: db)
        let q = matched.query
        // The page's ids first, from the order index alone; then those rows. Skipped rows are not read:
        // from a cursor, the index is entered at the cursor's key; by number, the offset's entries are walked.
        // One id more than the page is read, to know whether another page follows.
        var ordered = q.copy()
        let backwards: Bool
        if case .before = from { backwards = true } else { backwards = false }
        // The order's columns, named with their table: a subtree scope joins the organisations table.
        let table = EnforcementCase.schema
        let (keyColumn, tieColumn): (String, String) = switch filter.sort {
        case .filed: ("filed_on", "case_number")
        case .due: ("next_due_date", "id")
        case .outstanding: ("amount_outstanding_fen", "id")
        }
        // Newest filing and largest sum first; soonest due first. A page before a cursor reads the other way.
        let descending = (filter.sort != .due) != backwards
        let direction: DatabaseQuery.Sort.Direction = descending ? .descending : .ascending
        if matched.fewPartyMatches {
            // A search by party matches a few cases, which may lie anywhere in the order: read them first
            // and sort them, rather than walk the order index testing each case (PostgreSQL walked 160,000
            // entries for 2,267 matches of a name, 3.6 s). The order's key, wrapped, is no longer the
            // index's, so neither database takes that walk; the order itself is the same.
            let opaque: SQLQueryString = filter.sort == .outstanding ? "(\(ident: table).\(ident: keyColumn) + 0)"
                : "(\(ident: table).\(ident: keyColumn) || '')"
            ordered = ordered.sort(.sql(embed: opaque + (descending ? " DESC" : " ASC")))
        } else {
            ordered = ordered.sort(FieldKey(stringLiteral: keyColumn), direction)
        }
        ordered = ordered.sort(FieldKey(stringLiteral: tieColumn), direction)
        switch from {
        case .after(let cursor), .before(let cursor):
            // A row value: both databases seek the order index to it (SQLite's "scrolling window" query).
            let op: SQLQueryString = descending ? "<" : ">"
            let (key, tie) = cursor.binds
            let seek: SQLQueryString = "(\(ident: table).\(ident: keyColumn), \(ident: table).\(ident: tieColumn)) " + op + " (" + key + ", " + tie + ")"
            ordered = ordered.filter(.sql(embed: seek)).limit(per + 1)
        case .offset:
            ordered = ordered.offset((page - 1) * per).limit(per + 1)
        }
        var ids: [UUID]
        let total: Int
        if matched.fewPartyMatches, case .offset = from {
            // The matches are all read to be sorted: their number comes with the page (a window count).
            let (found, counted) = try await ordered.idsCounted()
            ids = found
            if let counted { total = counted } else { total = try await matched.counted() }
        } else {
            ids = try await ordered.ids()
            total = try await matched.counted()
        }
        let more = ids.count > per
        ids = Array(ids.prefix(per))
        if backwards { ids.reverse() }
        // The page's rows and their parties, at once.
        let pageIDs = ids
        async let rowsRead = ListedCase.read(pageIDs, on: db)
        async let partiesRead = ListedCase.parties(of: pageIDs, on: db)
        let rows = try await rowsRead
        let parties = try await partiesRead
        var listing = Listing(cases: rows, parties: parties, total: total)
        switch from {
        case .offset:
            listing.next = more ? rows.last.flatMap { Cursor(at: $0, sort: filter.sort) } : nil
            listing.previous = page > 1 ? rows.first.flatMap { Cursor(at: $0, sort: filter.sort) } : nil
        case .after:
            listing.next = more ? rows.last.flatMap { Cursor(at: $0, sort: filter.sort) } : nil
            listing.previous = rows.first.flatMap { Cursor(at: $0, sort: filter.sort) }
        case .before:
            listing.next = rows.last.flatMap { Cursor(at: $0, sort: filter.sort) }
            listing.previous = more ? rows.first.flatMap { Cursor(at: $0, sort: filter.sort) } : nil
        }
        return listing
    }
}
