import Fluent
import SQLKit
import Vapor

/// `/health`, `/metrics` and the OpenAPI document.
struct SystemController {
    struct Health: Content {
        let status: String
        let database: String
        let databaseOK: Bool
        let version: String
    }

    static let version = "0.1.0"

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.health, use: health)
        routes.get(path: Paths.metrics, use: metrics)
        routes.get(path: Paths.API.openAPI, use: openAPI)
    }

    @Sendable func health(req: Request) async throws -> Response {
        let kind = req.application.zhixingConfig.databaseURL == nil ? "sqlite" : "postgresql"
        var ok = true
        do {
            _ = try await Organisation.query(on: req.db).limit(1).count()
        } catch {
            ok = false
        }
        let body = Health(status: ok ? "ok" : "degraded", database: kind, databaseOK: ok, version: Self.version)
        return try await body.encodeResponse(status: ok ? .ok : .serviceUnavailable, for: req)
    }

    @Sendable func metrics(req: Request) async throws -> Response {
        let users = try await User.query(on: req.db).filter(\.$active == true).count()
        let events = try await AuditEvent.query(on: req.db).count()
        let text = req.application.metrics.render(now: req.now, extra: [
            ("zhixing_active_users", "Active user accounts.", Double(users)),
            ("zhixing_audit_events", "Audit events in the chain.", Double(events)),
        ])
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return response
    }

    @Sendable func openAPI(req: Request) async throws -> Response {
        let path = req.application.directory.resourcesDirectory + "OpenAPI/openapi.json"
        guard let data = FileManager.default.contents(atPath: path) else { throw AppError.notFound() }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = .json
        return response
    }
}
