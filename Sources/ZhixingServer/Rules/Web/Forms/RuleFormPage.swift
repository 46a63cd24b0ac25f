import ZhixingCore

/// A bad field of one attempt: as typed (`FormProblem`), or as the core found it (`FieldError`, with its JSON path).
enum RuleFormError: Sendable {
    case form(id: String, problem: FormProblem)
    case core(FieldError, fieldForPath: [String: String])
}

/// A rule set's form as the page shows it: a flat list of items (a group or row opens, a field, an "add a row"
/// button, a group closes), since a template cannot recurse; every field with its value as typed, its label and its
/// error; the error summary on top, each line naming the field by its label and linking to it. A JSON path never
/// reaches the page.
struct RuleFormPage: Encodable, Sendable {
    struct Option: Encodable, Sendable {
        let id: String
        let value: String
        let label: String
        let selected: Bool
    }

    struct Item: Encodable, Sendable {
        /// `open`, `row`, `close`, `field` or `add`.
        let kind: String
        let id: String
        let label: String
        /// `text`, `date`, `money`, `number`, `decimal`, `select`, `checkbox` or `checks`.
        let control: String
        let value: String
        let options: [Option]
        let required: Bool
        var error: String?
        let hint: String?
        /// A list's hidden row count.
        let rows: Int?
        /// A row with nothing filled in, folded away under these words (as the filing form folds its spare row).
        var spare: String? = nil
        let testid: String
        /// The ids that describe the control (its unit, hint and error), for `aria-describedby`; `nil` for none.
        var describedBy: String? {
            let ids = [control == "money" ? id + "-unit" : nil, hint.map { _ in id + "-hint" }, error.map { _ in id + "-error" }].compactMap { $0 }
            return ids.isEmpty ? nil : ids.joined(separator: " ")
        }
        var isList: Bool { rows != nil }
        /// A date as a date picker, except when it came back bad: then as text, so that what was typed shows.
        var inputType: String { control == "date" && error == nil ? "date" : "text" }
        var opens: Bool { kind == "open" || kind == "row" }

        private enum CodingKeys: String, CodingKey {
            case kind, id, label, control, value, options, required, error, hint, rows, spare, testid, describedBy, isList, opens, inputType
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(id, forKey: .id)
            try c.encode(label, forKey: .label)
            try c.encode(control, forKey: .control)
            try c.encode(value, forKey: .value)
            try c.encode(options, forKey: .options)
            try c.encode(required, forKey: .required)
            try c.encodeIfPresent(error, forKey: .error)
            try c.encodeIfPresent(hint, forKey: .hint)
            try c.encodeIfPresent(rows, forKey: .rows)
            try c.encodeIfPresent(spare, forKey: .spare)
            try c.encode(testid, forKey: .testid)
            try c.encodeIfPresent(describedBy, forKey: .describedBy)
            try c.encode(isList, forKey: .isList)
            try c.encode(opens, forKey: .opens)
            try c.encode(inputType, forKey: .inputType)
        }
    }

    struct Problem: Encodable, Sendable {
        let text: String
        let href: String?
    }

    let items: [Item]
    let problems: [Problem]
    let problemsTitle: String?
    let jsonOnly: String

    init(form: RuleForm, values: [String: String], errors: [RuleFormError], language: String, table: [String: String]) {
        var walker = Walker(values: values, language: language, table: table)
        walker.walk(form.root, id: "", context: nil)
        var items = walker.items
        let labels = walker.labels
        func t(_ key: String) -> String { table[key] ?? key }
        func line(_ label: String, _ message: String) -> String {
            t("rulesform_error_line").replacingOccurrences(of: "{label}", with: label).replacingOccurrences(of: "{message}", with: message)
        }

        var messages: [String: [String]] = [:]
        var problems: [Problem] = []
        for error in errors {
            switch error {
            case .form(let id, let problem):
                let text = line(labels[id] ?? t("rulesform_field"), t(problem.key))
                messages[id, default: []].append(text)
                problems.append(Problem(text: text, href: "#" + id))
            case .core(let fieldError, let fieldForPath):
                let id = Self.field(for: fieldError.field, in: fieldForPath, labels: labels)
                let label = id.flatMap { labels[$0] } ?? t("rulesform_json_only_field")
                let core = fieldError.message.text(for: language)
                let text: String
                if fieldError.code == "field.required" {
                    text = line(label, t(FormProblem.required.key))
                } else if !fieldError.field.isEmpty, core.contains(fieldError.field) {
                    text = Self.withoutPaths(core.replacingOccurrences(of: fieldError.field, with: label))
                } else {
                    text = line(label, Self.withoutPaths(core))
                }
                if let id { messages[id, default: []].append(text) }
                problems.append(Problem(text: text, href: id.map { "#" + $0 }))
            }
        }
        for index in items.indices where items[index].kind == "field" || items[index].kind == "open" || items[index].kind == "row" {
            if let list = messages[items[index].id] { items[index].error = list.joined(separator: t("filing_error_separator")) }
        }
        self.items = items
        self.problems = problems
        problemsTitle = problems.isEmpty ? nil : t("filing_problems").replacingOccurrences(of: "{n}", with: String(problems.count))
        jsonOnly = t(form.jsonOnlyKey)
    }

