import Fluent
import Vapor
import ZhixingCore

/// Checks a username and password, with rate limiting: `loginMaxFailures` failures for one account,
/// or twenty times as many from one address (a court's staff may share one), within the window.
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
        let config = app.zhixingConfig
        let now = req.now
        let key = rawName.trimmingCharacters(in: .whitespaces).lowercased()
        let since = now.addingTimeInterval(-Double(config.loginWindowMinutes) * 60)

        let userFailures = try await LoginAttempt.query(on: req.db)
            .filter(\.$usernameKey == key).filter(\.$success == false).filter(\.$at >= since).count()
        let ipFailures = try await LoginAttempt.query(on: req.db)
            .filter(\.$ip == ip).filter(\.$success == false).filter(\.$at >= since).count()
        if userFailures >= config.loginMaxFailures || ipFailures >= config.loginMaxFailures * 20 {
            try await LoginAttempt(usernameKey: key, ip: ip, at: now, success: false).create(on: req.db)
            return .locked
        }

        let user = try await User.query(on: req.db).filter(\.$username == key).first()
        let ok = try await Passwords.verify(password, hash: user?.passwordHash ?? app.decoyPasswordHash, on: app)
        let success = ok && (user?.active ?? false)
        try await LoginAttempt(usernameKey: key, ip: ip, at: now, success: success).create(on: req.db)
        guard success, let user else { return .failed }
        return .success(user)
    }

    static let failedMessage = LocalizedText(zh: "用户名或密码不正确。", en: "Incorrect username or password.")
    static let lockedMessage = LocalizedText(zh: "尝试次数过多，请稍后再试。", en: "Too many attempts; please try again later.")
}

extension Request {
    /// The client address for rate limiting: the peer address (a proxy in front should be trusted explicitly).
    var clientIP: String { remoteAddress?.ipAddress ?? "unknown" }
}
