import ZhixingCore

/// Every `Reason` inside a decision, found by encoding it without writing anything: the decision's own
/// `encode(to:)` walks its parts, and the collector keeps each reason it is handed (and skips the citations,
/// which it does not need to render). It finds the reasons a JSON walk of the same decision finds
/// (`DecisionView(json:)`, `ReasonCollectorTests`) without making and reading the JSON: the case page's
/// folded reasons cost a tenth of what the round trip did.
struct ReasonCollector {
    struct Found {
        let reason: Reason
        /// Under a key that names warnings (`warnings`, `filingWarnings`…), as the JSON walk marks them.
        let isWarning: Bool
    }

    /// The reasons of `value` in the order its encoding meets them.
    static func reasons(of value: some Encodable) -> [Found] {
        let sink = Sink()
        try? value.encode(to: Visitor(sink: sink, inWarnings: false))
        return sink.found
    }

    fileprivate final class Sink {
        var found: [Found] = []
    }

    /// Called for every value the decision encodes: keeps reasons, skips citations, goes into the rest.
    fileprivate static func visit(_ value: some Encodable, key: String?, sink: Sink, inWarnings: Bool) throws {
        let warnings = inWarnings || (key.map { $0.lowercased().contains("warning") } ?? false)
        if let reason = value as? Reason {
            sink.found.append(Found(reason: reason, isWarning: warnings))
            return
        }
        if value is [Citation] || value is Citation { return }
        try value.encode(to: Visitor(sink: sink, inWarnings: warnings))
    }

    fileprivate struct Visitor: Encoder {
        let sink: Sink
        let inWarnings: Bool
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(Keyed<Key>(visitor: self))
        }
        func unkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(visitor: self) }
        func singleValueContainer() -> any SingleValueEncodingContainer { Single(visitor: self) }
    }

    fileprivate struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let visitor: Visitor
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws {}
        mutating func encode(_ value: Bool, forKey key: Key) throws {}
        mutating func encode(_ value: String, forKey key: Key) throws {}
        mutating func encode(_ value: Double, forKey key: Key) throws {}
        mutating func encode(_ value: Float, forKey key: Key) throws {}
        mutating func encode(_ value: Int, forKey key: Key) throws {}
        mutating func encode(_ value: Int8, forKey key: Key) throws {}
        mutating func encode(_ value: Int16, forKey key: Key) throws {}
        mutating func encode(_ value: Int32, forKey key: Key) throws {}
        mutating func encode(_ value: Int64, forKey key: Key) throws {}
        mutating func encode(_ value: UInt, forKey key: Key) throws {}
        mutating func encode(_ value: UInt8, forKey key: Key) throws {}
        mutating func encode(_ value: UInt16, forKey key: Key) throws {}
        mutating func encode(_ value: UInt32, forKey key: Key) throws {}
        mutating func encode(_ value: UInt64, forKey key: Key) throws {}
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try ReasonCollector.visit(value, key: key.stringValue, sink: visitor.sink, inWarnings: visitor.inWarnings)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(visitor: visitor))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { Unkeyed(visitor: visitor) }
        mutating func superEncoder() -> any Encoder { visitor }
        mutating func superEncoder(forKey key: Key) -> any Encoder { visitor }
    }

    fileprivate struct Unkeyed: UnkeyedEncodingContainer {
        let visitor: Visitor
        var codingPath: [any CodingKey] { [] }
        private(set) var count = 0

        init(visitor: Visitor) { self.visitor = visitor }

        mutating func encodeNil() throws { count += 1 }
        mutating func encode(_ value: Bool) throws { count += 1 }
        mutating func encode(_ value: String) throws { count += 1 }
        mutating func encode(_ value: Double) throws { count += 1 }
        mutating func encode(_ value: Float) throws { count += 1 }
        mutating func encode(_ value: Int) throws { count += 1 }
        mutating func encode(_ value: Int8) throws { count += 1 }
        mutating func encode(_ value: Int16) throws { count += 1 }
        mutating func encode(_ value: Int32) throws { count += 1 }
        mutating func encode(_ value: Int64) throws { count += 1 }
        mutating func encode(_ value: UInt) throws { count += 1 }
        mutating func encode(_ value: UInt8) throws { count += 1 }
        mutating func encode(_ value: UInt16) throws { count += 1 }
        mutating func encode(_ value: UInt32) throws { count += 1 }
        mutating func encode(_ value: UInt64) throws { count += 1 }
        mutating func encode<T: Encodable>(_ value: T) throws {
            count += 1
            try ReasonCollector.visit(value, key: nil, sink: visitor.sink, inWarnings: visitor.inWarnings)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            count += 1
            return KeyedEncodingContainer(Keyed<NestedKey>(visitor: visitor))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            count += 1
            return Unkeyed(visitor: visitor)
        }
        mutating func superEncoder() -> any Encoder { visitor }
    }

    fileprivate struct Single: SingleValueEncodingContainer {
        let visitor: Visitor
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws {}
        mutating func encode(_ value: Bool) throws {}
        mutating func encode(_ value: String) throws {}
        mutating func encode(_ value: Double) throws {}
        mutating func encode(_ value: Float) throws {}
        mutating func encode(_ value: Int) throws {}
        mutating func encode(_ value: Int8) throws {}
        mutating func encode(_ value: Int16) throws {}
        mutating func encode(_ value: Int32) throws {}
        mutating func encode(_ value: Int64) throws {}
        mutating func encode(_ value: UInt) throws {}
        mutating func encode(_ value: UInt8) throws {}
        mutating func encode(_ value: UInt16) throws {}
        mutating func encode(_ value: UInt32) throws {}
        mutating func encode(_ value: UInt64) throws {}
        mutating func encode<T: Encodable>(_ value: T) throws {
            try ReasonCollector.visit(value, key: nil, sink: visitor.sink, inWarnings: visitor.inWarnings)
        }
    }
}
