import Fluent
import SQLKit

/// Indexes for the case list at national scale: its order (newest filing first), over all cases and
/// within one court, so that a page is read from an index rather than sorted. See docs/performance.md.
struct CreateCaseListIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "enforcement_cases_list_order_idx").on("enforcement_cases")
            .column("filed_on").column("case_number").run()
        try await sql.create(index: "enforcement_cases_court_order_idx").on("enforcement_cases")
            .column("court_id").column("filed_on").column("case_number").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "enforcement_cases_court_order_idx").run()
        try await sql.drop(index: "enforcement_cases_list_order_idx").run()
    }
}
