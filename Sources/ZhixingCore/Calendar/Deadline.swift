/// The end of a statutory or court-set period, with the rules that produced it.
public struct Deadline: Sendable, Hashable, Codable {
    /// The day on which the period begins (service, filing, ...). It is not counted.
    public let start: LocalDate
    /// The period as stated.
    public let period: Period
    /// The counting rule applied.
    public let basis: CountingBasis
    /// The last day by counting alone, before any holiday extension. For working days, the last working day.
    public let nominalLastDay: LocalDate
    /// The last day on which the act is still in time.
    public let dueDate: LocalDate
    /// Whether the last day fell on a statutory rest day and was moved to the first day after it.
    public let extendedForHolidays: Bool
    /// The counting rule and, when extended, which holidays or rest days moved the last day, and to which day.
    public let reasons: [Reason]
    /// What the result may get wrong: a year without an official schedule, a period length out of range.
    public let warnings: [Reason]

    public init(start: LocalDate, period: Period, basis: CountingBasis, nominalLastDay: LocalDate,
                dueDate: LocalDate, extendedForHolidays: Bool, reasons: [Reason], warnings: [Reason]) {
        self.start = start
        self.period = period
        self.basis = basis
        self.nominalLastDay = nominalLastDay
        self.dueDate = dueDate
        self.extendedForHolidays = extendedForHolidays
        self.reasons = reasons
        self.warnings = warnings
    }

    /// Whether the result carries any warning.
    public var hasWarnings: Bool { !warnings.isEmpty }
}

/// How the calendar classifies one civil date.
public enum DayKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Monday to Friday, not a public holiday.
    case workingDay
    /// A Saturday or Sunday the year's notice declares a working day (调休上班).
    case makeupWorkday
    /// A Saturday or Sunday that is a weekly rest day.
    case weekend
    /// A day off of a public holiday under the year's notice (weekend days inside the holiday included).
    case publicHoliday

    /// Whether the day is a statutory rest day (法定休假日) for the holiday-extension rule.
    public var isRestDay: Bool { self == .weekend || self == .publicHoliday }
}
