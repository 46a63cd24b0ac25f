import Fluent
import Foundation
import SQLKit
import Synchronization
import ZhixingCore

/// A case as a list shows it: the columns of a row of a case list, read in one query with its court,
/// without the model. A model row is read field by field through Fluent's property wrappers (forty of
/// them for a case), which cost a list page of 50 most of its time at a million cases; these fifteen
/// columns cost a tenth of that (docs/performance.md, "Reading rows").
struct ListedCase: Sendable, Equatable {
    let id: UUID
    let caseNumber: String
    let courtID: UUID
    let courtCode: String
    let courtName: LocalizedText
    let filedOn: String
    let status: CaseStatus
    let standing: CaseStanding
    let closure: ClosureKind?
    let closedOn: String?
    let amountAppliedFen: Int64
    let amountReceivedFen: Int64
    let amountOutstandingFen: Int64
    let nextDueDate: String?
    let overdue: Bool
    let teamID: UUID?
    let version: Int

    /// A party as a list names it: applicants and debtors, in their order (agents are not listed).
    struct Party: Sendable, Equatable {
        let role: ZhixingCore.Party.Role
        let name: String
    }

    /// The case page's row as a list would show it (its court loaded with it).
    init(_ row: EnforcementCase) throws {
        id = try row.requireID()
        caseNumber = row.caseNumber
        courtID = row.$court.id
        courtCode = row.$court.value?.code ?? ""
        courtName = row.$court.value.map { LocalizedText(zh: $0.nameZh, en: $0.nameEn) } ?? LocalizedText(zh: "", en: "")
        filedOn = row.filedOn
        status = try row.caseStatus
        standing = try row.caseStanding
        closure = try row.closureKind
        closedOn = row.closedOn
        amountAppliedFen = row.amountAppliedFen
        amountReceivedFen = row.amountReceivedFen
        amountOutstandingFen = row.amountOutstandingFen
        nextDueDate = row.nextDueDate
        overdue = row.overdue
        teamID = row.$team.id
        version = row.version
    }

    private init(_ stored: Stored) throws {
        func value<E: RawRepresentable>(_ raw: String, _ column: String) throws -> E where E.RawValue == String {
            guard let parsed = E(rawValue: raw) else {
                throw StoredValueError(table: EnforcementCase.schema, column: column, value: raw)
            }
            return parsed
        }
        id = stored.id
        caseNumber = stored.case_number
        courtID = stored.court_id
        courtCode = stored.court_code
        courtName = LocalizedText(zh: stored.court_name_zh, en: stored.court_name_en)
        filedOn = stored.filed_on
        status = try value(stored.status, "status")
        standing = try value(stored.standing, "standing")
        closure = try stored.closure.map { try value($0, "closure") }
        closedOn = stored.closed_on
        amountAppliedFen = stored.amount_applied_fen
        amountReceivedFen = stored.amount_received_fen
        amountOutstandingFen = stored.amount_outstanding_fen
        nextDueDate = stored.next_due_date
        overdue = stored.overdue
        teamID = stored.team_id
        version = stored.version
    }

    private struct Stored: Decodable {
        let id: UUID
        let case_number: String
        let court_id: UUID
        let court_code: String
        let court_name_zh: String
        let court_name_en: String
        let filed_on: String
        let status: String
        let standing: String
        let closure: String?
        let closed_on: String?
        let amount_applied_fen: Int64
        let amount_received_fen: Int64
        let amount_outstanding_fen: Int64
        let next_due_date: String?
        let overdue: Bool
        let team_id: UUID?
        let version: Int
    }

    /// The cases of `ids`, in that order (an id with no case is left out). The caller has already
    /// chosen the ids within the user's scope.
    static func read(_ ids: [UUID], on db: any Database) async throws -> [ListedCase] {
        guard !ids.isEmpty else { return [] }
        let sql = try db.requireSQL()
        let rows = try await sql.raw("""
            SELECT c.id, c.case_number, c.court_id, o.code AS court_code, o.name_zh AS court_name_zh, o.name_en AS court_name_en,
              c.filed_on, c.status, c.standing, c.closure, c.closed_on, c.amount_applied_fen, c.amount_received_fen,
              c.amount_outstanding_fen, c.next_due_date, c.overdue, c.team_id, c.version
            FROM enforcement_cases c JOIN organisations o ON o.id = c.court_id
            WHERE c.id IN (\(binds: ids))
            """).all(decoding: Stored.self)
        let byID = Dictionary(try rows.map { ($0.id, try ListedCase($0)) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }

    /// The applicants and debtors of each case of `ids`, in their order.
    static func parties(of ids: [UUID], on db: any Database) async throws -> [UUID: [Party]] {
        guard !ids.isEmpty else { return [:] }
        let sql = try db.requireSQL()
        struct Stored: Decodable {
            let case_id: UUID
            let role: String
            let name: String
        }
        let rows = try await sql.raw("""
            SELECT case_id, role, name FROM case_parties
            WHERE case_id IN (\(binds: ids)) AND role <> \(bind: ZhixingCore.Party.Role.agent.rawValue)
            ORDER BY position
            """).all(decoding: Stored.self)
        var parties: [UUID: [Party]] = [:]
        for row in rows {
            guard let role = ZhixingCore.Party.Role(rawValue: row.role) else {
                throw StoredValueError(table: CaseParty.schema, column: "role", value: row.role)
            }
            parties[row.case_id, default: []].append(Party(role: role, name: row.name))
        }
        return parties
    }
}

extension Database {
    /// The database as SQL (both drivers Zhixing runs on are SQL databases).
    func requireSQL() throws -> any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            throw AppError(status: .internalServerError, code: "database.notSQL",
                           message: .init(zh: "数据库不支持 SQL。", en: "The database does not speak SQL."))
        }
        return sql
    }
}

extension QueryBuilder where Model.IDValue == UUID {
    /// The ids of the matching rows, in the query's order. Fluent's `all(\.$id)` builds a whole model for
    /// each id (forty property wrappers for a case, then reads each of them from the row); this reads the
    /// one column.
    func ids() async throws -> [UUID] {
        try await ids(counted: false).ids
    }

    /// The ids, and how many rows match in all (limit and offset aside: `COUNT(*) OVER ()`, counted as the
    /// database reads them to sort them). The count is `nil` when no row comes back (a page beyond the last).
    func idsCounted() async throws -> (ids: [UUID], total: Int?) {
        try await ids(counted: true)
    }

    private func ids(counted: Bool) async throws -> (ids: [UUID], total: Int?) {
        let copy = self.copy()
        let schema = Model.schemaOrAlias
        copy.query.fields = [.extendedPath([.id], schema: schema, space: nil)]
        if counted { copy.query.fields.append(.custom(SQLAlias(SQLRaw("COUNT(*) OVER ()"), as: SQLIdentifier("zx_total")))) }
        let found = FoundIDs()
        try await copy.run { output in
            let row = Result { (try output.qualifiedSchema(space: nil, schema).decode(.id, as: UUID.self),
                                counted ? try output.decode("zx_total", as: Int.self) : nil) }
            found.rows.withLock { $0.append(row) }
        }
        let rows = try found.rows.withLock { try $0.map { try $0.get() } }
        return (rows.map(\.0), rows.first?.1)
    }
}

/// The ids a query's rows hand back, one at a time (`QueryBuilder.ids`, `idsCounted`).
private final class FoundIDs: Sendable {
    let rows = Mutex<[Result<(UUID, Int?), any Error>]>([])
}
