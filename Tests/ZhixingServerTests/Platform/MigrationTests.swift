import Fluent
import SQLKit
import XCTVapor
import XCTest
@testable import ZhixingServer

/// Issue 8 part 2: migrations are numbered and frozen, their names pinned, so that moving files or
/// types never makes an existing database run one again.
final class MigrationTests: AppTestCase {
    override var seedsDemo: Bool { false }

    private func recordedNames() async throws -> [String] {
        guard let sql = app.db as? any SQLDatabase else { return [] }
        return try await sql.select().column("name").from("_fluent_migrations").orderBy("batch").orderBy("created_at").all()
            .map { try $0.decode(column: "name", as: String.self) }
    }

    func test_everyMigration_isRecordedUnderItsFrozenName_inOrder() async throws {
        let recorded = try await recordedNames()
        XCTAssertEqual(Set(recorded), Set(FrozenMigrations.names))
        XCTAssertEqual(recorded.count, FrozenMigrations.names.count, "no name twice")
    }

    /// The pinned names are the names Fluent gave these types before they were pinned (`String(reflecting:)`
    /// of the type in module ZhixingServer), so databases migrated by earlier releases match them.
    func test_pinnedNames_equalTheNamesEarlierReleasesRecorded() {
        let migrations: [(any Migration, String)] = [
            (CreateOrganisation(), String(reflecting: CreateOrganisation.self)),
            (CreateUser(), String(reflecting: CreateUser.self)),
            (CreateAPIToken(), String(reflecting: CreateAPIToken.self)),
            (CreateAuditEvent(), String(reflecting: CreateAuditEvent.self)),
            (CreateLoginAttempt(), String(reflecting: CreateLoginAttempt.self)),
            (CreateTeam(), String(reflecting: CreateTeam.self)),
            (CreateEnforcementCase(), String(reflecting: CreateEnforcementCase.self)),
            (CreateCaseListIndexes(), String(reflecting: CreateCaseListIndexes.self)),
        ]
        for (migration, reflected) in migrations { XCTAssertEqual(migration.name, reflected) }
        XCTAssertEqual(SessionRecord.migration.name, "Fluent.SessionRecord.Create")
    }

    /// `serve` refuses a database with a migration of this version not run (PostgreSQL is migrated by hand:
    /// the server would otherwise answer with 500s wherever a new column is read), naming `zhixing migrate`.
    func test_serve_refusesADatabaseItHasNotMigrated() async throws {
        try await app.ensureMigrated()
        let sql = try XCTUnwrap(app.db as? any SQLDatabase)
        let last = try XCTUnwrap(FrozenMigrations.names.last)
        try await sql.raw("DELETE FROM _fluent_migrations WHERE name = \(bind: last)").run()
        do {
            try await app.ensureMigrated()
            XCTFail("a database behind the code was served")
        } catch let exit as ExitCode {
            XCTAssertEqual(exit.code, 2)
        }
    }

    /// A database migrated by the release before the move (migrations 001-009, with a session row in
    /// Fluent's old table) takes the new migrations, and nothing runs twice.
    func test_aDatabaseMigratedBeforeTheMove_migratesCleanlyAfterIt() async throws {
        let fresh = try await TestApp.make(seedDemo: false, migrate: false)
        do {
            let old = Migrations()
            for migration: any Migration in [CreateOrganisation(), CreateUser(), CreateAPIToken(), CreateAuditEvent(), CreateLoginAttempt(),
                                             SessionRecord.migration, CreateTeam(), CreateEnforcementCase(), CreateCaseListIndexes()] {
                old.add(migration)
            }
            let migrator = Migrator(databases: fresh.databases, migrations: old, logger: fresh.logger, on: fresh.eventLoopGroup.next())
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            guard let sql = fresh.db as? any SQLDatabase else { throw XCTSkip("SQL database expected") }
            try await sql.raw("INSERT INTO _fluent_sessions (id, key, data) VALUES ('00000000-0000-0000-0000-000000000001', 'k', '{}')").run()
            try await sql.raw("INSERT INTO login_attempts (id, username_key, ip, at, success) VALUES ('00000000-0000-0000-0000-000000000002', 'portal:（2026）京0105执1号', '127.0.0.1', CURRENT_TIMESTAMP, false)").run()
            try await fresh.autoMigrate()
            let names = try await sql.select().column("name").from("_fluent_migrations").all()
                .map { try $0.decode(column: "name", as: String.self) }
            XCTAssertEqual(Set(names), Set(FrozenMigrations.names))
            XCTAssertEqual(names.count, FrozenMigrations.names.count)
            let purpose = try await sql.select().column("purpose").from("login_attempts").first()?.decode(column: "purpose", as: String.self)
            XCTAssertEqual(purpose, "portal", "old portal attempts are marked as such")
            let sessions = try await WebSessionRecord.query(on: fresh.db).count()
            XCTAssertEqual(sessions, 0)
        } catch {
            try await TestApp.shutdown(fresh)
            throw error
        }
        try await TestApp.shutdown(fresh)
    }
}
