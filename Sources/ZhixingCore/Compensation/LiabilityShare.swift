import Foundation

/// 相应的赔偿责任: the part of a damage the court answers for where others also caused it
/// (Art.12: within what the court could have prevented; Art.13 para.2: by the court's role in the damage).
/// The law leaves the share to the compensation committee: it is a human finding, never computed here.
///
/// JSON form: a decimal string from `"0"` to `"1"` with at most four decimals (`"0.4"`, `"0.35"`, `"0.3333"`).
public struct LiabilityShare: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The share in ten-thousandths: 0...10 000.
    public let tenThousandths: Int

    public static let whole = LiabilityShare(checkedTenThousandths: 10_000)

    init(checkedTenThousandths: Int) {
        tenThousandths = checkedTenThousandths
    }

    public init(parsing text: String, field: String = "courtShare") throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        let integer = parts.first.map(String.init) ?? ""
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard parts.count <= 2, !integer.isEmpty, integer.allSatisfy({ $0.isASCII && $0.isNumber }),
              fraction.allSatisfy({ $0.isASCII && $0.isNumber }), fraction.count <= 4,
              parts.count == 1 || !fraction.isEmpty,
              let whole = Int(integer), let part = Int(fraction.padding(toLength: 4, withPad: "0", startingAt: 0)),
              whole * 10_000 + part <= 10_000
        else {
            throw FieldError(field: field, code: "compensation.share_invalid", message: LocalizedText(
                zh: "责任份额应为 0 至 1 之间的小数（最多四位小数），如 \"0.4\"：\(text)",
                en: "A liability share must be a decimal from 0 to 1 with at most four decimals, such as \"0.4\": \(text)"))
        }
        tenThousandths = whole * 10_000 + part
    }

    /// `0.4`, `0.3333`, `1`.
    public var description: String {
        if tenThousandths == 10_000 { return "1" }
        if tenThousandths == 0 { return "0" }
        var digits = String(tenThousandths)
        digits = String(repeating: "0", count: 4 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "0." + digits
    }

    /// `40%`, `33.33%`.
    public var percentText: String {
        let whole = tenThousandths / 100, cents = tenThousandths % 100
        if cents == 0 { return "\(whole)%" }
        return "\(whole)." + (cents < 10 ? "0\(cents)" : (cents % 10 == 0 ? "\(cents / 10)" : "\(cents)")) + "%"
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try LiabilityShare(parsing: text, field: decoder.codingPath.last?.stringValue ?? "courtShare")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
