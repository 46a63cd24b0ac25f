import Fluent
import SQLKit

/// The holiday years administrators enter (`holiday_years`): one row per year, kept when removed
/// (`removed`), so that `revision` — unique, one more than the highest on every change — only grows and
/// its maximum is the calendar's generation, which every server instance compares before using its cache.
struct CreateHolidayYear: AsyncMigration {
    var name: String { "ZhixingServer.CreateHolidayYear" }

    func prepare(on database: any Database) async throws {
        try await database.schema("holiday_years")
            .id()
            .field("year", .int, .required)
            .field("notice_title", .string, .required)
            .field("notice_number", .string, .required)
            .field("notice_date", .string, .required)
            .field("holidays", .string, .required)
            .field("makeup_workdays", .string, .required)
            .field("entered_by_id", .uuid, .references("users", "id"))
            .field("entered_by_name", .string, .required)
            .field("entered_at", .datetime, .required)
            .field("revision", .int, .required)
            .field("removed", .bool, .required)
            .unique(on: "year")
            .unique(on: "revision")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("holiday_years").delete()
    }
}
