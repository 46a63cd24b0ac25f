import Fluent
import Vapor
import ZhixingCore

/// Users over the API: reads filtered by the caller's scope; writes for administrators.
struct UsersAPIController {
    struct CreateRequest: Content {
        let username: String
        let displayName: String
        let password: String
        let role: String
        let organisationCode: String
    }

    struct UpdateRequest: Content {
        let displayName: String?
        let role: String?
        let organisationCode: String?
        let active: Bool?
        let password: String?
        let version: Int
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.API.me, use: me)
        routes.get(path: Paths.API.users, use: list)
        routes.post(path: Paths.API.users, use: create)
        routes.get(path: Paths.API.userPattern, use: show)
        routes.patch(path: Paths.API.userPattern, use: update)
    }

    @Sendable func me(req: Request) async throws -> MeDTO { MeDTO(try req.requireUser()) }

    @Sendable func list(req: Request) async throws -> PageDTO<UserDTO> {
        let user = try req.requireUser()
        let paging = try Paging(req)
        let listing = try await UserAdmin.list(as: user, query: req.query[String.self, at: "q"], page: paging.page, per: paging.per, on: req.db)
        return PageDTO(items: try listing.users.map(UserDTO.init), total: listing.total, page: listing.page, per: listing.per)
    }

    @Sendable func show(req: Request) async throws -> UserDTO {
        let actor = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self),
              let user = try await UserAdmin.find(id, as: actor, on: req.db) else { throw AppError.notFound() }
        return try UserDTO(user)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try UserAdmin.requireAdministrator(actor)
        let input = try req.content.decode(CreateRequest.self)
        let user = try await UserAdmin.create(
            .init(username: input.username, displayName: input.displayName, password: input.password,
                  role: input.role, organisationCode: input.organisationCode),
            as: actor, effects: req.effects, on: req.db)
        return try await UserDTO(user).encodeResponse(status: .created, for: req)
    }

    @Sendable func update(req: Request) async throws -> UserDTO {
        let actor = try req.requireUser()
        try UserAdmin.requireAdministrator(actor)
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let input = try req.content.decode(UpdateRequest.self)
        let user = try await UserAdmin.update(
            id, .init(displayName: input.displayName, role: input.role, organisationCode: input.organisationCode,
                      active: input.active, password: input.password, version: input.version),
            as: actor, effects: req.effects, on: req.db)
        return try UserDTO(user)
    }
}
