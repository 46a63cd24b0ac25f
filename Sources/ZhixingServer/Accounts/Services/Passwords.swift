import Vapor

/// bcrypt, run off the event loop.
enum Passwords {
    static func hash(_ password: String, cost: Int, on app: Application) async throws -> String {
        try await app.threadPool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, hash: String, on app: Application) async throws -> Bool {
        try await app.threadPool.runIfActive { (try? Bcrypt.verify(password, created: hash)) ?? false }
    }


    /// Password policy: at least 10 characters, not all the same kind.
    static func check(_ password: String, field: String = "password") throws {
        let kinds = [password.contains(where: \.isLetter), password.contains(where: \.isNumber),
                     password.contains(where: { !$0.isLetter && !$0.isNumber })].filter { $0 }.count
        guard password.count >= 10, kinds >= 2 else {
            throw AppError.badRequest("password.weak", .init(
                zh: "密码至少 10 位，并包含字母、数字或符号中的两类。",
                en: "A password needs at least 10 characters of at least two kinds (letters, digits, symbols)."),
                field: field)
        }
    }
}

extension Application {
    private struct BcryptCostKey: StorageKey { typealias Value = Int }

    /// bcrypt cost: 12 in production; tests lower it to keep the suite fast.
    var bcryptCost: Int {
        get { storage[BcryptCostKey.self] ?? 12 }
        set { storage[BcryptCostKey.self] = newValue }
    }

    private struct DecoyKey: StorageKey { typealias Value = String }

    /// A hash of a random password at the configured cost, to verify against when the account does
    /// not exist, so that the time taken does not tell whether it does. Made at start-up.
    var decoyPasswordHash: String {
        get { storage[DecoyKey.self] ?? "" }
        set { storage[DecoyKey.self] = newValue }
    }
}
