import Foundation

/// One year's official holiday arrangement, as published by the State Council General Office
/// (国务院办公厅关于XXXX年部分节假日安排的通知).
///
/// The JSON form is
/// `{"year": 2025, "source": "<notice title, number, date>", "holidays": ["2025-01-01", ...], "makeupWorkdays": [...]}`:
/// `holidays` lists every day off of every holiday, the weekend days inside a holiday block included;
/// `makeupWorkdays` lists the Saturdays and Sundays the notice declares working days (调休上班).
/// A notice may reach into a neighbouring year (the 2023 New Year holiday began on 2022-12-31), so
/// dates may lie in `year - 1`, `year` or `year + 1`.
public struct HolidayYear: Sendable, Hashable, Codable {
    /// The year the notice arranges.
    public let year: Int
    /// The notice: full title, document number and publication date, and how any later notice was applied.
    public let source: String
    /// Every day off, sorted, without duplicates.
    public let holidays: [LocalDate]
    /// Every make-up working day (a Saturday or Sunday declared a working day), sorted, without duplicates.
    public let makeupWorkdays: [LocalDate]

    /// A validated year. Throws a `FieldError` (field `holidaySchedule`) when the source is empty, a date lies
    /// outside `year - 1 ... year + 1`, a day is both a holiday and a make-up working day, or a make-up
    /// working day is not a Saturday or Sunday.
    public init(year: Int, source: String, holidays: [LocalDate], makeupWorkdays: [LocalDate]) throws {
        guard (2...9998).contains(year) else {
            throw HolidayYear.invalid("holiday_schedule.year", zh: "节假日安排的年份无效：\(year)",
                                      en: "Invalid holiday schedule year: \(year)")
        }
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw HolidayYear.invalid("holiday_schedule.source_missing",
                                      zh: "\(year) 年节假日安排缺少来源（通知标题、文号、发布日期）",
                                      en: "The \(year) holiday schedule has no source (notice title, number, date)")
        }
        let holidaySet = Set(holidays), makeupSet = Set(makeupWorkdays)
        for date in holidaySet.union(makeupSet) where abs(date.year - year) > 1 {
            throw HolidayYear.invalid("holiday_schedule.date_out_of_range",
                                      zh: "\(year) 年节假日安排中的日期 \(date.iso) 不在 \(year - 1) 至 \(year + 1) 年之间",
                                      en: "Date \(date.iso) in the \(year) holiday schedule is outside \(year - 1)-\(year + 1)")
        }
        if let clash = holidaySet.intersection(makeupSet).min() {
            throw HolidayYear.invalid("holiday_schedule.overlap",
                                      zh: "\(year) 年节假日安排中 \(clash.iso) 既是放假日又是调休上班日",
                                      en: "\(clash.iso) is both a holiday and a make-up working day in the \(year) schedule")
        }
        if let weekday = makeupSet.filter({ !$0.isWeekend }).min() {
            throw HolidayYear.invalid("holiday_schedule.makeup_not_weekend",
                                      zh: "\(year) 年节假日安排中的调休上班日 \(weekday.iso) 不是星期六或星期日",
                                      en: "Make-up working day \(weekday.iso) in the \(year) schedule is not a Saturday or Sunday")
        }
        self.year = year
        self.source = trimmed
        self.holidays = holidaySet.sorted()
        self.makeupWorkdays = makeupSet.sorted()
    }

    private enum CodingKeys: String, CodingKey { case year, source, holidays, makeupWorkdays }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(year: container.decode(Int.self, forKey: .year),
                      source: container.decode(String.self, forKey: .source),
                      holidays: container.decode([LocalDate].self, forKey: .holidays),
                      makeupWorkdays: container.decode([LocalDate].self, forKey: .makeupWorkdays))
    }

    /// The notice as cited in reasons: `source` up to its first semicolon (title, number and date, without
    /// the notes on how it was applied).
    public var citation: String {
        let cut = source.firstIndex { $0 == "；" || $0 == ";" } ?? source.endIndex
        let head = source[..<cut].trimmingCharacters(in: .whitespacesAndNewlines)
        return head.isEmpty ? source : head
    }

    static func invalid(_ code: String, zh: String, en: String) -> FieldError {
        FieldError(field: HolidaySchedule.field, code: code, message: LocalizedText(zh: zh, en: en))
    }
}

/// The official holiday schedule: public holidays and make-up working days, year by year, each year with
/// the notice it comes from. A value; loading it is the only I/O, and nothing here reads the clock.
///
/// When two loaded years list the same date, the year the date belongs to decides; failing that, the later
/// notice does. When two entries are given for the same year, the later one replaces the earlier.
public struct HolidaySchedule: Sendable, Hashable {
    /// The field name carried by the `FieldError`s of loading.
    public static let field = "holidaySchedule"

    /// The years loaded, ascending, one entry per year.
    public let years: [HolidayYear]
    /// Date → the year of the notice that makes it a day off.
    private let holidayNotices: [LocalDate: Int]
    /// Date → the year of the notice that makes it a make-up working day.
    private let makeupNotices: [LocalDate: Int]

