import Fluent
import SQLKit

/// Indexes for a million cases and more: the list's order (newest filing first), over all cases and
/// within one court, carrying the id so that a page's ids come from the index alone; and the case
/// page's look-ups of linked cases and issued documents. See docs/performance.md.
struct CreateCaseListIndexes: AsyncMigration {
    var name: String { "ZhixingServer.CreateCaseListIndexes" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "enforcement_cases_list_order_idx").on("enforcement_cases")
            .column("filed_on").column("case_number").column("id").run()
        try await sql.create(index: "enforcement_cases_court_order_idx").on("enforcement_cases")
            .column("court_id").column("filed_on").column("case_number").column("id").run()
        // The case page lists the cases linked to this one, and the documents issued in it.
        // Partial: almost no case is linked, and a full index of NULLs led SQLite's planner, once the
        // statistics said so (ANALYZE), to scan the table instead (a 244 ms case page at a million cases).
        try await sql.raw("""
            CREATE INDEX enforcement_cases_linked_idx ON enforcement_cases (linked_case_id) WHERE linked_case_id IS NOT NULL
            """).run()
        try await sql.create(index: "issued_documents_case_idx").on("issued_documents").column("case_id").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "issued_documents_case_idx").run()
        try await sql.drop(index: "enforcement_cases_linked_idx").run()
        try await sql.drop(index: "enforcement_cases_court_order_idx").run()
        try await sql.drop(index: "enforcement_cases_list_order_idx").run()
    }
}
