/// A piece of user-facing text in both of Zhixing's languages: zh-CN first, English second.
public struct LocalizedText: Sendable, Hashable, Codable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text for a language tag such as `zh-CN` or `en`; Chinese unless English is asked for.
    public func text(for language: String) -> String {
        language.lowercased().hasPrefix("en") ? en : zh
    }
}
