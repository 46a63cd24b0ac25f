/// A civil date (year, month, day) with no time zone: the unit in which the law counts periods.
/// Pure arithmetic on the proleptic Gregorian calendar; never reads the clock.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A validated date; `nil` when the day does not exist (e.g. 2025-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`. Throws a `FieldError` naming `field`.
    public init(iso text: String, field: String = "date") throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              let date = LocalDate(year: y, month: m, day: d)
        else {
            throw FieldError(field: field, code: "date.invalid", message: LocalizedText(
                zh: "日期无效，应为 YYYY-MM-DD 格式的真实日期：\(text)",
                en: "Invalid date; expected a real date as YYYY-MM-DD: \(text)"))
        }
        self = date
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before it). Howard Hinnant's days_from_civil.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date with the given day number (inverse of `dayNumber`).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Calendar-month addition: the corresponding day of the target month, or that month's last day
    /// when it has no such day (Civil Code Art.202).
    public func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        let d = min(day, LocalDate.daysIn(month: m, year: y))
        return LocalDate(year: y, month: m, day: d) ?? self
    }

    public func adding(years: Int) -> LocalDate { adding(months: years * 12) }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber % 7 + 7 + 3) % 7  // 1970-01-01 was a Thursday (index 3 from Monday = 0)
        return w + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }

    public var description: String { iso }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// The years a date in the facts of a rule set may fall in. 1949: the people's courts and every
    /// instrument the rule sets apply date from the founding of the People's Republic; 2100: far beyond
    /// any period the rules count (the longest, a 20-year limitation, Civil Code Art.188). A rule that
    /// needs older dates (a debtor's birth date) passes its own range.
    public static let factYears: ClosedRange<Int> = 1949...2100

    /// Parses a date given in the facts: a real `YYYY-MM-DD` date whose year lies in `years`.
    public init(factText text: String, field: String, years: ClosedRange<Int> = LocalDate.factYears) throws {
        let date = try LocalDate(iso: text, field: field)
        guard years.contains(date.year) else {
            throw FieldError(field: field, code: "date.out_of_range", message: LocalizedText(
                zh: "日期超出可处理范围（年份应在 \(years.lowerBound) 至 \(years.upperBound) 之间）：\(text)",
                en: "Date out of range (the year must be \(years.lowerBound)-\(years.upperBound)): \(text)"))
        }
        self = date
    }

    /// The days a date from outside (a filing, a linked case, a measure) may name: from 1949-10-01, the founding
    /// of the People's Republic — no people's court filing, ruling or measure is older, and case numbers start
    /// with that year (`CaseNumber.years`) — to 2100-12-31, far enough for any statutory period counted from
    /// today and near enough that a typing error such as 9999-12-31 is caught. Within `factYears`.
    public static let courtDays: ClosedRange<LocalDate> = LocalDate(dayNumber: -7_397)...LocalDate(dayNumber: 47_846)

    /// Parses a date typed or sent by a user: a real `YYYY-MM-DD` day within `courtDays`, or a `FieldError`
    /// naming `field` (`date.invalid`, `date.out_of_range`). The server's `InputBounds.date` is this.
    public init(inputText text: String, field: String) throws {
        let date = try LocalDate(iso: text, field: field)
        try date.checkCourtDay(field: field)
        self = date
    }

    /// Throws `date.out_of_range` naming `field` unless the date lies within `courtDays`.
    public func checkCourtDay(field: String) throws {
        guard Self.courtDays.contains(self) else {
            throw FieldError(field: field, code: "date.out_of_range", message: LocalizedText(
                zh: "日期应在\(Self.courtDays.lowerBound.chinese)至\(Self.courtDays.upperBound.chinese)之间：\(iso)",
                en: "The date must be from \(Self.courtDays.lowerBound.iso) to \(Self.courtDays.upperBound.iso): \(iso)"))
        }
    }

    /// Decodes a date of the facts (`LocalDate.factYears`).
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        // The whole path (`measure.startsOn`, `acts[2].date`), so that an error names the field as the API does.
        let field = decoder.codingPath.reduce("") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path.isEmpty ? key.stringValue : path + "." + key.stringValue
        }
        self = try LocalDate(factText: text, field: field.isEmpty ? "date" : field)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
