import Foundation
import Fluent
import Vapor
import ZhixingCore

/// After a year of the calendar changes, the stored deadlines it can move are computed again.
///
/// What is stored of a case's deadlines is its next due date and whether it is overdue (the case page
/// and the API compute the rest, warnings included, afresh). A deadline whose days lay in a year without
/// data was computed on weekends alone and carried that year's warning (CPL 2023 Art.85 para.3 needs the
/// notice to know the rest days); it can move once the year is entered — and so can any deadline in a year
/// whose data an administrator overrides or removes. A notice for year Y lists dates in Y-1...Y+1 only, so
/// the open cases whose stored next due date lies in those years are the ones to look at: each is assessed
/// again by the core with the calendar of the saving transaction, and written only where the answer changed.
///
/// Runs inside the transaction that changes the year, so the year and the deadlines it moves are committed
/// together and every instance reads both or neither; on PostgreSQL that transaction holds the deadline
/// job's advisory lock, so the two never interleave.
enum DeadlineRecompute {
    static func run(around year: Int, store: CalendarStore, today: LocalDate, on tx: any Database,
                    batchSize: Int = 500) async throws -> Int {
        let calendar = StatutoryCalendar(schedule: try await store.schedule(uncachedOn: tx))
        let from = "\(String(format: "%04d", year - 1))-01-01", through = "\(String(format: "%04d", year + 1))-12-31"
        var changed = 0
        var lastID: UUID? = nil
        while true {
            var q = EnforcementCase.query(on: tx).filter(\.$status != CaseStatus.closed.rawValue)
                .filter(\.$nextDueDate >= from).filter(\.$nextDueDate <= through)
                .sort(\.$id).limit(batchSize)
            if let lastID { q = q.filter(\.$id > lastID) }
            let batch = try await q.all()
            if batch.isEmpty { break }
            let ids = batch.compactMap(\.id)
            let (events, entrustments) = try await CaseService.histories(of: ids, on: tx)
            for row in batch {
                let before = (row.status, row.closure, row.overdue, row.nextDueDate)
                let id = try row.requireID()
                try CaseService.summarise(row, events: events[id] ?? [], entrustment: entrustments[id], today: today, calendar: calendar)
                if before != (row.status, row.closure, row.overdue, row.nextDueDate) {
                    try await row.save(on: tx)
                    changed += 1
                }
            }
            lastID = batch.last?.id
        }
        return changed
    }
}
