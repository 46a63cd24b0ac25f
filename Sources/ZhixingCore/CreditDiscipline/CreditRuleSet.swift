/// 信用惩戒: the list of dishonest judgment debtors (失信被执行人名单) and the consumption restriction (限制消费).
///
/// Rule set `credit`: from `CreditFacts` to a `CreditDecision` whose every part carries its reasons, article by
/// article. Texts: Dishonest List Provisions 2017 (法释〔2013〕17号 as amended by 法释〔2017〕7号), Consumption
/// Restriction Provisions 2015 (法释〔2010〕8号 as amended by 法释〔2015〕17号), Good-Faith Enforcement Opinions 2019
/// (法发〔2019〕35号) Nos.15-17. All periods are counted on the statutory calendar of `RuleContext`.
public enum CreditRuleSet: RuleSet {
    public typealias Facts = CreditFacts
    public typealias Decision = CreditDecision

    public static let name = "credit"
    public static let title = LocalizedText(zh: "信用惩戒：失信被执行人名单与限制消费",
                                            en: "Credit discipline: the dishonest-debtor list and consumption restriction")

    public static func decide(_ facts: CreditFacts, context: RuleContext) throws -> CreditDecision {
        try facts.validate()
        var notes = CreditNotes()
        let calendar = context.calendar
        let correction = CorrectionAssessor.assess(facts, calendar: calendar, notes: &notes)
        let existing = ExistingListingAssessor.assess(facts, calendar: calendar, notes: &notes)?
            .applying(correction, grounds: facts.correction?.grounds ?? [])
        let listing = ListingAssessor.assess(facts, existing: existing, calendar: calendar, notes: &notes)
        let restriction = ConsumptionRestrictionAssessor.assess(facts, listing: listing, existing: existing,
                                                                calendar: calendar, notes: &notes)
        return CreditDecision(ruleSet: name, asOf: facts.asOf, debtorKind: facts.debtor.kind, listing: listing,
                              existingListing: existing, correction: correction, consumptionRestriction: restriction,
                              reliedOnFindings: notes.relied, warnings: notes.warnings)
    }
}
