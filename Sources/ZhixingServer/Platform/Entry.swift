import Vapor

/// The entry point: `zhixing serve [--demo]`, `zhixing migrate`, `zhixing import courts FILE`,
/// `zhixing audit verify`, ... Parses the command line and hands over to the commands.
public enum Zhixing {
    public static func main(arguments: [String]) async throws {
        if arguments.count > 1, arguments[1] == "rules" {
            let result = RulesCommand.run(Array(arguments.dropFirst(2)))
            if !result.stdout.isEmpty { print(result.stdout) }
            if !result.stderr.isEmpty { FileHandle.standardError.write(Data((result.stderr + "\n").utf8)) }
            Foundation.exit(result.code)
        }
        let demo = arguments.contains("--demo")
        let args = arguments.filter { $0 != "--demo" }
        var env = try Environment.detect(arguments: args)
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        app.directory = locateDirectory()
        do {
            try await configure(app, config: .fromEnvironment(demo: demo))
            if let port = Environment.get("PORT").flatMap(Int.init) { app.http.server.configuration.port = port }
            if let host = Environment.get("ZHIXING_HOST") { app.http.server.configuration.hostname = host }
            let command = args.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"
            if command == "serve" {
                try await prepareDatabase(app)
                if app.zhixingConfig.databaseURL == nil || demo { try await app.autoMigrate() }
                try await app.ensureMigrated()
                if demo {
                    try await DemoSeed.run(on: app)
                    try await DemoCases.seed(count: 200, on: app)
                    try await DemoEntrustments.seed(on: app)
                    print(DemoSeed.loginTable())
                    print("Demo cases: 200 across 京0105, 京0108, 京0106, 沪0115, 粤0305; party-portal access code for all: \(DemoCases.accessCode); one case of 京0105 entrusted to 沪0115, in its inbox (judge.pudong)")
                }
                DeadlineJob.schedule(app, everyMinutes: Environment.get("ZHIXING_DEADLINE_JOB_MINUTES").flatMap(Int.init) ?? 15)
                SessionPurgeJob.schedule(app)
            }
            try await app.execute()
        } catch let exit as ExitCode {
            try await app.asyncShutdown()
            Foundation.exit(exit.code)
        } catch {
            app.logger.critical("zhixing: \(error)")
            try? await app.asyncShutdown()
            Foundation.exit(1)
        }
        try await app.asyncShutdown()
    }

    /// Where `Resources/` and `Public/` are: `ZHIXING_HOME`, else the working directory (Vapor's
    /// convention), else the package the executable was built in, so that `zhixing` runs from anywhere.
    static func locateDirectory() -> DirectoryConfiguration {
        let fm = FileManager.default
        func holdsResources(_ dir: String) -> Bool {
            fm.fileExists(atPath: (dir.hasSuffix("/") ? dir : dir + "/") + "Resources/Localization")
        }
        if let home = Environment.get("ZHIXING_HOME"), holdsResources(home) {
            return DirectoryConfiguration(workingDirectory: home)
        }
        let detected = DirectoryConfiguration.detect()
        if holdsResources(detected.workingDirectory) { return detected }
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            if holdsResources(url.path) { return DirectoryConfiguration(workingDirectory: url.path) }
            url.deleteLastPathComponent()
        }
        return detected
    }
}
