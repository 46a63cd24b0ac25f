import Vapor

/// The page a web user sees for an error: localised, with the status, never internals. It keeps the
/// navigation: a signed-in user sees their header and menu, also on an address no route matches (where
/// the session middleware never ran, so the session is read here, without changing it).
enum WebErrorPage {
    struct Data: Encodable, Sendable {
        let status: Int
        let code: String
        let message: String
        let field: String?
        let notFound: Bool
        let homeHref: String
        let signedIn: Bool
    }

    static func render(_ error: AppError, for req: Request) async -> Response {
        if error.status == .unauthorized {
            return req.redirect(to: Paths.login)
        }
        await signInFromCookie(req)
        let signedIn = req.auth.has(CurrentUser.self)
        let data = Data(status: Int(error.status.code), code: error.code,
                        message: error.message.text(for: req.language), field: error.field,
                        notFound: error.status == .notFound, homeHref: signedIn ? Paths.home : Paths.root, signedIn: signedIn)
        let titleKey = error.status == .notFound ? "error_not_found_title" : "error_title"
        if let response = try? await PageRenderer.render("Platform/error", titleKey: titleKey, data: data,
                                                         for: req, status: error.status) {
            return response
        }
        let response = Response(status: error.status, body: .init(string: data.message))
        response.headers.contentType = .plainText
        return response
    }

    /// The user of a valid session cookie, when the request has not been through `WebSessionMiddleware`.
    /// Nothing is written: an invalid cookie is simply not used.
    private static func signInFromCookie(_ req: Request) async {
        guard !req.auth.has(CurrentUser.self), let token = req.cookies[WebSessions.cookieName]?.string,
              let session = try? await WebSessions.find(token: token, now: req.now, on: req.db), let id = session.id,
              let user = try? await CurrentUser.load(userID: session.$user.id, on: req.db)
        else { return }
        req.auth.login(user)
        req.webSessionState.session = .init(id: id, userID: user.id, csrfToken: session.csrfToken, flash: nil)
    }
}
