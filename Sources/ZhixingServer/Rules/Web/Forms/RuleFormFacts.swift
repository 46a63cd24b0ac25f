import Foundation
import ZhixingCore

/// A value of the facts a form builds, typed: dates, amounts and numbers as the core's values, encoded by the
/// core's own JSON encoder (`JSONFacts.encode`), never by joining strings.
indirect enum FormFact: Encodable, Sendable {
    case object([String: FormFact])
    case array([FormFact])
    case string(String)
    case bool(Bool)
    case int(Int)
    case money(Money)
    case date(LocalDate)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .object(let members): try container.encode(members)
        case .array(let items): try container.encode(items)
        case .string(let text): try container.encode(text)
        case .bool(let flag): try container.encode(flag)
        case .int(let number): try container.encode(number)
        case .money(let money): try container.encode(money)
        case .date(let date): try container.encode(date)
        }
    }
}

/// What is wrong with a field as typed, before the core sees it.
enum FormProblem: String, Sendable {
    case required, date, amount, negative, integer, choice

    /// The key of its words in the string tables.
    var key: String { "rulesform_error_" + rawValue }
}

/// Builds the facts from a form as typed: every field parsed into its type, the bad ones collected (all of them,
/// by id), blank rows of a list skipped, and for every value sent the JSON path it went to and the field it came
/// from, so that a `FieldError` of the core (`events[0].date`) points back at the field it is about.
struct RuleFormFacts {
    let values: [String: String]
    private(set) var problems: [(id: String, problem: FormProblem)] = []
    /// JSON path of every value, row and list sent → the id of its field on the form.
    private(set) var fieldForPath: [String: String] = [:]

    init(values: [String: String]) {
        self.values = values
    }

    /// The facts, or `nil` with `problems` when a field is bad.
    mutating func build(_ form: RuleForm) -> FormFact? {
        let facts = object(form.root, id: "", path: "", always: true)
        return problems.isEmpty ? facts ?? .object([:]) : nil
    }

    /// The rows of a list the page showed (as posted in its hidden field), bounded.
    static func rowCount(_ values: [String: String], list id: String) -> Int {
        min(max(Int(values[RuleFormID.rows(id)] ?? "") ?? 1, 0), RuleForm.maxRows)
    }

    private func text(_ id: String) -> String { (values[id] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Whether nothing was filled into the group (or row) at `id`.
    func isBlank(_ group: RuleGroup, id: String) -> Bool {
        group.items.allSatisfy { item in
            switch item {
            case .field(let field): return isBlank(field, id: RuleFormID.child(id, field.key))
            case .group(let sub):
                let subID = RuleFormID.child(id, sub.key)
                return sub.repeats
                    ? (0..<Self.rowCount(values, list: subID)).allSatisfy { isBlank(sub, id: RuleFormID.row(subID, $0)) }
                    : isBlank(sub, id: subID)
            }
        }
    }

    private func isBlank(_ field: RuleField, id: String) -> Bool {
        switch field.control {
        case .flag: !FormFlag.isOn(values[id])
        case .checks(let options): !options.contains { FormFlag.isOn(values[RuleFormID.option(id, $0.value)]) }
        default: text(id).isEmpty
        }
    }

    private mutating func object(_ group: RuleGroup, id: String, path: String, always: Bool) -> FormFact? {
        // A row of a list is sent only when something was filled in (a list's `sendEmpty` is about the list).
        guard always || (group.sendEmpty && !group.repeats) || !isBlank(group, id: id) else { return nil }
        var members: [String: FormFact] = [:]
        for item in group.items {
            switch item {
            case .field(let field):
                let fieldID = RuleFormID.child(id, field.key)
                let fieldPath = Self.child(path, field.key)
                if let value = value(field, id: fieldID) {
                    members[field.key] = value
                    fieldForPath[fieldPath] = fieldID
                }
            case .group(let sub):
                let subID = RuleFormID.child(id, sub.key)
                let subPath = Self.child(path, sub.key)
                if sub.repeats {
                    var rows: [FormFact] = []
                    for index in 0..<Self.rowCount(values, list: subID) {
                        let rowID = RuleFormID.row(subID, index)
                        let rowPath = subPath + "[\(rows.count)]"
                        if let row = object(sub, id: rowID, path: rowPath, always: false) {
                            fieldForPath[rowPath] = rowID
                            rows.append(row)
                        }
                    }
                    if !rows.isEmpty || sub.sendEmpty {
                        members[sub.key] = .array(rows)
                        fieldForPath[subPath] = subID
                    }
                } else if let value = object(sub, id: subID, path: subPath, always: false) {
                    members[sub.key] = value
                    fieldForPath[subPath] = subID
                }
            }
        }
        return .object(members)
    }

    static func child(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The field's value in the facts, `nil` when not given (or bad, recorded in `problems`).
    private mutating func value(_ field: RuleField, id: String) -> FormFact? {
        let raw = text(id)
        if raw.isEmpty, !isBlankAllowed(field) {
            if field.required { problems.append((id, .required)) }
            return nil
        }
        switch field.control {
        case .text:
            return .string(raw)
        case .decimal:
            return .string(raw)
        case .date:
            guard let date = try? InputBounds.date(raw, field: id) else { problems.append((id, .date)); return nil }
            return .date(date)
        case .money:
            guard let money = try? Money(parsing: raw, field: id) else { problems.append((id, .amount)); return nil }
            guard !money.isNegative else { problems.append((id, .negative)); return nil }
            return .money(money)
        case .integer:
            guard raw.count <= 9, raw.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(raw) else {
                problems.append((id, .integer))
                return nil
            }
            return .int(number)
        case .choice(let options):
            guard options.contains(where: { $0.value == raw }) else { problems.append((id, .choice)); return nil }
            return .string(raw)
        case .finding:
            guard let flag = FormFlag.parse(raw) else { problems.append((id, .choice)); return nil }
            return .bool(flag)
        case .flag(let sendFalse):
            let on = FormFlag.isOn(values[id])
            return on ? .bool(true) : (sendFalse ? .bool(false) : nil)
        case .checks(let options):
            let ticked = options.filter { FormFlag.isOn(values[RuleFormID.option(id, $0.value)]) }
            if ticked.isEmpty {
                if field.required { problems.append((id, .required)) }
                return nil
            }
            return .array(ticked.map { .string($0.value) })
        case .list:
            let parts = raw.split(whereSeparator: { ",，、;；".contains($0) || $0.isWhitespace }).map(String.init)
            return .array(parts.map { .string($0) })
        }
    }

    /// Checkboxes are read by their own names, not by the field's.
    private func isBlankAllowed(_ field: RuleField) -> Bool {
        switch field.control {
        case .flag, .checks: true
        default: false
        }
    }
}
