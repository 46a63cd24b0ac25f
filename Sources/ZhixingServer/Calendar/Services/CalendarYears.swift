import Fluent
import SQLKit
import Vapor
import ZhixingCore

/// The holiday years of the statutory calendar, for the web pages and the API alike: what each year
/// holds and where from, and the administrators' changes. Each change is one transaction with its audit
/// event and the recomputation of the deadlines it moves (`DeadlineRecompute`).
enum CalendarYears {
    /// Only administrators see the calendar's administration.
    static func requireViewer(_ actor: CurrentUser) throws {
        guard actor.role.administersUsers else { throw AppError.forbidden() }
    }

    /// Whether `actor` may change the calendar. The State Council's notice binds every court alike, so a
    /// year is entered once for the whole country: by an administrator whose scope is everything (the
    /// Supreme People's Court's, see docs/access.md), not by a court's administrator for all the others.
    static func mayEdit(_ actor: CurrentUser) -> Bool {
        if actor.role.administersUsers, case .everything = actor.scope { return true }
        return false
    }

    static func requireEditor(_ actor: CurrentUser) throws {
        guard mayEdit(actor) else { throw AppError.forbidden() }
    }

    /// One year as the calendar has it now.
    struct Year: Sendable {
        let year: Int
        /// The year in force: the administrators' entry if there is one, else the shipped default.
        let effective: HolidayYear
        let origin: CalendarStore.Origin
        /// The administrators' entry, with who entered it and when.
        let record: HolidayYearRecord?
        /// The shipped default, when there is one (overridden when `record` is set).
        let defaultYear: HolidayYear?
        let defaultOrigin: CalendarStore.Origin?
    }

    /// Every year the calendar has, ascending.
    static func all(effects: Effects, on db: any Database) async throws -> [Year] {
        let store = effects.calendars
        let rows = try await HolidayYearRecord.query(on: db).filter(\.$removed == false).all()
        var byYear: [Int: HolidayYearRecord] = [:]
        for row in rows { byYear[row.year] = row }
        let years = Set(store.defaults.knownYears).union(byYear.keys).sorted()
        return try years.compactMap { try year($0, record: byYear[$0], store: store) }
    }

    /// One year, or `nil` when the calendar has no data for it.
    static func find(_ year: Int, effects: Effects, on db: any Database) async throws -> Year? {
        let row = try await HolidayYearRecord.query(on: db).filter(\.$year == year).filter(\.$removed == false).first()
        return try self.year(year, record: row, store: effects.calendars)
    }

    private static func year(_ year: Int, record: HolidayYearRecord?, store: CalendarStore) throws -> Year? {
        let defaultYear = store.defaults.entry(for: year)
        if let record {
            return Year(year: year, effective: try record.holidayYear(), origin: .entered, record: record,
                        defaultYear: defaultYear, defaultOrigin: store.defaultOrigin(of: year))
        }
        guard let defaultYear else { return nil }
        return Year(year: year, effective: defaultYear, origin: store.defaultOrigin(of: year) ?? .bundled, record: nil,
                    defaultYear: defaultYear, defaultOrigin: store.defaultOrigin(of: year))
    }

    struct Saved: Sendable {
        let year: Year
        /// How many open cases had their stored deadlines change.
        let recomputedCases: Int
    }

    /// Enters (or replaces) the administrators' arrangement for `entry.year`: validated by the core,
    /// stored, audited, and the stored deadlines it moves recomputed, all in one transaction.
    static func save(_ entry: HolidayYearEntry, as actor: CurrentUser, effects: Effects,
                     on db: any Database) async throws -> Saved {
        try requireEditor(actor)
        let now = effects.clock.now()
        let valid = try entry.validated()
        let recomputed: Int = try await db.writeTransaction { tx in
            try await lockCalendar(on: tx)
            let existing = try await HolidayYearRecord.query(on: tx).filter(\.$year == entry.year).first()
            let row = existing ?? HolidayYearRecord(id: effects.ids.next())
            var changes = ChangeSet()
            let wasLive = existing.map { !$0.removed } ?? false
            let action = wasLive ? "calendar.year.update" : "calendar.year.enter"
            changes.record("notice_title", from: wasLive ? row.noticeTitle : nil, to: entry.noticeTitle.trimmingCharacters(in: .whitespacesAndNewlines))
            changes.record("notice_number", from: wasLive ? row.noticeNumber : nil, to: entry.noticeNumber.trimmingCharacters(in: .whitespacesAndNewlines))
            changes.record("notice_date", from: wasLive ? row.noticeDate : nil, to: entry.noticeDate.iso)
            changes.record("holidays", from: wasLive ? row.holidays : nil, to: try HolidayYearRecord.encodeDates(valid.holidays))
            changes.record("makeup_workdays", from: wasLive ? row.makeupWorkdays : nil, to: try HolidayYearRecord.encodeDates(valid.makeupWorkdays))
            try row.set(entry)
            row.enteredByID = actor.id
            row.enteredByName = actor.displayName
            row.enteredAt = now
            row.removed = false
            row.revision = try await CalendarStore.generation(on: tx) + 1
            try await row.save(on: tx)
            let count = try await DeadlineRecompute.run(around: entry.year, store: effects.calendars,
                                                        today: LocalDate.inChina(now), on: tx)
            changes.record("recomputed_cases", from: nil, to: String(count))
            try await AuditLog.append(on: tx, at: now, actor: actor.auditActor,
                                      action: action,
                                      entity: "holiday_year", entityID: String(entry.year),
                                      ownerPath: actor.organisationPath, changes: changes.changes)
            return count
        }
        guard let year = try await find(entry.year, effects: effects, on: db) else { throw AppError.notFound() }
        return Saved(year: year, recomputedCases: recomputed)
    }

    /// Removes the administrators' entry for `year`: the shipped default applies again (or none, and
    /// deadlines in that year warn again). Stored deadlines are recomputed as for a save.
    static func remove(_ year: Int, as actor: CurrentUser, effects: Effects,
                       on db: any Database) async throws -> Int {
        try requireEditor(actor)
        let now = effects.clock.now()
        return try await db.writeTransaction { tx in
            try await lockCalendar(on: tx)
            guard let row = try await HolidayYearRecord.query(on: tx).filter(\.$year == year).filter(\.$removed == false).first() else {
                throw AppError.notFound()
            }
            row.removed = true
            row.revision = try await CalendarStore.generation(on: tx) + 1
            try await row.save(on: tx)
            let count = try await DeadlineRecompute.run(around: year, store: effects.calendars,
                                                        today: LocalDate.inChina(now), on: tx)
            var changes = ChangeSet()
            changes.record("notice_number", from: row.noticeNumber, to: nil)
            changes.record("holidays", from: row.holidays, to: nil)
            changes.record("makeup_workdays", from: row.makeupWorkdays, to: nil)
            changes.record("recomputed_cases", from: nil, to: String(count))
            try await AuditLog.append(on: tx, at: now, actor: actor.auditActor, action: "calendar.year.remove",
                                      entity: "holiday_year", entityID: String(year),
                                      ownerPath: actor.organisationPath, changes: changes.changes)
            return count
        }
    }

    /// One change of the calendar at a time, and none while the deadline job runs (PostgreSQL: the
    /// job's advisory lock, waited for; SQLite serialises writers itself). The unique `revision` refuses
    /// a second change that read the same generation either way.
    private static func lockCalendar(on tx: any Database) async throws {
        guard let sql = tx as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SELECT pg_advisory_xact_lock(\(unsafeRaw: String(DeadlineJob.lockKey)))").run()
    }
}
