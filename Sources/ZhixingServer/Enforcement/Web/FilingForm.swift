import Vapor
import ZhixingCore

/// The filing form of the web page (立案表) as typed: flat fields, every value exactly as sent (never trimmed here:
/// a re-rendered form shows what was typed), with any number of applicants, debtors and agents.
///
/// Field names: the basis and filing fields by name (`basisIssuingBody`, `amountApplied`, …); a party row by its
/// prefix and field — the first applicant `applicantName`, the second `applicant2Name`, debtors `debtor…`, agents
/// `agent…` — so that the names are ids too (`FilingFields`). `applicantRows` (and `debtorRows`, `agentRows`) say how
/// many rows the page showed; the page shows one more, spare, row folded away, and a button `add=<group>` that
/// shows the form again with one more row and nothing lost. No script is needed.
struct FilingForm: Sendable, Equatable {
    enum Group: String, CaseIterable, Sendable {
        case applicant, debtor, agent

        /// The fields of one row, by suffix.
        var fields: [String] {
            switch self {
            case .applicant, .debtor: ["Kind", "Name", "IdentityNumber", "CreditCode", "Representative", "Phone", "Address"]
            case .agent: ["Name", "IdentityNumber", "Phone", "ActsFor"]
            }
        }

        /// A filing has at least one applicant and one debtor; agents are optional.
        var minimumRows: Int { self == .agent ? 0 : 1 }

        /// The prefix of row `index` (0-based): `applicant`, `applicant2`, …
        func prefix(_ index: Int) -> String { index == 0 ? rawValue : rawValue + String(index + 1) }

        /// The hidden field that counts the rows shown.
        var countField: String { rawValue + "Rows" }

        /// The list of `FilingInput` (and of error paths) this group fills.
        var inputList: String {
            switch self {
            case .applicant: "applicants"
            case .debtor: "debtors"
            case .agent: "agents"
            }
        }
    }

    /// The basis and filing fields, in the order of the page.
    static let topFields = ["basisKind", "basisIssuingBody", "basisDocumentNumber", "basisEffectiveOn", "basisAmountAwarded",
                            "basisObligations", "amountApplied", "filedOn", "firstInstance", "propertyInArea", "sameLevel"]
    /// No more rows of one group than this are read or shown.
    static let maxRows = 20

    /// The basis and filing fields as typed.
    var top: [String: String]
    /// Each group's rows as typed, each row by field suffix (`Name`, …).
    var rows: [Group: [[String: String]]]

    /// The empty form a clerk starts from: today's date, this court as the first-instance court.
    static func blank(today: LocalDate) -> FilingForm {
        FilingForm(top: ["filedOn": today.iso, "firstInstance": "on"],
                   rows: [.applicant: [[:]], .debtor: [[:]], .agent: []])
    }

    init(top: [String: String], rows: [Group: [[String: String]]]) {
        self.top = top
        self.rows = rows
    }

    /// The form as posted (or as kept across a log-in): the rows the page showed, and its spare row if typed into.
    init(fields: [String: String]) {
        top = fields.filter { Self.topFields.contains($0.key) }
        rows = [:]
        for group in Group.allCases {
            let shown = min(max(Int(fields[group.countField] ?? "") ?? group.minimumRows, 0), Self.maxRows)
            var list: [[String: String]] = []
            for index in 0..<min(shown + 1, Self.maxRows) {
                var row: [String: String] = [:]
                for field in group.fields { if let value = fields[group.prefix(index) + field] { row[field] = value } }
                // The spare row counts only when something was typed into it.
                if index < shown || !Self.isBlank(row) { list.append(row) }
            }
            rows[group] = list
        }
    }

    /// Whether nothing was typed into the row (its kind and whom an agent acts for are choices, not typing).
    static func isBlank(_ row: [String: String]) -> Bool {
        row.allSatisfy { field, value in
            field == "Kind" || field == "ActsFor" || value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
    }

    /// The rows with something typed in, in their order, at least each group's minimum; agents' `ActsFor` follows
    /// the party it named to its new place (or is emptied if that row was blank).
    func compacted() -> FilingForm {
        var copy = self
        var moved: [String: String] = [:]
        for group in Group.allCases {
            let list = rows[group] ?? []
            var kept: [[String: String]] = []
            for (index, row) in list.enumerated() where !Self.isBlank(row) {
                moved[group.prefix(index)] = group.prefix(kept.count)
                kept.append(row)
            }
            while kept.count < group.minimumRows { kept.append([:]) }
            copy.rows[group] = kept
        }
        copy.rows[.agent] = copy.rows[.agent]?.map { row in
            var row = row
            if let target = row["ActsFor"], !target.isEmpty { row["ActsFor"] = moved[target] ?? "" }
            return row
        }
        return copy
    }

    /// The same form with one more empty row in `group` (the "add another" button), unless it has `maxRows`.
    func adding(_ group: Group) -> FilingForm {
        var copy = self
        var list = rows[group] ?? []
        if list.count < Self.maxRows { list.append([:]) }
        copy.rows[group] = list
        return copy
    }

    /// What the core is asked to file. Each party's kind decides which of its fields are read (`ValidFiling`).
    func input() -> FilingInput {
        func party(_ row: [String: String]) -> FilingInput.Party {
            FilingInput.Party(kind: row["Kind"].flatMap { $0.isEmpty ? nil : $0 } ?? Party.Kind.naturalPerson.rawValue,
                              name: row["Name"] ?? "", identityNumber: row["IdentityNumber"], creditCode: row["CreditCode"],
                              legalRepresentative: row["Representative"], phone: row["Phone"], address: row["Address"])
        }
        func actsFor(_ prefix: String?) -> String {
            for group in [Group.applicant, .debtor] {
                for index in 0..<(rows[group]?.count ?? 0) where group.prefix(index) == prefix {
                    return "\(group.inputList)[\(index)]"
                }
            }
            return ""
        }
        let agents = (rows[.agent] ?? []).map {
            FilingInput.Agent(name: $0["Name"] ?? "", identityNumber: $0["IdentityNumber"], phone: $0["Phone"], actsFor: actsFor($0["ActsFor"]))
        }
        return FilingInput(
            caseType: nil, filedOn: top["filedOn"].flatMap { $0.isEmpty ? nil : $0 },
            basis: .init(kind: top["basisKind"] ?? "", issuingBody: top["basisIssuingBody"] ?? "", documentNumber: top["basisDocumentNumber"] ?? "",
                         effectiveOn: top["basisEffectiveOn"], amountAwarded: top["basisAmountAwarded"], obligations: top["basisObligations"]),
            amountApplied: top["amountApplied"] ?? "", nonLitigation: nil,
            jurisdiction: .init(isFirstInstanceCourt: FormFlag.isOn(top["firstInstance"]), propertyInCourtArea: FormFlag.isOn(top["propertyInArea"]),
                                sameLevelAsFirstInstance: FormFlag.isOn(top["sameLevel"])),
            applicants: (rows[.applicant] ?? []).map(party), debtors: (rows[.debtor] ?? []).map(party),
            agents: agents.isEmpty ? nil : agents)
    }
}
