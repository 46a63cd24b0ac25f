/// The calendar of the law: which days are rest days, and where a period ends.
///
/// Rules encoded (each cited in the `Reason`s it produces):
/// - CPL 2023 Art.85 para.2 / CrimPL 2018 Art.105 paras.1-2 / Civil Code Art.201 para.1: the day on which a
///   period begins is not counted; counting starts the next day.
/// - Civil Code Art.202: a period in months or years ends on the corresponding day of the last month, or on
///   that month's last day when it has no such day.
/// - CPL 2023 Art.85 para.3 / Civil Code Art.203 para.1 / CrimPL 2018 Art.105 para.4: when the last day is a
///   statutory rest day, the period ends on the first day after the rest days. Weekends are rest days
///   (State Council Working Hours Provisions Art.7) unless the year's notice makes them make-up working days;
///   public holidays come from the State Council holiday notice of the year.
/// - CrimPL 2018 Art.105 para.4 proviso: a period of custody is not extended.
/// - Working-day periods skip weekends and public holidays and count make-up working days.
///
/// Pure: never reads the clock. Whenever a computation looks at a day in a year whose official schedule is not
/// loaded, the result carries a warning (weekends alone were considered for that year).
public struct StatutoryCalendar: Sendable, Hashable {
    public let schedule: HolidaySchedule

    public init(schedule: HolidaySchedule) {
        self.schedule = schedule
    }

    // MARK: - Days

    /// How `date` is classified: a public holiday or make-up working day under the loaded notice, else by weekday.
    public func dayKind(_ date: LocalDate) -> DayKind {
        if schedule.isHoliday(date) { return .publicHoliday }
        if schedule.isMakeupWorkday(date) { return .makeupWorkday }
        return date.isWeekend ? .weekend : .workingDay
    }

    /// A working day: Monday to Friday outside public holidays, or a make-up working day.
    public func isWorkingDay(_ date: LocalDate) -> Bool { !dayKind(date).isRestDay }

    /// A statutory rest day (法定休假日): a public holiday, or a weekend day that is not a make-up working day.
    public func isRestDay(_ date: LocalDate) -> Bool { dayKind(date).isRestDay }

    /// One warning per year among `dates` whose official schedule is not loaded, ascending.
    public func scheduleWarnings<S: Sequence>(for dates: S) -> [Reason] where S.Element == LocalDate {
        Set(dates.map(\.year)).filter { !schedule.hasSchedule(for: $0) }.sorted().map(Self.missingSchedule)
    }

    static func missingSchedule(_ year: Int) -> Reason {
        Reason(citation: CalendarArticles.holidayNotice, message: LocalizedText(
            zh: "未载入 \(year) 年国务院办公厅节假日安排通知；该年仅按周末判断休息日",
            en: "no official holiday schedule for \(year); weekends only were considered"))
    }

    // MARK: - Deadlines

    /// The deadline of `period` beginning on `start`.
    public func deadline(from start: LocalDate, period: Period,
                         basis: CountingBasis = .civilProcedure) -> Deadline {
        var warnings: [Reason] = []
        var effective = period
        if !period.isWithinAllowedRange {
            effective = period.clamped()
            let allowed = Period.allowedCounts(for: period.unit)
            warnings.append(Reason(citations: countingArticle(period.unit, basis), message: LocalizedText(
                zh: "期间长度 \(period.count) 无效（\(period.unit.zhName)数应在 \(allowed.lowerBound) 至 \(allowed.upperBound) 之间），已按 \(effective.zhDescription)计算",
                en: "period length \(period.count) is invalid (\(period.unit.rawValue) must be \(allowed.lowerBound)-\(allowed.upperBound)); computed as \(effective)")))
        }
        switch effective {
        case .workingDays(let n):
            return workingDayDeadline(start: start, stated: period, count: n, basis: basis, warnings: warnings)
        case .days, .months, .years:
            return calendarDeadline(start: start, stated: period, effective: effective, basis: basis,
                                    warnings: warnings)
        }
    }

