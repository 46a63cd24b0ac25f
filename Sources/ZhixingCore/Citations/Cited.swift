/// A value that rests on provisions: it carries `citations` and offers them rendered, `article` in English
/// (joined with "; " as always) and `articleZh` in Chinese.
///
/// Its JSON is what synthesized `Encodable` would write for its stored properties (a `nil` optional left out),
/// with `article` and `articleZh` beside `citations`, so that readers of the old `article` string keep working.
public protocol Cited: Encodable {
    var citations: [Citation] { get }
}

extension Cited {
    /// The provisions in English: `Termination Provisions 2016 Art.1 item 1; CPL 2023 Art.268`.
    public var article: String { citations.english }

    /// The provisions in Chinese: `《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条第（一）项`.
    public var articleZh: String { citations.chinese }

    /// The provisions in a language (`en…` English, otherwise Chinese).
    public func article(for language: String) -> String { citations.text(for: language) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: PropertyKey.self)
        for child in Mirror(reflecting: self).children {
            guard let label = child.label else { continue }
            let inner = Mirror(reflecting: child.value)
            if inner.displayStyle == .optional, inner.children.isEmpty { continue }
            guard let value = child.value as? any Encodable else { continue }
            try container.encode(value, forKey: PropertyKey(label))
        }
        try container.encode(article, forKey: PropertyKey("article"))
        try container.encode(articleZh, forKey: PropertyKey("articleZh"))
    }
}

/// A JSON key named at run time.
struct PropertyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
