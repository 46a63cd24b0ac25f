import ZhixingCore

extension RuleForm {
    /// 失信被执行人名单与限制消费: the debtor, the case, the court's findings, a listing request and a consumption
    /// restriction (`CreditFacts`). The choices are the core's enums (Dishonest-List Provisions 2017 Arts.1-3, 5;
    /// Consumption Restriction Provisions 2015 Arts.2-3). Only in the JSON box: an existing
    /// listing and its deletion, a correction application, a person's birth date and sex, online inquiries, the
    /// dates the case ended or was suspended, the grace period, and the lifting of a restriction.
    static let credit = RuleForm(root: RuleGroup(key: "", legend: nil, items: [
        .field(RuleField(key: "asOf", label: "rulesform_as_of", control: .date, required: true, hint: "rulesform_as_of_hint")),
        .group(RuleGroup(key: "debtor", legend: "rulesform_credit_debtor", sendEmpty: true, items: [
            .field(RuleField(key: "kind", label: "party_kind", control: .choice(RuleOption.all(DebtorKind.self, prefix: "party_kind_")), required: true)),
            .field(RuleField(key: "name", label: "party_name", control: .text, required: true)),
            .field(RuleField(key: "identityNumber", label: "filing_identity_number", control: .text)),
            .field(RuleField(key: "creditCode", label: "filing_credit_code", control: .text)),
            .field(RuleField(key: "legalRepresentative", label: "filing_representative", control: .text)),
            .field(RuleField(key: "isStateFunctionary", label: "rulesform_credit_isStateFunctionary", control: .flag(sendFalse: false))),
            .group(RuleGroup(key: "responsiblePersons", legend: "rulesform_credit_responsiblePersons", rowLabel: "rulesform_row_person", items: [
                .field(RuleField(key: "name", label: "party_name", control: .text, required: true)),
                .field(RuleField(key: "roles", label: "rulesform_credit_roles",
                                 control: .checks(RuleOption.all(ResponsibleRole.self) { .text($0.title) }))),
            ])),
        ])),
        .group(RuleGroup(key: "enforcement", legend: "rulesform_credit_enforcement", sendEmpty: true, items: [
            .field(RuleField(key: "caseNumber", label: "rulesform_case_number", control: .text)),
            .field(RuleField(key: "filedOn", label: "cases_filed_on", control: .date)),
            .field(RuleField(key: "court", label: "rulesform_court", control: .text)),
            .group(RuleGroup(key: "basis", legend: "case_basis", items: [
                .field(RuleField(key: "issuer", label: "case_basis_issuer", control: .text, required: true)),
                .field(RuleField(key: "documentNumber", label: "case_basis_number", control: .text, required: true)),
            ])),
            .field(RuleField(key: "obligation", label: "case_basis_obligations", control: .text)),
            .field(RuleField(key: "amountDue", label: "rulesform_credit_amountDue", control: .money)),
            .field(RuleField(key: "amountPerformed", label: "rulesform_credit_amountPerformed", control: .money)),
            .field(RuleField(key: "effectivePropertyClueProvided", label: "rulesform_credit_effectivePropertyClueProvided",
                             control: .flag(sendFalse: false))),
            .group(RuleGroup(key: "enforcementNotice", legend: "rulesform_credit_enforcementNotice", items: [
                .field(RuleField(key: "servedOn", label: "rulesform_credit_servedOn", control: .date)),
                .field(RuleField(key: "periodDays", label: "rulesform_credit_periodDays", control: .integer)),
            ])),
        ])),
        // Dishonest-List Provisions 2017 Art.1 items 1-6: the court's findings.
        .group(RuleGroup(key: "findings", legend: "rulesform_credit_findings", items: [
            .field(RuleField(key: "ableToPerformButRefuses", label: "rulesform_credit_ableToPerformButRefuses", control: .flag(sendFalse: false))),
            .group(RuleGroup(key: "obstruction", legend: "rulesform_credit_obstruction", items: [
                .field(RuleField(key: "methods", label: "rulesform_credit_methods",
                                 control: .checks(RuleOption.all(ObstructionMethod.self) { .text($0.title) }))),
                .field(RuleField(key: "seriousCircumstances", label: "rulesform_credit_seriousCircumstances", control: .flag(sendFalse: false))),
            ])),
            .group(RuleGroup(key: "evasion", legend: "rulesform_credit_evasion", items: [
                .field(RuleField(key: "methods", label: "rulesform_credit_methods",
                                 control: .checks(RuleOption.all(EvasionMethod.self) { .text($0.title) }))),
            ])),
            .field(RuleField(key: "violatedPropertyReporting", label: "rulesform_credit_violatedPropertyReporting", control: .flag(sendFalse: false))),
            .field(RuleField(key: "violatedConsumptionRestrictionOrder", label: "rulesform_credit_violatedConsumptionRestrictionOrder",
                             control: .flag(sendFalse: false))),
            .field(RuleField(key: "refusedSettlementAgreementWithoutProperReason", label: "rulesform_credit_refusedSettlement",
                             control: .flag(sendFalse: false))),
            .field(RuleField(key: "activelyPerformedOrCorrected", label: "rulesform_credit_activelyPerformedOrCorrected", control: .flag(sendFalse: false))),
        ])),
        // Dishonest-List Provisions 2017 Art.3 items 1-3: the situations in which a debtor must not be listed.
        .group(RuleGroup(key: "listingBars", legend: "rulesform_credit_listingBars", items: [
            .field(RuleField(key: "adequateGuaranteeProvided", label: "rulesform_credit_adequateGuaranteeProvided", control: .flag(sendFalse: false))),
            .field(RuleField(key: "controlledPropertySufficient", label: "rulesform_credit_controlledPropertySufficient", control: .flag(sendFalse: false))),
            .field(RuleField(key: "laterInOrderOfPerformance", label: "rulesform_credit_laterInOrderOfPerformance", control: .flag(sendFalse: false))),
        ])),
        .group(RuleGroup(key: "listingRequest", legend: "rulesform_credit_listingRequest", items: [
            .field(RuleField(key: "initiatedBy", label: "rulesform_credit_initiatedBy",
                             control: .choice(RuleOption.all(MeasureInitiator.self, prefix: "rulesform_initiator_")), required: true)),
            .field(RuleField(key: "appliedOn", label: "rulesform_credit_appliedOn", control: .date)),
            .field(RuleField(key: "decidedOn", label: "rulesform_credit_decidedOn", control: .date)),
            // Dishonest-List Provisions 2017 Art.2 para.1: the court may extend the term by one to three years (0 when not given).
            .field(RuleField(key: "extensionYears", label: "rulesform_credit_extensionYears", control: .integer)),
        ])),
        .group(RuleGroup(key: "consumptionRestriction", legend: "rulesform_credit_consumptionRestriction", items: [
            .field(RuleField(key: "initiatedBy", label: "rulesform_credit_initiatedBy",
                             control: .choice(RuleOption.all(MeasureInitiator.self, prefix: "rulesform_initiator_")))),
            .field(RuleField(key: "orderedOn", label: "rulesform_credit_orderedOn", control: .date)),
            // Consumption Restriction Provisions 2015 Art.2: the factors the court considers; not given is "not assessed".
            .group(RuleGroup(key: "factors", legend: "rulesform_credit_factors", items: [
                .field(RuleField(key: "negativePerformance", label: "rulesform_credit_negativePerformance", control: .finding)),
                .field(RuleField(key: "evasion", label: "rulesform_credit_factorEvasion", control: .finding)),
                .field(RuleField(key: "resistance", label: "rulesform_credit_resistance", control: .finding)),
                .field(RuleField(key: "abilityToPerform", label: "rulesform_credit_abilityToPerform", control: .finding)),
            ])),
            .group(RuleGroup(key: "privateConsumptionApplications", legend: "rulesform_credit_privateConsumption",
                             rowLabel: "rulesform_row_application", items: [
                .field(RuleField(key: "person", label: "rulesform_credit_person", control: .text, required: true)),
                .field(RuleField(key: "purpose", label: "rulesform_credit_purpose", control: .text)),
                .field(RuleField(key: "verifiedPrivateWithPersonalFunds", label: "rulesform_credit_verifiedPrivate", control: .finding)),
            ])),
        ])),
    ]), jsonOnlyKey: "rulesform_json_only_credit")
}
