import Fluent
import Foundation

/// A log-in attempt, kept to limit guessing (per account or case, and per address). Recorded as a
/// failure before the password is checked, and marked a success afterwards if it was one.
final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    /// What the attempt was for: staff log-in, or the party portal. They are counted apart.
    enum Purpose: String, Sendable { case staff, portal }

    @ID(key: .id) var id: UUID?
    /// The account (lower-cased user name) or, for the portal, the case tried (`portal:case:<id>`).
    @Field(key: "username_key") var usernameKey: String
    @Field(key: "ip") var ip: String
    @Field(key: "at") var at: Date
    @Field(key: "success") var success: Bool
    @Field(key: "purpose") var purpose: String

    init() {}

    init(usernameKey: String, ip: String, at: Date, success: Bool, purpose: Purpose) {
        self.usernameKey = usernameKey
        self.ip = ip
        self.at = at
        self.success = success
        self.purpose = purpose.rawValue
    }

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $usernameKey, $ip, $at, $success, $purpose]
    }
}
