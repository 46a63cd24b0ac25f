import Vapor

/// The clock, injected (`Effects.clock`): the server reads time only through this, so tests fix it.
public struct AppClock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    public static let system = AppClock { Date() }

    public static func fixed(_ date: Date) -> AppClock { AppClock { date } }
}

extension Application {
    /// `effects.clock`. Transitional: for the services under `Enforcement/` and `Demo/` that still take
    /// the application; remove once they take `Effects`.
    var clock: AppClock {
        get { effects.clock }
        set { effects.clock = newValue }
    }
}

extension Request {
    /// The time now, from the effects' clock.
    var now: Date { effects.clock.now() }
}