    /// The field a JSON path is about: the value sent there, or else the nearest row, list or group it is in.
    static func field(for path: String, in fieldForPath: [String: String], labels: [String: String]) -> String? {
        var path = path
        while !path.isEmpty {
            if let id = fieldForPath[path], labels[id] != nil { return id }
            if path.hasSuffix("]"), let open = path.lastIndex(of: "[") {
                path = String(path[..<open])
            } else if let dot = path.lastIndex(of: ".") {
                path = String(path[..<dot])
            } else {
                path = ""
            }
        }
        return nil
    }

    /// A core message with any JSON path left in it (`acts[0].kind`, in a list of keys allowed) cut off: the
    /// page names fields by their labels only.
    static func withoutPaths(_ text: String) -> String {
        var out = text
        for open in ["（此处可用：", " (allowed here:"] {
            if let range = out.range(of: open) { out = String(out[..<range.lowerBound]) }
        }
        return out
    }

    /// Walks the form, making the items and the label of every field, row and group by id.
    private struct Walker {
        let values: [String: String]
        let language: String
        let table: [String: String]
        var items: [Item] = []
        var labels: [String: String] = [:]

        func t(_ key: String) -> String { table[key] ?? key }

        /// `context`: the row the group is in (第1项执行行为), which a field's label names first.
        mutating func walk(_ group: RuleGroup, id: String, context: String?) {
            for item in group.items {
                switch item {
                case .field(let field):
                    add(field, id: RuleFormID.child(id, field.key), context: context)
                case .group(let sub):
                    let subID = RuleFormID.child(id, sub.key)
                    let legend = sub.legend.map(t) ?? ""
                    labels[subID] = inRow(context, legend)
                    if let rowLabel = sub.rowLabel {
                        let count = RuleFormFacts.rowCount(values, list: subID)
                        items.append(open("open", subID, legend, rows: count))
                        for index in 0..<count {
                            let rowID = RuleFormID.row(subID, index)
                            let heading = t(rowLabel).replacingOccurrences(of: "{n}", with: String(index + 1))
                            labels[rowID] = inRow(context, heading)
                            let spare = RuleFormFacts(values: values).isBlank(sub, id: rowID)
                                ? t("rulesform_spare").replacingOccurrences(of: "{row}", with: heading) : nil
                            var row = open("row", rowID, heading, rows: nil)
                            row.spare = spare
                            items.append(row)
                            walk(sub, id: rowID, context: inRow(context, heading))
                            var close = open("close", rowID, "", rows: nil)
                            close.spare = spare
                            items.append(close)
                        }
                        if count < RuleForm.maxRows {
                            let add = t("rulesform_add").replacingOccurrences(of: "{row}", with: t(rowLabel).replacingOccurrences(of: "{n}", with: String(count + 1)))
                            items.append(Item(kind: "add", id: subID, label: add, control: "", value: "", options: [], required: false,
                                              error: nil, hint: nil, rows: nil, testid: "add-" + subID))
                        }
                        items.append(open("close", subID, "", rows: nil))
                    } else {
                        items.append(open("open", subID, legend, rows: nil))
                        walk(sub, id: subID, context: context)
                        items.append(open("close", subID, "", rows: nil))
                    }
                }
            }
        }

        func inRow(_ context: String?, _ label: String) -> String {
            guard let context else { return label }
            return t("rulesform_in_row").replacingOccurrences(of: "{row}", with: context)
                .replacingOccurrences(of: "{field}", with: FilingFields.lowerFirst(label))
        }

        func open(_ kind: String, _ id: String, _ label: String, rows: Int?) -> Item {
            Item(kind: kind, id: id, label: label, control: "", value: "", options: [], required: false, error: nil, hint: nil,
                 rows: rows, testid: (kind == "row" ? "row-" : "group-") + id)
        }

        mutating func add(_ field: RuleField, id: String, context: String?) {
            let label = t(field.label)
            labels[id] = inRow(context, label)
            let value = values[id] ?? ""
            var control = "text"
            var options: [Option] = []
            switch field.control {
            case .text, .list: control = "text"
            case .date: control = "date"
            case .money: control = "money"
            case .integer: control = "number"
            case .decimal: control = "decimal"
            case .choice(let choices):
                control = "select"
                options = [Option(id: id, value: "", label: t(field.required ? "filing_choose" : "rulesform_not_given"), selected: value.isEmpty)]
                    + choices.map { Option(id: id, value: $0.value, label: $0.label.words(table, language: language), selected: $0.value == value) }
            case .finding:
                control = "select"
                options = [("", "rulesform_finding_none"), ("true", "rulesform_finding_yes"), ("false", "rulesform_finding_no")].map {
                    Option(id: id, value: $0.0, label: t($0.1), selected: value == $0.0 || ($0.0.isEmpty && FormFlag.parse(value) == nil))
                }
            case .flag:
                control = "checkbox"
            case .checks(let choices):
                control = "checks"
                options = choices.map {
                    let optionID = RuleFormID.option(id, $0.value)
                    return Option(id: optionID, value: $0.value, label: $0.label.words(table, language: language),
                                  selected: FormFlag.isOn(values[optionID]))
                }
            }
            let shown = control == "checkbox" ? (FormFlag.isOn(value) ? "on" : "") : value
            items.append(Item(kind: "field", id: id, label: label, control: control, value: shown, options: options,
                              required: field.required, error: nil, hint: field.hint.map(t), rows: nil, testid: id))
        }
    }
}