    /// A period in days: "within `days` days" of `start`.
    public func deadline(from start: LocalDate, days: Int, basis: CountingBasis = .civilProcedure) -> Deadline {
        deadline(from: start, period: .days(days), basis: basis)
    }

    /// A period in months: ends on the corresponding day of the last month, or that month's last day.
    public func deadline(from start: LocalDate, months: Int, basis: CountingBasis = .civilProcedure) -> Deadline {
        deadline(from: start, period: .months(months), basis: basis)
    }

    /// A period in years: twelve months each (29 February lands on 28 February in a common year).
    public func deadline(from start: LocalDate, years: Int, basis: CountingBasis = .civilProcedure) -> Deadline {
        deadline(from: start, period: .years(years), basis: basis)
    }

    /// A period in working days: weekends and public holidays are skipped, make-up working days count.
    public func deadline(from start: LocalDate, workingDays: Int,
                         basis: CountingBasis = .civilProcedure) -> Deadline {
        deadline(from: start, period: .workingDays(workingDays), basis: basis)
    }

    // MARK: - Calendar periods (days, months, years)

    private func calendarDeadline(start: LocalDate, stated: Period, effective: Period, basis: CountingBasis,
                                  warnings initial: [Reason]) -> Deadline {
        var reasons: [Reason] = []
        var warnings = initial
        let nominal: LocalDate
        let citations = countingArticle(effective.unit, basis)
        switch effective {
        case .days(let n):
            // CPL 2023 Art.85 para.2 / CrimPL Art.105 para.2 / Civil Code Art.201: the starting day is not counted.
            nominal = start.adding(days: n)
            reasons.append(Reason(citations: citations, message: LocalizedText(
                zh: "期间开始的日不计算在期间内：自 \(start.iso) 的次日起算 \(n) 日，期间最后一日为 \(nominal.iso)",
                en: "The day on which the period begins is not counted: \(n) day\(n == 1 ? "" : "s") counted from the day after \(start.iso) end on \(nominal.iso)")))
        case .months(let n), .years(let n):
            // Civil Code Art.202: the corresponding day of the last month, or that month's last day.
            let isYears = effective.unit == .years
            nominal = isYears ? start.adding(years: n) : start.adding(months: n)
            let unitZh = isYears ? "年" : "月", unitEn = isYears ? "year" : "month"
            let lengthZh = effective.zhDescription, lengthEn = effective.description
            if nominal.day == start.day {
                reasons.append(Reason(citations: citations, message: LocalizedText(
                    zh: "按\(unitZh)计算的期间，开始的日不计算在内，以到期月的对应日为期间的最后一日：自 \(start.iso) 起 \(lengthZh)，期间最后一日为 \(nominal.iso)",
                    en: "A period in \(unitEn)s does not count its first day and ends on the corresponding day of the last month: \(lengthEn) from \(start.iso) end on \(nominal.iso)")))
            } else {
                reasons.append(Reason(citations: citations, message: LocalizedText(
                    zh: "按\(unitZh)计算的期间，开始的日不计算在内；到期月没有对应日（\(start.day) 日）的，以该月最后一日为期间的最后一日：自 \(start.iso) 起 \(lengthZh)，期间最后一日为 \(nominal.iso)",
                    en: "A period in \(unitEn)s does not count its first day; the last month has no day \(start.day), so the period ends on that month's last day: \(lengthEn) from \(start.iso) end on \(nominal.iso)")))
            }
        case .workingDays:
            nominal = start  // not reached: working days have their own path
        }

        if basis == .criminalCustody {
            // CrimPL 2018 Art.105 para.4 proviso: custody ends on the last day; no holiday extension.
            reasons.append(Reason(citation: CalendarArticles.crimplHolidayExtension, message: LocalizedText(
                zh: "犯罪嫌疑人、被告人或者罪犯在押期间，应当至期满之日为止，不得因节假日而延长：期间届满日为 \(nominal.iso)",
                en: "A period of custody runs to its last day and is not extended for holidays: it ends on \(nominal.iso)")))
            return Deadline(start: start, period: stated, basis: basis, nominalLastDay: nominal, dueDate: nominal,
                            extendedForHolidays: false, reasons: reasons, warnings: warnings)
        }

        // CPL 2023 Art.85 para.3 / Civil Code Art.203 para.1 / CrimPL Art.105 para.4: a last day on a
        // statutory rest day moves to the first day after the rest days.
        var due = nominal
        var skipped: [LocalDate] = []
        while isRestDay(due) {
            skipped.append(due)
            due = due.adding(days: 1)
        }
        if skipped.isEmpty {
            if dayKind(nominal) == .makeupWorkday, let notice = schedule.notice(for: nominal) {
                reasons.append(Reason(
                    citations: [CalendarArticles.holidayNotice(year: notice.year)] + extensionArticle(basis),
                    message: LocalizedText(
                        zh: "期间最后一日 \(nominal.iso)（\(Self.weekdayZh(nominal))）是调休上班日，不是法定休假日，期间不顺延（\(notice.citation)）",
                        en: "The last day, \(nominal.iso) (\(Self.weekdayEn(nominal))), is a make-up working day, not a rest day; the period is not extended (\(notice.citation))")))
            }
        } else {
            reasons.append(Reason(citations: extensionArticle(basis), message: LocalizedText(
                zh: "期间最后一日 \(nominal.iso) 是法定休假日，以法定休假日后的第一日 \(due.iso) 为期间届满的日期",
                en: "The last day of the period, \(nominal.iso), is a statutory rest day; the period ends on the first day after the rest days, \(due.iso)")))
            reasons.append(contentsOf: restDayReasons(skipped))
        }
        warnings.append(contentsOf: scheduleWarnings(for: skipped + [due]))
        return Deadline(start: start, period: stated, basis: basis, nominalLastDay: nominal, dueDate: due,
                        extendedForHolidays: !skipped.isEmpty, reasons: reasons, warnings: warnings)
    }

