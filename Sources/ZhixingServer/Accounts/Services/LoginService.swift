import Fluent
import Vapor
import ZhixingCore

/// Checks a username and password, with rate limiting (`Throttle.staff`): `loginMaxFailures` failures for
/// one account, or twenty times as many from one address (a court's staff may share one), within the window.
/// One message for every failure, so that a caller cannot tell a wrong name from a wrong password
/// or a disabled account.
enum LoginService {
    enum Outcome: Sendable {
        case success(User)
        case failed
        case locked
    }

    static func attempt(username rawName: String, password: String, ip: String, on req: Request) async throws -> Outcome {
        let app = req.application
        let key = rawName.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let throttle = Throttle.staff(app.zhixingConfig)
        guard let attempt = try await throttle.begin(key: key, ip: ip, effects: req.effects, on: req.db) else { return .locked }
        let user = try await User.query(on: req.db).filter(\.$username == key).first()
        let ok = try await req.effects.passwords.verify(password, hash: user?.passwordHash ?? app.decoyPasswordHash)
        guard ok, let user, user.active else { return .failed }
        try await throttle.succeeded(attempt, on: req.db)
        return .success(user)
    }

    static let failedMessage = LocalizedText(zh: "用户名或密码不正确。", en: "Incorrect username or password.")
    static let lockedMessage = LocalizedText(zh: "尝试次数过多，请稍后再试。", en: "Too many attempts; please try again later.")
}

extension Request {
    /// The client address for rate limiting: the peer address (a proxy in front should be trusted explicitly).
    var clientIP: String { remoteAddress?.ipAddress ?? "unknown" }
}
