import Foundation

/// 统一社会信用代码: the 18-character unified social credit code of legal persons and other
/// organisations, GB 32100-2015. Layout: position 1 registration authority (登记管理部门代码),
/// 2 organisation type (机构类别代码), 3–8 administrative division code of the registering office
/// (GB/T 2260, digits), 9–17 organisation code (主体标识码, GB 11714), 18 check character.
///
/// Characters come from `0123456789ABCDEFGHJKLMNPQRTUWXY` (no I, O, S, V, Z). The check character is
/// `31 − (Σ value × weight mod 31)` over positions 1–17, with 31 written as `0`.
///
/// The check character of the embedded organisation code (GB 11714) is **not** enforced: genuine codes
/// exist where it fails. It is reported by `organisationCodeCheckHolds`.
public struct CreditCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The normalised code: 18 characters, upper case.
    public let value: String

    static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    private static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Parses and validates a code. Surrounding whitespace is ignored and lower-case letters are
    /// accepted. Throws, in this order of checking: `credit_code.length` (not 18 characters),
    /// `credit_code.characters` (a character outside the set, or a non-digit in positions 3–8),
    /// `credit_code.registration_authority` (position 1 is no authority of the standard),
    /// `credit_code.check_digit` (the check character does not match).
    public init(parsing text: String, field: String = "creditCode") throws {
        let characters = Array(text.trimmingCharacters(in: .whitespacesAndNewlines))
            .map { $0.isASCII ? Character($0.uppercased()) : $0 }
        guard characters.count == 18 else {
            throw FieldError(field: field, code: "credit_code.length", message: LocalizedText(
                zh: "统一社会信用代码应为 18 位，实际为 \(characters.count) 位：\(text)",
                en: "A unified social credit code has 18 characters; this one has \(characters.count): \(text)"))
        }
        let values = characters.compactMap { CreditCode.alphabet.firstIndex(of: $0) }
        guard values.count == 18, values[2..<8].allSatisfy({ $0 < 10 }) else {
            throw FieldError(field: field, code: "credit_code.characters", message: LocalizedText(
                zh: "统一社会信用代码只能由数字和除 I、O、S、V、Z 以外的大写字母组成，第 3 至 8 位须为数字：\(text)",
                en: "A unified social credit code consists of digits and capital letters other than I, O, S, V, Z, with digits in positions 3–8: \(text)"))
        }
        guard RegistrationAuthority(rawValue: String(characters[0])) != nil else {
            throw FieldError(field: field, code: "credit_code.registration_authority", message: LocalizedText(
                zh: "统一社会信用代码第 1 位不是有效的登记管理部门代码（1–9、A、N、Y）：\(text)",
                en: "Position 1 of the unified social credit code is not a registration authority code (1–9, A, N, Y): \(text)"))
        }
        let sum = zip(values, CreditCode.weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard values[17] == (31 - sum % 31) % 31 else {
            throw FieldError(field: field, code: "credit_code.check_digit", message: LocalizedText(
                zh: "统一社会信用代码校验码不符，可能有字符录入错误：\(text)",
                en: "The check character of the unified social credit code does not match; a character may be mistyped: \(text)"))
        }
        self.value = String(characters)
    }

    /// Position 1: the registering authority (民政, 市场监管, ...).
    public var registrationAuthority: RegistrationAuthority {
        RegistrationAuthority(rawValue: String(value.prefix(1))) ?? .other
    }

    /// Position 2: the organisation type code, read together with the registration authority
    /// (`91` enterprise, `92` individual business, `51` social organisation, ...).
    public var organisationTypeCode: String { String(value.dropFirst().prefix(1)) }

    /// The name of the organisation type, if the standard lists the pair of positions 1–2.
    public var organisationType: LocalizedText? {
        registrationAuthority.organisationTypes[organisationTypeCode]
    }

    /// Positions 3–8: the administrative division code of the registering office (GB/T 2260).
    public var divisionCode: String { String(value.dropFirst(2).prefix(6)) }

    /// Positions 9–17: the organisation code (组织机构代码, GB 11714), check character included.
    public var organisationCode: String { String(value.dropFirst(8).prefix(9)) }

    /// Whether the organisation code's own check character (GB 11714-1997: weights 3,7,9,10,5,8,4,2;
    /// `11 − (sum mod 11)`, 10 → `X`, 11 → `0`) holds. Informational only.
    public var organisationCodeCheckHolds: Bool {
        let code = Array(organisationCode)
        let weights = [3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (character, weight) in zip(code.prefix(8), weights) {
            guard let ascii = character.asciiValue else { return false }
            switch ascii {
            case 48...57: sum += Int(ascii - 48) * weight
            case 65...90: sum += Int(ascii - 55) * weight  // A = 10 ... Z = 35
            default: return false
            }
        }
        let check = 11 - sum % 11
        let expected: Character = check == 10 ? "X" : check == 11 ? "0" : Character(String(check))
        return code.last == expected
    }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try CreditCode(parsing: text, field: decoder.codingPath.last?.stringValue ?? "creditCode")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