    // MARK: - Working days

    private func workingDayDeadline(start: LocalDate, stated: Period, count n: Int, basis: CountingBasis,
                                    warnings initial: [Reason]) -> Deadline {
        var day = start
        var counted = 0
        var examined: [LocalDate] = []
        var skipped: [LocalDate] = []
        var makeups: [LocalDate] = []
        while counted < n {
            day = day.adding(days: 1)
            examined.append(day)
            switch dayKind(day) {
            case .workingDay: counted += 1
            case .makeupWorkday: counted += 1; makeups.append(day)
            case .weekend, .publicHoliday: skipped.append(day)
            }
        }
        var reasons = [Reason(
            citations: countingArticle(.days, basis) + [CalendarArticles.weeklyRestDays],
            message: LocalizedText(
                zh: "工作日期间自 \(start.iso) 的次日起算，周休息日和法定节假日不计入，调休上班日计入：第 \(n) 个工作日为 \(day.iso)",
                en: "A period in working days is counted from the day after \(start.iso), leaving out weekends and public holidays and counting make-up working days: working day \(n) is \(day.iso)"))]
        reasons.append(contentsOf: restDayReasons(skipped, summarizeWeekends: true))
        for (year, days) in Self.groupedByNotice(makeups, schedule: schedule) {
            guard let notice = schedule.entry(for: year) else { continue }
            let list = days.map { "\($0.iso)（\(Self.weekdayZh($0))）" }.joined(separator: "、")
            let listEn = days.map { "\($0.iso) (\(Self.weekdayEn($0)))" }.joined(separator: ", ")
            reasons.append(Reason(citation: CalendarArticles.holidayNotice(year: year), message: LocalizedText(
                zh: "\(list)为调休上班日，计入工作日（\(notice.citation)）",
                en: "\(listEn): make-up working day\(days.count == 1 ? ", counted as a working day" : "s, counted as working days") (\(notice.citation))")))
        }
        var warnings = initial
        warnings.append(contentsOf: scheduleWarnings(for: examined))
        return Deadline(start: start, period: stated, basis: basis, nominalLastDay: day, dueDate: day,
                        extendedForHolidays: false, reasons: reasons, warnings: warnings)
    }

    // MARK: - Reasons

