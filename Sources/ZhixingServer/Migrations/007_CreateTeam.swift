import Fluent
import SQLKit

struct CreateTeam: AsyncMigration {
    var name: String { "ZhixingServer.CreateTeam" }

    func prepare(on database: any Database) async throws {
        try await database.schema("teams")
            .id()
            .field("court_id", .uuid, .required, .references("organisations", "id"))
            .field("name", .string, .required)
            .field("judge_id", .uuid, .required, .references("users", "id"))
            .field("assistant_id", .uuid, .references("users", "id"))
            .field("police_id", .uuid, .references("users", "id"))
            .field("clerk_id", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("teams").delete()
    }
}

