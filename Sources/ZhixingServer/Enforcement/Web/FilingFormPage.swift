import ZhixingCore

/// The filing page's model: every field with its value as typed, its label, and its error if it has one; the
/// error summary on top, each line linking to its field. Built from a `FilingForm` and the errors of one attempt.
struct FilingFormPage: Encodable, Sendable {
    struct Option: Encodable, Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// One control: `text`, `date`, `select` or `checkbox`.
    struct Field: Encodable, Sendable {
        let id: String
        let label: String
        let control: String
        let value: String
        let options: [Option]
        /// Checked by the browser (`required`): always asked, whatever the kind.
        let required: Bool
        /// Marked as required (*): `required`, or required for the kind chosen (`aria-required`).
        let marked: Bool
        /// `person` or `organisation`: shown only for that kind of party.
        let only: String?
        let inputmode: String?
        let placeholder: String?
        let autocomplete: String?
        let error: String?
        let autofocus: Bool
    }

    struct Row: Encodable, Sendable {
        /// A party row's heading (第2位被执行人); `nil` for the basis and filing sections.
        let legend: String?
        let fields: [Field]
        /// The spare row's summary (添加第2位被执行人): folded away in a `<details>`, read only if something is typed.
        let spare: String?
        let testid: String
    }

    struct Group: Encodable, Sendable {
        let key: String
        let legend: String
        let hint: String?
        let countField: String?
        let count: Int
        let rows: [Row]
        let addLabel: String?
    }

    struct Problem: Encodable, Sendable {
        let text: String
        let href: String?
    }

    let action: String
    let groups: [Group]
    let problems: [Problem]
    let problemsTitle: String?
    let restored: Bool

