import Fluent
import Foundation
import ZhixingCore

/// What the audit log is searched by. Every value is already checked (`AuditFilterInput` for the page).
struct AuditFilter: Sendable, Equatable {
    var entity: String?
    var entityID: String?
    /// Part of the actor's recorded name (`王立新 (judge)`).
    var actor: String?
    /// The events of one enforcement case, by its case number.
    var caseNumber: CaseNumber?
    /// One action code (`case.entrust`).
    var action: String?
    /// Beijing calendar days, both included.
    var from: LocalDate?
    var to: LocalDate?
}

/// The audit events a user may read, filtered. Who sees what is decided before any filter applies:
/// an administrator sees the events recorded for organisations within their scope (by the owner's
/// path), and no filter widens that — a case number of another court's case finds nothing.
enum AuditQuery {
    static func events(for user: CurrentUser, _ filter: AuditFilter, page: Int, per: Int,
                       on db: any Database) async throws -> (items: [AuditEvent], total: Int) {
        var q = AuditEvent.query(on: db)
        switch user.scope {
        case .everything: break
        case .subtree(let prefix): q = q.filter(\.$ownerPath =~ prefix)
        case .organisation, .addressedTo: q = q.filter(\.$ownerPath == user.organisationPath)
        }
        if let entity = filter.entity, !entity.isEmpty { q = q.filter(\.$entity == entity) }
        if let entityID = filter.entityID, !entityID.isEmpty { q = q.filter(\.$entityID == entityID) }
        if let actor = filter.actor, !actor.isEmpty {
            q = q.filter(\.$actorName, .contains(inverse: false, .anywhere), actor)
        }
        if let action = filter.action, !action.isEmpty { q = q.filter(\.$action == action) }
        if let from = filter.from { q = q.filter(\.$at >= AuditLog.timestamp(BeijingTime.start(of: from))) }
        if let to = filter.to { q = q.filter(\.$at < AuditLog.timestamp(BeijingTime.start(of: to.adding(days: 1)))) }
        if let number = filter.caseNumber {
            let ids = try await EnforcementCase.query(on: db).filter(\.$caseNumber == number.description)
                .field(\.$id).all().compactMap { $0.id?.uuidString }
            guard !ids.isEmpty else { return ([], 0) }
            q = q.filter(\.$entity == CaseEntity.name).filter(\.$entityID ~~ ids)
        }
        let total = try await q.count()
        let items = try await q.sort(\.$id, .descending).page(page, per: per).all()
        return (items, total)
    }

    /// The enforcement cases the events on a page are about, by id, with their courts.
    static func cases(of events: [AuditEvent], on db: any Database) async throws -> [UUID: EnforcementCase] {
        let ids = Set(events.filter { $0.entity == CaseEntity.name }.compactMap { UUID(uuidString: $0.entityID) })
        guard !ids.isEmpty else { return [:] }
        let rows = try await EnforcementCase.query(on: db).filter(\.$id ~~ Array(ids)).with(\.$court).all()
        return Dictionary(rows.compactMap { row in row.id.map { ($0, row) } }, uniquingKeysWith: { a, _ in a })
    }

    /// The `entity` the log records for an enforcement case.
    enum CaseEntity {
        static let name = "enforcement_case"
    }
}
