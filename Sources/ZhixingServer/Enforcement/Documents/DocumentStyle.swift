import Vapor

/// The documents' style sheet (`Public/css/doc.css`), inlined into the HTML printed to PDF so that the tool
/// reads one self-contained file and fetches nothing.
enum DocumentStyle {
    static func css(for req: Request) async throws -> String {
        let path = req.application.directory.publicDirectory + "css/doc.css"
        return try await req.application.threadPool.runIfActive { try String(contentsOfFile: path, encoding: .utf8) }
    }
}
