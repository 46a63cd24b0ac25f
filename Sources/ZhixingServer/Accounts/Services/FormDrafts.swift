import Fluent
import Vapor

/// A form never loses what was typed, not even to an expired session (issue 9, item 5). When a form arrives
/// without a live session — or with a session but a stale CSRF token, after a log-in in another tab — its fields
/// (never `_csrf`, never a password) are kept for `lifetime` under a random one-time key (`FormDraft`), and the
/// browser goes to the log-in page with a `next` that returns to the form page with `?restore=<key>`. The page
/// shows the fields again for the user to check and send: nothing is replayed, nothing written.
///
/// Only for the user who typed them: a draft is bound to the user of the lapsed session when the browser still
/// sent its cookie, otherwise to the first user who logs in with its key; anyone else logging in with the key
/// discards it, and a page gives it only to its owner.
///
/// A route takes part with `keepsForm(returningTo:)`; its form page reads the fields with `take(for:user:)`.
enum FormDrafts {
    static let lifetime: TimeInterval = 30 * 60
    static let queryName = "restore"
    /// Forms larger than this are not kept (a filing with twenty parties is far below it).
    static let maxFields = 400
    static let maxBytes = 200_000

    /// Keeps the posted form of `req`, if its route takes part and the post came from this site; returns where the
    /// log-in should lead afterwards (the form page with the key), or `nil` when nothing was kept.
    /// `signedIn`: the user of the request's live session, if it has one (the token was stale, not the session).
    static func keep(_ req: Request, signedIn: UUID?) async throws -> String? {
        guard req.method == .POST, let page = req.route?.keptFormPage?(req), Paths.safeNext(page) != nil,
              isSameOrigin(req), let posted = try? req.content.decode([String: String].self) else { return nil }
        let fields = posted.filter { key, _ in key != CSRFMiddleware.fieldName && !key.lowercased().contains("password") }
        guard !fields.isEmpty, fields.count <= maxFields else { return nil }
        let json = String(decoding: try JSONEncoder().encode(fields), as: UTF8.self)
        guard json.utf8.count <= maxBytes else { return nil }
        var owner = signedIn
        if owner == nil { owner = try await lapsedSessionUser(of: req) }
        let key = WebSessions.randomToken(using: req.effects.secrets)
        let now = req.now
        let draft = FormDraft(id: req.effects.ids.next(), keyHash: APITokens.hash(key), userID: owner, page: page, fields: json,
                              createdAt: now, expiresAt: now.addingTimeInterval(lifetime))
        try await req.db.writeTransaction { tx in try await draft.create(on: tx) }
        return page + "?" + queryName + "=" + key
    }

    /// The user of the session cookie `req` carries when that session has lapsed (expired, not yet purged).
    static func lapsedSessionUser(of req: Request) async throws -> UUID? {
        guard let token = req.cookies[WebSessions.cookieName]?.string, !token.isEmpty, token.count <= 200 else { return nil }
        return try await WebSessionRecord.query(on: req.db).filter(\.$tokenHash == APITokens.hash(token)).first()?.$user.id
    }

    /// At log-in: binds the draft `next` names to `userID`, or discards it when it was kept for someone else
    /// (or has expired).
    static func claim(next: String, userID: UUID, now: Date, on db: any Database) async throws {
        guard let key = key(in: next), let draft = try await find(key, on: db) else { return }
        try await db.writeTransaction { tx in
            if draft.expiresAt <= now || (draft.userID != nil && draft.userID != userID) {
                try await draft.delete(on: tx)
            } else if draft.userID == nil {
                draft.userID = userID
                try await draft.update(on: tx)
            }
        }
    }

    /// The kept fields for this page (`?restore=<key>`), once: the draft is deleted as it is read. `nil` when there
    /// is none, it has expired, it belongs to another page, or it is not `user`'s (then it is discarded too).
    static func take(for req: Request, user: CurrentUser) async throws -> [String: String]? {
        guard let key = req.query[String.self, at: queryName], let draft = try await find(key, on: req.db) else { return nil }
        let mine = draft.userID == user.id && draft.expiresAt > req.now
        // The owner's draft for another page stays for that page; anything else that is not theirs goes.
        if mine, draft.page != req.url.path { return nil }
        try await req.db.writeTransaction { tx in try await draft.delete(on: tx) }
        guard mine else { return nil }
        return try? JSONDecoder().decode([String: String].self, from: Data(draft.fields.utf8))
    }

    private static func find(_ key: String, on db: any Database) async throws -> FormDraft? {
        guard !key.isEmpty, key.count <= 64 else { return nil }
        return try await FormDraft.query(on: db).filter(\.$keyHash == APITokens.hash(key)).first()
    }

    private static func key(in next: String) -> String? {
        URLComponents(string: next)?.queryItems?.first(where: { $0.name == queryName })?.value
    }

    /// A post this site's own page sent: the browser says so (`Sec-Fetch-Site: same-origin`), or, from a browser
    /// that does not send that header, the `Origin` is this host. A form another site makes a browser post is
    /// never kept, so no one can plant what a user finds typed in after their log-in.
    static func isSameOrigin(_ req: Request) -> Bool {
        if let site = req.headers.first(name: "Sec-Fetch-Site") { return site == "same-origin" }
        guard let origin = req.headers.first(name: .origin).flatMap(URLComponents.init(string:)), let host = origin.host,
              let sent = req.headers.first(name: .host) else { return false }
        return (origin.port.map { "\(host):\($0)" } ?? host).lowercased() == sent.lowercased()
    }
}

extension Route {
    /// This form's post keeps what was typed when the session has lapsed (`FormDrafts`); `page` names the form page
    /// the log-in returns to.
    @discardableResult
    func keepsForm(returningTo page: @escaping @Sendable (Request) -> String?) -> Route {
        userInfo["zhixing.keptFormPage"] = FormPageBox(page: page)
        return self
    }

    var keptFormPage: (@Sendable (Request) -> String?)? {
        (userInfo["zhixing.keptFormPage"] as? FormPageBox)?.page
    }
}

private struct FormPageBox: Sendable {
    let page: @Sendable (Request) -> String?
}
