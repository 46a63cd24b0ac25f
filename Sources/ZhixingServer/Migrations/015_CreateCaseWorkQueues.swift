import Fluent
import SQLKit

/// The columns and counts the work queues, homes and case lists are read from (issue 9, items 1-2):
///
/// - on each case, what the core last said of it for its queue: its standing (终本 apart), the day it
///   was closed, the sum still outstanding, the earliest expiry of a measure in force and the next
///   follow-up inquiry after 终本, and `summary_version` (which summary those columns hold: a case with
///   an older one is summarised again by the deadline job, `CaseSummary.version`);
/// - `case_counts`: how many cases of each court and team stand where, overdue or not, and in which
///   month they were closed, kept in the transactions that write the cases (`CaseCounts`), so that a
///   home or a list total reads a handful of rows however many cases there are;
/// - on each issued notice or order, the day it was served (`served_on`), so that a team sees what it
///   still has to serve;
/// - the indexes for the list's facets and sort orders, the team's queue, and the search by party.
///
/// Existing rows get their standing, closure day and outstanding sum here, in SQL; the two queue dates
/// follow when the deadline job summarises them again (their `summary_version` is 0).
struct CreateCaseWorkQueues: AsyncMigration {
    var name: String { "ZhixingServer.CreateCaseWorkQueues" }

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        let cases = "enforcement_cases"
        try await database.schema(cases).field("standing", .string, .required, .sql(.default("filed"))).update()
        try await database.schema(cases).field("closed_on", .string).update()
        try await database.schema(cases).field("amount_outstanding_fen", .int64, .required, .sql(.default(0))).update()
        try await database.schema(cases).field("next_measure_expiry", .string).update()
        try await database.schema(cases).field("next_follow_up_due", .string).update()
        try await database.schema(cases).field("summary_version", .int, .required, .sql(.default(0))).update()
        // The day a notice or order was served, once the case records its service; the ones still to
        // serve are few at any time, and their partial index holds only them.
        try await database.schema("issued_documents").field("served_on", .string).update()
        try await database.schema("case_counts")
            .field("court_id", .uuid, .required, .references("organisations", "id"))
            // The case's team, or the zero id for a case no team has yet (a unique key cannot hold NULL).
            .field("team_id", .uuid, .required)
            .field("standing", .string, .required)
            .field("overdue", .bool, .required)
            .field("closed_month", .string, .required)
            .field("n", .int64, .required)
            .unique(on: "court_id", "team_id", "standing", "overdue", "closed_month")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("""
            UPDATE enforcement_cases SET
              standing = CASE WHEN status = 'closed' AND closure = 'currentProcedureTerminated' THEN 'currentProcedureTerminated'
                              WHEN status = 'closed' THEN 'concluded' ELSE status END,
              amount_outstanding_fen = CASE WHEN amount_applied_fen > amount_received_fen
                                            THEN amount_applied_fen - amount_received_fen ELSE 0 END,
              closed_on = CASE WHEN status = 'closed' THEN
                (SELECT MAX(e.date) FROM case_events e WHERE e.case_id = enforcement_cases.id AND e.kind LIKE 'closed%') END
            """).run()
        // The counts as this migration made them (the table's columns then; `CaseCounts.rebuild` writes
        // the columns of today's table, which migration 017 remade).
        try await sql.raw("""
            INSERT INTO case_counts (court_id, team_id, standing, overdue, closed_month, n)
            SELECT court_id, COALESCE(team_id, \(bind: CaseCounts.noTeam)), standing, overdue, COALESCE(SUBSTR(closed_on, 1, 7), ''), COUNT(*)
            FROM enforcement_cases GROUP BY 1, 2, 3, 4, 5
            """).run()
        try await sql.drop(index: "enforcement_cases_court_status_idx").run()
        // The list by facet, within a court and over all courts, in list order, carrying the id.
        try await sql.create(index: "enforcement_cases_court_standing_idx").on(cases)
            .column("court_id").column("standing").column("filed_on").column("case_number").column("id").run()
        try await sql.create(index: "enforcement_cases_standing_idx").on(cases)
            .column("standing").column("filed_on").column("case_number").column("id").run()
        // The other two sort orders: next due date, sum outstanding.
        try await sql.create(index: "enforcement_cases_court_due_idx").on(cases)
            .column("court_id").column("next_due_date").column("id").run()
        try await sql.create(index: "enforcement_cases_outstanding_idx").on(cases)
            .column("amount_outstanding_fen").column("id").run()
        try await sql.create(index: "enforcement_cases_court_outstanding_idx").on(cases)
            .column("court_id").column("amount_outstanding_fen").column("id").run()
        // The cases a court or a team closed in a month.
        try await sql.create(index: "enforcement_cases_court_closed_idx").on(cases).column("court_id").column("closed_on").run()
        try await sql.create(index: "enforcement_cases_team_closed_idx").on(cases).column("team_id").column("closed_on").run()
        // The team's queue: its list, what falls due, which measures expire, which follow-ups are owed.
        try await sql.create(index: "enforcement_cases_team_order_idx").on(cases)
            .column("team_id").column("filed_on").column("case_number").column("id").run()
        try await sql.create(index: "enforcement_cases_team_due_idx").on(cases).column("team_id").column("next_due_date").run()
        try await sql.create(index: "enforcement_cases_team_expiry_idx").on(cases).column("team_id").column("next_measure_expiry").run()
        try await sql.create(index: "enforcement_cases_team_follow_up_idx").on(cases).column("team_id").column("next_follow_up_due").run()
        // Cases whose summary is older than the code's, for the deadline job.
        try await sql.create(index: "enforcement_cases_summary_version_idx").on(cases).column("summary_version").run()
        try await sql.raw("CREATE INDEX issued_documents_to_serve_idx ON issued_documents (case_id) WHERE served_on IS NULL").run()
        // Search by any party: by name (prefix) and by identity number or credit code (exact).
        // On PostgreSQL in code-point order (`COLLATE "C"`), as SQLite compares, so that a name prefix is a
        // range of the index whatever the database's locale (`CaseList`).
        if sql.dialect.name == "postgresql" {
            try await sql.raw(#"CREATE INDEX case_parties_name_idx ON case_parties (name COLLATE "C")"#).run()
        } else {
            try await sql.create(index: "case_parties_name_idx").on("case_parties").column("name").run()
        }
        try await sql.create(index: "case_parties_credit_code_idx").on("case_parties").column("credit_code").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in ["issued_documents_to_serve_idx", "case_parties_credit_code_idx", "case_parties_name_idx", "enforcement_cases_summary_version_idx",
                      "enforcement_cases_team_follow_up_idx", "enforcement_cases_team_expiry_idx", "enforcement_cases_team_due_idx",
                      "enforcement_cases_team_order_idx", "enforcement_cases_team_closed_idx", "enforcement_cases_court_closed_idx", "enforcement_cases_court_outstanding_idx", "enforcement_cases_outstanding_idx",
                      "enforcement_cases_court_due_idx", "enforcement_cases_standing_idx", "enforcement_cases_court_standing_idx"] {
            try await sql.drop(index: index).run()
        }
        try await sql.create(index: "enforcement_cases_court_status_idx").on("enforcement_cases")
            .column("court_id").column("status").column("filed_on").run()
        // The day a notice or order was served, once the case records its service; the ones still to
        // serve are few at any time, and their partial index holds only them.
        try await database.schema("issued_documents").field("served_on", .string).update()
        try await database.schema("case_counts").delete()
        // SQLite cannot drop a column; the extra columns are harmless to the older code.
        guard sql.dialect.name != "sqlite" else { return }
        for column in ["summary_version", "next_follow_up_due", "next_measure_expiry", "amount_outstanding_fen", "closed_on", "standing"] {
            try await database.schema("enforcement_cases").deleteField(.string(column)).update()
        }
        try await database.schema("issued_documents").deleteField("served_on").update()
    }
}
