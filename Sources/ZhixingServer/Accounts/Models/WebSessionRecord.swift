import Fluent
import Foundation

/// A signed-in browser (网页会话): created at log-in and only then, it lives until log-out, its
/// expiry (`ZHIXING_SESSION_HOURS` after log-in) or a change of the user's password, whichever
/// comes first. The cookie carries a random token; the table holds only its SHA-256 hash, so a
/// copy of the database opens no session. Kept in the database, so every server instance knows it.
final class WebSessionRecord: Model, @unchecked Sendable {
    static let schema = "web_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: User
    /// The token every form of this session sends back as `_csrf`.
    @Field(key: "csrf_token") var csrfToken: String
    /// A message shown once on the next page (the access code after a filing).
    @OptionalField(key: "flash") var flash: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(tokenHash: String, userID: UUID, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $tokenHash, $user, $csrfToken, $flash, $createdAt, $expiresAt]
    }
}
