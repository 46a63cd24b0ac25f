import Fluent
import Foundation
import SQLKit
import ZhixingCore

/// How many cases of each court and team stand where: the table `case_counts`, one row per court, team,
/// standing, overdue flag, month of closure and whether a time limit runs (a next due date), kept in the same transaction as every write of a case
/// (`CaseCountsMiddleware`, and the bulk seeder), so that homes and list totals read a few rows instead
/// of counting a million (issue 9, item 1; docs/performance.md).
enum CaseCounts {
    /// A case's place in the counts.
    struct Key: Hashable, Comparable, Sendable {
        let court: UUID
        /// The zero id for a case no team has yet.
        let team: UUID
        let standing: CaseStanding
        let overdue: Bool
        /// `2026-12` for a case closed (终本 or for good) that month; empty while it is open.
        let closedMonth: String
        /// The case has a next due date: it is in the list by next due date (migration 017).
        let timed: Bool

        static func < (a: Key, b: Key) -> Bool {
            (a.court.uuidString, a.team.uuidString, a.standing.rawValue, a.overdue ? 1 : 0, a.closedMonth, a.timed ? 1 : 0)
                < (b.court.uuidString, b.team.uuidString, b.standing.rawValue, b.overdue ? 1 : 0, b.closedMonth, b.timed ? 1 : 0)
        }
    }

    static let noTeam = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    static func key(of row: EnforcementCase) throws -> Key {
        Key(court: row.$court.id, team: row.$team.id ?? noTeam, standing: try row.caseStanding, overdue: row.overdue,
            closedMonth: row.closedOn.map { String($0.prefix(7)) } ?? "", timed: row.nextDueDate != nil)
    }

    /// Adds `deltas` to the counts, in key order (two transactions moving cases between the same two keys
    /// lock their rows in the same order on PostgreSQL, so they cannot deadlock).
    static func adjust(_ deltas: [Key: Int], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for (key, delta) in deltas.sorted(by: { $0.key < $1.key }) where delta != 0 {
            try await sql.raw("""
                INSERT INTO case_counts (court_id, team_id, standing, overdue, closed_month, timed, n)
                VALUES (\(bind: key.court), \(bind: key.team), \(bind: key.standing.rawValue), \(bind: key.overdue), \(bind: key.closedMonth),
                        \(bind: key.timed), \(bind: Int64(delta)))
                ON CONFLICT (court_id, team_id, standing, overdue, closed_month, timed) DO UPDATE SET n = case_counts.n + excluded.n
                """).run()
        }
    }

    /// The counts afresh from the cases (the migration that made the table; a check that they agree).
    static func rebuild(on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM case_counts").run()
        try await sql.raw("""
            INSERT INTO case_counts (court_id, team_id, standing, overdue, closed_month, timed, n)
            SELECT court_id, COALESCE(team_id, \(bind: noTeam)), standing, overdue, COALESCE(SUBSTR(closed_on, 1, 7), ''),
              CASE WHEN next_due_date IS NULL THEN \(bind: false) ELSE \(bind: true) END, COUNT(*)
            FROM enforcement_cases GROUP BY 1, 2, 3, 4, 5, 6
            """).run()
    }

    /// The courts a scope reaches, as a condition on `case_counts.court_id` (`nil`: every court).
    private static func scopeCondition(_ scope: AccessScope) -> SQLQueryString? {
        switch scope {
        case .everything:
            return nil
        case .subtree(let prefix):
            return "court_id IN (SELECT id FROM organisations WHERE path LIKE \(bind: prefix + "%"))"
        case .organisation(let id), .addressedTo(let id):
            guard let uuid = AccessScope.organisationIDs(id).first else { return "1 = 0" }
            return "court_id = \(bind: uuid)"
        }
    }

    private static func conditions(scope: AccessScope, court: UUID?? = nil, teams: [UUID]? = nil) -> [SQLQueryString] {
        var parts: [SQLQueryString] = []
        if let condition = scopeCondition(scope) { parts.append(condition) }
        if let court {
            if let court { parts.append("court_id = \(bind: court)") } else { parts.append("1 = 0") }
        }
        if let teams {
            if teams.isEmpty { parts.append("1 = 0") } else { parts.append("team_id IN (\(binds: teams))") }
        }
        return parts
    }

    private static func whereClause(_ parts: [SQLQueryString]) -> SQLQueryString {
        guard var clause = parts.first else { return "" }
        for part in parts.dropFirst() { clause = clause + " AND " + part }
        return " WHERE " + clause
    }

    /// How many cases a list shows, from the counts: the user's scope, and the list's court, teams,
    /// standings and overdue flag; `timed`: only the cases with a next due date (the list in that order).
    /// `court` is `.some(nil)` for a court code that matches no court.
    static func total(scope: AccessScope, court: UUID??, teams: [UUID]?, standings: [CaseStanding]?, overdue: Bool?,
                      timed: Bool = false, on db: any Database) async throws -> Int? {
        guard let sql = db as? any SQLDatabase else { return nil }
        var parts = conditions(scope: scope, court: court, teams: teams)
        if let standings { parts.append("standing IN (\(binds: standings.map(\.rawValue)))") }
        if let overdue { parts.append("overdue = \(bind: overdue)") }
        if timed { parts.append("timed = \(bind: true)") }
        struct Sum: Decodable { let total: Int64? }
        let row = try await sql.raw("SELECT CAST(SUM(n) AS BIGINT) AS total FROM case_counts" + whereClause(parts)).first(decoding: Sum.self)
        return Int(row?.total ?? 0)
    }