    private func countingArticle(_ unit: Period.Unit, _ basis: CountingBasis) -> [Citation] {
        let monthRule = unit == .months || unit == .years
        switch basis {
        case .civilProcedure:
            return monthRule ? [CalendarArticles.cplCounting, CalendarArticles.civilCodeMonths]
                : [CalendarArticles.cplCounting, CalendarArticles.civilCodeStart]
        case .criminalProcedure, .criminalCustody:
            return monthRule ? [CalendarArticles.crimplCounting, CalendarArticles.civilCodeMonths]
                : [CalendarArticles.crimplCounting]
        }
    }

    private func extensionArticle(_ basis: CountingBasis) -> [Citation] {
        switch basis {
        case .civilProcedure:
            [CalendarArticles.cplHolidayExtension, CalendarArticles.civilCodeHolidayExtension]
        case .criminalProcedure, .criminalCustody:
            [CalendarArticles.crimplHolidayExtension]
        }
    }

    /// Why each of `days` (ascending rest days) is a rest day: public holidays by run and notice, weekends
    /// by the Working Hours Provisions (listed, or only counted when `summarizeWeekends`).
    private func restDayReasons(_ days: [LocalDate], summarizeWeekends: Bool = false) -> [Reason] {
        var reasons: [Reason] = []
        let holidays = days.filter { dayKind($0) == .publicHoliday }
        let weekends = days.filter { dayKind($0) == .weekend }
        for (year, group) in Self.groupedByNotice(holidays, schedule: schedule) {
            guard let notice = schedule.entry(for: year) else { continue }
            let runs = Self.runs(group)
            let zh = runs.map { $0.first == $0.last ? $0.first.iso : "\($0.first.iso) 至 \($0.last.iso)" }
                .joined(separator: "、")
            let en = runs.map { $0.first == $0.last ? $0.first.iso : "\($0.first.iso) to \($0.last.iso)" }
                .joined(separator: ", ")
            reasons.append(Reason(citation: CalendarArticles.holidayNotice(year: year), message: LocalizedText(
                zh: "\(zh) 为节假日放假日（\(notice.citation)）",
                en: "\(en): public holiday days off (\(notice.citation))")))
        }
        if !weekends.isEmpty {
            if summarizeWeekends {
                reasons.append(Reason(citation: CalendarArticles.weeklyRestDays, message: LocalizedText(
                    zh: "期间内 \(weekends.count) 个星期六、星期日为周休息日，不计入工作日",
                    en: weekends.count == 1
                        ? "1 weekend day in the period is a weekly rest day, not counted as a working day"
                        : "\(weekends.count) weekend days in the period are weekly rest days, not counted as working days")))
            } else {
                let zh = weekends.map { "\($0.iso)（\(Self.weekdayZh($0))）" }.joined(separator: "、")
                let en = weekends.map { "\($0.iso) (\(Self.weekdayEn($0)))" }.joined(separator: ", ")
                reasons.append(Reason(citation: CalendarArticles.weeklyRestDays, message: LocalizedText(
                    zh: "\(zh)为周休息日",
                    en: "\(en): weekly rest day\(weekends.count == 1 ? "" : "s")")))
            }
        }
        return reasons
    }

    /// `days` grouped by the year of the notice that lists them, years ascending, days kept in order.
    private static func groupedByNotice(_ days: [LocalDate], schedule: HolidaySchedule) -> [(Int, [LocalDate])] {
        var groups: [Int: [LocalDate]] = [:]
        for day in days {
            guard let year = schedule.notice(for: day)?.year else { continue }
            groups[year, default: []].append(day)
        }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    /// Ascending `days` split into runs of consecutive dates.
    private static func runs(_ days: [LocalDate]) -> [(first: LocalDate, last: LocalDate)] {
        var result: [(first: LocalDate, last: LocalDate)] = []
        for day in days {
            if let current = result.last, current.last.adding(days: 1) == day {
                result[result.count - 1].last = day
            } else {
                result.append((day, day))
            }
        }
        return result
    }

    static func weekdayZh(_ date: LocalDate) -> String {
        ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"][date.weekday - 1]
    }

    static func weekdayEn(_ date: LocalDate) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][date.weekday - 1]
    }
}
