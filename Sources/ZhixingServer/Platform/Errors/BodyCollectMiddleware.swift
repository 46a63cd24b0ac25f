import Vapor

/// Collects a request body (up to the routes' limit) before any middleware reads it. A large form
/// arrives in several chunks; without this, the CSRF and NUL checks would see no body at all.
struct BodyCollectMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.body.data == nil, ![.GET, .HEAD].contains(request.method) {
            let limit = request.application.routes.defaultMaxBodySize.value
            _ = try await request.body.collect(max: limit).get()
        }
        return try await next.respond(to: request)
    }
}
