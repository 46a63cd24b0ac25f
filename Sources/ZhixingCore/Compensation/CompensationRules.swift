/// 错误执行国家赔偿: state compensation for erroneous enforcement, under Interpretation [2022] No.3 of the Supreme
/// People's Court (法释〔2022〕3号) and State Compensation Law Art.36, Art.38, Art.39
/// (`zhixing rules compensation`, `POST /api/v1/rules/compensation`).
///
/// From the facts of one claim the rule set decides, with reasons article by article:
/// - who the obligated organ is (Art.4) and whether the claim can be heard: scope (Art.1, Art.18, Art.19),
///   standing of an assignee (Art.3), a pending objection, reconsideration or supervision review (Art.6), the end
///   of the enforcement procedure or one of the four exceptions (Art.5 para.1), the two-year limitation with the
///   enforcement period left out (State Compensation Law Art.39, Art.5 para.2);
/// - for each act: the kind of erroneous enforcement (Art.2), its legality (Art.7), the later changes that do not
///   make it erroneous (Art.8), liability where a custodian, a third party or an Art.13 situation had a part
///   (Art.12, Art.13);
/// - the amount, exact to the fen and rounded once (Art.14-17, State Compensation Law Art.36), the set-off
///   against the claimant's own outstanding debt (Art.10), and the court's recourse (Art.11, Art.12).
///
/// Where the law leaves a judgment to the committee (legality, "manifestly unfair", the court's share, ...), the
/// facts carry the finding; the engine relies on it, says so, and asks for it when it is missing.
public enum CompensationRules: RuleSet {
    public static let name = "compensation"
    public static let title = LocalizedText(zh: "错误执行国家赔偿", en: "State compensation for erroneous enforcement")

    /// Art.20: in force from 2022-03-01.
    public static let effectiveDate = LocalDate(year: 2022, month: 3, day: 1) ?? LocalDate(dayNumber: 19_052)

    public static func decide(_ facts: Facts, context: RuleContext) throws -> Decision {
        try validate(facts)
        var assessment = CompensationAssessment(facts: facts, calendar: context.calendar)
        return try assessment.decide()
    }

    /// Facts that do not hang together are refused with a `FieldError` naming the field.
    static func validate(_ facts: Facts) throws {
        let asOf = facts.asOf
        guard asOf >= effectiveDate else {
            throw compensationError("asOf", "before_effective_date",
                            zh: "法释〔2022〕3号自 2022-03-01 起施行（第二十条），决定日 \(asOf.iso) 早于施行日",
                            en: "Interpretation [2022] No.3 is in force from 2022-03-01 (Art.20); the decision date \(asOf.iso) is earlier")
        }
        func notAfterAsOf(_ date: LocalDate?, _ field: String) throws {
            guard let date, date > asOf else { return }
            throw compensationError(field, "after_decision_date", zh: "\(field) 的日期 \(date.iso) 晚于决定日 \(asOf.iso)",
                            en: "\(field) (\(date.iso)) is after the decision date \(asOf.iso)")
        }
        try notAfterAsOf(facts.claim.filedOn, "claim.filedOn")
        try notAfterAsOf(facts.claim.acceptedOn, "claim.acceptedOn")
        try notAfterAsOf(facts.enforcement.filedOn, "enforcement.filedOn")
        try notAfterAsOf(facts.enforcement.endedOn, "enforcement.endedOn")
        try notAfterAsOf(facts.enforcement.currentProcedureTerminatedOn, "enforcement.currentProcedureTerminatedOn")
        if let knewOn = facts.limitation.knewOn, knewOn > facts.claim.filedOn {
            throw compensationError("limitation.knewOn", "knew_after_filing",
                            zh: "知道侵权之日 \(knewOn.iso) 晚于申请赔偿之日 \(facts.claim.filedOn.iso)",
                            en: "The claimant learned of the infringement on \(knewOn.iso), after claiming on \(facts.claim.filedOn.iso)")
        }
        guard !facts.acts.isEmpty else {
            throw compensationError("acts", "no_acts", zh: "至少应当写明一项被申请赔偿的执行行为",
                            en: "Name at least one enforcement act the claim is about")
        }
        var seen: Set<String> = []
        for (index, act) in facts.acts.enumerated() {
            guard seen.insert(act.id).inserted else {
                throw compensationError("acts[\(index)].id", "duplicate_act_id", zh: "执行行为编号重复：\(act.id)",
                                en: "Duplicate act id: \(act.id)")
            }
            try notAfterAsOf(act.date, "acts[\(index)].date")
        }
        for (index, review) in facts.reviews.enumerated() {
            try notAfterAsOf(review.filedOn, "reviews[\(index)].filedOn")
            for (position, id) in review.actIds.enumerated() where !seen.contains(id) {
                throw compensationError("reviews[\(index)].actIds[\(position)]", "unknown_act_id",
                                zh: "审查程序所涉执行行为编号不存在：\(id)", en: "No act has the id \(id)")
            }
        }
    }
}
