import Fluent
import Vapor

func registerCommands(_ app: Application) {
    app.asyncCommands.use(ImportCommandGroup(), as: "import")
    app.asyncCommands.use(AuditCommandGroup(), as: "audit")
    app.asyncCommands.use(SeedCommand(), as: "seed")
    app.asyncCommands.use(BenchCommand(), as: "bench")
}
