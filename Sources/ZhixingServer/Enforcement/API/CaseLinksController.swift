import Vapor
import ZhixingCore

/// Linked cases and entrusting, over the API and from the case page.
struct CaseLinksController {
    struct EntrustInput: Content {
        let courtCode: String
        let version: Int
    }

    func register(api: any RoutesBuilder, web: any RoutesBuilder) {
        api.post(path: Paths.API.caseLinksPattern, use: createAPI)
        api.post(path: Paths.API.caseEntrustPattern, use: entrustAPI)
        web.post(path: Paths.caseLinksPattern, use: createWeb)
        web.post(path: Paths.caseEntrustPattern, use: entrustWeb)
    }

    @Sendable func createAPI(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let created = try await CaseLinks.create(from: id, try req.content.decode(CaseLinks.Input.self), as: user, app: req.application, on: req.db)
        return try await created.encodeResponse(status: .created, for: req)
    }

    @Sendable func entrustAPI(req: Request) async throws -> HTTPStatus {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let input = try req.content.decode(EntrustInput.self)
        try await CaseLinks.entrust(id, courtCode: input.courtCode, expectedVersion: input.version, as: user, app: req.application, on: req.db)
        return .noContent
    }

    @Sendable func createWeb(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        do {
            let created = try await CaseLinks.create(from: id, try req.content.decode(CaseLinks.Input.self), as: user, app: req.application, on: req.db)
            return req.redirect(to: Paths.enforcementCase(created.id), redirectType: .normal)
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            return try await CasesWebController().renderCase(req, id: id, user: user, error: error)
        }
    }

    struct EntrustForm: Content {
        let courtCode: String?
        let version: Int?
    }

    @Sendable func entrustWeb(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let form = try req.content.decode(EntrustForm.self)
        do {
            try await CaseLinks.entrust(id, courtCode: form.courtCode ?? "", expectedVersion: form.version ?? 0, as: user, app: req.application, on: req.db)
            return req.redirect(to: Paths.enforcementCase(id), redirectType: .normal)
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            return try await CasesWebController().renderCase(req, id: id, user: user, error: error)
        }
    }
}
