import Fluent
import Foundation
import ZhixingCore

/// A person (or an institution's API client) who logs in to Zhixing.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    /// Lower-case login name, unique.
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: String
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "active") var active: Bool
    /// Optimistic lock: every update bumps it; an update that names an older version is refused.
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, username: String, displayName: String, passwordHash: String, role: Role,
         organisationID: UUID, active: Bool = true) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role.rawValue
        self.$organisation.id = organisationID
        self.active = active
        self.version = 1
    }

    /// `role` as the core's role; an unknown stored role throws `StoredValueError` (never a default role).
    var userRole: Role { get throws { try stored(\.$role) } }

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $username, $displayName, $passwordHash, $role, $organisation, $active, $version, $createdAt, $updatedAt]
    }
}
