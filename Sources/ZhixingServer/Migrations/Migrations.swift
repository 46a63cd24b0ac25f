import Fluent
import Vapor

extension Application {
    /// Every migration, in order. Never edit one that has landed: add a new one.
    func registerMigrations() {
        migrations.add(CreateOrganisation())
        migrations.add(CreateUser())
        migrations.add(CreateAPIToken())
        migrations.add(CreateAuditEvent())
        migrations.add(CreateLoginAttempt())
        migrations.add(SessionRecord.migration)
        migrations.add(CreateTeam())
        migrations.add(CreateEnforcementCase())
        migrations.add(CreateCaseListIndexes())
        migrations.add(CreateHolidayYear())
    }
}
