import Foundation
import ZhixingCore

/// The bounds every value from outside is held to before it reaches the core, so that one request can
/// never reach a trap or store a date no court could have written: a 400 naming the field instead.
enum InputBounds {
    /// The longest identifier a client may send (measure ids, tokens' names and the like).
    static let maxIdentifierLength = 60

    /// A date from input: a real `YYYY-MM-DD` day within the core's `LocalDate.courtDays`
    /// (1949-10-01…2100-12-31), or a 400 naming `field`.
    static func date(_ text: String, field: String) throws -> LocalDate {
        do { return try LocalDate(inputText: text, field: field) } catch let error as FieldError { throw AppError.invalid(error) }
    }

    /// A date already parsed (e.g. inside a decoded measure), held to the same bounds.
    static func check(_ date: LocalDate, field: String) throws {
        do { try date.checkCourtDay(field: field) } catch let error as FieldError { throw AppError.invalid(error) }
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

    /// The longest short text a client may send for a name or description (an institution, an account).
    static let maxShortTextLength = 200

    /// Optional short text: trimmed, empty as `nil`, at most `maxShortTextLength` characters.
    static func shortText(_ text: String?, field: String) throws -> String? {
        guard let value = text?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        guard value.count <= maxShortTextLength else {
            throw AppError.badRequest("field.too_long", .init(
                zh: "内容过长（最多 \(maxShortTextLength) 字）。", en: "Too long (at most \(maxShortTextLength) characters)."), field: field)
        }
        return value
    }
}
