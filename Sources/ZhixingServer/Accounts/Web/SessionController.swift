import Fluent
import Vapor

/// Log-in, log-out and the language switch.
struct SessionController {
    struct LoginForm: Content {
        let username: String?
        let password: String?
        let next: String?
    }

    struct LoginPage: Encodable, Sendable {
        let username: String
        let next: String
        let error: String?
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.root, use: root)
        routes.get(path: Paths.login, use: showLogin)
        routes.post(path: Paths.login, use: login)
        routes.post(path: Paths.logout, use: logout)
        routes.get(path: Paths.languagePattern, use: switchLanguage)
    }

    @Sendable func root(req: Request) async throws -> Response {
        req.redirect(to: req.auth.has(CurrentUser.self) ? Paths.home : Paths.login)
    }

    @Sendable func showLogin(req: Request) async throws -> Response {
        if req.auth.has(CurrentUser.self) { return req.redirect(to: Paths.home) }
        let next = Paths.safeNext(req.query[String.self, at: "next"]) ?? Paths.home
        return try await PageRenderer.render("Accounts/login", titleKey: "login_title",
                                             data: LoginPage(username: "", next: next, error: nil), for: req)
    }

    @Sendable func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let username = form.username ?? ""
        let next = Paths.safeNext(form.next) ?? Paths.home
        let outcome = try await LoginService.attempt(username: username, password: form.password ?? "", ip: req.clientIP, on: req)
        switch outcome {
        case .success(let user):
            // A new session (and CSRF token) at every log-in: no fixation.
            let userID = try user.requireID()
            try await WebSessions.start(userID: userID, for: req)
            // A form kept across this log-in is this user's from now on, or discarded if it was someone else's.
            try await FormDrafts.claim(next: next, userID: userID, now: req.now, on: req.db)
            return req.redirect(to: next, redirectType: .normal)
        case .failed, .locked:
            let message = outcome.isLocked ? LoginService.lockedMessage : LoginService.failedMessage
            return try await PageRenderer.render(
                "Accounts/login", titleKey: "login_title",
                data: LoginPage(username: username, next: next, error: message.text(for: req.language)),
                for: req, status: outcome.isLocked ? .tooManyRequests : .unauthorized)
        }
    }

    @Sendable func logout(req: Request) async throws -> Response {
        req.auth.logout(CurrentUser.self)
        try await WebSessions.end(for: req)
        return req.redirect(to: Paths.login, redirectType: .normal)
    }

    @Sendable func switchLanguage(req: Request) async throws -> Response {
        let lang = Localizer.normalise(req.parameters.get("lang") ?? "")
        let response = req.redirect(to: Paths.safeNext(req.query[String.self, at: "next"]) ?? Paths.root, redirectType: .normal)
        response.cookies[Request.languageCookie] = HTTPCookies.Value(
            string: lang, expires: nil, maxAge: 60 * 60 * 24 * 365, path: "/",
            isSecure: req.application.zhixingConfig.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }
}

extension LoginService.Outcome {
    var isLocked: Bool {
        if case .locked = self { return true }
        return false
    }
}
