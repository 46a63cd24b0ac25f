import Foundation

/// The one strict decoder for the facts of every rule set (calendar, compensation, refusal, credit,
/// enforcement). It reads a `FactJSON` tree (bounded by `FactLimits`) and:
/// - reports every failure as a `FieldError` naming the full JSON path (`acts[2].kind`);
/// - re-points a `FieldError` that a value type (`Money`, `LocalDate`, ...) raised under its own key at
///   the full path;
/// - afterwards refuses any key, at any level, that the facts types never asked for: a misspelt finding
///   must not silently read as "no finding".
struct FactDecoder: Decoder {
    let value: FactJSON
    let codingPath: [any CodingKey]
    let log: FactAccessLog
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Decodes `type` from `data`, then refuses keys that were never read.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let tree = try FactJSONParser.parse(data)
        let log = FactAccessLog()
        let result = try FactDecoder(value: tree, codingPath: [], log: log).decodeValue(T.self)
        if let unknown = log.firstUnread(in: tree) {
            let field = JSONFacts.path(unknown)
            let allowed = log.keysRead(under: Array(unknown.dropLast())).joined(separator: ", ")
            throw FieldError(field: field, code: "field.unknown", message: LocalizedText(
                zh: "未知字段（或在此情形下不适用的字段）：\(field)" + (allowed.isEmpty ? "" : "（此处可用：\(allowed)）"),
                en: "Unknown field (or one that does not apply here): \(field)" + (allowed.isEmpty ? "" : " (allowed here: \(allowed))")))
        }
        return result
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: Any].self, "an object") }
        return KeyedDecodingContainer(FactKeyedContainer<Key>(
            members: Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }),
            order: members.map(\.key), codingPath: codingPath, log: log))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch([Any].self, "a list") }
        return FactUnkeyedContainer(elements: elements, codingPath: codingPath, log: log)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { FactSingleValue(decoder: self) }

    func mismatch(_ type: Any.Type, _ expected: String) -> DecodingError {
        .typeMismatch(type, DecodingError.Context(codingPath: codingPath,
                                                  debugDescription: "Expected \(expected), found \(value.kindName)"))
    }

    /// Decodes a value here; a `FieldError` naming only this value's own key is re-pointed at the full path.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try T(from: self)
        } catch let error as FieldError {
            if let last = codingPath.last, error.field == last.stringValue { throw error.at(JSONFacts.path(codingPath)) }
            throw error
        }
    }
}

/// The keys the facts types asked for, so that the rest can be refused.
final class FactAccessLog {
    private var read = Set<[String]>()
    /// The key names read under each object path, in the order first read (for the message of an unknown key).
    private var namesUnder: [[String]: [String]] = [:]

    func markRead(_ path: [any CodingKey]) {
        let components = path.map(FactAccessLog.component)
        guard read.insert(components).inserted, let last = path.last, last.intValue == nil else { return }
        namesUnder[Array(components.dropLast()), default: []].append(last.stringValue)
    }

    /// The key names a facts type asked for in the object at `path`.
    func keysRead(under path: [any CodingKey]) -> [String] {
        namesUnder[path.map(FactAccessLog.component)] ?? []
    }

    private static func component(_ key: any CodingKey) -> String { key.intValue.map { "#\($0)" } ?? "." + key.stringValue }

    /// The first key (top-down, document order) that no facts type asked for.
    func firstUnread(in tree: FactJSON) -> [any CodingKey]? { firstUnread(tree, path: []) }

    private func firstUnread(_ node: FactJSON, path: [FactKey]) -> [any CodingKey]? {
        switch node {
        case .object(let members):
            for member in members {
                let child = path + [FactKey(member.key)]
                guard read.contains(child.map(FactAccessLog.component)) else { return child }
                if let found = firstUnread(member.value, path: child) { return found }
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let found = firstUnread(element, path: path + [FactKey(index)]) { return found }
            }
        default:
            break
        }
        return nil
    }
}

private struct FactKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: FactJSON]
    let order: [String]
    let codingPath: [any CodingKey]
    let log: FactAccessLog

    var allKeys: [Key] { order.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool {
        log.markRead(codingPath + [key])
        return members[key.stringValue] != nil
    }

    private func child(_ key: Key) throws -> FactDecoder {
        log.markRead(codingPath + [key])
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath,
                                                                       debugDescription: "No value for \(key.stringValue)"))
        }
        return FactDecoder(value: value, codingPath: codingPath + [key], log: log)
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        log.markRead(codingPath + [key])
        guard let value = members[key.stringValue] else { return true }
        if case .null = value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let decoder = try child(key)
        if case .null = decoder.value {
            throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: decoder.codingPath,
                                                                          debugDescription: "null for a required value"))
        }
        return try decoder.decodeValue(type)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(Wrapped<Bool>.self, forKey: key).value }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(Wrapped<String>.self, forKey: key).value }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(Wrapped<Double>.self, forKey: key).value }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(Wrapped<Float>.self, forKey: key).value }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(Wrapped<Int>.self, forKey: key).value }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(Wrapped<Int8>.self, forKey: key).value }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(Wrapped<Int16>.self, forKey: key).value }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(Wrapped<Int32>.self, forKey: key).value }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(Wrapped<Int64>.self, forKey: key).value }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(Wrapped<UInt>.self, forKey: key).value }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(Wrapped<UInt8>.self, forKey: key).value }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(Wrapped<UInt16>.self, forKey: key).value }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(Wrapped<UInt32>.self, forKey: key).value }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(Wrapped<UInt64>.self, forKey: key).value }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try child(key).unkeyedContainer() }

    func superDecoder() throws -> any Decoder {
        guard let key = Key(stringValue: "super") else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "No super key"))
        }
        return try child(key)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

