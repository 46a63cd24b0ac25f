/// Why the system decided something: the provisions it rests on and what it found.
/// Every decision of the core carries its reasons; no reason, no decision.
public struct Reason: Sendable, Hashable {
    /// The provisions, as values of the catalogue (`Citation`).
    public let citations: [Citation]
    public let message: LocalizedText

    public init(citations: [Citation], message: LocalizedText) {
        self.citations = citations
        self.message = message
    }

    public init(citation: Citation, message: LocalizedText) {
        self.init(citations: [citation], message: message)
    }

    /// The provisions in English, joined with "; ": `Opinions 2025 Art.5 para.2`, `CPL 2023 Art.85 para.2; …`.
    public var article: String { citations.english }

    /// The provisions in Chinese: `《中华人民共和国民事诉讼法》第八十五条第二款；《中华人民共和国民法典》第二百零二条`.
    public var articleZh: String { citations.chinese }

    /// The provisions in a language (`en…` English, otherwise Chinese).
    public func article(for language: String) -> String { citations.text(for: language) }
}

/// JSON: `{"article": "<English>", "articleZh": "<Chinese>", "citations": [...], "message": {"zh","en"}}`.
/// Reads the shape stored before citations were values, `{"article": "...", "message": {...}}`, by parsing the
/// English text (`Citation.parse`).
extension Reason: Codable {
    private enum CodingKeys: String, CodingKey { case article, articleZh, citations, message }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        message = try container.decode(LocalizedText.self, forKey: .message)
        if let citations = try container.decodeIfPresent([Citation].self, forKey: .citations) {
            self.citations = citations
        } else {
            citations = Citation.parse(try container.decode(String.self, forKey: .article))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article, forKey: .article)
        try container.encode(articleZh, forKey: .articleZh)
        try container.encode(citations, forKey: .citations)
        try container.encode(message, forKey: .message)
    }
}
