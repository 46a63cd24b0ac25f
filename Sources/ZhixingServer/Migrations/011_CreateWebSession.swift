import Fluent

/// Server-side web sessions of our own (`WebSessionRecord`), replacing Vapor's Fluent sessions, whose rows had
/// no time stamp, never expired and were written for every anonymous visitor. Their table goes.
struct CreateWebSession: AsyncMigration {
    var name: String { "ZhixingServer.CreateWebSession" }

    func prepare(on database: any Database) async throws {
        try await database.schema("web_sessions")
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("flash", .string)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await database.schema("_fluent_sessions").delete()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("web_sessions").delete()
        try await SessionRecord.migration.prepare(on: database)
    }
}
