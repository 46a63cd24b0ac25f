import Vapor

/// The clock, injected (`Effects.clock`): the server reads time only through this, so tests fix it.
public struct AppClock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    public static let system = AppClock { Date() }

    public static func fixed(_ date: Date) -> AppClock { AppClock { date } }
}

extension Request {
    /// The time now, from the effects' clock.
    var now: Date { effects.clock.now() }
}