    /// A schedule of the given years; for a year given twice, the later entry wins.
    public init(years: [HolidayYear]) {
        var byYear: [Int: HolidayYear] = [:]
        for entry in years { byYear[entry.year] = entry }
        let sorted = byYear.values.sorted { $0.year < $1.year }

        // Per date, the listing with the highest precedence: own year first, then the latest notice.
        var best: [LocalDate: (precedence: Int, isHoliday: Bool, year: Int)] = [:]
        func offer(_ date: LocalDate, isHoliday: Bool, year: Int) {
            let precedence = (date.year == year ? 100_000 : 0) + year
            if let current = best[date], current.precedence >= precedence { return }
            best[date] = (precedence, isHoliday, year)
        }
        for entry in sorted {
            for date in entry.holidays { offer(date, isHoliday: true, year: entry.year) }
            for date in entry.makeupWorkdays { offer(date, isHoliday: false, year: entry.year) }
        }
        var holidays: [LocalDate: Int] = [:], makeups: [LocalDate: Int] = [:]
        for (date, listing) in best {
            if listing.isHoliday { holidays[date] = listing.year } else { makeups[date] = listing.year }
        }
        self.years = sorted
        self.holidayNotices = holidays
        self.makeupNotices = makeups
    }

    /// No year loaded: every computation will consider weekends only and warn.
    public static let empty = HolidaySchedule(years: [])

    /// The years for which an official schedule is loaded, ascending.
    public var knownYears: [Int] { years.map(\.year) }

    /// Whether the official schedule for `year` is loaded.
    public func hasSchedule(for year: Int) -> Bool { years.contains { $0.year == year } }

    /// The loaded entry for `year`, if any.
    public func entry(for year: Int) -> HolidayYear? { years.first { $0.year == year } }

    /// The notice (title, number, date) the schedule for `year` comes from; `nil` when that year is not loaded.
    public func source(for year: Int) -> String? { entry(for: year)?.source }

    /// Whether `date` is a day off of a public holiday under a loaded notice. Ordinary weekends are not
    /// holidays in this sense (see `StatutoryCalendar.isRestDay`).
    public func isHoliday(_ date: LocalDate) -> Bool { holidayNotices[date] != nil }

    /// Whether `date` is a Saturday or Sunday declared a working day (调休上班) by a loaded notice.
    public func isMakeupWorkday(_ date: LocalDate) -> Bool { makeupNotices[date] != nil }

    /// The loaded notice that makes `date` a holiday or a make-up working day, if any.
    public func notice(for date: LocalDate) -> HolidayYear? {
        guard let year = holidayNotices[date] ?? makeupNotices[date] else { return nil }
        return entry(for: year)
    }

    /// This schedule with `other`'s years added; where both have a year, `other`'s entry wins.
    public func merging(_ other: HolidaySchedule) -> HolidaySchedule {
        HolidaySchedule(years: years + other.years)
    }

    // MARK: - Loading

    /// The schedule shipped with Zhixing: every `Resources/holidays/*.json` in the module bundle.
    /// Read once per process; later calls return the same value (or the same error).
    public static func bundled() throws(FieldError) -> HolidaySchedule { try bundledResult.get() }

    private static let bundledResult: Result<HolidaySchedule, FieldError> = Result { () throws(FieldError) in
        try loadBundled()
    }

    private static func loadBundled() throws(FieldError) -> HolidaySchedule {
        let bundle = Bundle.module
        let directory = bundle.url(forResource: "holidays", withExtension: nil, subdirectory: "Resources")
            ?? bundle.resourceURL?.appendingPathComponent("Resources/holidays", isDirectory: true)
        guard let directory,
              let files = try? FileManager.default.contentsOfDirectory(
                  at: directory, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else {
            throw HolidayYear.invalid("holiday_schedule.bundle_missing",
                                      zh: "找不到内置的节假日安排数据（Resources/holidays）",
                                      en: "The bundled holiday schedule (Resources/holidays) was not found")
        }
        var schedule = HolidaySchedule.empty
        for file in files.filter({ $0.pathExtension.lowercased() == "json" })
            .sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            schedule = schedule.merging(try load(from: file))
        }
        return schedule
    }

    /// Loads an extra data file: one year object of the bundled format, or a JSON array of such objects.
    /// Throws a `FieldError` (field `holidaySchedule`) naming the file when it cannot be read or is invalid.
    public static func load(from url: URL) throws(FieldError) -> HolidaySchedule {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw HolidayYear.invalid("holiday_schedule.unreadable",
                                      zh: "无法读取节假日安排文件 \(url.lastPathComponent)",
                                      en: "Cannot read the holiday schedule file \(url.lastPathComponent)")
        }
        return try decode(data, name: url.lastPathComponent)
    }

    /// Decodes the JSON of a data file (one year object or an array of them). `name` labels errors.
    public static func decode(_ data: Data, name: String = "data") throws(FieldError) -> HolidaySchedule {
        let first = data.first { !(" \t\r\n".utf8.contains($0)) }
        let decoder = JSONDecoder()
        do {
            switch first {
            case UInt8(ascii: "["): return HolidaySchedule(years: try decoder.decode([HolidayYear].self, from: data))
            case UInt8(ascii: "{"): return HolidaySchedule(years: [try decoder.decode(HolidayYear.self, from: data)])
            default: break
            }
        } catch let error as FieldError {
            throw FieldError(field: field, code: error.code, message: LocalizedText(
                zh: "\(name)：\(error.message.zh)", en: "\(name): \(error.message.en)"))
        } catch {
            throw HolidayYear.invalid("holiday_schedule.malformed",
                                      zh: "节假日安排文件 \(name) 格式不正确：\(describe(error))",
                                      en: "The holiday schedule file \(name) is malformed: \(describe(error))")
        }
        throw HolidayYear.invalid("holiday_schedule.malformed",
                                  zh: "节假日安排文件 \(name) 应为一个年度对象或年度对象数组",
                                  en: "The holiday schedule file \(name) must hold a year object or an array of them")
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch decoding {
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\"" + (context.codingPath.isEmpty ? "" : " at \(path(context))")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "invalid value at \(path(context))"
        @unknown default:
            return String(describing: decoding)
        }
    }
}
