import Vapor

/// The clock, injected: the server reads time only through this, so tests fix it.
public struct AppClock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    public static let system = AppClock { Date() }

    public static func fixed(_ date: Date) -> AppClock { AppClock { date } }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = AppClock }

    public var clock: AppClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    public var now: Date { application.clock.now() }
}
