import ZhixingCore

/// A rule set's form in the rules explorer: the questions a judge asks of it, as labelled fields, each at the
/// JSON key of the facts it fills. The form is data, so that one builder (`RuleFormFacts`) turns what was typed
/// into the facts, one reader (`RuleFormValues`) fills it from a worked example, and one page model
/// (`RuleFormPage`) renders it and marks a bad field. What a form does not ask stays in the JSON box.
struct RuleForm: Sendable {
    /// The facts themselves: a group with the empty key.
    let root: RuleGroup
    /// Keys of the words that say which facts only the JSON box takes.
    let jsonOnlyKey: String

    /// The form of each rule set, by name (`RuleEngine.name`).
    static func named(_ name: String) -> RuleForm? {
        switch name {
        case CalendarRules.name: .calendar
        case CompensationRules.name: .compensation
        case RefusalRules.name: .refusal
        case CreditRuleSet.name: .credit
        case EnforcementRules.name: .enforcement
        default: nil
        }
    }

    /// No list on a form is read or shown with more rows than this.
    static let maxRows = 30
}

/// What a choice says: a key of the string tables, or the words of the law the core's enum carries.
enum RuleLabel: Sendable {
    case key(String)
    case text(LocalizedText)

    func words(_ table: [String: String], language: String) -> String {
        switch self {
        case .key(let key): table[key] ?? key
        case .text(let text): text.text(for: language)
        }
    }
}

/// One choice of a select or of a list of checkboxes: its value in the facts and its words.
struct RuleOption: Sendable {
    let value: String
    let label: RuleLabel

    /// The cases of a core enum, in its order, each labelled by `label`.
    static func all<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ label: (E) -> RuleLabel) -> [RuleOption]
    where E.RawValue == String {
        E.allCases.map { RuleOption(value: $0.rawValue, label: label($0)) }
    }

    /// The cases of a core enum labelled by the key `prefix + rawValue`.
    static func all<E: RawRepresentable & CaseIterable>(_ type: E.Type, prefix: String) -> [RuleOption] where E.RawValue == String {
        all(type) { .key(prefix + $0.rawValue) }
    }
}

/// One question: the JSON key it fills, the key of its label, and how it is asked.
struct RuleField: Sendable {
    enum Control: Sendable {
        /// Text as typed (trimmed).
        case text
        /// A day, `<input type="date">`, sent as `YYYY-MM-DD`.
        case date
        /// An amount in yuan (元), parsed with the bounded `Money` parser; never negative.
        case money
        /// A whole number, 0 or more.
        case integer
        /// A number sent as text for the core to check (a share such as `0.4`).
        case decimal
        /// One of the choices (a select); empty is "not given".
        case choice([RuleOption])
        /// A checkbox; unticked sends `false` only when the facts need the key (`sendFalse`), else nothing.
        case flag(sendFalse: Bool)
        /// A court's finding that may not have been made yet: not found / yes / no.
        case finding
        /// Several checkboxes, a list of the values ticked.
        case checks([RuleOption])
        /// Several short values typed in one field, separated by commas (`A1, A2`).
        case list
    }

    let key: String
    let label: String
    let control: Control
    var required = false
    var hint: String? = nil
}

/// A group of questions: an object of the facts (a fieldset with its legend), or a list of rows (`repeats`).
struct RuleGroup: Sendable {
    let key: String
    /// The key of the group's legend; `nil` for the facts themselves.
    let legend: String?
    /// A list: each row one object, its legend `rowLabel` with `{n}`.
    var rowLabel: String? = nil
    /// The object (or list) is sent even when nothing in it was filled in (the facts require it).
    var sendEmpty = false
    let items: [RuleItem]

    var repeats: Bool { rowLabel != nil }
}

indirect enum RuleItem: Sendable {
    case field(RuleField)
    case group(RuleGroup)
}

/// The ids of the form: a field's id is its JSON path with `-` (`events-2-date`), which is also its name.
enum RuleFormID {
    static func child(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : parent + "-" + key }
    static func row(_ list: String, _ index: Int) -> String { list + "-" + String(index) }
    /// The hidden field that says how many rows of a list the page showed.
    static func rows(_ list: String) -> String { list + "-rows" }
    /// One checkbox of a list of checkboxes.
    static func option(_ field: String, _ value: String) -> String { field + "-" + value }
}
