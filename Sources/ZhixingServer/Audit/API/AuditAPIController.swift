import Fluent
import Vapor

/// The audit log for administrators: events within their scope, and the chain check.
struct AuditAPIController {
    struct EventDTO: Content {
        let seq: Int
        let at: String
        let actor: String
        let action: String
        let entity: String
        let entityId: String
        let changes: [String: AuditChange]
        let hash: String
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.API.auditEvents, use: list)
        routes.get(path: Paths.API.auditVerify, use: verify)
    }

    static func events(for actor: CurrentUser, entity: String?, entityID: String?, page: Int, per: Int,
                       on db: any Database) async throws -> (items: [AuditEvent], total: Int) {
        try await AuditQuery.events(for: actor, AuditFilter(entity: entity, entityID: entityID), page: page, per: per, on: db)
    }

    @Sendable func list(req: Request) async throws -> PageDTO<EventDTO> {
        let actor = try req.requireUser()
        try UserAdmin.requireAdministrator(actor)
        let paging = try Paging(req)
        // The same filters as the audit page (actor, case number, action, Beijing days from/to), checked the
        // same way; a wrong one is a 400 naming it.
        // The API is strict where the page is lenient: a filter given empty is a mistake, not "all".
        for field in AuditFilterInput.Field.allCases {
            if let raw = req.query[String.self, at: field.rawValue], raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw AppError.badRequest("query.invalid", .init(zh: "参数 \(field.rawValue) 不能为空。", en: "Parameter \(field.rawValue) cannot be empty."),
                                          field: field.rawValue)
            }
        }
        var filter: AuditFilter
        do {
            filter = try AuditFilterInput(query: req).filter()
        } catch {
            throw AppError.badRequest("query.invalid", error.message, field: error.field.rawValue)
        }
        filter.entity = req.query[String.self, at: "entity"]
        filter.entityID = req.query[String.self, at: "entityId"]
        let result = try await AuditQuery.events(for: actor, filter, page: paging.page, per: paging.per, on: req.db)
        let decoder = JSONDecoder()
        let items = result.items.map { e in
            EventDTO(seq: e.id ?? 0, at: e.at, actor: e.actorName, action: e.action, entity: e.entity, entityId: e.entityID,
                     changes: (try? decoder.decode([String: AuditChange].self, from: Data(e.changes.utf8))) ?? [:], hash: e.hash)
        }
        return PageDTO(items: items, total: result.total, page: paging.page, per: paging.per)
    }

    struct VerifyDTO: Content {
        let intact: Bool
        let eventsChecked: Int
        let firstBrokenSeq: Int?
        let problem: String?
    }

    /// The whole chain spans every court, so only an administrator who sees everything may check it.
    @Sendable func verify(req: Request) async throws -> VerifyDTO {
        let actor = try req.requireUser()
        guard actor.role.administersUsers, actor.scope == .everything else { throw AppError.forbidden() }
        let report = try await AuditVerifier.verify(on: req.db)
        return VerifyDTO(intact: report.isIntact, eventsChecked: report.eventsChecked,
                         firstBrokenSeq: report.firstBrokenSeq, problem: report.problem)
    }
}
