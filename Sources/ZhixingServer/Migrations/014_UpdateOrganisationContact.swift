import Fluent
import SQLKit

/// Organisations carry the address and telephone the directory shows (issue 9, item 7): both optional,
/// since the shipped court file has neither and other organisations are entered one by one.
struct UpdateOrganisationContact: AsyncMigration {
    var name: String { "ZhixingServer.UpdateOrganisationContact" }

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await database.schema("organisations").field("address", .string).update()
        try await database.schema("organisations").field("phone", .string).update()
    }

    func revert(on database: any Database) async throws {
        // SQLite cannot drop a column; the extra columns are harmless to the older code.
        guard let sql = database as? any SQLDatabase, sql.dialect.name != "sqlite" else { return }
        try await database.schema("organisations").deleteField("phone").update()
        try await database.schema("organisations").deleteField("address").update()
    }
}
