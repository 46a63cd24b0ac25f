import Foundation

/// A rule set behind a uniform face: JSON facts in, JSON decision out. Used by the CLI, the API and
/// the rules explorer, so that they all decide the same way.
public struct RuleEngine: Sendable {
    public let name: String
    public let title: LocalizedText
    private let run: @Sendable (Data, RuleContext) throws -> Data

    public init<R: RuleSet>(_ ruleSet: R.Type) {
        name = R.name
        title = R.title
        run = { data, context in
            let facts = try JSONFacts.decode(R.Facts.self, from: data)
            return try JSONFacts.encode(try R.decide(facts, context: context))
        }
    }

    /// Decides on JSON facts; throws `FieldError` naming the field for bad facts.
    public func decide(json: Data, context: RuleContext) throws -> Data { try run(json, context) }

    /// Every rule set, by name. The order is the order of the rules explorer.
    public static let all: [RuleEngine] = [RuleEngine(CalendarRules.self), RuleEngine(CompensationRules.self), RuleEngine(RefusalRules.self), RuleEngine(CreditRuleSet.self), RuleEngine(EnforcementRules.self)]

    public static func named(_ name: String) -> RuleEngine? { all.first { $0.name == name } }
}

/// JSON for facts and decisions: decoding errors become `FieldError`s naming the JSON path.
public enum JSONFacts {
    /// Decodes the facts of a rule set with the one strict decoder (`FactDecoder`): bounded input
    /// (`FactLimits`), unknown keys refused at every level, every error a `FieldError` naming the path.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try FactDecoder.decode(type, from: data)
        } catch let error as FieldError {
            throw error
        } catch let error as DecodingError {
            throw fieldError(error)
        }
    }

    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    public static func path(_ codingPath: [any CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out
    }

    /// The `FieldError` for a decoding error, naming the JSON path (`field` is empty for the whole body).
    public static func fieldError(_ error: DecodingError) -> FieldError {
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            return FieldError(field: field, code: "field.required", message: LocalizedText(
                zh: "缺少必填项：\(field)", en: "Required field missing: \(field)"))
        case .valueNotFound(_, let context):
            let field = path(context.codingPath)
            return FieldError(field: field, code: "field.required", message: LocalizedText(
                zh: "缺少必填项：\(field)", en: "Required field missing: \(field)"))
        case .typeMismatch(_, let context), .dataCorrupted(let context):
            let field = path(context.codingPath)
            if field.isEmpty {
                return FieldError(field: "", code: "body.invalid", message: LocalizedText(
                    zh: "输入不是有效的 JSON。", en: "The input is not valid JSON."))
            }
            return FieldError(field: field, code: "field.invalid", message: LocalizedText(
                zh: "字段格式不正确：\(field)", en: "Invalid value for field: \(field)"))
        @unknown default:
            return FieldError(field: "", code: "body.invalid", message: LocalizedText(zh: "输入无效。", en: "Invalid input."))
        }
    }
}
