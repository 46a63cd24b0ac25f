import Fluent
import Vapor

/// Web log-in state: the session holds the user's id; each request loads the user afresh, so that
/// a deactivated account or a changed role takes effect at once.
struct SessionUserAuthenticator: AsyncMiddleware {
    static let userKey = "uid"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let raw = request.session.data[Self.userKey], let id = UUID(uuidString: raw) {
            if let user = try await CurrentUser.load(userID: id, on: request.db) {
                request.auth.login(user)
            } else {
                request.session.destroy()
            }
        }
        return try await next.respond(to: request)
    }
}

/// Pages that need a logged-in user send anyone else to the log-in page.
struct RequireWebUser: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(CurrentUser.self) else {
            let target = request.url.path + (request.url.query.map { "?\($0)" } ?? "")
            return request.redirect(to: Paths.login + "?next=" + (target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
        }
        return try await next.respond(to: request)
    }
}
