import Fluent
import SQLKit
import Vapor

/// Case numbers (案号) per court, year and type, without gaps or duplicates: the serial comes from a
/// counter row updated inside the filing's own transaction. On PostgreSQL the `UPDATE` locks the
/// row until the filing commits, so concurrent filings queue; a filing that fails rolls its serial
/// back with it. SQLite serialises writers.
enum CaseNumbers {
    static func nextSerial(court: UUID, year: Int, type: String, on db: any Database) async throws -> Int {
        try await reserve(1, court: court, year: year, type: type, on: db).lowerBound
    }

    /// `count` consecutive serials at once (bulk seeding), under the same lock as a single filing.
    static func reserve(_ count: Int, court: UUID, year: Int, type: String, on db: any Database) async throws -> ClosedRange<Int> {
        guard count > 0, let sql = db as? any SQLDatabase else {
            throw AppError(status: .internalServerError, code: "internal", message: .init(zh: "无法分配案号", en: "Could not allocate case numbers"))
        }
        try await sql.raw("""
            INSERT INTO case_number_counters (court_id, year, type_code, last_serial)
            VALUES (\(bind: court), \(bind: year), \(bind: type), 0) ON CONFLICT DO NOTHING
            """).run()
        let row = try await sql.raw("""
            UPDATE case_number_counters SET last_serial = last_serial + \(bind: count)
            WHERE court_id = \(bind: court) AND year = \(bind: year) AND type_code = \(bind: type)
            RETURNING last_serial
            """).first()
        guard let serial = try row?.decode(column: "last_serial", as: Int.self) else {
            throw AppError(status: .internalServerError, code: "internal", message: .init(zh: "无法分配案号", en: "Could not allocate a case number"))
        }
        return (serial - count + 1)...serial
    }
}
