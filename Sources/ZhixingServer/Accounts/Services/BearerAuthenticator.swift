import Crypto
import Fluent
import Vapor

/// API log-in: `Authorization: Bearer zx_...`. The token is looked up by its SHA-256 hash, with its user in
/// the same query (`CredentialLookup`); it must be neither expired nor revoked.
struct BearerUserAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization {
            if let user = try await CredentialLookup.user(ofToken: bearer.token, now: request.now, on: request.db) {
                request.auth.login(user)
            } else {
                throw AppError.unauthorized()
            }
        }
        return try await next.respond(to: request)
    }
}

/// API routes that need a caller.
struct RequireAPIUser: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(CurrentUser.self) else { throw AppError.unauthorized() }
        return try await next.respond(to: request)
    }
}

enum APITokens {
    static let prefix = "zx_"

    /// A new random token and its hash: 43 characters of URL-safe base64 (258 bits) after the prefix.
    static func generate(using secrets: SecretGenerator) -> (token: String, hash: String) {
        let token = prefix + secrets.string(length: 43, from: SecretGenerator.base64URL)
        return (token, hash(token))
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
