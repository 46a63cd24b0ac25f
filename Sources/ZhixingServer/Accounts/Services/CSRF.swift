import Vapor

/// Cross-site request forgery protection for every web form: each form sends back a token as the hidden
/// field `_csrf` (or the `X-CSRF-Token` header). Signed in, the token is the session's, kept on the server;
/// before log-in (the log-in form, the party portal) it is a random value also set as a `SameSite=Strict`
/// cookie, which another site can neither read nor send (double submit) — so no session row is written
/// for anonymous visitors. Unsafe methods without a matching token are refused.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"
    static let cookieName = "zhixing_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if ![.GET, .HEAD, .OPTIONS].contains(request.method) {
            let sent = (try? request.content.get(String.self, at: Self.fieldName))
                ?? request.headers.first(name: "X-CSRF-Token")
            let expected = request.webSessionState.session?.csrfToken ?? request.cookies[Self.cookieName]?.string
            guard let expected, !expected.isEmpty, let sent, Self.constantTimeEqual(expected, sent) else {
                // Signed in, but the form's token is stale (a log-in in another tab renewed the session): what was
                // typed is kept for the form page, to check and send again (`FormDrafts`).
                if let user = request.auth.get(CurrentUser.self), let back = try await FormDrafts.keep(request, signedIn: user.id) {
                    return request.redirect(to: back, redirectType: .normal)
                }
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
    /// The token forms of this page send back: the session's when signed in; otherwise the anonymous
    /// double-submit cookie's, made (and set on the response) on first use.
    var csrfToken: String {
        if let session = webSessionState.session { return session.csrfToken }
        if let existing = webSessionState.anonymousCSRF ?? cookies[CSRFMiddleware.cookieName]?.string, existing.count == 32 {
            webSessionState.anonymousCSRF = existing
            return existing
        }
        let token = WebSessions.randomToken(using: effects.secrets)
        webSessionState.anonymousCSRF = token
        webSessionState.setAnonymousCSRF = true
        return token
    }
}
