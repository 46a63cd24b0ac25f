import Fluent
import Vapor

/// The audit log page for administrators.
struct AuditWebController {
    struct ListPage: Encodable, Sendable {
        let events: [AuditAPIController.EventDTO]
        let total: Int
        let canVerify: Bool
        let verified: Bool
        let intact: Bool
        let problem: String?
        let checked: Int
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.audit, use: list)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try UserAdmin.requireAdministrator(actor)
        let paging = try Paging(req, defaultPer: 100)
        let result = try await AuditAPIController.events(for: actor, entity: nil, entityID: nil, page: paging.page, per: paging.per, on: req.db)
        let decoder = JSONDecoder()
        let events = result.items.map { e in
            AuditAPIController.EventDTO(seq: e.id ?? 0, at: e.at, actor: e.actorName, action: e.action, entity: e.entity, entityId: e.entityID,
                                        changes: (try? decoder.decode([String: AuditChange].self, from: Data(e.changes.utf8))) ?? [:], hash: String(e.hash.prefix(12)))
        }
        let canVerify = actor.scope == .everything
        let wantsVerify = canVerify && req.query[String.self, at: "verify"] == "1"
        let report = wantsVerify ? try await AuditVerifier.verify(on: req.db) : nil
        let data = ListPage(events: events, total: result.total, canVerify: canVerify, verified: report != nil,
                            intact: report?.isIntact ?? false, problem: report?.problem, checked: report?.eventsChecked ?? 0)
        return try await PageRenderer.render("audit", titleKey: "audit_title", data: data, for: req)
    }
}
