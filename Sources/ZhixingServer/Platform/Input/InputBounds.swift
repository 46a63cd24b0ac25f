import Foundation
import ZhixingCore

/// The bounds every value from outside is held to before it reaches the core, so that one request can
/// never reach a trap or store a date no court could have written: a 400 naming the field instead.
enum InputBounds {
    /// 1949-10-01, the founding of the People's Republic: no people's court filing, ruling or measure is older,
    /// and case numbers start with that year (`CaseNumber.years`).
    static let earliestDate = LocalDate(dayNumber: -7_397)
    /// 2100-12-31: far enough for any statutory period counted from today, near enough that a typing error
    /// such as 9999-12-31 is caught.
    static let latestDate = LocalDate(dayNumber: 47_846)
    /// The longest identifier a client may send (measure ids, tokens' names and the like).
    static let maxIdentifierLength = 60

    /// A date from input: a real `YYYY-MM-DD` between `earliestDate` and `latestDate`, or a 400 naming `field`.
    static func date(_ text: String, field: String) throws -> LocalDate {
        let date: LocalDate
        do { date = try LocalDate(iso: text, field: field) } catch let error as FieldError { throw AppError.invalid(error) }
        try check(date, field: field)
        return date
    }

    /// A date already parsed (e.g. inside a decoded measure), held to the same bounds.
    static func check(_ date: LocalDate, field: String) throws {
        guard date >= earliestDate, date <= latestDate else {
            throw AppError.badRequest("date.out_of_range", .init(
                zh: "日期应在 1949年10月1日 至 2100年12月31日 之间：\(date.iso)",
                en: "The date must be from 1949-10-01 to 2100-12-31: \(date.iso)"), field: field)
        }
    }

    /// An identifier from input: non-empty, at most `maxIdentifierLength` characters.
    static func identifier(_ text: String, field: String) throws -> String {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw AppError.required(field) }
        guard value.count <= maxIdentifierLength else {
            throw AppError.badRequest("field.too_long", .init(
                zh: "内容过长（最多 \(maxIdentifierLength) 字）。", en: "Too long (at most \(maxIdentifierLength) characters)."), field: field)
        }
        return value
    }
}
