import Vapor
import ZhixingCore

/// Linked cases, over the API and from the case page.
struct CaseLinksController {

    func register(api: any RoutesBuilder, web: any RoutesBuilder) {
        api.post(path: Paths.API.caseLinksPattern, use: createAPI)
        web.post(path: Paths.caseLinksPattern, use: createWeb)
    }

    @Sendable func createAPI(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let created = try await CaseLinks.create(from: id, try req.content.decode(CaseLinks.Input.self), as: user, effects: req.effects, on: req.db)
        return try await created.encodeResponse(status: .created, for: req)
    }

    @Sendable func createWeb(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        do {
            let created = try await CaseLinks.create(from: id, try req.content.decode(CaseLinks.Input.self), as: user, effects: req.effects, on: req.db)
            return req.redirect(to: Paths.enforcementCase(created.id), redirectType: .normal)
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            return try await CasesWebController().renderCase(req, id: id, user: user, error: error)
        }
    }
}
