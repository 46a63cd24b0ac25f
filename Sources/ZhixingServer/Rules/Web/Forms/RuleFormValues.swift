import Foundation

/// A form's values as the page holds them, by field id, filled from a worked example's JSON facts: each field
/// from the value at its key, each list with a row per item and one spare row.
enum RuleFormValues {
    static func from(json: Data, form: RuleForm) -> [String: String] {
        var values: [String: String] = [:]
        guard let root = try? JSONDecoder().decode(JSONValue.self, from: json) else { return values }
        fill(form.root, id: "", value: root, into: &values)
        return values
    }

    private static func fill(_ group: RuleGroup, id: String, value: JSONValue?, into values: inout [String: String]) {
        var members: [String: JSONValue] = [:]
        if case .object(let dict)? = value { members = dict }
        for item in group.items {
            switch item {
            case .field(let field):
                fill(field, id: RuleFormID.child(id, field.key), value: members[field.key], into: &values)
            case .group(let sub):
                let subID = RuleFormID.child(id, sub.key)
                if sub.repeats {
                    var rows: [JSONValue] = []
                    if case .array(let items)? = members[sub.key] { rows = Array(items.prefix(RuleForm.maxRows - 1)) }
                    values[RuleFormID.rows(subID)] = String(rows.count + 1)
                    for (index, row) in rows.enumerated() { fill(sub, id: RuleFormID.row(subID, index), value: row, into: &values) }
                    fill(sub, id: RuleFormID.row(subID, rows.count), value: nil, into: &values)
                } else {
                    fill(sub, id: subID, value: members[sub.key], into: &values)
                }
            }
        }
    }

    private static func fill(_ field: RuleField, id: String, value: JSONValue?, into values: inout [String: String]) {
        switch (field.control, value) {
        case (.checks, .array(let items)?):
            for case .string(let ticked) in items { values[RuleFormID.option(id, ticked)] = "on" }
        case (.list, .array(let items)?):
            values[id] = items.compactMap { item -> String? in
                if case .string(let text) = item { return text }
                return nil
            }.joined(separator: ", ")
        case (.flag, .bool(let flag)?):
            if flag { values[id] = "on" }
        case (.finding, .bool(let flag)?):
            values[id] = flag ? "true" : "false"
        case (_, .string(let text)?):
            values[id] = text
        case (_, .number(let number)?):
            values[id] = number
        default:
            break
        }
    }
}
