/// The decision of the credit-discipline rule set: whether and on which grounds the debtor is to be listed,
/// for how long, what happens to an existing listing, how a correction application runs, and the consumption
/// restriction. Every part carries its reasons; `reliedOnFindings` names each human finding the engine used.
public struct CreditDecision: Encodable, Sendable {
    public let ruleSet: String
    public let asOf: LocalDate
    public let debtorKind: DebtorKind
    public let listing: ListingAssessment
    public let existingListing: ExistingListingAssessment?
    public let correction: CorrectionAssessment?
    public let consumptionRestriction: ConsumptionRestrictionAssessment
    /// The findings of the court (not of the engine) on which the decision rests.
    public let reliedOnFindings: [Reason]
    /// What the decision may get wrong: missing facts for publication, years without a holiday schedule.
    public let warnings: [Reason]
}

/// A deadline computed on the statutory calendar, with its reasons.
public struct CreditDeadline: Encodable, Sendable, Hashable {
    /// What must be done by then.
    public let what: LocalizedText
    /// The day the period begins (not counted).
    public let from: LocalDate
    public let period: Period
    /// The last day on which the act is in time.
    public let dueDate: LocalDate
    public let reasons: [Reason]
}

// MARK: - Listing

/// The outcome for a listing now (Dishonest List Provisions 2017 Art.1-5).
public enum ListingOutcome: String, Encodable, Sendable, Hashable, CaseIterable {
    /// At least one Art.1 ground is established and nothing bars it: the court shall list (应当纳入).
    case shallList
    /// A bar applies to every ground (Art.4 minor; no unperformed obligation; ...): must not be listed.
    case mustNotList
    /// No Art.1 ground is established (or each is barred by Art.3 or wants a precondition).
    case noGroundEstablished
    /// An applicant's application within six months of a deletion at its request (Art.10 para.4).
    case applicationNotSupported
    /// A fact the decision needs is missing (e.g. the age of a natural person).
    case insufficientFacts
    /// The debtor is already on the list, in force, on the same grounds.
    case alreadyListed
}

/// One Art.1 ground, established (available) or refused, with the reasons.
public struct GroundAssessment: Encodable, Sendable, Hashable {
    public let ground: DishonestGround
    public let item: Int
    public let title: LocalizedText
    public let reasons: [Reason]
}

/// The kind of listing term (Art.2 para.1).
public enum ListingTermKind: String, Encodable, Sendable, Hashable {
    /// Ground 1 alone: no fixed term; the listing lasts until an Art.10 para.1 situation arises.
    case indefinite
    /// Grounds 2-6: two years, extendable by one to three.
    case fixed
}

/// The term of a listing (Art.2 para.1) and, for a fixed term, its last day and the deletion deadline
/// (Art.10 para.2: 纳入期限届满后三个工作日内).
public struct ListingTerm: Encodable, Sendable, Hashable {
    public let kind: ListingTermKind
    public let startsOn: LocalDate
    public let baseYears: Int?
    public let extensionYears: Int
    public let totalYears: Int?
    /// The last day of the term (the corresponding day; not moved for rest days: see `docs/rules/credit.md`).
    public let lastDay: LocalDate?
    public let deletion: CreditDeadline?
    public let reasons: [Reason]
}

/// Opinions 2019 No.15: the grace period before publication.
public struct GracePeriod: Encodable, Sendable, Hashable {
    public let months: Int
    public let lastDay: LocalDate
    /// The first day on which the listing may be published if the debtor still has not performed.
    public let publishFrom: LocalDate
    public let reasons: [Reason]
}

/// One published field (Art.6).
public struct PublishedField: Encodable, Sendable, Hashable {
    public let item: Int
    public let label: LocalizedText
    public let value: String
}

/// The record as published on the list (Art.6-7) and the notifications owed (Art.8).
public struct PublicationRecord: Encodable, Sendable, Hashable {
    public let fields: [PublishedField]
    /// Art.6 fields the facts do not supply; the record cannot be published complete without them.
    public let missingFields: [LocalizedText]
    public let notifications: [Reason]
    public let reasons: [Reason]
}

public struct ListingAssessment: Encodable, Sendable {
    public let outcome: ListingOutcome
    /// Whether the debtor may (and under Art.1, shall) be listed now.
    public let mayList: Bool
    public let decidedOn: LocalDate
    public let availableGrounds: [GroundAssessment]
    public let refusedGrounds: [GroundAssessment]
    public let term: ListingTerm?
    /// Art.5 para.2: the court decides an applicant's application within 15 days of receipt.
    public let applicationReview: CreditDeadline?
    public let gracePeriod: GracePeriod?
    public let publication: PublicationRecord?
    public let reasons: [Reason]
}

