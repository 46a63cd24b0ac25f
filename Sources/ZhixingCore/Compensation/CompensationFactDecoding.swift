import Foundation

/// Decoding helpers for the compensation facts: a `FieldError` raised by a value type (`Money`,
/// `LocalDate`, ...) names only its own key; these re-report it under the full JSON path
/// (`acts[1].losses[0].marketPriceAtAct`), so that the API can point at the field at fault.
extension KeyedDecodingContainer {
    func compRequired<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        do {
            return try decode(type, forKey: key)
        } catch let error as FieldError {
            throw repathed(error, key)
        }
    }

    func compOptional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        do {
            return try decodeIfPresent(type, forKey: key)
        } catch let error as FieldError {
            throw repathed(error, key)
        }
    }

    /// An optional array that defaults to empty.
    func compList<T: Decodable>(_ type: T.Type, _ key: Key) throws -> [T] {
        try compOptional([T].self, key) ?? []
    }

    /// An optional flag that defaults to `false`.
    func compFlag(_ key: Key) throws -> Bool {
        try compOptional(Bool.self, key) ?? false
    }

    /// An optional text; blank text counts as absent.
    func compText(_ key: Key) throws -> String? {
        guard let value = try compOptional(String.self, key) else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The full JSON path of `key` in this container.
    func compPath(_ key: Key) -> String { JSONFacts.path(codingPath + [key]) }

    /// A value type names the key it was decoded from; a nested struct already reports a full path.
    private func repathed(_ error: FieldError, _ key: Key) -> FieldError {
        error.field == key.stringValue ? error.at(compPath(key)) : error
    }
}

/// A closed list of values given in the facts as strings; anything else is a `FieldError` that names the
/// field and lists what is allowed.
public protocol CompensationFactEnum: RawRepresentable<String>, CaseIterable, Sendable, Codable {}

extension CompensationFactEnum {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: text) else {
            let allowed = Self.allCases.map(\.rawValue).joined(separator: ", ")
            let field = JSONFacts.path(decoder.codingPath)
            throw FieldError(field: field, code: "field.not_allowed", message: LocalizedText(
                zh: "\(field) 的取值无效：\(text)；可选：\(allowed)",
                en: "Invalid value for \(field): \(text); allowed: \(allowed)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A bad combination of facts (a date before another, a missing companion field).
func compensationError(_ field: String, _ code: String, zh: String, en: String) -> FieldError {
    FieldError(field: field, code: "compensation." + code, message: LocalizedText(zh: zh, en: en))
}
