import Foundation

/// Facts JSON as a tree, read by a small parser of our own with hard limits, so that no input can
/// stop the process: nesting depth, string length, array length, number length and total size are all
/// bounded, and every breach is a `FieldError` naming the JSON path (`acts[2].note`).
///
/// Why not `JSONSerialization`: it loses the difference between `true` and `1` on Linux, keeps the
/// last of two duplicate keys silently, and gives no path for an over-long value.
indirect enum FactJSON: Sendable {
    case null
    case bool(Bool)
    /// The number's literal text, kept exact (an `Int` or `Double` is read from it on demand).
    case number(String)
    case string(String)
    case array([FactJSON])
    /// Keys in document order; duplicates are refused when parsing.
    case object([(key: String, value: FactJSON)])

    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// The bounds every facts document must keep. Far above any real case, far below what could hurt.
public enum FactLimits {
    /// The whole document, in bytes (2 MB).
    public static let documentBytes = 2_000_000
    /// Objects and arrays nested inside one another.
    public static let depth = 32
    /// Characters in one string (a note, a name, a document number).
    public static let stringLength = 10_000
    /// Elements in one array (events, acts, losses, ...).
    public static let arrayLength = 10_000
    /// Characters in one number literal (an Int64 has 19 digits).
    public static let numberLength = 40
    /// Keys in one object.
    public static let objectKeys = 500
}

/// Parses a facts document into a `FactJSON` tree, refusing anything beyond `FactLimits`.
struct FactJSONParser {
    private let bytes: [UInt8]
    private var index = 0

    static func parse(_ data: Data) throws -> FactJSON {
        guard data.count <= FactLimits.documentBytes else {
            throw FactJSONParser.error("", "body.too_large",
                zh: "输入过大（不得超过 \(FactLimits.documentBytes) 字节）。",
                en: "The input is too large (at most \(FactLimits.documentBytes) bytes).")
        }
        var parser = FactJSONParser(bytes: [UInt8](data))
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }  // a UTF-8 byte order mark
        parser.skipWhitespace()
        let value = try parser.value(path: [], depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw parser.syntax() }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    static func error(_ field: String, _ code: String, zh: String, en: String) -> FieldError {
        FieldError(field: field, code: code, message: LocalizedText(zh: zh, en: en))
    }

    private func syntax() -> FieldError {
        FactJSONParser.error("", "body.invalid", zh: "输入不是有效的 JSON（第 \(index + 1) 个字节附近）。",
                             en: "The input is not valid JSON (near byte \(index + 1)).")
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func literal(_ text: String, _ value: FactJSON) throws -> FactJSON {
        let expected = Array(text.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw syntax()
        }
        index += expected.count
        return value
    }

    private mutating func value(path: [FactKey], depth: Int) throws -> FactJSON {
        guard let byte = peek else { throw syntax() }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < FactLimits.depth else {
                let field = JSONFacts.path(path)
                throw FactJSONParser.error(field, "body.too_deep",
                    zh: "输入嵌套过深（不得超过 \(FactLimits.depth) 层）：\(field)",
                    en: "The input is nested too deeply (at most \(FactLimits.depth) levels): \(field)")
            }
            return byte == UInt8(ascii: "{") ? try object(path: path, depth: depth) : try array(path: path, depth: depth)
        case UInt8(ascii: "\""):
            return .string(try string(path: path))
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try number(path: path))
        default:
            throw syntax()
        }
    }

    private mutating func object(path: [FactKey], depth: Int) throws -> FactJSON {
        index += 1
        var members: [(key: String, value: FactJSON)] = []
        var seen = Set<String>()
        skipWhitespace()
        if peek == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw syntax() }
            let key = try string(path: path)
            let keyPath = path + [FactKey(key)]
            guard seen.insert(key).inserted else {
                let field = JSONFacts.path(keyPath)
                throw FactJSONParser.error(field, "field.duplicate",
                    zh: "字段重复：\(field)", en: "Field given twice: \(field)")
            }
            guard members.count < FactLimits.objectKeys else {
                let field = JSONFacts.path(path)
                throw FactJSONParser.error(field, "field.too_many_keys",
                    zh: "对象的字段过多（不得超过 \(FactLimits.objectKeys) 个）：\(field)",
                    en: "Too many fields in one object (at most \(FactLimits.objectKeys)): \(field)")
            }
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw syntax() }
            index += 1
            skipWhitespace()
            members.append((key, try value(path: keyPath, depth: depth + 1)))
            skipWhitespace()
            if peek == UInt8(ascii: ",") { index += 1; continue }
            if peek == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw syntax()
        }
    }

    private mutating func array(path: [FactKey], depth: Int) throws -> FactJSON {
        index += 1
        var elements: [FactJSON] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            guard elements.count < FactLimits.arrayLength else {
                let field = JSONFacts.path(path)
                throw FactJSONParser.error(field, "field.too_long",
                    zh: "列表过长（不得超过 \(FactLimits.arrayLength) 项）：\(field)",
                    en: "The list is too long (at most \(FactLimits.arrayLength) items): \(field)")
            }
            skipWhitespace()
            elements.append(try value(path: path + [FactKey(elements.count)], depth: depth + 1))
            skipWhitespace()
            if peek == UInt8(ascii: ",") { index += 1; continue }
            if peek == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw syntax()
        }
    }

    private mutating func number(path: [FactKey]) throws -> String {
        let start = index
        while let byte = peek, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || (0x30...0x39).contains(byte) {
            index += 1
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard index - start <= FactLimits.numberLength else {
            let field = JSONFacts.path(path)
            throw FactJSONParser.error(field, "field.out_of_range",
                zh: "数字过长：\(field)", en: "The number is too long: \(field)")
        }
        guard FactJSONParser.isJSONNumber(Array(text.utf8)) else { throw syntax() }
        return text
    }

    private mutating func string(path: [FactKey]) throws -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var count = 0
        var chunkStart = index
        func tooLong() -> FieldError {
            let field = JSONFacts.path(path)
            return FactJSONParser.error(field, "field.too_long",
                zh: "文字过长（不得超过 \(FactLimits.stringLength) 个字符）：\(field)",
                en: "The text is too long (at most \(FactLimits.stringLength) characters): \(field)")
        }
        func flush(_ parser: FactJSONParser, upTo end: Int) throws {
            guard end > chunkStart else { return }
            guard let chunk = String(bytes: parser.bytes[chunkStart..<end], encoding: .utf8) else { throw parser.syntax() }
            scalars.append(contentsOf: chunk.unicodeScalars)
        }
        while let byte = peek {
            switch byte {
            case UInt8(ascii: "\""):
                try flush(self, upTo: index)
                index += 1
                let text = String(scalars)
                guard text.count <= FactLimits.stringLength else { throw tooLong() }
                return text
            case UInt8(ascii: "\\"):
                try flush(self, upTo: index)
                index += 1
                guard let escape = peek else { throw syntax() }
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                            throw syntax()
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw syntax() }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw syntax() }
                    scalars.append(scalar)
                default:
                    throw syntax()
                }
                chunkStart = index
            default:
                guard byte >= 0x20 else { throw syntax() }
                index += 1
            }
            count += 1
            // Bytes bound characters from above by 4; stop early rather than build a huge string.
            guard count <= FactLimits.stringLength * 4 else { throw tooLong() }
        }
        throw syntax()
    }

    /// The JSON number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    static func isJSONNumber(_ t: [UInt8]) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < t.count, (0x30...0x39).contains(t[i]) { i += 1 }
            return i - start
        }
        if i < t.count, t[i] == UInt8(ascii: "-") { i += 1 }
        guard i < t.count else { return false }
        if t[i] == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { return false }
        if i < t.count, t[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < t.count, t[i] == UInt8(ascii: "e") || t[i] == UInt8(ascii: "E") {
            i += 1
            if i < t.count, t[i] == UInt8(ascii: "+") || t[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == t.count
    }

    private mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count,
              let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
            throw syntax()
        }
        index += 4
        return code
    }
}

/// A coding key for any JSON object key or array index.
struct FactKey: CodingKey, Hashable {
    let stringValue: String
    let intValue: Int?
    init(_ string: String) { stringValue = string; intValue = nil }
    init(_ int: Int) { stringValue = "Index \(int)"; intValue = int }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(intValue) }
}
