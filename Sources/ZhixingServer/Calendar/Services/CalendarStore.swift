import Fluent
import Foundation
import Synchronization
import Vapor
import ZhixingCore

/// The statutory calendar every deadline is computed with: the shipped defaults (bundled
/// `Resources/holidays`, plus `ZHIXING_HOLIDAYS_FILE`) merged with the years administrators entered
/// (`holiday_years`), the database winning for a year it has.
///
/// Cached per process and checked before every use against the calendar's generation, the highest
/// `holiday_years.revision` (one indexed `MAX`): a year saved on one server instance is used by every other
/// instance on its next computation, with no restart. The cache is behind a lock (Swift 6: no unguarded
/// shared state).
final class CalendarStore: Sendable {
    /// Where a year of the schedule comes from.
    enum Origin: String, Sendable, Encodable {
        /// Shipped with Zhixing (`Sources/ZhixingCore/Resources/holidays`).
        case bundled
        /// The operator's `ZHIXING_HOLIDAYS_FILE`.
        case file
        /// Entered by an administrator (`holiday_years`).
        case entered
    }

    /// The bundled years.
    let bundled: HolidaySchedule
    /// The operator's extra file, if any.
    let file: HolidaySchedule

    /// The shipped defaults: bundled years, then the file's (which win for a year in both).
    var defaults: HolidaySchedule {
        whenUsed?()
        return bundled.merging(file)
    }

    private struct Cached: Sendable {
        let generation: Int
        let context: RuleContext
    }

    private let cache = Mutex<Cached?>(nil)

    /// Called on every use: nothing in production; the tests' unset calendar (`Effects.failing`) reports it.
    private let whenUsed: (@Sendable () -> Void)?

    init(bundled: HolidaySchedule, file: HolidaySchedule = .empty, whenUsed: (@Sendable () -> Void)? = nil) {
        self.bundled = bundled
        self.file = file
        self.whenUsed = whenUsed
    }

    /// The store of the running server: bundled data, plus `ZHIXING_HOLIDAYS_FILE` if set.
    static func load(extraFile: String? = Environment.get("ZHIXING_HOLIDAYS_FILE")) throws -> CalendarStore {
        var file = HolidaySchedule.empty
        if let extraFile, !extraFile.isEmpty {
            file = try HolidaySchedule.load(from: URL(fileURLWithPath: extraFile))
        }
        return CalendarStore(bundled: try HolidaySchedule.bundled(), file: file)
    }

    /// Where the shipped defaults have `year` from, if they have it.
    func defaultOrigin(of year: Int) -> Origin? {
        whenUsed?()
        if file.hasSchedule(for: year) { return .file }
        if bundled.hasSchedule(for: year) { return .bundled }
        return nil
    }

    /// The context every rule set decides in, with the calendar as the database has it now.
    func ruleContext(on db: any Database) async throws -> RuleContext {
        whenUsed?()
        let generation = try await Self.generation(on: db)
        if let cached = cache.withLock({ $0 }), cached.generation == generation { return cached.context }
        // Rows may have moved on since `generation` was read; then the next use sees a newer
        // generation and loads again. The cache never holds rows older than its generation.
        let context = RuleContext(calendar: StatutoryCalendar(schedule: try await schedule(uncachedOn: db)))
        cache.withLock { current in
            if (current?.generation ?? Int.min) <= generation { current = Cached(generation: generation, context: context) }
        }
        return context
    }

    /// The statutory calendar as the database has it now.
    func calendar(on db: any Database) async throws -> StatutoryCalendar {
        try await ruleContext(on: db).calendar
    }

    /// The merged schedule read afresh, never cached: inside a transaction that has just changed a
    /// year (which may still roll back), this is the calendar that transaction will commit.
    func schedule(uncachedOn db: any Database) async throws -> HolidaySchedule {
        let rows = try await HolidayYearRecord.query(on: db).filter(\.$removed == false).all()
        return try merged(rows)
    }

    /// Kept out of the async function above (see `HolidayYearRecord.entry`).
    @inline(never)
    private func merged(_ rows: [HolidayYearRecord]) throws -> HolidaySchedule {
        var years: [HolidayYear] = []
        for row in rows { years.append(try row.holidayYear()) }
        return defaults.merging(HolidaySchedule(years: years))
    }

    /// The calendar's generation: the highest revision of `holiday_years` (0 while it is empty).
    static func generation(on db: any Database) async throws -> Int {
        try await HolidayYearRecord.query(on: db).max(\.$revision) ?? 0
    }
}
