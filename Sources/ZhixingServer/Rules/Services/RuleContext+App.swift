import Vapor
import ZhixingCore

/// The shipped defaults alone (bundled holiday years plus `ZHIXING_HOLIDAYS_FILE`), for the pure
/// `zhixing rules` command, which has no database. The server decides with `effects.calendars`
/// (`CalendarStore`), which adds the years administrators entered.
enum RuleContextLoader {
    static func load(extraFile: String? = Environment.get("ZHIXING_HOLIDAYS_FILE")) throws -> RuleContext {
        RuleContext(calendar: StatutoryCalendar(schedule: try CalendarStore.load(extraFile: extraFile).defaults))
    }
}
