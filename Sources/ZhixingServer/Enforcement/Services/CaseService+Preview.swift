import Fluent
import Vapor
import ZhixingCore

extension CaseService {
    /// What recording `next` would meet, without writing anything: the same checks as `record` (the case is
    /// the user's court's, the user may record events, the version is current, the date is not in the future,
    /// the core allows the event: 404, 403, 409, 400, 409 as there), then the core's warnings before it
    /// (`EnforcementRules.warnings(before:)`): closing with money in the case account or measures in force,
    /// lifting a first seal, freezing more than is owed. The case page shows them before the one confirmation.
    static func preview(_ next: EnforcementEvent, on caseID: UUID, expectedVersion: Int, as actor: CurrentUser,
                        effects: Effects, on db: any Database) async throws -> [Reason] {
        let today = LocalDate.inChina(effects.clock.now())
        let calendar = try await effects.calendars.calendar(on: db)
        guard let row = try await find(caseID, as: actor, on: db) else { throw AppError.notFound() }
        try actor.require(.recordEvent, on: row.court.place)
        guard row.version == expectedVersion else { throw AppError.staleVersion() }
        if next.date > today {
            throw AppError.badRequest("date.future", .init(zh: "日期不能晚于今天。", en: "The date cannot be in the future."), field: "date")
        }
        let events = try await CaseEvent.query(on: db).filter(\.$enforcementCase.$id == caseID).sort(\.$seq).all()
        let entrustment = try await Entrustments.sent(by: caseID, on: db)
        let facts = try CaseFacts.facts(of: row, events: events, entrustment: entrustment, asOf: today)
        try ensureAllowed(next, after: facts, calendar: calendar)
        return EnforcementRules.warnings(before: next, after: facts, calendar: calendar)
    }
}
