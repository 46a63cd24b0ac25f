import Foundation

extension Money {
    /// 舍入规则: how a product is brought to whole fen in `multiplying(by:rounding:)`. Every rule acts
    /// on the magnitude and then restores the sign, so rounding is symmetric about zero: −2.5 fen
    /// rounds like 2.5 fen, to −3 fen. Text and JSON form: `halfUp`, `down`, `up`.
    public enum RoundingRule: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// 四舍五入: to the nearest fen; exactly half a fen goes away from zero (2.5 → 3, −2.5 → −3).
        case halfUp
        /// 舍去: the fraction of a fen is dropped, toward zero (2.9 → 2, −2.9 → −2).
        case down
        /// 进一: any fraction of a fen goes to the next fen away from zero (2.1 → 3, −2.1 → −3).
        case up

        public var description: String { rawValue }

        /// Parses `halfUp`, `down` or `up`; throws `money.rounding_rule`.
        public init(parsing text: String, field: String = "rounding") throws {
            guard let rule = RoundingRule(rawValue: text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw FieldError(field: field, code: "money.rounding_rule", message: LocalizedText(
                    zh: "舍入规则应为 halfUp（四舍五入）、down（舍去）或 up（进一）：\(text)",
                    en: "Rounding rule must be halfUp, down or up: \(text)"))
            }
            self = rule
        }

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            self = try RoundingRule(parsing: text, field: decoder.codingPath.last?.stringValue ?? "rounding")
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }
}