    /// `errors`: the attempt's bad fields, in the order found; `added`: the group whose row the page just added.
    init(form: FilingForm, errors: [AppError], added: FilingForm.Group? = nil, restored: Bool = false,
         language: String, table: [String: String]) {
        func t(_ key: String) -> String { table[key] ?? key }
        var messages: [String: [String]] = [:]
        var problems: [Problem] = []
        for error in errors {
            let field = error.field.flatMap(FilingFields.field(for:))
            let text = FilingFields.message(for: error, field: field, language: language, table: table)
            if let field { messages[field.id, default: []].append(text) }
            problems.append(Problem(text: text, href: field.map { "#" + $0.id }))
        }
        func error(_ id: String) -> String? { messages[id].map { $0.joined(separator: t("filing_error_separator")) } }
        func text(_ id: String, _ label: String, value: String?, required: Bool = false, marked: Bool = false, only: String? = nil,
                  type: String = "text", inputmode: String? = nil, placeholder: String? = nil, autocomplete: String? = nil,
                  autofocus: Bool = false) -> Field {
            Field(id: id, label: label, control: type, value: value ?? "", options: [], required: required, marked: required || marked,
                  only: only, inputmode: inputmode, placeholder: placeholder, autocomplete: autocomplete, error: error(id), autofocus: autofocus)
        }
        func select(_ id: String, _ label: String, _ options: [Option], marked: Bool = false) -> Field {
            Field(id: id, label: label, control: "select", value: "", options: options, required: false, marked: marked, only: nil,
                  inputmode: nil, placeholder: nil, autocomplete: nil, error: error(id), autofocus: false)
        }
        /// A ticked box is one whose value was sent as a yes (`FormFlag`).
        func checkbox(_ id: String, _ label: String) -> Field {
            Field(id: id, label: label, control: "checkbox", value: FormFlag.isOn(form.top[id]) ? "on" : "", options: [], required: false, marked: false, only: nil,
                  inputmode: nil, placeholder: nil, autocomplete: nil, error: error(id), autofocus: false)
        }
        let top = form.top
        let basisKind = top["basisKind"] ?? ""
        let kinds = ExecutionBasisKind.allCases.map {
            Option(value: $0.rawValue, label: t("basis_kind_" + $0.rawValue), selected: basisKind == $0.rawValue)
        }
        let basis = Group(key: "basis", legend: t("case_basis"), hint: nil, countField: nil, count: 0, rows: [Row(legend: nil, fields: [
            select("basisKind", t("case_basis_kind"), kinds, marked: true),
            text("basisIssuingBody", t("case_basis_issuer"), value: top["basisIssuingBody"], required: true, placeholder: "北京市朝阳区人民法院"),
            text("basisDocumentNumber", t("case_basis_number"), value: top["basisDocumentNumber"], required: true, placeholder: "（2025）京0105民初1234号"),
            text("basisEffectiveOn", t("case_basis_effective"), value: top["basisEffectiveOn"], type: "date"),
            text("basisAmountAwarded", t("case_basis_amount"), value: top["basisAmountAwarded"], inputmode: "decimal", placeholder: "120000.00"),
            text("basisObligations", t("case_basis_obligations"), value: top["basisObligations"]),
        ], spare: nil, testid: "basis")], addLabel: nil)
        let filing = Group(key: "filing", legend: t("case_filing"), hint: nil, countField: nil, count: 0, rows: [Row(legend: nil, fields: [
            text("amountApplied", t("cases_applied"), value: top["amountApplied"], required: true, inputmode: "decimal", placeholder: "120000.00"),
            text("filedOn", t("cases_filed_on"), value: top["filedOn"], type: "date"),
            checkbox("firstInstance", t("case_jurisdiction_first")),
            checkbox("propertyInArea", t("case_jurisdiction_property")),
            checkbox("sameLevel", t("case_jurisdiction_level")),
        ], spare: nil, testid: "filing")], addLabel: nil)

        // Whom an agent may act for: the applicants and debtors of the form, by row and name as typed, and each
        // group's spare row (a party typed into it on this page).
        var parties: [(value: String, label: String)] = []
        for group in [FilingForm.Group.applicant, .debtor] {
            let list = form.rows[group] ?? []
            for (index, row) in (list + (list.count < FilingForm.maxRows ? [[:]] : [])).enumerated() {
                let name = row["Name"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                let heading = FilingFields.rowLabel(group, index, table: table)
                parties.append((group.prefix(index), name.isEmpty ? heading : heading + t("filing_name_separator") + name))
            }
        }

        func partyRow(_ group: FilingForm.Group, _ index: Int, _ row: [String: String], spare: Bool, focus: Bool) -> Row {
            let p = group.prefix(index)
            let first = index == 0
            let fields: [Field]
            if group == .agent {
                let target = row["ActsFor"] ?? ""
                let options = [Option(value: "", label: t("filing_choose"), selected: target.isEmpty)]
                    + parties.map { Option(value: $0.value, label: $0.label, selected: $0.value == target) }
                fields = [
                    select(p + "ActsFor", t("filing_acts_for"), options, marked: true),
                    text(p + "Name", t("party_name"), value: row["Name"], marked: true, autocomplete: "off", autofocus: focus),
                    text(p + "IdentityNumber", t("filing_identity_number"), value: row["IdentityNumber"], autocomplete: "off"),
                    text(p + "Phone", t("party_phone"), value: row["Phone"], type: "tel", autocomplete: "off"),
                ]
            } else {
                let kind = row["Kind"] == Party.Kind.organisation.rawValue ? Party.Kind.organisation : .naturalPerson
                let kinds = Party.Kind.allCases.map { Option(value: $0.rawValue, label: t("party_kind_" + $0.rawValue), selected: $0 == kind) }
                fields = [
                    select(p + "Kind", t("party_kind"), kinds, marked: true),
                    text(p + "Name", t("party_name"), value: row["Name"], required: first && !spare, marked: true, autocomplete: "off", autofocus: focus),
                    text(p + "IdentityNumber", t("filing_identity_number"), value: row["IdentityNumber"], marked: true, only: "person", autocomplete: "off"),
                    text(p + "CreditCode", t("filing_credit_code"), value: row["CreditCode"], marked: true, only: "organisation", autocomplete: "off"),
                    text(p + "Representative", t("filing_representative"), value: row["Representative"], marked: true, only: "organisation", autocomplete: "off"),
                    text(p + "Phone", t("party_phone"), value: row["Phone"], type: "tel", autocomplete: "off"),
                    text(p + "Address", t("party_address"), value: row["Address"], autocomplete: "off"),
                ]
            }
            let legend = FilingFields.rowLabel(group, index, table: table)
            return Row(legend: legend, fields: fields,
                       spare: spare ? t("filing_spare_" + group.rawValue).replacingOccurrences(of: "{n}", with: String(index + 1)) : nil,
                       testid: p)
        }

        var groups = [basis, filing]
        for group in FilingForm.Group.allCases {
            let list = form.rows[group] ?? []
            var rows = list.enumerated().map { index, row in
                partyRow(group, index, row, spare: false, focus: added == group && index == list.count - 1)
            }
            if list.count < FilingForm.maxRows { rows.append(partyRow(group, list.count, [:], spare: true, focus: false)) }
            groups.append(Group(key: group.rawValue, legend: t("filing_group_" + group.rawValue), hint: group == .agent ? t("filing_agent_hint") : nil,
                                countField: group.countField, count: list.count, rows: rows,
                                addLabel: list.count < FilingForm.maxRows ? t("filing_add_" + group.rawValue) : nil))
        }
        action = Paths.cases
        self.groups = groups
        self.problems = problems
        problemsTitle = problems.isEmpty ? nil : t("filing_problems").replacingOccurrences(of: "{n}", with: String(problems.count))
        self.restored = restored
    }
}
