import Fluent
import SQLKit

struct CreateLoginAttempt: AsyncMigration {
    var name: String { "ZhixingServer.CreateLoginAttempt" }

    func prepare(on database: any Database) async throws {
        try await database.schema("login_attempts")
            .id()
            .field("username_key", .string, .required)
            .field("ip", .string, .required)
            .field("at", .datetime, .required)
            .field("success", .bool, .required)
            .create()
        try await (database as? any SQLDatabase)?.create(index: "login_attempts_user_idx")
            .on("login_attempts").column("username_key").column("at").run()
        try await (database as? any SQLDatabase)?.create(index: "login_attempts_ip_idx")
            .on("login_attempts").column("ip").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_attempts").delete()
    }
}
