/// A time the person served has to act, counted from the day the document is served on them (送达之日起),
/// never from the day it was issued: the court does not know, when it prints the document, the day it
/// will be served (in person, by post, electronically, or by public notice, where the time runs only
/// once the notice period is over).
/// The document therefore states the term, not a date.
public struct ServiceTerm: Sendable, Hashable {
    /// Days from service; `nil` means at once (立即).
    public let days: Int?
    public let citations: [Citation]

    public init(days: Int?, citations: [Citation]) {
        self.days = days
        self.citations = citations
    }

    /// `自本通知书送达之日起立即` / `自本令送达之日起五日内`, with the document's name for itself.
    public func phrase(selfReference: String) -> String {
        "自" + selfReference + "送达之日起" + (days.map { ChineseNumerals.numeral($0) + "日内" } ?? "立即")
    }
}
