import Fluent
import Vapor

/// `zhixing import courts FILE.csv`
struct ImportCommandGroup: AsyncCommandGroup {
    let help = "Import data files into the directory."
    var commands: [String: any AnyAsyncCommand] { ["courts": ImportCourtsCommand()] }
}

struct ImportCourtsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "CSV file: code,level,parent_code,name_zh,name_en")
        var file: String
    }

    let help = "Import courts from a CSV file; nothing is written if any row is wrong."

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            context.console.error("Cannot read \(signature.file)")
            throw ExitCode(2)
        }
        try await app.autoMigrateIfEmbedded()
        let summary = try await importCourts(csv: String(decoding: data, as: UTF8.self), app: app)
        if summary.errors.isEmpty {
            context.console.print("Imported courts: \(summary.created) created, \(summary.updated) updated, \(summary.unchanged) unchanged.")
        } else {
            for error in summary.errors { context.console.error(error.description) }
            context.console.error("\(summary.errors.count) error(s); nothing was imported.")
            throw ExitCode(2)
        }
    }
}

/// The plain function behind `zhixing import courts`, which tests call too.
func importCourts(csv: String, app: Application) async throws -> CourtImport.Summary {
    try await CourtImport.run(csv: csv, actor: .system("import courts"), at: app.effects.clock.now(), on: app.db)
}

struct ExitCode: Error, CustomStringConvertible {
    let code: Int32
    init(_ code: Int32) { self.code = code }
    var description: String { "exit \(code)" }
}

extension Application {
    /// The embedded database sets itself up: on SQLite, run pending migrations.
    func autoMigrateIfEmbedded() async throws {
        try await prepareDatabase(self)
        if zhixingConfig.databaseURL == nil { try await autoMigrate() }
    }
}
