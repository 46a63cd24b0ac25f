import Vapor

/// Password hashing, injected (`Effects.passwords`): bcrypt's salt is random and its cost is
/// configuration, so a service hashes through the effects it was given, never through the application.
struct PasswordHasher: Sendable {
    private let hashPassword: @Sendable (String) async throws -> String
    private let verifyPassword: @Sendable (_ password: String, _ hash: String) async throws -> Bool

    init(hash: @escaping @Sendable (String) async throws -> String,
         verify: @escaping @Sendable (_ password: String, _ hash: String) async throws -> Bool) {
        self.hashPassword = hash
        self.verifyPassword = verify
    }

    func hash(_ password: String) async throws -> String { try await hashPassword(password) }

    func verify(_ password: String, hash: String) async throws -> Bool { try await verifyPassword(password, hash) }

    /// bcrypt at `cost`, run on `pool` (off the event loop).
    static func bcrypt(cost: Int, on pool: NIOThreadPool) -> PasswordHasher {
        PasswordHasher(hash: { password in try await Passwords.hash(password, cost: cost, on: pool) },
                       verify: { password, hash in try await Passwords.verify(password, hash: hash, on: pool) })
    }
}

/// bcrypt, run off the event loop.
enum Passwords {
    static func hash(_ password: String, cost: Int, on pool: NIOThreadPool) async throws -> String {
        try await pool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, hash: String, on pool: NIOThreadPool) async throws -> Bool {
        try await pool.runIfActive { (try? Bcrypt.verify(password, created: hash)) ?? false }
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

    /// bcrypt cost: 12 in production; tests lower it to keep the suite fast. `Effects.live` hashes at this
    /// cost; a test's own effects bring their own.
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
