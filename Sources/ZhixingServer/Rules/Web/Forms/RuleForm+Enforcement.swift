import ZhixingCore

extension RuleForm {
    /// 执行案件: a case's filing, basis, jurisdiction and events (`EnforcementFacts`). Only in the JSON box: uncounted
    /// periods, time-limit extensions, the court's findings, objection and entrustment facts, the jurisdiction findings
    /// for arbitral awards and administrative decisions, and a measure's institution, account and amount.
    static let enforcement = RuleForm(root: RuleGroup(key: "", legend: nil, items: [
        // 案件类型代字 (SPC Standard on Case Types, 2015): the core's `CaseType`.
        .field(RuleField(key: "caseType", label: "rulesform_enforcement_caseType",
                         control: .choice(RuleOption.all(CaseType.self) { .key("rulesform_casetype_" + RuleForm.caseTypeKey($0)) }), required: true)),
        .field(RuleField(key: "filedOn", label: "cases_filed_on", control: .date, required: true)),
        .field(RuleField(key: "asOf", label: "rulesform_as_of", control: .date, required: true, hint: "rulesform_as_of_hint")),
        .field(RuleField(key: "amountApplied", label: "cases_applied", control: .money, required: true)),
        // 2006 Provisions Art.1: a non-litigation case has three months, not six.
        .field(RuleField(key: "nonLitigation", label: "rulesform_enforcement_nonLitigation", control: .flag(sendFalse: true))),
        .group(RuleGroup(key: "basis", legend: "case_basis", sendEmpty: true, items: [
            // 执行依据 (CPL 2023 Art.235, Art.244-245, Art.248): the core's `ExecutionBasisKind`.
            .field(RuleField(key: "kind", label: "case_basis_kind", control: .choice(RuleOption.all(ExecutionBasisKind.self, prefix: "basis_kind_")),
                             required: true)),
            .field(RuleField(key: "issuingBody", label: "case_basis_issuer", control: .text, required: true)),
            .field(RuleField(key: "documentNumber", label: "case_basis_number", control: .text, required: true)),
            .field(RuleField(key: "effectiveOn", label: "case_basis_effective", control: .date)),
            .field(RuleField(key: "amountAwarded", label: "case_basis_amount", control: .money)),
        ])),
        // CPL 2023 Art.235: which court enforces.
        .group(RuleGroup(key: "jurisdiction", legend: "filing_jurisdiction", sendEmpty: true, items: [
            .field(RuleField(key: "isFirstInstanceCourt", label: "case_jurisdiction_first", control: .flag(sendFalse: true))),
            .field(RuleField(key: "propertyInCourtArea", label: "case_jurisdiction_property", control: .flag(sendFalse: true))),
            .field(RuleField(key: "sameLevelAsFirstInstance", label: "case_jurisdiction_level", control: .flag(sendFalse: true))),
        ])),
        .group(RuleGroup(key: "events", legend: "rulesform_enforcement_events", rowLabel: "rulesform_row_event", sendEmpty: true, items: [
            .field(RuleField(key: "kind", label: "rulesform_event_kind",
                             control: .choice(RuleOption.all(EnforcementEventKind.self, prefix: "event_")), required: true)),
            .field(RuleField(key: "date", label: "rulesform_event_date", control: .date, required: true)),
            .field(RuleField(key: "amount", label: "rulesform_event_amount", control: .money, hint: "rulesform_event_amount_hint")),
            .field(RuleField(key: "propertyFound", label: "rulesform_event_propertyFound", control: .finding, hint: "rulesform_event_propertyFound_hint")),
            .field(RuleField(key: "note", label: "rulesform_event_note", control: .text)),
            .group(RuleGroup(key: "measure", legend: "rulesform_measure", items: [
                .field(RuleField(key: "id", label: "rulesform_measure_id", control: .text, required: true)),
                // 冻结、查封、扣押 (CPL 2023 Art.253-254; 2004 Provisions on Sealing, Seizing and Freezing).
                .field(RuleField(key: "kind", label: "rulesform_measure_kind",
                                 control: .choice(RuleOption.all(ControlMeasureKind.self, prefix: "measure_kind_")), required: true)),
                .field(RuleField(key: "asset", label: "rulesform_measure_asset",
                                 control: .choice(RuleOption.all(AssetKind.self, prefix: "asset_kind_")), required: true)),
                .field(RuleField(key: "rank", label: "rulesform_measure_rank",
                                 control: .choice(RuleOption.all(SealRank.self, prefix: "rank_")), required: true)),
                .field(RuleField(key: "startsOn", label: "rulesform_measure_startsOn", control: .date, required: true)),
                .field(RuleField(key: "termMonths", label: "rulesform_measure_termMonths", control: .integer)),
            ])),
        ])),
    ]), jsonOnlyKey: "rulesform_json_only_enforcement")

    /// The key of a case type's words (the raw value is its Chinese code, 执恢, not a key).
    static func caseTypeKey(_ type: CaseType) -> String {
        switch type {
        case .enforcement: "enforcement"
        case .restoredEnforcement: "restoredEnforcement"
        case .preservation: "preservation"
        case .objection: "objection"
        case .reconsideration: "reconsideration"
        case .supervision: "supervision"
        case .coordination: "coordination"
        case .requestForInstructions: "requestForInstructions"
        case .otherEnforcement: "otherEnforcement"
        case .courtCompensation: "courtCompensation"
        case .compensationCommittee: "compensationCommittee"
        case .compensationSupervision: "compensationSupervision"
        }
    }
}
