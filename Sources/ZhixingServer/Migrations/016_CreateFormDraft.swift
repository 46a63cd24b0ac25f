import Fluent

/// Forms kept across a log-in (`FormDraft`): issue 9, item 5 — a session that expired on a form keeps what was typed.
struct CreateFormDraft: AsyncMigration {
    var name: String { "ZhixingServer.CreateFormDraft" }

    func prepare(on database: any Database) async throws {
        try await database.schema("form_drafts")
            .id()
            .field("key_hash", .string, .required)
            .field("user_id", .uuid, .references("users", "id"))
            .field("page", .string, .required)
            .field("fields", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "key_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("form_drafts").delete()
    }
}
