import Foundation

/// The one place where a filing's error path (`applicants[0].identityNumber`, `basis.issuingBody`, as `ValidFiling`,
/// the core and the API name fields) becomes the form field it is about — its id and name on the page
/// (`applicantIdentityNumber`) — and the words a user reads for it (第2位被执行人的居民身份证号码 / Debtor 2,
/// identity number). A page never shows a path.
enum FilingFields {
    /// A field of the form: its id (and name), and the key of its label in the string tables.
    struct Field: Equatable, Sendable {
        let id: String
        /// The party row it belongs to, if any: the group and the 0-based row.
        let row: (group: FilingForm.Group, index: Int)?
        let labelKey: String

        static func == (a: Field, b: Field) -> Bool {
            a.id == b.id && a.labelKey == b.labelKey && a.row?.group == b.row?.group && a.row?.index == b.row?.index
        }
    }

    /// The basis and filing fields: error path → (form field, label key).
    private static let top: [String: (String, String)] = [
        "basis.kind": ("basisKind", "case_basis_kind"),
        "basis.issuingBody": ("basisIssuingBody", "case_basis_issuer"),
        "basis.documentNumber": ("basisDocumentNumber", "case_basis_number"),
        "basis.effectiveOn": ("basisEffectiveOn", "case_basis_effective"),
        "basis.amountAwarded": ("basisAmountAwarded", "case_basis_amount"),
        "basis.obligations": ("basisObligations", "case_basis_obligations"),
        "amountApplied": ("amountApplied", "cases_applied"),
        "filedOn": ("filedOn", "cases_filed_on"),
        "jurisdiction": ("firstInstance", "filing_jurisdiction"),
        "jurisdiction.isFirstInstanceCourt": ("firstInstance", "case_jurisdiction_first"),
        "jurisdiction.propertyInCourtArea": ("propertyInArea", "case_jurisdiction_property"),
        "jurisdiction.sameLevelAsFirstInstance": ("sameLevel", "case_jurisdiction_level"),
    ]

    /// A party's or agent's field: error path component → (form suffix, label key).
    private static let partyFields: [String: (String, String)] = [
        "kind": ("Kind", "party_kind"),
        "name": ("Name", "party_name"),
        "identityNumber": ("IdentityNumber", "filing_identity_number"),
        "creditCode": ("CreditCode", "filing_credit_code"),
        "legalRepresentative": ("Representative", "filing_representative"),
        "phone": ("Phone", "party_phone"),
        "address": ("Address", "party_address"),
        "actsFor": ("ActsFor", "filing_acts_for"),
    ]

    /// The form field an error path is about; `nil` for what the form does not ask (the case type, say).
    static func field(for path: String) -> Field? {
        if let known = top[path] { return Field(id: known.0, row: nil, labelKey: known.1) }
        for group in FilingForm.Group.allCases {
            let list = group.inputList
            if path == list {  // "no applicants at all": the first row's name
                return Field(id: group.prefix(0) + "Name", row: (group, 0), labelKey: "party_name")
            }
            guard path.hasPrefix(list + "["), let close = path.firstIndex(of: "]") else { continue }
            let indexText = path[path.index(path.startIndex, offsetBy: list.count + 1)..<close]
            guard let index = Int(indexText), index >= 0, index < FilingForm.maxRows else { return nil }
            let rest = path[path.index(after: close)...]
            guard rest.hasPrefix("."), let known = partyFields[String(rest.dropFirst())], group.fields.contains(known.0) else { return nil }
            return Field(id: group.prefix(index) + known.0, row: (group, index), labelKey: known.1)
        }
        return nil
    }

    /// A party row's heading: 第2位被执行人 / Debtor 2.
    static func rowLabel(_ group: FilingForm.Group, _ index: Int, table: [String: String]) -> String {
        (table["filing_row_" + group.rawValue] ?? group.rawValue + " {n}").replacingOccurrences(of: "{n}", with: String(index + 1))
    }

    /// What a user reads for the field: its label, in its row where it has one (第2位被执行人的居民身份证号码 /
    /// Debtor 2, identity number).
    static func label(_ field: Field, table: [String: String]) -> String {
        let name = table[field.labelKey] ?? field.labelKey
        guard let row = field.row else { return name }
        return (table["filing_label_in_row"] ?? "{row}, {field}")
            .replacingOccurrences(of: "{row}", with: rowLabel(row.group, row.index, table: table))
            .replacingOccurrences(of: "{field}", with: lowerFirst(name))
    }

    /// The message a page shows for an error: the field's words, then what is wrong with it (a missing field says
    /// so in words, never with its path). `nil` field: the error's own message.
    static func message(for error: AppError, field: Field?, language: String, table: [String: String]) -> String {
        let what = error.code == "field.required" ? (table["filing_error_required"] ?? "required") : error.message.text(for: language)
        guard let field else { return what }
        return (table["filing_error_line"] ?? "{label}: {message}")
            .replacingOccurrences(of: "{label}", with: label(field, table: table))
            .replacingOccurrences(of: "{message}", with: lowerFirst(what))
    }

    /// `Identity number` → `identity number` inside an English sentence; Chinese is unchanged (no case), and so is a
    /// word in capitals (`ID`).
    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase, !(text.dropFirst().first?.isUppercase ?? false) else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
