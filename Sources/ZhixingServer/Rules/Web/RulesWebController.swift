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
        /// The judge's form, with what was typed and its bad fields.
        let form: RuleFormPage?
        /// The facts the form built, for a developer to copy (empty when the JSON box was used).
        let builtJSON: String
        /// Whether the decision came from the form (the JSON box stays folded) or the JSON box (it opens).
        let fromJSON: Bool
        /// Whether the decision section shows (a decision, or the JSON box's error).
        let showDecision: Bool
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
        let example = RuleExamples.facts(for: engine.name, in: req.application)
        let values = RuleForm.named(engine.name).map { RuleFormValues.from(json: Data(example.utf8), form: $0) } ?? [:]
        return try await render(req, engine, facts: example, values: values)
    }

    /// The JSON box posts `facts`; the form posts its fields (and `add`, to show one more row of a list).
    @Sendable func decide(req: Request) async throws -> Response {
        let engine = try engine(req)
        var fields = try req.content.decode([String: String].self)
        fields["_csrf"] = nil
        let example = RuleExamples.facts(for: engine.name, in: req.application)
        guard let form = RuleForm.named(engine.name), fields["facts"] == nil else {
            let facts = fields["facts"] ?? ""
            do {
                let decision = try engine.decide(json: Data(facts.utf8), context: try await req.effects.calendars.ruleContext(on: req.db))
                return try await render(req, engine, facts: facts, values: nil, decision: decision, fromJSON: true)
            } catch let error as FieldError {
                return try await render(req, engine, facts: facts, values: nil, error: error, fromJSON: true)
            }
        }
        let outcome = try await RuleFormSubmission.submit(fields, form: form, engine: engine,
                                                          context: { try await req.effects.calendars.ruleContext(on: req.db) })
        switch outcome {
        case .addedRow(let values):
            return try await render(req, engine, facts: example, values: values)
        case .badFields(let values, let errors):
            return try await render(req, engine, facts: example, values: values, formErrors: errors)
        case .decided(let values, let decision, let built):
            return try await render(req, engine, facts: example, values: values, decision: decision, built: built)
        }
    }

    private func engine(_ req: Request) throws -> RuleEngine {
        guard let name = req.parameters.get("name"), let engine = RuleEngine.named(name) else { throw AppError.notFound() }
        return engine
    }

    /// `values`: the form as typed (`nil`: as the worked example fills it); `formErrors`: its bad fields, 400.
    private func render(_ req: Request, _ engine: RuleEngine, facts: String, values: [String: String]?, decision: Data? = nil,
                        error: FieldError? = nil, built: String = "", formErrors: [RuleFormError] = [],
                        fromJSON: Bool = false) async throws -> Response {
        let lang = req.language
        let table = req.application.localizer.table(lang)
        let formValues = values ?? RuleForm.named(engine.name).map {
            RuleFormValues.from(json: Data(RuleExamples.facts(for: engine.name, in: req.application).utf8), form: $0)
        } ?? [:]
        let formPage = RuleForm.named(engine.name).map {
            RuleFormPage(form: $0, values: formValues, errors: formErrors, language: lang, table: table)
        }
        let page = ExplorerPage(
            name: engine.name, title: engine.title.text(for: lang), action: Paths.rule(engine.name), facts: facts,
            decided: decision != nil, decision: decision.map { DecisionView(json: $0, language: lang) },
            decisionJSON: decision.map { String(decoding: $0, as: UTF8.self) } ?? "",
            error: error?.message.text(for: lang), errorField: error.flatMap { $0.field.isEmpty ? nil : $0.field },
            form: formPage, builtJSON: built, fromJSON: fromJSON || error != nil, showDecision: decision != nil || error != nil)
        let bad = error != nil || !formErrors.isEmpty
        return try await PageRenderer.render("Rules/rule", titleKey: "rules_title", data: page, for: req,
                                             status: bad ? .badRequest : .ok)
    }
}
