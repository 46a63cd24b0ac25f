import Fluent
import SQLKit
import Vapor
import ZhixingCore

/// Marks what is overdue (and keeps the team's queue dates current, see `run`): every open case not yet marked overdue whose next due date has come is
/// assessed again by the core and its `overdue` flag and next due date stored, so that lists for the
/// team and the bureau head show it. A case already overdue stays so until an action is recorded on
/// it, and recording one assesses it again, so the job need not look at it (at a million cases that
/// is the difference between a few rows a day and hundreds of thousands every run). Runs in the server process every `ZHIXING_DEADLINE_JOB_MINUTES` (15); with several
/// instances on PostgreSQL only the one holding the advisory lock runs it.
enum DeadlineJob {
    static let lockKey = 7_320_002

    struct Outcome: Sendable, Equatable {
        let ran: Bool
        let checked: Int
        let newlyOverdue: Int
    }

    /// What one batch's transaction did.
    private enum Step: Sendable {
        /// Another instance holds the job's lock (or a holiday year is being changed): stop here.
        case locked
        /// The sweep has no more cases.
        case done
        case batch(last: UUID?, checked: Int, newlyOverdue: Int)
    }

    /// Runs the three sweeps, each in batches of `batchSize` cases, one transaction per batch: a run that
    /// finds thousands of cases (the morning after a day on which many limits fell) never holds the database
    /// for long — on SQLite a long one held the only connection of its event loop and queued every write of
    /// the process behind it, and requests timed out after 30 s. Each batch takes the job's lock on
    /// PostgreSQL; when another instance holds it, the run stops and the next one carries on.
    static func run(effects: Effects, on db: any Database, batchSize: Int = 200) async throws -> Outcome {
        let today = LocalDate.inChina(effects.clock.now())
        // Three sweeps, each of the few cases it concerns: an open case whose next due date has passed (a
        // limit is overdue the day after its last day, `TimeLimitRules`: a case due today is not looked at
        // again every run of the day);
        // a case whose earliest measure in force has lapsed, so the next one's expiry comes forward in
        // the team's queue (CPL Interpretation 2022 Art.485); and a case whose list columns hold an older
        // summary than this code writes (`CaseSummary.version`, after an upgrade).
        let sweeps: [@Sendable (QueryBuilder<EnforcementCase>) -> QueryBuilder<EnforcementCase>] = [
            { $0.filter(\.$status != CaseStatus.closed.rawValue).filter(\.$overdue == false).filter(\.$nextDueDate < today.iso) },
            { $0.filter(\.$nextMeasureExpiry < today.iso) },
            { $0.filter(\.$summaryVersion < CaseSummary.version) },
        ]
        var checked = 0, newlyOverdue = 0, ran = false
        for sweep in sweeps {
            var lastID: UUID? = nil
            batches: while true {
                let after = lastID
                let step = try await db.writeTransaction { tx -> Step in
                    if let sql = tx as? any SQLDatabase, sql.dialect.name == "postgresql" {
                        let row = try await sql.raw("SELECT pg_try_advisory_xact_lock(\(unsafeRaw: String(lockKey))) AS locked").first()
                        guard try row?.decode(column: "locked", as: Bool.self) == true else { return .locked }
                    }
                    // Read in the batch's transaction: a holiday year changed since the last batch counts.
                    let calendar = try await effects.calendars.calendar(on: tx)
                    var q = sweep(EnforcementCase.query(on: tx)).sort(\.$id).limit(batchSize)
                    if let after { q = q.filter(\.$id > after) }
                    let batch = try await q.all()
                    if batch.isEmpty { return .done }
                    let ids = batch.compactMap(\.id)
                    let (events, entrustments) = try await CaseService.histories(of: ids, on: tx)
                    var newly = 0
                    for row in batch {
                        let wasOverdue = row.overdue
                        let id = try row.requireID()
                        try await CaseService.refresh(row, events: events[id] ?? [], entrustment: entrustments[id], today: today,
                                                      calendar: calendar, on: tx)
                        if row.overdue && !wasOverdue { newly += 1 }
                    }
                    return .batch(last: batch.last?.id, checked: batch.count, newlyOverdue: newly)
                }
                switch step {
                case .locked:
                    return Outcome(ran: ran, checked: checked, newlyOverdue: newlyOverdue)
                case .done:
                    break batches
                case .batch(let last, let n, let newly):
                    ran = true
                    checked += n
                    newlyOverdue += newly
                    lastID = last
                }
            }
        }
        return Outcome(ran: true, checked: checked, newlyOverdue: newlyOverdue)
    }

    /// Starts the repeating job (the `serve` command does this; tests call `run` directly).
    static func schedule(_ app: Application, everyMinutes minutes: Int) {
        guard minutes > 0 else { return }
        let logger = app.logger
        app.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .seconds(5), delay: .minutes(Int64(minutes))) { _ in
            app.eventLoopGroup.next().makeFutureWithTask {
                do {
                    let outcome = try await run(effects: app.effects, on: app.db)
                    if outcome.ran { logger.info("deadline job: \(outcome.checked) case(s) checked, \(outcome.newlyOverdue) newly overdue") }
                } catch {
                    logger.report(error: error)
                }
            }
        }
    }
}
