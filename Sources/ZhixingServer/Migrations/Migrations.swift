import Fluent
import SQLKit
import Vapor

extension Application {
    /// Every migration, in order, one file each under `Migrations/NNN_Name.swift`. Never edit one that has
    /// landed: add a new one. Each pins its `name` (`FrozenMigrations.names` lists them, and a test checks
    /// both): Fluent records a migration by name, so a renamed type or module would run again on an
    /// existing database.
    func registerMigrations() {
        migrations.add(CreateOrganisation())          // 001
        migrations.add(CreateUser())                  // 002
        migrations.add(CreateAPIToken())              // 003
        migrations.add(CreateAuditEvent())            // 004
        migrations.add(CreateLoginAttempt())          // 005
        migrations.add(SessionRecord.migration)       // 006 (Fluent's own; its table is dropped by 011)
        migrations.add(CreateTeam())                  // 007
        migrations.add(CreateEnforcementCase())       // 008
        migrations.add(CreateCaseListIndexes())       // 009
        migrations.add(CreateHolidayYear())           // 010
        migrations.add(CreateWebSession())            // 011
        migrations.add(UpdateLoginAttemptPurpose())   // 012
        migrations.add(CreateCaseEntrustment())       // 013
        migrations.add(UpdateOrganisationContact())   // 014
        migrations.add(CreateCaseWorkQueues())        // 015
        migrations.add(CreateFormDraft())             // 016
        migrations.add(UpdateCaseListCoverage())      // 017
    }
}

extension Application {
    /// Refuses to serve a database this version has not migrated (PostgreSQL is migrated by hand,
    /// `zhixing migrate`): the server would answer its requests with 500s, one column at a time.
    func ensureMigrated() async throws {
        guard let sql = db as? any SQLDatabase else { return }
        struct Row: Decodable { let name: String }
        let recorded = Set((try? await sql.raw("SELECT name FROM _fluent_migrations").all(decoding: Row.self))?.map(\.name) ?? [])
        let missing = FrozenMigrations.names.filter { !recorded.contains($0) }
        guard missing.isEmpty else {
            logger.critical("""
                The database is behind this version of Zhixing: \(missing.count) migration(s) not run \
                (\(missing.joined(separator: ", "))). Run `zhixing migrate --yes` with the same DATABASE_URL first.
                """)
            throw ExitCode(2)
        }
    }
}

/// The names under which the migrations are recorded in `_fluent_migrations`, in order: frozen.
enum FrozenMigrations {
    static let names = [
        "ZhixingServer.CreateOrganisation",
        "ZhixingServer.CreateUser",
        "ZhixingServer.CreateAPIToken",
        "ZhixingServer.CreateAuditEvent",
        "ZhixingServer.CreateLoginAttempt",
        "Fluent.SessionRecord.Create",
        "ZhixingServer.CreateTeam",
        "ZhixingServer.CreateEnforcementCase",
        "ZhixingServer.CreateCaseListIndexes",
        "ZhixingServer.CreateHolidayYear",
        "ZhixingServer.CreateWebSession",
        "ZhixingServer.UpdateLoginAttemptPurpose",
        "ZhixingServer.CreateCaseEntrustment",
        "ZhixingServer.UpdateOrganisationContact",
        "ZhixingServer.CreateCaseWorkQueues",
        "ZhixingServer.CreateFormDraft",
        "ZhixingServer.UpdateCaseListCoverage",
    ]
}
