import ZhixingCore

extension RuleForm {
    /// 错误执行赔偿: the claim, the claimant, the enforcement, the reviews and the acts with their losses
    /// (`CompensationRules.Facts`, 法释〔2022〕3号). The choices are the core's enums. Only in the JSON box: the
    /// grounds for an early claim (Art.5 para.2), a claimant's outstanding debt and an assignment (Arts.3, 10, 17), the
    /// limitation's custody periods and obstacles, a later change of the basis (Art.8), a no-liability situation
    /// (Art.13 para.1), the court's fault that kept the claimant from proof (Art.9 para.1), an improper benefit (Art.11 para.1), and a loss's interest, stoppage, livelihood and other valuation fields.
    static let compensation = RuleForm(root: RuleGroup(key: "", legend: nil, items: [
        .field(RuleField(key: "asOf", label: "rulesform_as_of", control: .date, required: true, hint: "rulesform_as_of_hint")),
        .group(RuleGroup(key: "claim", legend: "rulesform_comp_claim", sendEmpty: true, items: [
            .field(RuleField(key: "filedOn", label: "rulesform_comp_claimFiledOn", control: .date, required: true)),
            .field(RuleField(key: "acceptedOn", label: "rulesform_comp_acceptedOn", control: .date)),
            // Arts.1, 18, 19: what the claim rests on.
            .field(RuleField(key: "basis", label: "rulesform_comp_basis",
                             control: .choice(RuleOption.all(CompensationRules.ClaimBasis.self, prefix: "rulesform_claimbasis_")), required: true)),
            .field(RuleField(key: "respondent", label: "rulesform_comp_respondent", control: .text)),
        ])),
        .group(RuleGroup(key: "claimant", legend: "rulesform_comp_claimant", sendEmpty: true, items: [
            .field(RuleField(key: "name", label: "party_name", control: .text, required: true)),
            // Arts.3, 10, 11: who claims.
            .field(RuleField(key: "role", label: "rulesform_comp_role",
                             control: .choice(RuleOption.all(CompensationRules.ClaimantRole.self, prefix: "rulesform_claimant_")), required: true)),
        ])),
        .group(RuleGroup(key: "enforcement", legend: "rulesform_comp_enforcement", sendEmpty: true, items: [
            .field(RuleField(key: "court", label: "rulesform_court", control: .text, required: true)),
            .field(RuleField(key: "caseNumber", label: "rulesform_case_number", control: .text)),
            .field(RuleField(key: "filedOn", label: "cases_filed_on", control: .date, required: true)),
            // Art.5 para.1: whether the enforcement procedure has ended.
            .field(RuleField(key: "status", label: "rulesform_comp_status",
                             control: .choice(RuleOption.all(CompensationRules.ProcedureStatus.self, prefix: "rulesform_status_")), required: true)),
            .field(RuleField(key: "endedOn", label: "rulesform_comp_endedOn", control: .date)),
            .field(RuleField(key: "entrustedTo", label: "rulesform_comp_entrustedTo", control: .text)),
            .field(RuleField(key: "debtor", label: "rulesform_comp_debtor", control: .text)),
        ])),
        .group(RuleGroup(key: "limitation", legend: "rulesform_comp_limitation", items: [
            .field(RuleField(key: "knewOn", label: "rulesform_comp_knewOn", control: .date)),
        ])),
        // Arts.6, 7: objection, reconsideration and supervision.
        .group(RuleGroup(key: "reviews", legend: "rulesform_comp_reviews", rowLabel: "rulesform_row_review", items: [
            .field(RuleField(key: "kind", label: "rulesform_comp_reviewKind",
                             control: .choice(RuleOption.all(CompensationRules.ReviewKind.self, prefix: "rulesform_review_")), required: true)),
            .field(RuleField(key: "actIds", label: "rulesform_comp_actIds", control: .list, hint: "rulesform_comp_actIds_hint")),
            .field(RuleField(key: "filedOn", label: "rulesform_comp_reviewFiledOn", control: .date, required: true)),
            .field(RuleField(key: "concludedOn", label: "rulesform_comp_concludedOn", control: .date)),
            .field(RuleField(key: "document", label: "rulesform_comp_document", control: .text)),
        ])),
        .group(RuleGroup(key: "acts", legend: "rulesform_comp_acts", rowLabel: "rulesform_row_act", sendEmpty: true, items: [
            .field(RuleField(key: "id", label: "rulesform_comp_actId", control: .text, required: true)),
            .field(RuleField(key: "description", label: "rulesform_comp_description", control: .text)),
            // Art.2: the eleven kinds of erroneous enforcement, in the core's words (`ErroneousEnforcementKind`).
            .field(RuleField(key: "kind", label: "rulesform_comp_actKind",
                             control: .choice(RuleOption.all(ErroneousEnforcementKind.self) { .text($0.text) }), required: true)),
            .field(RuleField(key: "date", label: "rulesform_comp_actDate", control: .date)),
            // Art.7: how the act's legality stands.
            .group(RuleGroup(key: "legality", legend: "rulesform_comp_legality", sendEmpty: true, items: [
                .group(RuleGroup(key: "priorFinding", legend: "rulesform_comp_priorFinding", items: [
                    .field(RuleField(key: "procedure", label: "rulesform_comp_procedure",
                                     control: .choice(RuleOption.all(CompensationRules.ReviewKind.self, prefix: "rulesform_review_")), required: true)),
                    .field(RuleField(key: "document", label: "rulesform_comp_document", control: .text)),
                    .field(RuleField(key: "held", label: "rulesform_comp_held",
                                     control: .choice(RuleOption.all(CompensationRules.Holding.self, prefix: "rulesform_holding_")), required: true)),
                ])),
                .field(RuleField(key: "committeeFinding", label: "rulesform_comp_committeeFinding",
                                 control: .choice(RuleOption.all(CompensationRules.Holding.self, prefix: "rulesform_holding_")))),
            ])),
            // Art.12: damage by a custodian or a third party; Arts.12, 13 para.2: the court's share is a finding.
            .group(RuleGroup(key: "damageByCustodianOrThirdParty", legend: "rulesform_comp_damageByOthers", items: [
                .field(RuleField(key: "role", label: "rulesform_comp_otherRole",
                                 control: .choice(RuleOption.all(CompensationRules.OtherPartyRole.self, prefix: "rulesform_other_")), required: true)),
                .field(RuleField(key: "name", label: "party_name", control: .text, required: true)),
                .field(RuleField(key: "courtFailedSupervision", label: "rulesform_comp_courtFailedSupervision", control: .flag(sendFalse: true))),
            ])),
            .field(RuleField(key: "courtShare", label: "rulesform_comp_courtShare", control: .decimal, hint: "rulesform_comp_courtShare_hint")),
            .field(RuleField(key: "madeInstrumentUnenforceable", label: "rulesform_comp_madeInstrumentUnenforceable", control: .flag(sendFalse: false))),
            // Arts.14-17 and State Compensation Law Art.36: the heads of loss.
            .group(RuleGroup(key: "losses", legend: "rulesform_comp_losses", rowLabel: "rulesform_row_loss", items: [
                .field(RuleField(key: "kind", label: "rulesform_comp_lossKind",
                                 control: .choice(RuleOption.all(CompensationRules.LossKind.self, prefix: "rulesform_loss_")), required: true)),
                .field(RuleField(key: "description", label: "rulesform_comp_description", control: .text)),
                .field(RuleField(key: "amount", label: "rulesform_comp_amount", control: .money)),
                .field(RuleField(key: "marketPriceAtAct", label: "rulesform_comp_marketPriceAtAct", control: .money)),
                .field(RuleField(key: "priceAtActInsufficient", label: "rulesform_comp_priceAtActInsufficient", control: .flag(sendFalse: false))),
                // Art.9 para.2: how the value was established.
                .field(RuleField(key: "valueEvidence", label: "rulesform_comp_valueEvidence",
                                 control: .choice(RuleOption.all(CompensationRules.ValueEvidence.self, prefix: "rulesform_evidence_")))),
            ])),
        ])),
    ]), jsonOnlyKey: "rulesform_json_only_compensation")
}
