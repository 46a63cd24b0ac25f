import Fluent
import SQLKit

/// What the list pages and homes read, made to cost what a first page costs at a million cases (issue 9,
/// performance; docs/performance.md, "Figures"):
///
/// - `case_counts` also counts by `timed` (the case has a next due date), so that the list by next due
///   date takes its total from the counts instead of counting every running case per request; the table
///   holds only what the cases say, so it is made again and filled from them;
/// - the search by a party's name reads the case ids from the name index itself (`name`, `case_id`);
/// - a team's queues (due this week, measures expiring, follow-ups owed) are counted from their index
///   alone: each holds the columns its count filters on (the standing, the court of the user's scope).
struct UpdateCaseListCoverage: AsyncMigration {
    var name: String { "ZhixingServer.UpdateCaseListCoverage" }

    func prepare(on database: any Database) async throws {
        try await database.schema("case_counts").delete()
        try await Self.createCounts(on: database, timed: true)
        guard let sql = database as? any SQLDatabase else { return }
        try await CaseCounts.rebuild(on: sql)
        try await sql.drop(index: "case_parties_name_idx").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw(#"CREATE INDEX case_parties_name_idx ON case_parties (name COLLATE "C", case_id)"#).run()
        } else {
            try await sql.create(index: "case_parties_name_idx").on("case_parties").column("name").column("case_id").run()
        }
        let cases = "enforcement_cases"
        for index in ["enforcement_cases_team_due_idx", "enforcement_cases_team_expiry_idx", "enforcement_cases_team_follow_up_idx"] {
            try await sql.drop(index: index).run()
        }
        try await sql.create(index: "enforcement_cases_team_due_idx").on(cases)
            .column("team_id").column("next_due_date").column("standing").column("court_id").run()
        try await sql.create(index: "enforcement_cases_team_expiry_idx").on(cases)
            .column("team_id").column("next_measure_expiry").column("court_id").run()
        try await sql.create(index: "enforcement_cases_team_follow_up_idx").on(cases)
            .column("team_id").column("next_follow_up_due").column("court_id").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in ["enforcement_cases_team_due_idx", "enforcement_cases_team_expiry_idx", "enforcement_cases_team_follow_up_idx",
                      "case_parties_name_idx"] {
            try await sql.drop(index: index).run()
        }
        let cases = "enforcement_cases"
        try await sql.create(index: "enforcement_cases_team_due_idx").on(cases).column("team_id").column("next_due_date").run()
        try await sql.create(index: "enforcement_cases_team_expiry_idx").on(cases).column("team_id").column("next_measure_expiry").run()
        try await sql.create(index: "enforcement_cases_team_follow_up_idx").on(cases).column("team_id").column("next_follow_up_due").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw(#"CREATE INDEX case_parties_name_idx ON case_parties (name COLLATE "C")"#).run()
        } else {
            try await sql.create(index: "case_parties_name_idx").on("case_parties").column("name").run()
        }
        try await database.schema("case_counts").delete()
        try await Self.createCounts(on: database, timed: false)
        try await sql.raw("""
            INSERT INTO case_counts (court_id, team_id, standing, overdue, closed_month, n)
            SELECT court_id, COALESCE(team_id, \(bind: CaseCounts.noTeam)), standing, overdue, COALESCE(SUBSTR(closed_on, 1, 7), ''), COUNT(*)
            FROM enforcement_cases GROUP BY 1, 2, 3, 4, 5
            """).run()
    }

    /// The counts table, with or without the `timed` column (before this migration it had none).
    private static func createCounts(on database: any Database, timed: Bool) async throws {
        var schema = database.schema("case_counts")
            .field("court_id", .uuid, .required, .references("organisations", "id"))
            // The case's team, or the zero id for a case no team has yet (a unique key cannot hold NULL).
            .field("team_id", .uuid, .required)
            .field("standing", .string, .required)
            .field("overdue", .bool, .required)
            .field("closed_month", .string, .required)
        if timed {
            schema = schema.field("timed", .bool, .required)
                .unique(on: "court_id", "team_id", "standing", "overdue", "closed_month", "timed")
        } else {
            schema = schema.unique(on: "court_id", "team_id", "standing", "overdue", "closed_month")
        }
        try await schema.field("n", .int64, .required).create()
    }
}
