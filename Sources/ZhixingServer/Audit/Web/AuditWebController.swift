import Fluent
import Vapor

/// The audit log page for administrators.
struct AuditWebController {
    struct Row: Encodable, Sendable {
        let seq: Int
        let at: String
        let actor: String
        let action: String
        let record: String
        let changes: String
        let hash: String
    }

    struct ListPage: Encodable, Sendable {
        let events: [Row]
        let prev: String?
        let next: String?
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
            let changes = (try? decoder.decode([String: AuditChange].self, from: Data(e.changes.utf8))) ?? [:]
            let summary = changes.sorted { $0.key < $1.key }
                .map { "\($0.key): \($0.value.from ?? "∅") → \($0.value.to ?? "∅")" }.joined(separator: "; ")
            return Row(seq: e.id ?? 0, at: e.at, actor: e.actorName, action: e.action, record: "\(e.entity) \(e.entityID)",
                       changes: summary, hash: String(e.hash.prefix(12)))
        }
        let pages = max(1, (result.total + paging.per - 1) / paging.per)
        let canVerify = actor.scope == .everything
        let wantsVerify = canVerify && req.query[String.self, at: "verify"] == "1"
        let report = wantsVerify ? try await AuditVerifier.verify(on: req.db) : nil
        let data = ListPage(events: events,
                            prev: paging.page > 1 ? Paths.audit + "?page=\(paging.page - 1)" : nil,
                            next: paging.page < pages ? Paths.audit + "?page=\(paging.page + 1)" : nil,
                            total: result.total, canVerify: canVerify, verified: report != nil,
                            intact: report?.isIntact ?? false, problem: report?.problem, checked: report?.eventsChecked ?? 0)
        return try await PageRenderer.render("Audit/audit", titleKey: "audit_title", data: data, for: req)
    }
}
