import Fluent
import SQLKit

/// Entrustments of whole cases to another court (委托执行): the entrusting case, the two courts, the
/// findings, and the entrusted court's own case once filed. `enforcement_cases.entrusted_court_id`
/// (migration 008) stays in the schema but no longer grants access to anything.
struct CreateCaseEntrustment: AsyncMigration {
    var name: String { "ZhixingServer.CreateCaseEntrustment" }

    func prepare(on database: any Database) async throws {
        try await database.schema("case_entrustments")
            .id()
            .field("case_id", .uuid, .required, .references("enforcement_cases", "id"))
            .field("from_court_id", .uuid, .required, .references("organisations", "id"))
            .field("to_court_id", .uuid, .required, .references("organisations", "id"))
            .field("entrusted_on", .string, .required)
            .field("no_property_in_area", .bool, .required)
            .field("property_in_other_province", .bool, .required)
            .field("note", .string)
            .field("entrusted_by", .string, .required)
            .field("accepted_case_id", .uuid, .references("enforcement_cases", "id"))
            .field("accepted_case_number", .string)
            .field("accepted_on", .string)
            .field("accepted_by", .string)
            .field("created_at", .datetime)
            .unique(on: "case_id")
            .create()
        if let sql = database as? any SQLDatabase {
            // The entrusted court's inbox: its entrustments not yet filed.
            try await sql.create(index: "case_entrustments_inbox_idx").on("case_entrustments")
                .column("to_court_id").column("accepted_case_id").run()
            try await sql.create(index: "case_entrustments_accepted_idx").on("case_entrustments").column("accepted_case_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("case_entrustments").delete()
    }
}
