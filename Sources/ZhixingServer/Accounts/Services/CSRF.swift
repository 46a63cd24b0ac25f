import Vapor

/// Cross-site request forgery protection for every web form: a random token kept in the session
/// and sent back by each form as the hidden field `_csrf`. Unsafe methods without it are refused.
struct CSRFMiddleware: AsyncMiddleware {
    static let sessionKey = "csrf"
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if ![.GET, .HEAD, .OPTIONS].contains(request.method) {
            let sent = (try? request.content.get(String.self, at: Self.fieldName))
                ?? request.headers.first(name: "X-CSRF-Token")
            guard let expected = request.session.data[Self.sessionKey], let sent,
                  Self.constantTimeEqual(expected, sent) else {
                throw AppError(status: .forbidden, code: "csrf",
                               message: .init(zh: "表单已过期或来源无效，请刷新页面后重试。",
                                              en: "The form has expired or did not come from this site; reload the page and try again."))
            }
        }
        return try await next.respond(to: request)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// The session's CSRF token, made on first use.
    /// Empty outside the web's session middleware (e.g. a 404 page for an unknown path).
    var csrfToken: String {
        guard hasSession else { return "" }
        if let token = session.data[CSRFMiddleware.sessionKey] { return token }
        let token = [UInt8].random(count: 24).base64
        session.data[CSRFMiddleware.sessionKey] = token
        return token
    }
}
