import Fluent
import SQLKit

struct CreateOrganisation: AsyncMigration {
    var name: String { "ZhixingServer.CreateOrganisation" }

    func prepare(on database: any Database) async throws {
        try await database.schema("organisations")
            .id()
            .field("kind", .string, .required)
            .field("code", .string, .required)
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("level", .string)
            .field("parent_id", .uuid, .references("organisations", "id"))
            .field("path", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
        try await (database as? any SQLDatabase)?.create(index: "organisations_path_idx")
            .on("organisations").column("path").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisations").delete()
    }
}
