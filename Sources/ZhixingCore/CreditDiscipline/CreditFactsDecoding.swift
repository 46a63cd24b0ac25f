/// Decoding helpers for the credit facts: every failure becomes a `FieldError` naming the JSON path of the
/// field at fault (`existingListing.listedOn`, `debtor.responsiblePersons[1].roles[0]`), unknown keys are
/// refused (a misspelt finding must not silently read as "no"), and enums list their allowed values.

/// A coding key for any JSON object key or array index.
struct CreditAnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue; self.intValue = nil }
    init(intValue: Int) { self.stringValue = "Index \(intValue)"; self.intValue = intValue }
}

/// A string enum of the facts: decoded through `KeyedDecodingContainer.enumValue`, which names the allowed values.
protocol CreditFactEnum: RawRepresentable, CaseIterable where RawValue == String {}

enum CreditDecoding {
    /// `a.b[2].c` from a coding path.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "facts" : text
    }

    static func error(_ path: String, _ code: String, zh: String, en: String) -> FieldError {
        FieldError(field: path, code: "credit." + code, message: LocalizedText(zh: zh, en: en))
    }

    /// Rethrows `error` as a `FieldError` naming `path`. A `FieldError` raised by a value type for its own
    /// (last) key is re-pointed at the full path; one raised deeper keeps its own path.
    static func mapped(_ error: any Error, path: String, leaf: String) -> any Error {
        if let fieldError = error as? FieldError {
            return fieldError.field == leaf || fieldError.field.hasPrefix("Index ") ? fieldError.at(path) : fieldError
        }
        if let decodingError = error as? DecodingError {
            switch decodingError {
            case .keyNotFound(let key, let context):
                let full = CreditDecoding.path(context.codingPath + [key])
                return CreditDecoding.error(full, "missing", zh: "缺少必填字段：\(full)", en: "Missing required field: \(full)")
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                let full = context.codingPath.isEmpty ? path : CreditDecoding.path(context.codingPath)
                return CreditDecoding.error(full, "invalid_type", zh: "字段类型或取值无效：\(full)",
                                            en: "Invalid type or value for field: \(full)")
            @unknown default:
                return CreditDecoding.error(path, "invalid_type", zh: "字段无效：\(path)", en: "Invalid field: \(path)")
            }
        }
        return error
    }
}

extension Decoder {
    /// Refuses any key of the JSON object that `Keys` does not name.
    func creditRejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let known = Set(Keys.allCases.map(\.stringValue))
        let container = try container(keyedBy: CreditAnyKey.self)
        if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) {
            let full = CreditDecoding.path(codingPath + [CreditAnyKey(stringValue: unknown)])
            let allowed = Keys.allCases.map(\.stringValue).joined(separator: ", ")
            throw CreditDecoding.error(full, "unknown_field",
                                       zh: "未知字段：\(full)（允许的字段：\(allowed)）",
                                       en: "Unknown field: \(full) (allowed: \(allowed))")
        }
    }
}

extension KeyedDecodingContainer {
    func creditPath(_ key: Key) -> String { CreditDecoding.path(codingPath + [key]) }

    /// A required value.
    func creditRequired<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        do {
            guard contains(key), try !decodeNil(forKey: key) else {
                throw CreditDecoding.error(creditPath(key), "missing", zh: "缺少必填字段：\(creditPath(key))",
                                           en: "Missing required field: \(creditPath(key))")
            }
            return try decode(T.self, forKey: key)
        } catch {
            throw CreditDecoding.mapped(error, path: creditPath(key), leaf: key.stringValue)
        }
    }

    /// An optional value: absent or `null` gives `nil`.
    func creditOptional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        do {
            guard contains(key), try !decodeNil(forKey: key) else { return nil }
            return try decode(T.self, forKey: key)
        } catch {
            throw CreditDecoding.mapped(error, path: creditPath(key), leaf: key.stringValue)
        }
    }

    /// A finding or flag: absent or `null` means `false`.
    func creditFlag(_ key: Key) throws -> Bool { try creditOptional(Bool.self, key) ?? false }

    /// A non-empty string (surrounding whitespace removed), or `nil` when absent.
    func creditText(_ key: Key, required isRequired: Bool = false) throws -> String? {
        let value = try creditOptional(String.self, key)?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let value, !value.isEmpty { return value }
        if isRequired || value != nil {
            throw CreditDecoding.error(creditPath(key), "empty", zh: "字段不能为空：\(creditPath(key))",
                                       en: "Field must not be empty: \(creditPath(key))")
        }
        return nil
    }

    /// A string enum, naming the allowed values when the text is not one of them.
    func creditEnum<E: CreditFactEnum>(_ type: E.Type, _ key: Key) throws -> E? {
        guard let raw = try creditOptional(String.self, key) else { return nil }
        return try CreditDecoding.enumValue(E.self, raw, path: creditPath(key))
    }

    /// A list of string enums (absent gives `[]`), duplicates removed, order kept.
    func creditEnumList<E: CreditFactEnum & Hashable>(_ type: E.Type, _ key: Key) throws -> [E] {
        guard let raws = try creditOptional([String].self, key) else { return [] }
        var seen = Set<E>(), result: [E] = []
        for (index, raw) in raws.enumerated() {
            let value = try CreditDecoding.enumValue(E.self, raw, path: creditPath(key) + "[\(index)]")
            if seen.insert(value).inserted { result.append(value) }
        }
        return result
    }

    /// A whole number within `range`, or `nil` when absent.
    func creditInteger(_ key: Key, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = try creditOptional(Int.self, key) else { return nil }
        guard range.contains(value) else {
            throw CreditDecoding.error(creditPath(key), "out_of_range",
                                       zh: "\(creditPath(key)) 应在 \(range.lowerBound) 至 \(range.upperBound) 之间，实为 \(value)",
                                       en: "\(creditPath(key)) must be \(range.lowerBound)-\(range.upperBound); got \(value)")
        }
        return value
    }
}

extension CreditDecoding {
    static func enumValue<E: CreditFactEnum>(_ type: E.Type, _ raw: String, path: String) throws -> E {
        if let value = E(rawValue: raw) { return value }
        let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
        throw error(path, "invalid_value", zh: "\(path) 的取值“\(raw)”无效（允许：\(allowed)）",
                    en: "Invalid value “\(raw)” for \(path) (allowed: \(allowed))")
    }
}
