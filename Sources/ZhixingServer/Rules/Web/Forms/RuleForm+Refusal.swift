import ZhixingCore

extension RuleForm {
    /// 拒不执行判决、裁定罪: one referral's events, the transfer's documents and evidence, a private prosecution and
    /// the circumstances found (`RefusalRules.Facts`). The choices are the core's enums in the words of the
    /// provisions (Opinions 2025 Arts.3, 4, 13; NPCSC Interpretation 2002; Interpretation 2024 Arts.3-6, 10-11).
    /// Only in the JSON box: an event's outcome, extension days, custody and fast-track marks, and the performance
    /// of the duty after the refusal.
    static let refusal = RuleForm(root: RuleGroup(key: "", legend: nil, items: [
        .field(RuleField(key: "asOf", label: "rulesform_as_of", control: .date, required: true, hint: "rulesform_as_of_hint")),
        .group(RuleGroup(key: "events", legend: "rulesform_refusal_events", rowLabel: "rulesform_row_event", items: [
            .field(RuleField(key: "kind", label: "rulesform_event_kind",
                             control: .choice(RuleOption.all(RefusalEventKind.self) { .text($0.title) }), required: true)),
            .field(RuleField(key: "date", label: "rulesform_event_date", control: .date, required: true)),
            .field(RuleField(key: "actor", label: "rulesform_refusal_actor", control: .choice(RuleOption.all(RefusalOrgan.self) { .text($0.name) }))),
            .field(RuleField(key: "receivedOn", label: "rulesform_refusal_receivedOn", control: .date)),
            .field(RuleField(key: "note", label: "rulesform_event_note", control: .text)),
        ])),
        // Opinions 2025 Art.3 (documents) and Art.4 (evidence) of a transfer.
        .field(RuleField(key: "transferDocuments", label: "rulesform_refusal_transferDocuments",
                         control: .checks(RuleOption.all(TransferDocument.self) { .text($0.title) }))),
        .field(RuleField(key: "transferEvidence", label: "rulesform_refusal_transferEvidence",
                         control: .checks(RuleOption.all(TransferEvidence.self) { .text($0.title) }))),
        // Opinions 2025 Arts.11, 13.
        .group(RuleGroup(key: "privateProsecution", legend: "rulesform_refusal_privateProsecution", items: [
            .field(RuleField(key: "rightsInfringed", label: "rulesform_refusal_rightsInfringed", control: .finding)),
            .field(RuleField(key: "findingBy", label: "rulesform_refusal_findingBy", control: .text)),
            .field(RuleField(key: "materials", label: "rulesform_refusal_materials",
                             control: .checks(RuleOption.all(PrivateProsecutionMaterial.self) { .text($0.title) }))),
            .field(RuleField(key: "filedByRepresentative", label: "rulesform_refusal_filedByRepresentative", control: .flag(sendFalse: false))),
            .field(RuleField(key: "courtRequestedOtherMaterials", label: "rulesform_refusal_courtRequestedOtherMaterials",
                             control: .flag(sendFalse: false))),
        ])),
        // Criminal Law Art.313; Interpretation 2024 Arts.5, 10, 11.
        .group(RuleGroup(key: "circumstances", legend: "rulesform_refusal_circumstances", items: [
            .field(RuleField(key: "debtorKind", label: "rulesform_refusal_debtorKind",
                             control: .choice(RuleOption.all(RefusalDebtorKind.self, prefix: "party_kind_")))),
            .field(RuleField(key: "abilityToPerform", label: "rulesform_refusal_abilityToPerform", control: .finding)),
            .field(RuleField(key: "found", label: "rulesform_refusal_found",
                             control: .checks(RuleOption.all(RefusalCircumstance.self) { .text($0.title) }))),
            .field(RuleField(key: "foundBy", label: "rulesform_refusal_foundBy", control: .text)),
            .field(RuleField(key: "supportOrWagesJudgment", label: "rulesform_refusal_supportOrWagesJudgment", control: .flag(sendFalse: false))),
            .field(RuleField(key: "manifestlyMinorAndHarmless", label: "rulesform_refusal_manifestlyMinorAndHarmless", control: .finding)),
            .field(RuleField(key: "minorCircumstances", label: "rulesform_refusal_minorCircumstances", control: .finding)),
        ])),
    ]), jsonOnlyKey: "rulesform_json_only_refusal")
}
