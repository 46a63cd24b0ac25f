import Fluent
import SQLKit
import Vapor
import XCTVapor
import XCTest
@testable import ZhixingServer

/// Boots the application for one test on a fresh database: a new SQLite file, or — when
/// `ZHIXING_TEST_DATABASE_URL` is set (CI does) — an emptied PostgreSQL schema.
enum TestApp {
    static let fixedNow = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["ZHIXING_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func make(seedDemo: Bool = true, migrate: Bool = true, clock: AppClock = .fixed(fixedNow),
                     configure adjust: (inout AppConfig) -> Void = { _ in }) async throws -> Application {
        let app = try await Application.make(.testing)
        app.effects = try effects(for: app, clock: clock)
        app.directory = DirectoryConfiguration(workingDirectory: packageRoot)
        var config = AppConfig(databaseURL: postgresURL, secureCookies: true)
        if postgresURL == nil {
            config.sqlitePath = FileManager.default.temporaryDirectory
                .appendingPathComponent("zhixing-test-\(UUID().uuidString).sqlite").path
        }
        adjust(&config)
        do {
            try await ZhixingServer.configure(app, config: config)
            try await prepareDatabase(app)
            if postgresURL != nil, let sql = app.db as? any SQLDatabase {
                try await sql.raw("DROP SCHEMA IF EXISTS public CASCADE").run()
                try await sql.raw("CREATE SCHEMA public").run()
            }
            if migrate { try await app.autoMigrate() }
            if seedDemo { try await DemoSeed.run(on: app) }
        } catch {
            try? await app.asyncShutdown()
            XCTFail("test app set-up failed: \(String(reflecting: error))")
            throw error
        }
        return app
    }

    /// The effects every server test runs with: `Effects.failing`, with the members tests need set —
    /// the fixed `clock`, ids counting up, secrets from a fixed seed, bcrypt at the lowest cost, and the
    /// shipped calendar; no PDF tool (`PDFRenderer.unavailable`: a document page then shows the install hint,
    /// and a test that downloads a PDF sets a fake or the real tool). `outbound` stays unset: a test that calls
    /// out must say what answers.
    static func effects(for app: Application, clock: AppClock) throws -> Effects {
        var effects = Effects.failing()
        effects.clock = clock
        effects.ids = .incrementing()
        effects.secrets = .seeded()
        effects.passwords = .bcrypt(cost: 4, on: app.threadPool)
        effects.calendars = try CalendarStore.load()
        effects.pdf = .unavailable()
        return effects
    }

    static func shutdown(_ app: Application) async throws {
        let path = app.zhixingConfig.databaseURL == nil ? app.zhixingConfig.sqlitePath : nil
        try await app.asyncShutdown()
        if let path {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }

    /// The package root (tests read `Resources/` from it), found from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path + "/"
    }()
}

/// A test case with a fresh app per test.
class AppTestCase: XCTestCase {
    var app: Application!

    var seedsDemo: Bool { true }

    override func setUp() async throws {
        try await super.setUp()
        app = try await TestApp.make(seedDemo: seedsDemo)
    }

    override func tearDown() async throws {
        if let app { try await TestApp.shutdown(app) }
        app = nil
        try await super.tearDown()
    }

    /// A bearer token for a demo user.
    func token(_ username: String, password: String = DemoSeed.password) async throws -> String {
        var token = ""
        try await app.test(.POST, "/api/v1/auth/tokens", beforeRequest: { req in
            try req.content.encode(["username": username, "password": password])
        }, afterResponse: { res async throws in
            XCTAssertEqual(res.status, .created, "token for \(username): \(res.body.string)")
            token = (try? res.content.get(String.self, at: "token")) ?? ""
        })
        return token
    }

    func userID(_ username: String) async throws -> UUID {
        let user = try await User.query(on: app.db).filter(\.$username == username).first()
        return try XCTUnwrap(user?.id, "no user \(username)")
    }

    /// Makes a user at an organisation directly (for fixtures beyond the demo set).
    @discardableResult
    func makeUser(_ username: String, role: Role, at code: String) async throws -> User {
        let org = try await Organisation.query(on: app.db).filter(\.$code == code).first()
        let orgID = try XCTUnwrap(org?.id, "no organisation \(code)")
        let hash = try await app.effects.passwords.hash(DemoSeed.password)
        let user = User(id: app.effects.ids.next(), username: username, displayName: username, passwordHash: hash, role: role, organisationID: orgID)
        try await user.create(on: app.db)
        return user
    }

    /// GET with a bearer token; returns status and body.
    /// POSTs `body` as JSON with a bearer token.
    func post(_ path: String, _ body: [String: Any], token: String) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.internalServerError, "")
        let data = try JSONSerialization.data(withJSONObject: body)
        try await app.test(.POST, path, headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                           body: ByteBuffer(data: data), afterResponse: { res async in result = (res.status, res.body.string) })
        return result
    }

    func get(_ path: String, token: String) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.internalServerError, "")
        try await app.test(.GET, path, headers: ["Authorization": "Bearer \(token)"], afterResponse: { res async in
            result = (res.status, res.body.string)
        })
        return result
    }
}

import ZhixingCore
