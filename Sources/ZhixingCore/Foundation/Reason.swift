/// Why the system decided something: the article it rests on and what it found.
/// Every decision of the core carries its reasons; no reason, no decision.
public struct Reason: Sendable, Hashable, Codable {
    /// The provision, e.g. `Opinions 2025 Art.5 para.2` or `CPL 2023 Art.85`.
    public let article: String
    public let message: LocalizedText

    public init(article: String, message: LocalizedText) {
        self.article = article
        self.message = message
    }
}
