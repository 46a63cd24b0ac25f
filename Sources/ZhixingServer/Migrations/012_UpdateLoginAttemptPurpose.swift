import Fluent
import SQLKit

/// Log-in attempts say what they were for (`staff` log-in or the party `portal`), so that failures at the
/// portal never lock staff out of log-in from the same address (behind a proxy everybody shares one).
struct UpdateLoginAttemptPurpose: AsyncMigration {
    var name: String { "ZhixingServer.UpdateLoginAttemptPurpose" }

    func prepare(on database: any Database) async throws {
        try await database.schema("login_attempts")
            .field("purpose", .string, .required, .sql(.default("staff")))
            .update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.update("login_attempts").set("purpose", to: "portal").where("username_key", .like, "portal:%").run()
        try await sql.create(index: "login_attempts_purpose_ip_at").on("login_attempts").column("purpose").column("ip").column("at").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "login_attempts_purpose_ip_at").run()
        // SQLite cannot drop a column; the extra column is harmless to the older code.
        if sql.dialect.name != "sqlite" { try await database.schema("login_attempts").deleteField("purpose").update() }
    }
}
