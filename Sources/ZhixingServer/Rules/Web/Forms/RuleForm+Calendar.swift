import ZhixingCore

extension RuleForm {
    /// 法定期间计算: when a period that begins on a day ends (`CalendarRules.Facts`). The form asks all of it.
    static let calendar = RuleForm(root: RuleGroup(key: "", legend: nil, items: [
        .field(RuleField(key: "start", label: "rulesform_calendar_start", control: .date, required: true)),
        .group(RuleGroup(key: "period", legend: "rulesform_calendar_period", sendEmpty: true, items: [
            // The units the core counts in (`Period.Unit`): days, months, years (CPL 2023 Art.85), working days.
            .field(RuleField(key: "unit", label: "rulesform_calendar_unit",
                             control: .choice(RuleOption.all(Period.Unit.self, prefix: "rulesform_unit_")), required: true)),
            .field(RuleField(key: "count", label: "rulesform_calendar_count", control: .integer, required: true)),
        ])),
        // `CountingBasis`: CPL 2023 Art.85 (the default when not given), Criminal Procedure Law 2018 Art.105 and its
        // para.4 proviso for periods in custody.
        .field(RuleField(key: "basis", label: "rulesform_calendar_basis",
                         control: .choice(RuleOption.all(CountingBasis.self, prefix: "rulesform_counting_")))),
    ]), jsonOnlyKey: "rulesform_json_only_calendar")
}