/// A primitive read through the single-value container, so that every primitive goes one way.
private struct Wrapped<T: FactPrimitive>: Decodable {
    let value: T
    init(from decoder: any Decoder) throws {
        guard let decoder = decoder as? FactDecoder else { value = try T(from: decoder); return }
        value = try T.read(decoder)
    }
}

private struct FactUnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [FactJSON]
    let codingPath: [any CodingKey]
    let log: FactAccessLog
    var currentIndex = 0

    init(elements: [FactJSON], codingPath: [any CodingKey], log: FactAccessLog) {
        self.elements = elements
        self.codingPath = codingPath
        self.log = log
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> FactDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(
                codingPath: codingPath + [FactKey(currentIndex)], debugDescription: "The list has no more items"))
        }
        let decoder = FactDecoder(value: elements[currentIndex], codingPath: codingPath + [FactKey(currentIndex)], log: log)
        currentIndex += 1
        return decoder
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = elements[currentIndex] { currentIndex += 1; return true }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let decoder = try next()
        if case .null = decoder.value {
            throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: decoder.codingPath,
                                                                          debugDescription: "null for a required value"))
        }
        return try decoder.decodeValue(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

    mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct FactSingleValue: SingleValueDecodingContainer {
    let decoder: FactDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool {
        if case .null = decoder.value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try Bool.read(decoder) }
    func decode(_ type: String.Type) throws -> String { try String.read(decoder) }
    func decode(_ type: Double.Type) throws -> Double { try Double.read(decoder) }
    func decode(_ type: Float.Type) throws -> Float { try Float.read(decoder) }
    func decode(_ type: Int.Type) throws -> Int { try Int.read(decoder) }
    func decode(_ type: Int8.Type) throws -> Int8 { try Int8.read(decoder) }
    func decode(_ type: Int16.Type) throws -> Int16 { try Int16.read(decoder) }
    func decode(_ type: Int32.Type) throws -> Int32 { try Int32.read(decoder) }
    func decode(_ type: Int64.Type) throws -> Int64 { try Int64.read(decoder) }
    func decode(_ type: UInt.Type) throws -> UInt { try UInt.read(decoder) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try UInt8.read(decoder) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try UInt16.read(decoder) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try UInt32.read(decoder) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try UInt64.read(decoder) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if case .null = decoder.value {
            throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: codingPath,
                                                                          debugDescription: "null for a required value"))
        }
        return try decoder.decodeValue(type)
    }
}

/// The JSON primitives, read from the tree with their own checks (whole numbers exact, no infinities).
private protocol FactPrimitive: Decodable {
    static func read(_ decoder: FactDecoder) throws -> Self
}

extension Bool: FactPrimitive {
    fileprivate static func read(_ decoder: FactDecoder) throws -> Bool {
        guard case .bool(let value) = decoder.value else { throw decoder.mismatch(Bool.self, "true or false") }
        return value
    }
}

extension String: FactPrimitive {
    fileprivate static func read(_ decoder: FactDecoder) throws -> String {
        guard case .string(let value) = decoder.value else { throw decoder.mismatch(String.self, "a string") }
        return value
    }
}

private func readInteger<T: FixedWidthInteger>(_ decoder: FactDecoder) throws -> T {
    guard case .number(let text) = decoder.value else { throw decoder.mismatch(T.self, "a whole number") }
    if let value = T(text) { return value }
    // 15.0 or 1e2 name a whole number too; anything else (fractions, out of range) does not.
    if let double = Double(text), double.isFinite, double.rounded() == double, abs(double) < 9.0e15,
       let value = T(exactly: double) {
        return value
    }
    throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath,
                                                            debugDescription: "Not a whole number in range: \(text)"))
}

private func readFloat<T: BinaryFloatingPoint & LosslessStringConvertible>(_ decoder: FactDecoder) throws -> T {
    guard case .number(let text) = decoder.value else { throw decoder.mismatch(T.self, "a number") }
    guard let value = T(text), value.isFinite else {
        throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath,
                                                                debugDescription: "Number out of range: \(text)"))
    }
    return value
}

extension Int: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> Int { try readInteger(d) } }
extension Int8: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> Int8 { try readInteger(d) } }
extension Int16: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> Int16 { try readInteger(d) } }
extension Int32: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> Int32 { try readInteger(d) } }
extension Int64: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> Int64 { try readInteger(d) } }
extension UInt: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> UInt { try readInteger(d) } }
extension UInt8: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> UInt8 { try readInteger(d) } }
extension UInt16: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> UInt16 { try readInteger(d) } }
extension UInt32: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> UInt32 { try readInteger(d) } }
extension UInt64: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> UInt64 { try readInteger(d) } }
extension Double: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> Double { try readFloat(d) } }
extension Float: FactPrimitive { fileprivate static func read(_ d: FactDecoder) throws -> Float { try readFloat(d) } }
