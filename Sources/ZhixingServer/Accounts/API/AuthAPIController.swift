import Fluent
import Vapor

/// Bearer tokens: created with a username and password, listed and revoked by their owner.
struct AuthAPIController {
    struct CreateRequest: Content {
        let username: String
        let password: String
        let name: String?
        let expiresInDays: Int?
    }

    struct CreatedToken: Content {
        let id: UUID
        let token: String
        let name: String
        let expiresAt: Date
    }

    struct TokenDTO: Content {
        let id: UUID
        let name: String
        let expiresAt: Date
        let revoked: Bool
        let lastUsedAt: Date?
    }

    func register(public routes: any RoutesBuilder, protected: any RoutesBuilder) {
        routes.post(path: Paths.API.tokens, use: create)
        protected.get(path: Paths.API.tokens, use: list)
        protected.delete(path: Paths.API.tokenPattern, use: revoke)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let input = try req.content.decode(CreateRequest.self)
        let days = input.expiresInDays ?? 30
        guard (1...365).contains(days) else {
            throw AppError.badRequest("token.expiry", .init(zh: "有效期应为 1–365 天。", en: "Expiry must be 1 to 365 days."), field: "expiresInDays")
        }
        let name = (input.name ?? "api").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 100 else { throw AppError.required("name") }
        switch try await LoginService.attempt(username: input.username, password: input.password, ip: req.clientIP, on: req) {
        case .locked:
            throw AppError(status: .tooManyRequests, code: "login.locked", message: LoginService.lockedMessage)
        case .failed:
            throw AppError(status: .unauthorized, code: "login.failed", message: LoginService.failedMessage)
        case .success(let user):
            guard let userID = user.id else { throw AppError.unauthorized() }
            let (token, hash) = APITokens.generate(using: req.effects.secrets)
            let expires = req.now.addingTimeInterval(Double(days) * 86_400)
            let ownerPath = try await user.$organisation.get(on: req.db).path
            let row = APIToken(id: req.effects.ids.next(), userID: userID, name: name, tokenHash: hash, expiresAt: expires)
            try await req.db.writeTransaction { tx in
                try await row.create(on: tx)
                try await AuditLog.append(on: tx, at: req.now, actor: AuditActor(id: userID, name: user.username),
                                          action: "token.create", entity: "api_token", entityID: try row.requireID().uuidString,
                                          ownerPath: ownerPath, changes: ["name": .init(from: nil, to: name)])
            }
            let body = CreatedToken(id: try row.requireID(), token: token, name: name, expiresAt: expires)
            let response = try await body.encodeResponse(status: .created, for: req)
            response.headers.cacheControl = .init(noStore: true)
            return response
        }
    }

    @Sendable func list(req: Request) async throws -> [TokenDTO] {
        let user = try req.requireUser()
        return try await APIToken.query(on: req.db).filter(\.$user.$id == user.id).sort(\.$createdAt, .descending).all()
            .map { TokenDTO(id: try $0.requireID(), name: $0.name, expiresAt: $0.expiresAt, revoked: $0.revokedAt != nil, lastUsedAt: $0.lastUsedAt) }
    }

    @Sendable func revoke(req: Request) async throws -> HTTPStatus {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self),
              let token = try await APIToken.query(on: req.db).filter(\.$id == id).filter(\.$user.$id == user.id).first()
        else { throw AppError.notFound() }
        if token.revokedAt == nil {
            try await req.db.writeTransaction { tx in
                token.revokedAt = req.now
                try await token.save(on: tx)
                try await AuditLog.append(on: tx, at: req.now, actor: user.auditActor, action: "token.revoke", entity: "api_token",
                                          entityID: id.uuidString, ownerPath: user.organisationPath,
                                          changes: ["revoked": .init(from: "false", to: "true")])
            }
        }
        return .noContent
    }
}
