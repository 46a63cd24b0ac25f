import Fluent
import SQLKit

/// Multi-row inserts for bulk seeding, straight through SQLKit: Fluent's model inserts reflect over
/// every model (measured at most of the seeder's time), which a million cases cannot afford. Values
/// are bound through the same database encoder as Fluent's, so the rows read back as models.
/// Statements are chunked to stay under the databases' bind-parameter limits (SQLite 32,766;
/// PostgreSQL 65,535).
enum BulkInsert {
    static let maxBinds = 30_000

    typealias Value = any Encodable & Sendable

    static func insert(into table: String, columns: [String], rows: [[Value]], on db: any Database) async throws {
        guard !rows.isEmpty else { return }
        guard let sql = db as? any SQLDatabase else {
            throw AppError(status: .internalServerError, code: "internal", message: .init(zh: "数据库不支持批量写入", en: "Bulk insert needs an SQL database"))
        }
        let perStatement = max(1, maxBinds / max(1, columns.count))
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + perStatement)
            let builder = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] {
                builder.values(row.map { SQLBind($0) as any SQLExpression })
            }
            try await builder.run()
            start = end
        }
    }
}
