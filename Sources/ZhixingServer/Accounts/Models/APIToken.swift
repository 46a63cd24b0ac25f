import Fluent
import Foundation

/// A bearer token for the API. Only its SHA-256 hash is stored; it expires and can be revoked.
final class APIToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, userID: UUID, name: String, tokenHash: String, expiresAt: Date) {
        self.id = id
        self.$user.id = userID
        self.name = name
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $user, $name, $tokenHash, $expiresAt, $revokedAt, $lastUsedAt, $createdAt]
    }
}
