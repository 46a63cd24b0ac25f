import Fluent
import SQLKit

struct CreateAuditEvent: AsyncMigration {
    var name: String { "ZhixingServer.CreateAuditEvent" }

    func prepare(on database: any Database) async throws {
        try await database.schema("audit_events")
            .field("seq", .int64, .identifier(auto: false))
            .field("at", .string, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string, .required)
            .field("owner_path", .string, .required)
            .field("changes", .string, .required)
            .field("prev_hash", .string, .required)
            .field("hash", .string, .required)
            .create()
        try await (database as? any SQLDatabase)?.create(index: "audit_events_entity_idx")
            .on("audit_events").column("entity").column("entity_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_events").delete()
    }
}
