import Foundation

/// One year's holiday arrangement as an administrator enters it from the State Council General Office's
/// notice (国务院办公厅关于XXXX年部分节假日安排的通知), before it is accepted into the schedule.
///
/// Validation names the field at fault, so that a form can mark it and an API caller can fix it:
/// - `year`: within `acceptedYears` (a notice for a year Zhixing's deadlines can reach);
/// - `noticeTitle`, `noticeNumber`: present (the number as printed, e.g. 国办发明电〔2026〕N号);
/// - `noticeDate`: a real date, published no earlier than the year before and no later than the year itself;
/// - `holidays`: at least one day off; every date, here and in `makeupWorkdays`, in `year - 1 ... year + 1`
///   (the rule of `HolidayYear`, kept: a holiday block may reach into a neighbouring year, as the 2023
///   New Year holiday began on 2022-12-31);
/// - `makeupWorkdays`: no day both a day off and a working day; every make-up working day a Saturday or
///   Sunday (调休上班 moves a weekend day; a weekday is a working day already).
public struct HolidayYearEntry: Sendable, Hashable {
    /// The years an administrator may enter. Zhixing's periods run from filings of the 2000s onwards and
    /// reach a few years ahead; a year outside this is a typing error, not a notice.
    public static let acceptedYears = 2000...2100

    public var year: Int
    public var noticeTitle: String
    public var noticeNumber: String
    public var noticeDate: LocalDate
    public var holidays: [LocalDate]
    public var makeupWorkdays: [LocalDate]

    public init(year: Int, noticeTitle: String, noticeNumber: String, noticeDate: LocalDate,
                holidays: [LocalDate], makeupWorkdays: [LocalDate]) {
        self.year = year
        self.noticeTitle = noticeTitle
        self.noticeNumber = noticeNumber
        self.noticeDate = noticeDate
        self.holidays = holidays
        self.makeupWorkdays = makeupWorkdays
    }

    /// The notice as the schedule cites it, in the form of the bundled data:
    /// `国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕N号，2026年11月1日发布）`.
    public var source: String {
        let title = noticeTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        let number = noticeNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        return "\(title)（\(number)，\(noticeDate.year)年\(noticeDate.month)月\(noticeDate.day)日发布）"
    }

    /// The validated year, ready for `HolidaySchedule`. Throws the first `FieldError`, naming its field.
    public func validated() throws(FieldError) -> HolidayYear {
        guard Self.acceptedYears.contains(year) else {
            throw Self.invalid("year", "calendar_year.year_out_of_range",
                               zh: "年份应在 \(Self.acceptedYears.lowerBound) 至 \(Self.acceptedYears.upperBound) 之间：\(year)",
                               en: "The year must be \(Self.acceptedYears.lowerBound)-\(Self.acceptedYears.upperBound): \(year)")
        }
        let title = noticeTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else {
            throw Self.invalid("noticeTitle", "calendar_year.title_missing",
                               zh: "请填写通知标题", en: "Enter the notice's title")
        }
        guard title.count <= 200 else {
            throw Self.invalid("noticeTitle", "calendar_year.title_too_long",
                               zh: "通知标题不能超过 200 字", en: "The notice's title must be at most 200 characters")
        }
        let number = noticeNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !number.isEmpty else {
            throw Self.invalid("noticeNumber", "calendar_year.number_missing",
                               zh: "请填写通知文号（如 国办发明电〔2026〕1号）",
                               en: "Enter the notice's number (e.g. 国办发明电〔2026〕1号)")
        }
        guard number.count <= 60 else {
            throw Self.invalid("noticeNumber", "calendar_year.number_too_long",
                               zh: "通知文号不能超过 60 字", en: "The notice's number must be at most 60 characters")
        }
        // The notice for a year is published in the autumn before it (or, late, early in the year).
        guard (year - 1...year).contains(noticeDate.year) else {
            throw Self.invalid("noticeDate", "calendar_year.notice_date_out_of_range",
                               zh: "通知发布日期 \(noticeDate.iso) 应在 \(year - 1) 年或 \(year) 年",
                               en: "The notice's date \(noticeDate.iso) must lie in \(year - 1) or \(year)")
        }
        guard !holidays.isEmpty else {
            throw Self.invalid("holidays", "calendar_year.holidays_missing",
                               zh: "请填写放假日（每个节日的全部放假日期）",
                               en: "Enter the days off (every day off of every holiday)")
        }
        if let outside = holidays.filter({ abs($0.year - year) > 1 }).min() {
            throw Self.invalid("holidays", "calendar_year.date_out_of_range",
                               zh: "放假日 \(outside.iso) 不在 \(year - 1) 至 \(year + 1) 年之间",
                               en: "Day off \(outside.iso) is outside \(year - 1)-\(year + 1)")
        }
        if let outside = makeupWorkdays.filter({ abs($0.year - year) > 1 }).min() {
            throw Self.invalid("makeupWorkdays", "calendar_year.date_out_of_range",
                               zh: "调休上班日 \(outside.iso) 不在 \(year - 1) 至 \(year + 1) 年之间",
                               en: "Make-up working day \(outside.iso) is outside \(year - 1)-\(year + 1)")
        }
        if let clash = Set(holidays).intersection(makeupWorkdays).min() {
            throw Self.invalid("makeupWorkdays", "calendar_year.overlap",
                               zh: "\(clash.iso) 既是放假日又是调休上班日",
                               en: "\(clash.iso) is both a day off and a make-up working day")
        }
        if let weekday = makeupWorkdays.filter({ !$0.isWeekend }).min() {
            throw Self.invalid("makeupWorkdays", "calendar_year.makeup_not_weekend",
                               zh: "调休上班日 \(weekday.iso) 不是星期六或星期日",
                               en: "Make-up working day \(weekday.iso) is not a Saturday or Sunday")
        }
        do {
            return try HolidayYear(year: year, source: source, holidays: holidays, makeupWorkdays: makeupWorkdays)
        } catch let error as FieldError {
            throw error  // not reached: every rule of `HolidayYear` is checked above, field by field
        } catch {
            throw Self.invalid("holidays", "calendar_year.invalid", zh: "节假日安排无效", en: "Invalid holiday arrangement")
        }
    }

