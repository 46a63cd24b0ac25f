import Vapor
import ZhixingCore

extension Application {
    private struct RuleContextKey: StorageKey { typealias Value = RuleContext }

    /// The context every rule set decides in: the statutory calendar with the bundled holiday
    /// schedule, plus `ZHIXING_HOLIDAYS_FILE` if set. Loaded once at start-up.
    var ruleContext: RuleContext {
        get { storage[RuleContextKey.self] ?? RuleContext(calendar: StatutoryCalendar(schedule: HolidaySchedule(years: []))) }
        set { storage[RuleContextKey.self] = newValue }
    }
}

enum RuleContextLoader {
    static func load(extraFile: String? = Environment.get("ZHIXING_HOLIDAYS_FILE")) throws -> RuleContext {
        var schedule = try HolidaySchedule.bundled()
        if let extraFile, !extraFile.isEmpty {
            schedule = schedule.merging(try HolidaySchedule.load(from: URL(fileURLWithPath: extraFile)))
        }
        return RuleContext(calendar: StatutoryCalendar(schedule: schedule))
    }
}
