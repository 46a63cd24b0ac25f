import Vapor
import ZhixingCore

/// Teams and case assignment over the API.
struct TeamsAPIController {
    struct AssignInput: Content {
        let teamId: UUID
        let date: String?
        let version: Int
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.API.teams, use: list)
        routes.post(path: Paths.API.teams, use: create)
        routes.post(path: Paths.API.caseTeamPattern, use: assign)
    }

    @Sendable func list(req: Request) async throws -> [Teams.TeamDTO] {
        try await Teams.list(as: try req.requireUser(), on: req.db)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let team = try await Teams.create(try req.content.decode(Teams.NewTeam.self), as: user, effects: req.effects, on: req.db)
        try await team.$court.load(on: req.db)
        try await team.$judge.load(on: req.db)
        try await team.$assistant.load(on: req.db)
        try await team.$police.load(on: req.db)
        try await team.$clerk.load(on: req.db)
        return try await Teams.dto(team).encodeResponse(status: .created, for: req)
    }

    @Sendable func assign(req: Request) async throws -> HTTPStatus {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let input = try req.content.decode(AssignInput.self)
        let date = try input.date.map { try InputBounds.date($0, field: "date") } ?? LocalDate.inChina(req.now)
        try await Teams.assign(caseID: id, teamID: input.teamId, date: date, expectedVersion: input.version, as: user,
                               effects: req.effects, on: req.db)
        return .noContent
    }
}
