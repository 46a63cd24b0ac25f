import Foundation
import ZhixingCore

/// What one post of a rule set's form comes to: one more row of a list (the "add" button), the bad fields, or the
/// decision on the facts the form built, decided through the same `RuleEngine.decide(json:context:)` as the JSON
/// box and the API. The values are always the form as posted, so that the page shows exactly what was typed.
enum RuleFormSubmission {
    enum Outcome {
        case addedRow(values: [String: String])
        case badFields(values: [String: String], errors: [RuleFormError])
        case decided(values: [String: String], decision: Data, built: String)
    }

    /// `fields`: the form as posted (without its CSRF token); `context`: asked only when there is something to decide.
    static func submit(_ fields: [String: String], form: RuleForm, engine: RuleEngine,
                       context: () async throws -> RuleContext) async throws -> Outcome {
        var values = fields
        if let list = values.removeValue(forKey: "add") {
            // Only a list the page showed has a row count; a bound keeps the page small.
            let shown = RuleFormFacts.rowCount(values, list: list)
            if values[RuleFormID.rows(list)] != nil, shown < RuleForm.maxRows { values[RuleFormID.rows(list)] = String(shown + 1) }
            return .addedRow(values: values)
        }
        var builder = RuleFormFacts(values: values)
        guard let facts = builder.build(form) else {
            return .badFields(values: values, errors: builder.problems.map { .form(id: $0.id, problem: $0.problem) })
        }
        let json = try JSONFacts.encode(facts)
        do {
            let decision = try engine.decide(json: json, context: try await context())
            return .decided(values: values, decision: decision, built: String(decoding: json, as: UTF8.self))
        } catch let error as FieldError {
            return .badFields(values: values, errors: [.core(error, fieldForPath: builder.fieldForPath)])
        }
    }
}
