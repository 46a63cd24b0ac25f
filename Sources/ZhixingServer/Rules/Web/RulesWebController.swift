import Vapor
import ZhixingCore

/// The rules explorer: for each rule set, fill in the facts and see the decision and its reasons,
/// each naming its article, in Chinese or English.
struct RulesWebController {
    struct IndexPage: Encodable, Sendable {
        let ruleSets: [Item]
    }

    struct Item: Encodable, Sendable {
        let href: String
        let name: String
        let title: String
    }

    struct ExplorerPage: Encodable, Sendable {
        let name: String
        let title: String
        let action: String
        let facts: String
        let decided: Bool
        let decision: DecisionView?
        let decisionJSON: String
        let error: String?
        let errorField: String?
    }

    struct Form: Content {
        let facts: String?
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.rules, use: index)
        routes.get(path: Paths.rulePattern, use: show)
        routes.post(path: Paths.rulePattern, use: decide)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let lang = req.language
        let items = RuleEngine.all.map { Item(href: Paths.rule($0.name), name: $0.name, title: $0.title.text(for: lang)) }
        return try await PageRenderer.render("Rules/rules", titleKey: "rules_title", data: IndexPage(ruleSets: items), for: req)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let engine = try engine(req)
        return try await render(req, engine, facts: RuleExamples.facts(for: engine.name, in: req.application), decision: nil, error: nil)
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let engine = try engine(req)
        let facts = try req.content.decode(Form.self).facts ?? ""
        do {
            let decision = try engine.decide(json: Data(facts.utf8), context: try await req.effects.calendars.ruleContext(on: req.db))
            return try await render(req, engine, facts: facts, decision: decision, error: nil)
        } catch let error as FieldError {
            return try await render(req, engine, facts: facts, decision: nil, error: error)
        }
    }

    private func engine(_ req: Request) throws -> RuleEngine {
        guard let name = req.parameters.get("name"), let engine = RuleEngine.named(name) else { throw AppError.notFound() }
        return engine
    }

    private func render(_ req: Request, _ engine: RuleEngine, facts: String, decision: Data?, error: FieldError?) async throws -> Response {
        let lang = req.language
        let page = ExplorerPage(
            name: engine.name, title: engine.title.text(for: lang), action: Paths.rule(engine.name), facts: facts,
            decided: decision != nil, decision: decision.map { DecisionView(json: $0, language: lang) },
            decisionJSON: decision.map { String(decoding: $0, as: UTF8.self) } ?? "",
            error: error?.message.text(for: lang), errorField: error.flatMap { $0.field.isEmpty ? nil : $0.field })
        return try await PageRenderer.render("Rules/rule", titleKey: "rules_title", data: page, for: req,
                                             status: error == nil ? .ok : .badRequest)
    }
}
