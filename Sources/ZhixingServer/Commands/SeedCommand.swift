import SQLKit
import Vapor

/// `zhixing seed --cases N`: generates N deterministic demo cases (for benchmarks), on top of the
/// demo courts and users (seeded first if missing).
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "cases", help: "How many cases to generate")
        var cases: Int?
        @Option(name: "seed", help: "Generator seed (default 2026)")
        var seed: Int?
    }

    let help = "Generate demo cases for benchmarks: zhixing seed --cases 1000000"

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrateIfEmbedded()
        let count = signature.cases ?? 200
        guard count > 0, count <= 10_000_000 else {
            context.console.error("--cases must be between 1 and 10000000")
            throw ExitCode(2)
        }
        try await DemoSeed.run(on: app)
        let console = context.console
        let start = Date()
        let outcome = try await DemoCases.seed(count: count, on: app, seed: UInt64(signature.seed ?? 2026), batchSize: 1000) { done in
            if done % 50_000 == 0 {
                console.print("  \(done) cases, \(String(format: "%.0f", Double(done) / Date().timeIntervalSince(start))) cases/s")
            }
        }
        // Fresh statistics for the planner after a bulk load; on PostgreSQL also the visibility map
        // that lets a list page's ids come from an index-only scan.
        if let sql = app.db as? any SQLDatabase {
            if sql.dialect.name == "postgresql" {
                try await sql.raw("VACUUM ANALYZE enforcement_cases, case_parties, case_events, audit_events").run()
            } else {
                try await sql.raw("ANALYZE").run()
            }
        }
        let seconds = Date().timeIntervalSince(start)
        console.print("Generated \(outcome.created) cases in \(String(format: "%.1f", seconds)) s "
            + "(\(String(format: "%.0f", Double(outcome.created) / max(seconds, 0.001))) cases/s).")
    }
}
