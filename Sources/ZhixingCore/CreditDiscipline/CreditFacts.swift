/// The facts of the credit-discipline rule set (`credit`): who the debtor is, the enforcement case and its
/// events, the enforcing court's findings, and optionally a listing request, an existing listing, an
/// application for correction and the consumption restriction. See `docs/rules/credit.md` for the JSON shape.
///
/// Findings the law leaves to people (有履行能力而拒不履行, 情节严重, 充分有效担保, 审查属实, ...) come in as
/// booleans decided by the court; the engine never guesses them and says in `reliedOnFindings` which it used.
public struct CreditFacts: Decodable, Sendable {
    /// The date at which the situation is assessed (the engine never reads the clock).
    public var asOf: LocalDate
    public var debtor: CreditDebtor
    public var enforcement: EnforcementCaseFacts
    /// The court's findings on the Art.1 grounds and the Art.2 aggravations.
    public var findings: DishonestConductFindings
    /// The court's findings on the situations in which a debtor must not be listed (Art.3; Opinions No.16).
    public var listingBars: ListingBarFindings
    /// A request to list now (by the applicant, or the court acting of its own motion). When absent the
    /// engine assesses a listing the court would decide of its own motion on `asOf`.
    public var listingRequest: ListingRequest?
    /// A listing already made, to assess its term, expiry and removal.
    public var existingListing: ExistingListing?
    /// An application to correct a listing (Art.11-12).
    public var correction: CorrectionApplication?
    public var consumptionRestriction: ConsumptionRestrictionFacts

    public init(asOf: LocalDate, debtor: CreditDebtor, enforcement: EnforcementCaseFacts = EnforcementCaseFacts(),
                findings: DishonestConductFindings = DishonestConductFindings(),
                listingBars: ListingBarFindings = ListingBarFindings(), listingRequest: ListingRequest? = nil,
                existingListing: ExistingListing? = nil, correction: CorrectionApplication? = nil,
                consumptionRestriction: ConsumptionRestrictionFacts = ConsumptionRestrictionFacts()) {
        self.asOf = asOf
        self.debtor = debtor
        self.enforcement = enforcement
        self.findings = findings
        self.listingBars = listingBars
        self.listingRequest = listingRequest
        self.existingListing = existingListing
        self.correction = correction
        self.consumptionRestriction = consumptionRestriction
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case asOf, debtor, enforcement, findings, listingBars, listingRequest, existingListing, correction
        case consumptionRestriction
    }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        asOf = try c.creditRequired(LocalDate.self, .asOf)
        debtor = try c.creditRequired(CreditDebtor.self, .debtor)
        enforcement = try c.creditOptional(EnforcementCaseFacts.self, .enforcement) ?? EnforcementCaseFacts()
        findings = try c.creditOptional(DishonestConductFindings.self, .findings) ?? DishonestConductFindings()
        listingBars = try c.creditOptional(ListingBarFindings.self, .listingBars) ?? ListingBarFindings()
        listingRequest = try c.creditOptional(ListingRequest.self, .listingRequest)
        existingListing = try c.creditOptional(ExistingListing.self, .existingListing)
        correction = try c.creditOptional(CorrectionApplication.self, .correction)
        consumptionRestriction = try c.creditOptional(ConsumptionRestrictionFacts.self, .consumptionRestriction)
            ?? ConsumptionRestrictionFacts()
        try validate()
    }

    /// Cross-field checks: dates that cannot precede others, facts that contradict each other.
    public func validate() throws {
        try debtor.validate(asOf: asOf)
        try enforcement.validate(asOf: asOf)
        if let request = listingRequest {
            try request.validate(asOf: asOf)
        }
        if let listing = existingListing {
            try listing.validate(asOf: asOf)
        }
        if let correction {
            try correction.validate(asOf: asOf)
        }
        try consumptionRestriction.validate(asOf: asOf, debtor: debtor)
        if findings.obstruction?.methods.isEmpty == true {
            throw CreditDecoding.error("findings.obstruction.methods", "empty",
                                       zh: "认定妨碍、抗拒执行时须至少列明一种方法",
                                       en: "A finding of obstruction must name at least one method")
        }
        if findings.evasion?.methods.isEmpty == true {
            throw CreditDecoding.error("findings.evasion.methods", "empty",
                                       zh: "认定规避执行时须至少列明一种方法",
                                       en: "A finding of evasion must name at least one method")
        }
    }
}

/// Checks that a date is not after `asOf` (an event cannot lie in the future of the assessment).
func creditRequireNotAfter(_ date: LocalDate?, _ asOf: LocalDate, field: String) throws {
    guard let date, date > asOf else { return }
    throw CreditDecoding.error(field, "date_after_as_of",
                               zh: "\(field) 的日期 \(date.iso) 晚于评估日期 asOf（\(asOf.iso)）",
                               en: "\(field) (\(date.iso)) is after the assessment date asOf (\(asOf.iso))")
}

/// Checks that `later` is not before `earlier`.
func creditRequireOrder(_ earlier: LocalDate?, _ later: LocalDate?, earlierField: String, laterField: String) throws {
    guard let earlier, let later, later < earlier else { return }
    throw CreditDecoding.error(laterField, "date_order",
                               zh: "\(laterField)（\(later.iso)）不能早于 \(earlierField)（\(earlier.iso)）",
                               en: "\(laterField) (\(later.iso)) cannot be before \(earlierField) (\(earlier.iso))")
}
