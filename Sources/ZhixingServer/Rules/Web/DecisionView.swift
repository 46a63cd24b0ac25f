import Foundation
import ZhixingCore

/// Turns a decision's JSON into what a page shows: its facts as labelled rows, and every reason
/// (an object with `article` and `message`) in the page's language, with where it came from.
struct DecisionView: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        let path: String
        let value: String
        let depth: Int
    }

    struct ReasonRow: Encodable, Sendable {
        let path: String
        let article: String
        let message: String
        let isWarning: Bool
    }

    let rows: [Row]
    let reasons: [ReasonRow]

    /// The reasons of a decision, each once, without its rows (the case page shows its facts itself):
    /// collected from the value (`ReasonCollector`), not from its JSON.
    init(reasonsOf decision: some Encodable, language: String) {
        rows = []
        reasons = Self.once(ReasonCollector.reasons(of: decision).map {
            ReasonRow(path: "", article: $0.reason.article(for: language), message: $0.reason.message.text(for: language),
                      isWarning: $0.isWarning)
        })
    }

    /// A reason may appear in several places of a decision (a deadline's reasons and the decision's own): each is
    /// shown once, where it first appears, and marked a warning if it was given as one anywhere.
    private static func once(_ rows: [ReasonRow]) -> [ReasonRow] {
        var position: [String: Int] = [:]
        var kept: [ReasonRow] = []
        for row in rows {
            let key = row.article + "\u{1F}" + row.message
            if let at = position[key] {
                if row.isWarning && !kept[at].isWarning {
                    kept[at] = ReasonRow(path: kept[at].path, article: row.article, message: row.message, isWarning: true)
                }
            } else {
                position[key] = kept.count
                kept.append(row)
            }
        }
        return kept
    }

    init(json: Data, language: String) {
        var rows: [Row] = []
        var reasons: [ReasonRow] = []
        let english = language.hasPrefix("en")

        func text(_ value: JSONValue) -> String? {
            guard case .object(let dict) = value, dict.count == 2,
                  case .string(let zh)? = dict["zh"], case .string(let en)? = dict["en"] else { return nil }
            return english ? en : zh
        }

        func walk(_ value: JSONValue, path: String, depth: Int, inWarnings: Bool) {
            if let localized = text(value) {
                rows.append(Row(path: path, value: localized, depth: depth))
                return
            }
            switch value {
            case .object(let dict):
                if case .string(let article)? = dict["article"], let message = dict["message"], let localized = text(message) {
                    var cited = article
                    if !english, case .string(let zh)? = dict["articleZh"] { cited = zh }
                    reasons.append(ReasonRow(path: path, article: cited, message: localized, isWarning: inWarnings))
                    return
                }
                if !path.isEmpty { rows.append(Row(path: path, value: "", depth: depth)) }
                // A cited value's citations are shown as its article, in the page's language, not as rows.
                let citationKeys: Set<String> = ["article", "articleZh", "citations", "kindCitation"]
                for (key, child) in dict.sorted(by: { $0.key < $1.key }) where !citationKeys.contains(key) {
                    walk(child, path: path.isEmpty ? key : path + "." + key, depth: path.isEmpty ? 0 : depth + 1,
                         inWarnings: inWarnings || key.lowercased().contains("warning"))
                }
            case .array(let items):
                if items.isEmpty { rows.append(Row(path: path, value: "—", depth: depth)) }
                for (index, item) in items.enumerated() {
                    walk(item, path: "\(path)[\(index)]", depth: depth, inWarnings: inWarnings)
                }
            case .string(let string): rows.append(Row(path: path, value: string, depth: depth))
            case .number(let number): rows.append(Row(path: path, value: number, depth: depth))
            case .bool(let flag): rows.append(Row(path: path, value: flag ? "✓" : "✗", depth: depth))
            case .null: rows.append(Row(path: path, value: "—", depth: depth))
            }
        }

        if let root = try? JSONDecoder().decode(JSONValue.self, from: json) {
            walk(root, path: "", depth: 0, inWarnings: false)
        }
        self.rows = rows
        self.reasons = Self.once(reasons)
    }
}

/// Any JSON value, for showing a decision without knowing its type.
enum JSONValue: Decodable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
        else if let int = try? container.decode(Int64.self) { self = .number(String(int)) }
        else if let double = try? container.decode(Double.self) { self = .number(String(double)) }
        else if let string = try? container.decode(String.self) { self = .string(string) }
        else if let array = try? container.decode([JSONValue].self) { self = .array(array) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }
}