    /// The tallies of each court (or each team) the scope reaches, as the homes show them; `month` is
    /// the month whose closures count as "this month" (`2026-12`).
    /// (PostgreSQL sums a BIGINT as NUMERIC: every sum is cast back.)
    static func tallies(by column: GroupColumn, scope: AccessScope, court: UUID?? = nil, teams: [UUID]? = nil,
                        month: String, on db: any Database) async throws -> [UUID: Tally] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        let open = CaseStanding.allCases.filter(\.isOpen).map(\.rawValue)
        let group: SQLQueryString = column == .court ? "court_id" : "team_id"
        let query: SQLQueryString = """
            SELECT \(group) AS owner,
              CAST(SUM(CASE WHEN standing IN (\(binds: open)) THEN n ELSE 0 END) AS BIGINT) AS open,
              CAST(SUM(CASE WHEN standing IN (\(binds: open)) AND overdue = \(bind: true) THEN n ELSE 0 END) AS BIGINT) AS overdue,
              CAST(SUM(CASE WHEN standing = \(bind: CaseStanding.currentProcedureTerminated.rawValue) THEN n ELSE 0 END) AS BIGINT) AS terminated,
              CAST(SUM(CASE WHEN standing = \(bind: CaseStanding.concluded.rawValue) THEN n ELSE 0 END) AS BIGINT) AS concluded,
              CAST(SUM(CASE WHEN closed_month = \(bind: month) THEN n ELSE 0 END) AS BIGINT) AS closed_this_month
            FROM case_counts
            """ + whereClause(conditions(scope: scope, court: court, teams: teams)) + " GROUP BY " + group
        struct Summed: Decodable {
            let owner: UUID
            let open: Int64?
            let overdue: Int64?
            let terminated: Int64?
            let concluded: Int64?
            let closed_this_month: Int64?
        }
        var result: [UUID: Tally] = [:]
        for row in try await sql.raw(query).all(decoding: Summed.self) {
            var tally = Tally()
            tally.open = Int(row.open ?? 0)
            tally.overdue = Int(row.overdue ?? 0)
            tally.terminated = Int(row.terminated ?? 0)
            tally.concluded = Int(row.concluded ?? 0)
            tally.closedThisMonth = Int(row.closed_this_month ?? 0)
            result[row.owner] = tally
        }
        return result
    }

    enum GroupColumn: Sendable { case court, team }

    /// What a home shows of a set of cases: open (filed, active, suspended), of which overdue; 终本;
    /// concluded for good; and closed (终本 or for good) this month.
    struct Tally: Sendable, Encodable, Equatable {
        var open = 0
        var overdue = 0
        var terminated = 0
        var concluded = 0
        var closedThisMonth = 0

        static func + (a: Tally, b: Tally) -> Tally {
            var sum = a
            sum.open += b.open
            sum.overdue += b.overdue
            sum.terminated += b.terminated
            sum.concluded += b.concluded
            sum.closedThisMonth += b.closedThisMonth
            return sum
        }
    }
}

/// Keeps `case_counts` in step with every insert, update and delete of a case made through Fluent, in
/// the same transaction: the key the stored row had (read and, on PostgreSQL, locked first) against the
/// key it has now. Bulk inserts bypass models and adjust the counts themselves (`DemoCases`).
struct CaseCountsMiddleware: AsyncModelMiddleware {
    typealias Model = EnforcementCase

    func create(model: EnforcementCase, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.create(model, on: db)
        try await CaseCounts.adjust([try CaseCounts.key(of: model): 1], on: db)
    }

    func update(model: EnforcementCase, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        let before = try await storedKey(of: model, on: db)
        try await next.update(model, on: db)
        let after = try CaseCounts.key(of: model)
        guard before != after else { return }
        var deltas: [CaseCounts.Key: Int] = [after: 1]
        if let before { deltas[before, default: 0] -= 1 }
        try await CaseCounts.adjust(deltas, on: db)
    }

    func delete(model: EnforcementCase, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        let before = try await storedKey(of: model, on: db)
        try await next.delete(model, force: force, on: db)
        if let before { try await CaseCounts.adjust([before: -1], on: db) }
    }

    private struct Stored: Decodable {
        let court_id: UUID
        let team_id: UUID?
        let standing: String
        let overdue: Bool
        let closed_on: String?
        let next_due_date: String?
    }

    private func storedKey(of model: EnforcementCase, on db: any Database) async throws -> CaseCounts.Key? {
        guard let sql = db as? any SQLDatabase, let id = model.id else { return nil }
        let lock: SQLQueryString = sql.dialect.name == "postgresql" ? " FOR UPDATE" : ""
        guard let stored = try await sql.raw("""
            SELECT court_id, team_id, standing, overdue, closed_on, next_due_date FROM enforcement_cases WHERE id = \(bind: id)\(lock)
            """).first(decoding: Stored.self) else { return nil }
        guard let standing = CaseStanding(rawValue: stored.standing) else {
            throw StoredValueError(table: EnforcementCase.schema, column: "standing", value: stored.standing)
        }
        return CaseCounts.Key(court: stored.court_id, team: stored.team_id ?? CaseCounts.noTeam, standing: standing,
                              overdue: stored.overdue, closedMonth: stored.closed_on.map { String($0.prefix(7)) } ?? "",
                              timed: stored.next_due_date != nil)
    }
}
