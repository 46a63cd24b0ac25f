import Fluent
import Vapor

/// `zhixing audit verify`
struct AuditCommandGroup: AsyncCommandGroup {
    let help = "Work with the audit log."
    var commands: [String: any AnyAsyncCommand] { ["verify": AuditVerifyCommand()] }
}

struct AuditVerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    let help = "Check the hash chain of the audit log; report the first broken link."

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareDatabase(app)
        let report = try await AuditVerifier.verify(on: app.db)
        if let seq = report.firstBrokenSeq {
            context.console.error("Audit chain BROKEN at event \(seq): \(report.problem ?? "")")
            context.console.error("\(report.eventsChecked) event(s) before it are intact.")
            throw ExitCode(1)
        }
        context.console.print("Audit chain intact: \(report.eventsChecked) event(s) checked.")
    }
}
