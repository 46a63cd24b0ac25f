import Foundation

/// 性别, as GB 11643-1999 encodes it in the sequence code of a citizen identity number
/// (odd = male, even = female). Text and JSON form: `male`, `female`.
public enum Sex: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case male
    case female

    /// 男 / 女.
    public var nameZh: String {
        switch self {
        case .male: "男"
        case .female: "女"
        }
    }

    public var nameEn: String {
        switch self {
        case .male: "Male"
        case .female: "Female"
        }
    }

    public var description: String { rawValue }

    /// Parses `male` or `female` (any case, surrounding whitespace ignored); throws `sex.invalid`.
    public init(parsing text: String, field: String = "sex") throws {
        guard let sex = Sex(rawValue: text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()) else {
            throw FieldError(field: field, code: "sex.invalid", message: LocalizedText(
                zh: "性别应为 male（男）或 female（女）：\(text)",
                en: "Sex must be male or female: \(text)"))
        }
        self = sex
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try Sex(parsing: text, field: decoder.codingPath.last?.stringValue ?? "sex")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
