import Fluent
import Foundation

/// A log-in attempt, kept to limit guessing (per account and per address).
final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "username_key") var usernameKey: String
    @Field(key: "ip") var ip: String
    @Field(key: "at") var at: Date
    @Field(key: "success") var success: Bool

    init() {}

    init(usernameKey: String, ip: String, at: Date, success: Bool) {
        self.usernameKey = usernameKey
        self.ip = ip
        self.at = at
        self.success = success
    }
}
