/// A set of rules of law: a pure function from facts (and an "as of" date inside them) to a decision
/// that carries its reasons, article by article. The CLI (`zhixing rules <name>`), the API
/// (`POST /api/v1/rules/<name>`) and the rules explorer pages all call `decide` through this.
///
/// Bad facts throw `FieldError` naming the field (a JSON path such as `acts[2].kind`).
/// The engine never reads the clock: the date that matters is in the facts.
public protocol RuleSet {
    associatedtype Facts: Decodable & Sendable
    associatedtype Decision: Encodable & Sendable

    /// The name used on the command line and in the API path: `calendar`, `compensation`, ...
    static var name: String { get }
    static var title: LocalizedText { get }

    static func decide(_ facts: Facts, context: RuleContext) throws -> Decision
}

/// What every rule set may rely on besides the facts.
public struct RuleContext: Sendable {
    public let calendar: StatutoryCalendar

    public init(calendar: StatutoryCalendar) {
        self.calendar = calendar
    }
}
