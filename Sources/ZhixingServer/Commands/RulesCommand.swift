import Foundation
import ZhixingCore

/// `zhixing rules <name> --input FILE|-`: prints the decision as JSON. Invalid input exits 2 with a
/// JSON error naming the field; an unknown rule set exits 2 too. Pure: no database, no server.
enum RulesCommand {
    static let usage = "usage: zhixing rules <\(RuleEngine.all.map(\.name).joined(separator: "|"))> --input FILE|-"

    /// Runs the command; returns the process exit code and what to print on stdout and stderr.
    static func run(_ args: [String], readStdin: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() })
        -> (code: Int32, stdout: String, stderr: String) {
        guard let name = args.first, !name.hasPrefix("-") else { return (2, "", usage) }
        guard let engine = RuleEngine.named(name) else {
            return (2, errorJSON(FieldError(field: "name", code: "rules.unknown", message: LocalizedText(
                zh: "未知的规则集：\(name)", en: "Unknown rule set: \(name)"))), usage)
        }
        guard let flag = args.firstIndex(where: { $0 == "--input" || $0 == "-i" }), flag + 1 < args.count else {
            return (2, "", usage)
        }
        let source = args[flag + 1]
        let data: Data
        if source == "-" {
            data = readStdin()
        } else if let contents = FileManager.default.contents(atPath: source) {
            data = contents
        } else {
            return (2, errorJSON(FieldError(field: "input", code: "input.unreadable", message: LocalizedText(
                zh: "无法读取输入文件：\(source)", en: "Cannot read the input file: \(source)"))), "")
        }
        do {
            let context = try RuleContextLoader.load()
            let decision = try engine.decide(json: data, context: context)
            return (0, String(decoding: decision, as: UTF8.self), "")
        } catch let error as FieldError {
            return (2, errorJSON(error), "")
        } catch {
            return (1, "", "internal error: \(error)")
        }
    }

    static func errorJSON(_ error: FieldError) -> String {
        struct Body: Encodable {
            struct Detail: Encodable {
                let code: String
                let message: String
                let messageZh: String
                let field: String?
            }
            let error: Detail
        }
        let body = Body(error: .init(code: error.code, message: error.message.en, messageZh: error.message.zh,
                                     field: error.field.isEmpty ? nil : error.field))
        return (try? JSONFacts.encode(body)).map { String(decoding: $0, as: UTF8.self) } ?? #"{"error":{"code":"internal"}}"#
    }
}
