import Fluent
import Vapor

/// Web sessions (`WebSessionRecord`): made at log-in only, found by the hash of the cookie's token, ended by
/// log-out, expiry, or a change of the user's password. Before log-in nothing is stored on the server:
/// anonymous forms (log-in, the party portal) are protected by a double-submit cookie instead (`CSRF`).
enum WebSessions {
    static let cookieName = "zhixing_session"

    /// What a request knows of its session, and what the response must do with the cookies.
    struct State: Sendable {
        var session: SessionInfo?
        var setCookie: (token: String, maxAge: Int)?
        var clearCookie = false
        var anonymousCSRF: String?
        var setAnonymousCSRF = false
    }

    struct SessionInfo: Sendable {
        let id: UUID
        let userID: UUID
        let csrfToken: String
        let flash: String?
    }

    struct StateKey: StorageKey { typealias Value = State }

    /// The signed-in session of a valid, unexpired cookie, or `nil`.
    static func find(token: String, now: Date, on db: any Database) async throws -> WebSessionRecord? {
        guard !token.isEmpty, token.count <= 200 else { return nil }
        return try await WebSessionRecord.query(on: db).filter(\.$tokenHash == APITokens.hash(token))
            .filter(\.$expiresAt > now).first()
    }

    /// Starts a session for `userID` (after a successful log-in), ending the request's old one.
    static func start(userID: UUID, for req: Request) async throws {
        let effects = req.effects
        let (token, hash) = APITokens.generate(using: effects.secrets)
        let now = effects.clock.now()
        let hours = req.application.zhixingConfig.sessionHours
        let session = WebSessionRecord(tokenHash: hash, userID: userID, csrfToken: randomToken(using: effects.secrets), createdAt: now,
                                 expiresAt: now.addingTimeInterval(Double(hours) * 3600))
        session.id = effects.ids.next()
        let old = req.webSessionState.session?.id
        try await req.db.writeTransaction { tx in
            if let old { try await WebSessionRecord.query(on: tx).filter(\.$id == old).delete() }
            try await session.create(on: tx)
        }
        guard let id = session.id else { throw AppError.notFound() }
        req.webSessionState.session = SessionInfo(id: id, userID: userID, csrfToken: session.csrfToken, flash: nil)
        req.webSessionState.setCookie = (token, hours * 3600)
        req.webSessionState.clearCookie = false
    }

    /// Ends the request's session (log-out).
    static func end(for req: Request) async throws {
        if let id = req.webSessionState.session?.id {
            try await req.db.writeTransaction { tx in try await WebSessionRecord.query(on: tx).filter(\.$id == id).delete() }
        }
        req.webSessionState.session = nil
        req.webSessionState.clearCookie = true
    }

    /// Ends every session of a user, and revokes their API tokens: a changed or reset password must shut out
    /// whoever knew the old one. Called inside the transaction that changes the password.
    static func revokeAll(userID: UUID, at now: Date, on tx: any Database) async throws {
        try await WebSessionRecord.query(on: tx).filter(\.$user.$id == userID).delete()
        try await APIToken.query(on: tx).filter(\.$user.$id == userID).filter(\.$revokedAt == nil)
            .set(\.$revokedAt, to: now).update()
    }

    /// Deletes sessions past their expiry, forms kept past theirs (`FormDrafts`) and log-in attempts older than a day
    /// (the window is minutes).
    @discardableResult
    static func purge(now: Date, on db: any Database) async throws -> Int {
        let expired = try await WebSessionRecord.query(on: db).filter(\.$expiresAt <= now).count()
        try await db.writeTransaction { tx in
            try await WebSessionRecord.query(on: tx).filter(\.$expiresAt <= now).delete()
            try await LoginAttempt.query(on: tx).filter(\.$at < now.addingTimeInterval(-86_400)).delete()
            try await FormDraft.query(on: tx).filter(\.$expiresAt <= now).delete()
        }
        return expired
    }

    /// A message kept for the next page of this session only.
    static func setFlash(_ text: String?, for req: Request) async throws {
        guard let id = req.webSessionState.session?.id else { return }
        try await req.db.writeTransaction { tx in
            try await WebSessionRecord.query(on: tx).filter(\.$id == id).set(\.$flash, to: text).update()
        }
    }

    /// The flash message, removed as it is read.
    static func takeFlash(for req: Request) async throws -> String? {
        guard let info = req.webSessionState.session, let flash = info.flash else { return nil }
        try await setFlash(nil, for: req)
        req.webSessionState.session = SessionInfo(id: info.id, userID: info.userID, csrfToken: info.csrfToken, flash: nil)
        return flash
    }

    /// A CSRF token: 32 characters of URL-safe base64 (192 bits).
    static func randomToken(using secrets: SecretGenerator) -> String {
        secrets.string(length: 32, from: SecretGenerator.base64URL)
    }
}

extension Request {
    var webSessionState: WebSessions.State {
        get { storage[WebSessions.StateKey.self] ?? WebSessions.State() }
        set { storage[WebSessions.StateKey.self] = newValue }
    }
}

/// Web log-in state: the cookie's session is looked up and its user loaded afresh on each request, so
/// that a deactivated account, a changed role or a changed password takes effect at once. Sets and
/// clears the cookies the request asked for.
struct WebSessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[WebSessions.cookieName]?.string {
            // The session and its user in one query (`CredentialLookup`).
            if let session = try await CredentialLookup.session(ofToken: token, now: request.now, on: request.db) {
                request.auth.login(session.user)
                request.webSessionState.session = .init(id: session.id, userID: session.user.id, csrfToken: session.csrfToken, flash: session.flash)
            } else {
                request.webSessionState.clearCookie = true
            }
        }
        let response = try await next.respond(to: request)
        let state = request.webSessionState
        let secure = request.application.zhixingConfig.secureCookies
        if let (token, maxAge) = state.setCookie {
            response.cookies[WebSessions.cookieName] = HTTPCookies.Value(
                string: token, expires: nil, maxAge: maxAge, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
        } else if state.clearCookie {
            response.cookies[WebSessions.cookieName] = HTTPCookies.Value(
                string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
        }
        if state.setAnonymousCSRF, let token = state.anonymousCSRF {
            response.cookies[CSRFMiddleware.cookieName] = HTTPCookies.Value(
                string: token, expires: nil, maxAge: request.application.zhixingConfig.sessionHours * 3600, path: "/",
                isSecure: secure, isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }
}

/// Pages that need a logged-in user send anyone else to the log-in page.
struct RequireWebUser: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(CurrentUser.self) else {
            // A form posted after the session lapsed: what was typed is kept for the form page after the log-in.
            if let back = try await FormDrafts.keep(request, signedIn: nil) {
                return request.redirect(to: Paths.login + "?next=" + (back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""),
                                        redirectType: .normal)
            }
            let target = request.url.path + (request.url.query.map { "?\($0)" } ?? "")
            return request.redirect(to: Paths.login + "?next=" + (target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
        }
        return try await next.respond(to: request)
    }
}