    /// Dates typed by hand: ISO dates (`2027-10-01`) separated by spaces, new lines, commas or 、，；;
    /// and ranges `2027-10-01..2027-10-08` or `2027-10-01至2027-10-08` (both ends included, at most 31 days).
    /// Throws a `FieldError` on `field` naming the first piece that is not a date or a range.
    public static func parseDates(_ text: String, field: String) throws(FieldError) -> [LocalDate] {
        let separators: Set<Character> = [" ", "\t", "\n", "\r", ",", "，", "、", ";", "；", "\u{3000}"]
        var dates: [LocalDate] = []
        for piece in text.split(whereSeparator: { separators.contains($0) }).map(String.init) {
            let ends = piece.replacingOccurrences(of: "至", with: "..").replacingOccurrences(of: "～", with: "..")
                .components(separatedBy: "..")
            do {
                switch ends.count {
                case 1:
                    dates.append(try LocalDate(iso: piece, field: field))
                case 2:
                    let first = try LocalDate(iso: ends[0], field: field), last = try LocalDate(iso: ends[1], field: field)
                    guard first <= last, first.days(until: last) <= 31 else { throw invalidPiece(piece, field: field) }
                    for offset in 0...first.days(until: last) { dates.append(first.adding(days: offset)) }
                default:
                    throw invalidPiece(piece, field: field)
                }
            } catch {
                throw invalidPiece(piece, field: field)
            }
        }
        return Array(Set(dates)).sorted()
    }

    /// `dates` as the form shows them again: runs of consecutive days as ranges, one a line.
    public static func format(_ dates: [LocalDate]) -> String {
        var lines: [String] = []
        var runStart: LocalDate?, runEnd: LocalDate?
        func close() {
            guard let start = runStart, let end = runEnd else { return }
            lines.append(start == end ? start.iso : "\(start.iso)..\(end.iso)")
        }
        for date in Set(dates).sorted() {
            if let end = runEnd, end.adding(days: 1) == date { runEnd = date; continue }
            close()
            runStart = date
            runEnd = date
        }
        close()
        return lines.joined(separator: "\n")
    }

    private static func invalidPiece(_ piece: String, field: String) -> FieldError {
        invalid(field, "calendar_year.date_invalid",
                zh: "无法识别的日期：\(piece)（应为 YYYY-MM-DD，或 YYYY-MM-DD..YYYY-MM-DD 表示连续的日期，不超过 31 天）",
                en: "Not a date: \(piece) (expected YYYY-MM-DD, or YYYY-MM-DD..YYYY-MM-DD for consecutive days, at most 31)")
    }

    static func invalid(_ field: String, _ code: String, zh: String, en: String) -> FieldError {
        FieldError(field: field, code: code, message: LocalizedText(zh: zh, en: en))
    }
}
