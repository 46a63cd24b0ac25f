import Vapor

/// Deletes expired web sessions and old log-in attempts, hourly. Safe on several instances: each
/// deletes only what has expired, so running twice deletes nothing more.
enum SessionPurgeJob {
    static func schedule(_ app: Application, everyMinutes minutes: Int = 60) {
        guard minutes > 0 else { return }
        let logger = app.logger
        app.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .seconds(30), delay: .minutes(Int64(minutes))) { _ in
            app.eventLoopGroup.next().makeFutureWithTask {
                do {
                    let purged = try await WebSessions.purge(now: app.clock.now(), on: app.db)
                    if purged > 0 { logger.info("session purge: \(purged) expired session(s) deleted") }
                } catch {
                    logger.report(error: error)
                }
            }
        }
    }
}
