import Foundation

/// 居民身份证号码: the 18-character citizen identity number of GB 11643-1999
/// (公民身份号码): a 6-digit administrative division code (GB/T 2260), an 8-digit birth date
/// `YYYYMMDD`, a 3-digit sequence code (odd for men, even for women) and a check character
/// computed by ISO 7064 MOD 11-2 (`0`–`9` or `X`).
///
/// Validation checks the form, a real province-level prefix, a real birth date no earlier than
/// 1900-01-01 and the check character. Whether the birth date lies in the future is the caller's
/// question, since the core has no clock: see `validate(bornBefore:)`.
///
/// Error messages never repeat the number itself: it is personal data and messages end up in logs.
public struct ResidentID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The normalised number: 18 characters, a final `x` upper-cased to `X`.
    public let value: String
    /// The birth date encoded in positions 7–14.
    public let birthDate: LocalDate

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters: [Character] = Array("10X98765432")
    /// First two digits of GB/T 2260 province-level codes, plus 71 Taiwan, 81 Hong Kong, 82 Macau.
    private static let provincePrefixes: Set<Int> = Set(
        Array(11...15) + Array(21...23) + Array(31...37) + Array(41...46) + Array(50...54) + Array(61...65) + [71, 81, 82])

    /// Parses and validates a number. Surrounding whitespace is ignored and a final `x` is accepted.
    ///
    /// Throws, in this order of checking: `resident_id.length` (not 18 characters),
    /// `resident_id.characters` (not 17 digits followed by a digit or `X`), `resident_id.region`
    /// (the first two digits are no province-level code), `resident_id.birth_date` (no such date,
    /// or before 1900-01-01), `resident_id.check_digit` (the check character does not match).
    public init(parsing text: String, field: String = "identityNumber") throws {
        let characters = Array(text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard characters.count == 18 else {
            throw FieldError(field: field, code: "resident_id.length", message: LocalizedText(
                zh: "居民身份证号码应为 18 位，实际为 \(characters.count) 位",
                en: "A resident identity number has 18 characters; this one has \(characters.count)"))
        }
        var digits: [Int] = []
        for character in characters.prefix(17) {
            guard let ascii = character.asciiValue, (48...57).contains(ascii), character.unicodeScalars.count == 1 else { break }
            digits.append(Int(ascii - 48))
        }
        let last: Character = characters[17] == "x" ? "X" : characters[17]
        guard digits.count == 17, last == "X" || (last.isASCII && last.isWholeNumber) else {
            throw FieldError(field: field, code: "resident_id.characters", message: LocalizedText(
                zh: "居民身份证号码前 17 位应为数字，最后一位应为数字或 X",
                en: "A resident identity number has 17 digits followed by a digit or X"))
        }
        guard ResidentID.provincePrefixes.contains(digits[0] * 10 + digits[1]) else {
            throw FieldError(field: field, code: "resident_id.region", message: LocalizedText(
                zh: "居民身份证号码前两位不是有效的省级行政区划代码",
                en: "The first two digits of the resident identity number are not a province-level division code"))
        }
        let number = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + digits[$1] } }
        guard let birthDate = LocalDate(year: number(6..<10), month: number(10..<12), day: number(12..<14)),
              birthDate.year >= 1900
        else {
            throw FieldError(field: field, code: "resident_id.birth_date", message: LocalizedText(
                zh: "居民身份证号码第 7 至 14 位的出生日期无效，须为 1900 年 1 月 1 日或其后的真实日期",
                en: "Characters 7–14 of the resident identity number are not a real birth date on or after 1900-01-01"))
        }
        let sum = zip(digits, ResidentID.weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard ResidentID.checkCharacters[sum % 11] == last else {
            throw FieldError(field: field, code: "resident_id.check_digit", message: LocalizedText(
                zh: "居民身份证号码校验码不符，可能有数字录入错误",
                en: "The check digit of the resident identity number does not match; a digit may be mistyped"))
        }
        self.value = String(characters.prefix(17)) + String(last)
        self.birthDate = birthDate
    }

    /// Checks that the holder was born on or before `date` (typically today, supplied by the caller):
    /// a later birth date cannot be real. Throws `resident_id.birth_date`.
    public func validate(bornBefore date: LocalDate, field: String = "identityNumber") throws {
        guard birthDate <= date else {
            throw FieldError(field: field, code: "resident_id.birth_date", message: LocalizedText(
                zh: "居民身份证号码中的出生日期晚于 \(date)",
                en: "The birth date in the resident identity number is after \(date)"))
        }
    }

    /// The 6-digit administrative division code of the place of first registration (GB/T 2260).
    public var regionCode: String { String(value.prefix(6)) }

    /// The province-level division of `regionCode`; `nil` for Taiwan, Hong Kong and Macau (71, 81, 82).
    public var province: Province? { Province(divisionPrefix: String(value.prefix(2))) }

    /// Odd sequence code (position 17): male; even: female.
    public var sex: Sex {
        let digit = value.dropFirst(16).first?.wholeNumberValue ?? 0
        return digit % 2 == 1 ? .male : .female
    }

    /// Age in full years (周岁) on `date`. A year is complete on the anniversary of the birth date; for
    /// a birth date of 29 February it is complete on 28 February in common years (Civil Code Art.202:
    /// no corresponding day, the month's last day). Negative before the birth date.
    public func age(on date: LocalDate) -> Int {
        var years = date.year - birthDate.year
        if birthDate.adding(years: years) > date { years -= 1 }
        return years
    }

    /// Under 18 full years on `date` (Civil Code Art.17).
    public func isMinor(on date: LocalDate) -> Bool { age(on: date) < 18 }

    /// Month and day hidden, as the national list of dishonest judgment debtors publishes numbers:
    /// `3423011964****3224`.
    public var maskedForPublication: String { String(value.prefix(10)) + "****" + String(value.suffix(4)) }

    /// Only the division code and the last four characters shown, for documents served on parties:
    /// `110105********1234`.
    public var maskedForParties: String { String(value.prefix(6)) + "********" + String(value.suffix(4)) }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try ResidentID(parsing: text, field: decoder.codingPath.last?.stringValue ?? "identityNumber")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
