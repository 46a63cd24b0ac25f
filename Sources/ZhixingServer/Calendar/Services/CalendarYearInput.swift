import Foundation
import ZhixingCore

/// A year's arrangement as the form and the API send it (text), turned into the core's entry. Every
/// failure is a `FieldError` naming the field; the rules themselves are the core's (`HolidayYearEntry`).
struct CalendarYearInput: Sendable {
    var noticeTitle: String?
    var noticeNumber: String?
    var noticeDate: String?
    /// Dates and ranges as typed (see `HolidayYearEntry.parseDates`).
    var holidays: String?
    var makeupWorkdays: String?

    func entry(year: Int) throws(FieldError) -> HolidayYearEntry {
        let dateText = (noticeDate ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !dateText.isEmpty else {
            throw FieldError(field: "noticeDate", code: "calendar_year.notice_date_missing", message: LocalizedText(
                zh: "请填写通知发布日期（YYYY-MM-DD）", en: "Enter the notice's date (YYYY-MM-DD)"))
        }
        let date: LocalDate
        do {
            date = try LocalDate(iso: dateText, field: "noticeDate")
        } catch {
            throw FieldError(field: "noticeDate", code: "calendar_year.notice_date_invalid", message: LocalizedText(
                zh: "通知发布日期无效，应为 YYYY-MM-DD：\(dateText)", en: "Invalid notice date; expected YYYY-MM-DD: \(dateText)"))
        }
        return HolidayYearEntry(
            year: year, noticeTitle: noticeTitle ?? "", noticeNumber: noticeNumber ?? "", noticeDate: date,
            holidays: try HolidayYearEntry.parseDates(holidays ?? "", field: "holidays"),
            makeupWorkdays: try HolidayYearEntry.parseDates(makeupWorkdays ?? "", field: "makeupWorkdays"))
    }

    /// The document number inside a bundled source, `…通知（国办发明电〔2025〕7号，2025年11月4日发布）`:
    /// from the opening bracket before `〔` to the first `号` after it; `nil` when there is none.
    static func noticeNumber(in source: String) -> String? {
        guard let bracket = source.firstIndex(of: "〔"),
              let end = source[bracket...].firstIndex(of: "号") else { return nil }
        let start = source[..<bracket].lastIndex(where: { $0 == "（" || $0 == "(" }).map { source.index(after: $0) } ?? bracket
        let number = source[start...end].trimmingCharacters(in: .whitespaces)
        return number.isEmpty ? nil : number
    }
}
