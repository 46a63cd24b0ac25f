/// A length of time as the law states it: "within 15 days", "within 6 months", "within 2 years",
/// "within 3 working days". Periods in hours are outside the civil-date calendar.
///
/// JSON form: `{"unit": "days", "count": 15}`.
public enum Period: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Calendar days (CPL 2023 Art.85 para.2): every day counts; only the last day can be extended.
    case days(Int)
    /// Calendar months (Civil Code Art.202): ends on the corresponding day, or the month's last day.
    case months(Int)
    /// Calendar years (Civil Code Art.202), counted as twelve months each.
    case years(Int)
    /// Working days: weekends and public holidays are skipped, make-up working days count.
    case workingDays(Int)

    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        case days, months, years, workingDays
    }

    public init(unit: Unit, count: Int) {
        switch unit {
        case .days: self = .days(count)
        case .months: self = .months(count)
        case .years: self = .years(count)
        case .workingDays: self = .workingDays(count)
        }
    }

    public var unit: Unit {
        switch self {
        case .days: .days
        case .months: .months
        case .years: .years
        case .workingDays: .workingDays
        }
    }

    public var count: Int {
        switch self {
        case .days(let n), .months(let n), .years(let n), .workingDays(let n): n
        }
    }

    /// The lengths the calendar accepts for each unit (about a century at most).
    public static func allowedCounts(for unit: Unit) -> ClosedRange<Int> {
        switch unit {
        case .days: 1...36_600
        case .workingDays: 1...25_000
        case .months: 1...1_200
        case .years: 1...100
        }
    }

    /// Whether `count` lies in `allowedCounts(for: unit)`.
    public var isWithinAllowedRange: Bool { Period.allowedCounts(for: unit).contains(count) }

    /// The period itself when its length is allowed; otherwise a `FieldError` naming `field`
    /// (for input validation before a deadline is computed).
    public func validated(field: String = "period") throws(FieldError) -> Period {
        let allowed = Period.allowedCounts(for: unit)
        guard allowed.contains(count) else {
            throw FieldError(field: field, code: "period.out_of_range", message: LocalizedText(
                zh: "期间长度 \(count) 无效，\(unit.zhName)数应在 \(allowed.lowerBound) 至 \(allowed.upperBound) 之间",
                en: "Invalid period length \(count); \(unit.rawValue) must be \(allowed.lowerBound)-\(allowed.upperBound)"))
        }
        return self
    }

    /// The same unit with the count clamped into the allowed range.
    func clamped() -> Period {
        let allowed = Period.allowedCounts(for: unit)
        return Period(unit: unit, count: min(max(count, allowed.lowerBound), allowed.upperBound))
    }

    /// English, e.g. `7 days`, `1 month`, `3 working days`.
    public var description: String {
        let n = count
        switch self {
        case .days: return n == 1 ? "1 day" : "\(n) days"
        case .months: return n == 1 ? "1 month" : "\(n) months"
        case .years: return n == 1 ? "1 year" : "\(n) years"
        case .workingDays: return n == 1 ? "1 working day" : "\(n) working days"
        }
    }

    /// Chinese, e.g. `7 日`, `1 个月`, `3 个工作日`.
    public var zhDescription: String {
        switch self {
        case .days(let n): "\(n) 日"
        case .months(let n): "\(n) 个月"
        case .years(let n): "\(n) 年"
        case .workingDays(let n): "\(n) 个工作日"
        }
    }

    private enum CodingKeys: String, CodingKey { case unit, count }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(unit: try container.decode(Unit.self, forKey: .unit),
                  count: try container.decode(Int.self, forKey: .count))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(count, forKey: .count)
    }
}

extension Period.Unit {
    var zhName: String {
        switch self {
        case .days: "日"
        case .months: "月"
        case .years: "年"
        case .workingDays: "工作日"
        }
    }
}

/// Which procedural law's counting rule applies.
public enum CountingBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// Civil Procedure Law (2023) Art.85, with Civil Code Arts.201-203: the default for enforcement.
    case civilProcedure
    /// Criminal Procedure Law (2018) Art.105: same counting, same holiday extension.
    case criminalProcedure
    /// Criminal Procedure Law (2018) Art.105 para.4 proviso: a period while the suspect, defendant or
    /// offender is in custody ends on its last day and is never extended for holidays.
    case criminalCustody
}
