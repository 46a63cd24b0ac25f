import Foundation

/// 金额: an amount of renminbi held exactly as an integer number of fen (分, 1/100 yuan).
///
/// The value is bounded to ±`Money.maxFen` (9×10¹⁶ fen, i.e. 900 trillion yuan), far above any
/// enforceable amount; every way of building a `Money` keeps that bound, so the sum or difference of
/// two amounts never overflows `Int64` before it is checked.
///
/// - Text and JSON use the canonical form `"1234.56"` (see `description`); JSON numbers are refused
///   because binary floating point cannot carry fen exactly.
/// - Arithmetic: the throwing methods `adding(_:)`, `subtracting(_:)` and `multiplying(by:rounding:)`
///   report a result beyond the bound as `money.overflow`. The operators `+` and `-`
///   are for amounts already known to be sane (sums of stored, bounded amounts) and **trap** on such a result.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The amount in fen (分). Negative for debits, refunds and the like.
    public let fen: Int64

    /// The largest magnitude, in fen, that a `Money` may hold: 9×10¹⁶ fen (900 trillion yuan).
    public static let maxFen: Int64 = 90_000_000_000_000_000

    /// Nothing: 0.00.
    public static let zero = Money(uncheckedFen: 0)

    /// An amount of `fen` fen. Traps if `|fen|` exceeds `Money.maxFen`; use
    /// `init(validatingFen:field:)` for integers that come from outside.
    public init(fen: Int64) {
        precondition(fen >= -Money.maxFen && fen <= Money.maxFen, "Money out of range: \(fen) fen")
        self.fen = fen
    }

    /// An amount of whole yuan. Traps if the amount exceeds `Money.maxFen` (9×10¹⁴ yuan).
    public init(yuan: Int64) {
        precondition(yuan >= -Money.maxFen / 100 && yuan <= Money.maxFen / 100, "Money out of range: \(yuan) yuan")
        self.fen = yuan * 100
    }

    /// An amount of `fen` fen from an untrusted integer; throws `money.overflow` beyond `Money.maxFen`.
    public init(validatingFen fen: Int64, field: String = "amount") throws {
        guard fen >= -Money.maxFen && fen <= Money.maxFen else {
            throw Money.overflowError(field: field, detail: "\(fen) fen")
        }
        self.fen = fen
    }

    init(uncheckedFen fen: Int64) {
        self.fen = fen
    }

    public var isZero: Bool { fen == 0 }
    public var isNegative: Bool { fen < 0 }
    public var isPositive: Bool { fen > 0 }

    /// The amount without its sign.
    public var magnitude: Money { Money(uncheckedFen: fen < 0 ? -fen : fen) }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }

    /// Canonical text: yuan, a point and exactly two decimals, a leading `-` when negative,
    /// no grouping and no currency sign: `1234.56`, `-0.50`, `0.00`.
    public var description: String {
        let magnitude = fen < 0 ? -fen : fen
        let cents = magnitude % 100
        return (fen < 0 ? "-" : "") + String(magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// For display: `¥1,234.56`, `-¥1,234.56`.
    public var formatted: String {
        let magnitude = fen < 0 ? -fen : fen
        let digits = Array(String(magnitude / 100))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let cents = magnitude % 100
        return (fen < 0 ? "-" : "") + "¥" + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    public init(from decoder: any Decoder) throws {
        let field = decoder.codingPath.last?.stringValue ?? "amount"
        let container = try decoder.singleValueContainer()
        let text: String
        do {
            text = try container.decode(String.self)
        } catch DecodingError.typeMismatch {
            throw FieldError(field: field, code: "money.must_be_string", message: LocalizedText(
                zh: "金额必须以字符串表示，例如 \"1234.56\"；数字类型无法精确表示到分",
                en: "Amount must be given as a string such as \"1234.56\"; a JSON number cannot carry fen exactly"))
        }
        self = try Money(parsing: text, field: field)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func overflowError(field: String, detail: String) -> FieldError {
        FieldError(field: field, code: "money.overflow", message: LocalizedText(
            zh: "金额超出可处理范围（绝对值不得超过 900 万亿元）：\(detail)",
            en: "Amount out of range (its magnitude may not exceed 900 trillion yuan): \(detail)"))
    }
}
