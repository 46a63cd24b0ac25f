import Vapor
import ZhixingCore

/// `POST /api/v1/rules/{name}`: facts in, decision with reasons out. Pure: nothing is stored.
struct RulesAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.post(path: Paths.API.rulePattern, use: decide)
    }

    @Sendable func decide(req: Request) async throws -> Response {
        guard let name = req.parameters.get("name"), let engine = RuleEngine.named(name) else { throw AppError.notFound() }
        guard req.headers.contentType == .json else {
            throw AppError(status: .unsupportedMediaType, code: "unsupported_media_type",
                           message: .init(zh: "请以 JSON 提交事实。", en: "Send the facts as JSON."))
        }
        let body = req.body.data.map { Data(buffer: $0) } ?? Data()
        let decision = try engine.decide(json: body, context: try await req.effects.calendars.ruleContext(on: req.db))
        let response = Response(status: .ok, body: .init(data: decision))
        response.headers.contentType = .json
        return response
    }
}

/// Worked examples of facts, one per rule set, from `Resources/RuleExamples/<name>.json`.
enum RuleExamples {
    static func facts(for name: String, in app: Application) -> String {
        let path = app.directory.resourcesDirectory + "RuleExamples/\(name).json"
        return FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