// MARK: - Existing listing

public enum ExistingListingStatus: String, Encodable, Sendable, Hashable {
    /// Still on the list, no deletion due.
    case inForce
    /// A deletion is due (Art.10): see `deletion`.
    case mustDelete
    /// The listing was unlawful (e.g. of a minor, Art.4) and must be revoked (Art.9 para.1): see `deletion`.
    case mustRevoke
    /// Already deleted.
    case deleted
}

/// One Art.10 para.1 situation found in the facts.
public struct DeletionSituationAssessment: Encodable, Sendable, Hashable {
    public let situation: DeletionSituation
    public let item: Int
    public let arisesOn: LocalDate
    /// Whether it obliges deletion (not for a listing with a term: Art.10 para.2).
    public let applies: Bool
    public let deletion: CreditDeadline?
    public let reasons: [Reason]
}

public struct ExistingListingAssessment: Encodable, Sendable {
    public let status: ExistingListingStatus
    public let term: ListingTerm
    /// The earliest deletion deadline that applies.
    public let deletion: CreditDeadline?
    /// Whether that deadline has passed on `asOf` without a deletion.
    public let deletionOverdue: Bool
    public let situations: [DeletionSituationAssessment]
    /// Art.2 para.2: the court may delete early.
    public let earlyDeletionAvailable: Bool
    /// Art.10 para.4: the last day on which an applicant's application to re-list is not supported.
    public let applicantRelistingBarredThrough: LocalDate?
    public let reasons: [Reason]
}

// MARK: - Correction

public enum CorrectionStatus: String, Encodable, Sendable, Hashable {
    case pendingReview, reasonsValid, rejected
}

public struct CorrectionAssessment: Encodable, Sendable {
    public let status: CorrectionStatus
    /// Art.12 para.1: review within 15 days of receiving the written application.
    public let review: CreditDeadline
    /// Art.12 para.1 / Art.9: correction, revocation or deletion within 3 working days.
    public let correction: CreditDeadline?
    /// Art.12 para.1: reconsideration may be sought within 10 days of service of the rejection.
    public let reconsiderationWindow: CreditDeadline?
    /// Art.12 para.1: the court one level up decides within 15 days of receipt.
    public let reconsiderationDecision: CreditDeadline?
    public let reasons: [Reason]
}

// MARK: - Consumption restriction

public enum RestrictionOutcome: String, Encodable, Sendable, Hashable {
    /// The debtor is (or is to be) on the dishonest list: the court shall restrict (2015 Art.1 para.2).
    case mustRestrict
    /// The debtor did not perform within the notice period: the court may restrict (Art.1 para.1, Art.2).
    case mayRestrict
    /// The conditions are not met, or a bar applies.
    case mayNotRestrict
    /// A fact the decision needs is missing (the notice period).
    case insufficientFacts
}

public enum RestrictionStatus: String, Encodable, Sendable, Hashable {
    case notOrdered, inForce, mustLift, mayLift, lifted
}

/// One forbidden kind of consumption (2015 Art.3 para.1).
public struct ForbiddenConsumption: Encodable, Sendable, Hashable {
    public let item: Int
    public let code: String
    public let text: LocalizedText
}

/// A person (or the organisation) bound by the restriction.
public struct BoundPerson: Encodable, Sendable, Hashable {
    public let name: String
    public let roles: [ResponsibleRole]
    public let isDebtor: Bool
    public let bound: Bool
    public let reasons: [Reason]
}

public enum PrivateConsumptionOutcome: String, Encodable, Sendable, Hashable {
    /// 审查属实的，应予准许.
    case shallPermit
    /// The court has not yet examined the application.
    case pendingExamination
    case refused
}

public struct PrivateConsumptionAssessment: Encodable, Sendable, Hashable {
    public let person: String
    public let outcome: PrivateConsumptionOutcome
    public let reasons: [Reason]
}

public struct ConsumptionRestrictionAssessment: Encodable, Sendable {
    public let outcome: RestrictionOutcome
    /// Whether a restriction may be ordered now.
    public let mayOrder: Bool
    /// The last day of the period for performance in the enforcement notice (Art.1 para.1).
    public let noticePerformBy: LocalDate?
    public let forbidden: [ForbiddenConsumption]
    public let boundPersons: [BoundPerson]
    public let privateConsumption: [PrivateConsumptionAssessment]
    public let status: RestrictionStatus
    public let reasons: [Reason]
}
