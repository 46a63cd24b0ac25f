import Fluent
import Foundation

/// What was typed into a form whose post arrived without a live session (表单暂存): kept for `FormDrafts.lifetime`
/// under the hash of a random one-time key, so that the form page shows it again after the log-in. Kept in the
/// database, so that any server instance can give it back. Never the CSRF token, never a password.
final class FormDraft: Model, @unchecked Sendable {
    static let schema = "form_drafts"

    @ID(key: .id) var id: UUID?
    /// SHA-256 of the key the log-in redirect carries (`?restore=`); the key itself is not stored.
    @Field(key: "key_hash") var keyHash: String
    /// The user the form is kept for: the one of the lapsed session if it was known, else the first to log in
    /// with the key. `nil` until then.
    @OptionalField(key: "user_id") var userID: UUID?
    /// The path of the form page that shows the fields again (`/cases/new`, `/cases/<id>`).
    @Field(key: "page") var page: String
    /// The form's fields, a JSON object of strings.
    @Field(key: "fields") var fields: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(id: UUID, keyHash: String, userID: UUID?, page: String, fields: String, createdAt: Date, expiresAt: Date) {
        self.id = id
        self.keyHash = keyHash
        self.userID = userID
        self.page = page
        self.fields = fields
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $keyHash, $userID, $page, $fields, $createdAt, $expiresAt]
    }
}
