import Fluent

/// Multi-row inserts for bulk seeding, in chunks that stay under the databases' limits on bind
/// parameters per statement (SQLite 32,766; PostgreSQL 65,535).
enum BulkInsert {
    static let maxBinds = 30_000

    /// Inserts `models` (IDs set beforehand or generated) with as few statements as the limit allows;
    /// `columns` is how many columns one row binds, an upper bound is fine.
    static func create<M: Model>(_ models: [M], columns: Int, on db: any Database) async throws {
        let perStatement = max(1, maxBinds / max(1, columns))
        var start = 0
        while start < models.count {
            let end = min(models.count, start + perStatement)
            try await Array(models[start..<end]).create(on: db)
            start = end
        }
    }
}
