import Fluent
import Vapor

/// Limits guessing, the same way for staff log-in and the party portal, and the same on every server
/// instance (the attempts are rows in the database).
///
/// Counting, checking and recording are one step that cannot be raced: an attempt is recorded as a
/// failure *first*, then the failures in the window are counted, this one included. A request whose
/// record is the n-th of the window sees at least n, so of any number of parallel guesses at most
/// `limit` are ever checked, whatever the interleaving; the others are refused without looking at the
/// password or code. An attempt that then succeeds is marked so and stops counting.
struct Throttle: Sendable {
    let purpose: LoginAttempt.Purpose
    /// Failures allowed per key (account, or case) within the window.
    let perKey: Int
    /// Failures allowed per address within the window.
    let perAddress: Int
    let window: TimeInterval

    static func staff(_ config: AppConfig) -> Throttle {
        Throttle(purpose: .staff, perKey: config.loginMaxFailures, perAddress: config.loginMaxFailures * 20,
                 window: Double(config.loginWindowMinutes) * 60)
    }

    /// The portal: the same per-case limit as an account; per address half the staff allowance, counted apart
    /// from staff log-in so that parties behind a court's proxy never lock its staff out.
    static func portal(_ config: AppConfig) -> Throttle {
        Throttle(purpose: .portal, perKey: config.loginMaxFailures, perAddress: config.loginMaxFailures * 10,
                 window: Double(config.loginWindowMinutes) * 60)
    }

    /// A recorded attempt that is allowed to be checked, or `nil` when the key or the address is locked.
    /// The attempt is recorded at `effects.clock`'s time, with an id from `effects.ids`.
    func begin(key: String, ip: String, effects: Effects, on db: any Database) async throws -> LoginAttempt? {
        try await begin(key: key, ip: ip, at: effects.clock.now(), id: effects.ids.next(), on: db)
    }

    private func begin(key: String, ip: String, at now: Date, id: UUID?, on db: any Database) async throws -> LoginAttempt? {
        let attempt = LoginAttempt(usernameKey: key, ip: ip, at: now, success: false, purpose: purpose)
        attempt.id = id
        try await db.writeTransaction { tx in try await attempt.create(on: tx) }
        let since = now.addingTimeInterval(-window)
        let byKey = try await LoginAttempt.query(on: db).filter(\.$purpose == purpose.rawValue)
            .filter(\.$usernameKey == key).filter(\.$success == false).filter(\.$at >= since).count()
        let byAddress = try await LoginAttempt.query(on: db).filter(\.$purpose == purpose.rawValue)
            .filter(\.$ip == ip).filter(\.$success == false).filter(\.$at >= since).count()
        return byKey <= perKey && byAddress <= perAddress ? attempt : nil
    }

    /// The attempt succeeded: it no longer counts as a failure.
    func succeeded(_ attempt: LoginAttempt, on db: any Database) async throws {
        attempt.success = true
        try await db.writeTransaction { tx in try await attempt.update(on: tx) }
    }
}
