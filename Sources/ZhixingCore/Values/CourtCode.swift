import Foundation

/// 法院代字: the court part of a case number (SPC Provisions on Case Numbers, 2015, and the annexed
/// court codes): `最高法` for the Supreme People's Court, otherwise a province-level abbreviation
/// followed by 0, 2 or 4 ASCII digits — `京` (a high court), `京01`, `京73`, `沪74` (intermediate and
/// specialised courts), `京0105`, `京0491`, `沪7101`, `兵0102` (basic-level and their peers).
///
/// Only the form is checked; whether a court with that code exists is not.
public struct CourtCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code as written, e.g. `京0105`.
    public let value: String

    /// The Supreme People's Court: `最高法`.
    public static let supreme = CourtCode(uncheckedValue: "最高法")

    private init(uncheckedValue: String) {
        value = uncheckedValue
    }

    /// The high people's court of `province`, whose code is the bare abbreviation (`京`).
    public init(highCourtOf province: Province) {
        value = province.abbreviation
    }

    /// Parses a court code; surrounding whitespace is ignored. Throws `court_code.invalid`.
    public init(parsing text: String, field: String = "court") throws {
        let trimmed = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard let scanned = CourtCode.scan(trimmed), scanned.rest.isEmpty else {
            throw FieldError(field: field, code: "court_code.invalid", message: LocalizedText(
                zh: "法院代字无效，应为“最高法”或省级简称加 0、2、4 位数字（如 京、京01、京0105）：\(text)",
                en: "Invalid court code; expected 最高法 or a province abbreviation followed by 0, 2 or 4 digits (such as 京, 京01, 京0105): \(text)"))
        }
        self = scanned.code
    }

    /// Reads a court code from the start of `text`, taking every ASCII digit that follows the
    /// abbreviation; `nil` if there is no abbreviation or the digits are not 0, 2 or 4.
    static func scan(_ text: Substring) -> (code: CourtCode, rest: Substring)? {
        if text.hasPrefix("最高法") {
            return (.supreme, text.dropFirst(3))
        }
        guard let first = text.first, Province(abbreviation: String(first)) != nil else { return nil }
        let digits = text.dropFirst().prefix(while: { Money.digit($0) != nil })
        guard [0, 2, 4].contains(digits.count) else { return nil }
        return (CourtCode(uncheckedValue: String(first) + digits), text.dropFirst(1 + digits.count))
    }

    /// Whether this is the Supreme People's Court.
    public var isSupreme: Bool { value == "最高法" }

    /// The province-level division the court belongs to; `nil` for the Supreme People's Court.
    public var province: Province? {
        isSupreme ? nil : value.first.flatMap { Province(abbreviation: String($0)) }
    }

    /// The digits after the abbreviation: empty for a high court or the Supreme People's Court.
    public var digits: String { isSupreme ? "" : String(value.dropFirst()) }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try CourtCode(parsing: text, field: decoder.codingPath.last?.stringValue ?? "court")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
