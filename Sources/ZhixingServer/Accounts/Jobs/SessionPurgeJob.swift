import Fluent
import Vapor

/// Deletes expired web sessions and old log-in attempts, hourly. Safe on several instances: each
/// deletes only what has expired, so running twice deletes nothing more.
enum SessionPurgeJob {
    /// One run: what has expired by `effects.clock`'s time goes. Returns how many sessions went.
    @discardableResult
    static func run(effects: Effects, on db: any Database) async throws -> Int {
        try await WebSessions.purge(now: effects.clock.now(), on: db)
    }

    /// Runs every `minutes` on the application's event loops, with the effects it has at each run.
    static func schedule(_ app: Application, everyMinutes minutes: Int = 60) {
        guard minutes > 0 else { return }
        let logger = app.logger
        app.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .seconds(30), delay: .minutes(Int64(minutes))) { _ in
            app.eventLoopGroup.next().makeFutureWithTask {
                do {
                    let purged = try await run(effects: app.effects, on: app.db)
                    if purged > 0 { logger.info("session purge: \(purged) expired session(s) deleted") }
                } catch {
                    logger.report(error: error)
                }
            }
        }
    }
}
