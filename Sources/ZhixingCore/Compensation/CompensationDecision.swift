extension CompensationRules {
    /// What the committee decides.
    public enum Outcome: String, Sendable, Codable {
        /// 决定赔偿: compensation is awarded.
        case compensation
        /// 决定不予赔偿: the claim is admissible but nothing is owed.
        case noCompensation
        /// 不予受理: the claim cannot be accepted (Art.3, Art.5, Art.6, State Compensation Law Art.39).
        case notAccepted
        /// 驳回赔偿申请: the claim was accepted but a bar to it stands (Art.6 "已经受理的予以驳回").
        case dismissed
        /// The engine cannot decide until the committee makes the findings listed in `findingsRequired`.
        case findingsRequired
    }

    public struct Decision: Encodable, Sendable {
        public let asOf: LocalDate
        public let outcome: Outcome
        public let summary: LocalizedText
        /// Art.4: who must pay.
        public let obligatedOrgan: ObligatedOrgan
        public let admissibility: Admissibility
        public let acts: [ActResult]
        /// Present when the claim is admissible.
        public let amounts: Amounts?
        /// Art.11, Art.12: who the court may recover from once it has paid.
        public let recourse: [Recourse]
        /// What the committee must still find before the engine can decide.
        public let findingsRequired: [FindingRequest]
        /// The findings left to people that this decision relies on, as given in the facts.
        public let humanFindings: [Reason]
        /// The decisive reasons, in order; each section carries its own detail.
        public let reasons: [Reason]
        public let warnings: [Reason]
    }

    public struct ObligatedOrgan: Encodable, Sendable {
        public let court: String
        public let reasons: [Reason]
    }

    public struct Admissibility: Encodable, Sendable {
        public let admissible: Bool
        /// The claim came before the enforcement procedure ended, under an Art.5 para.1 exception.
        public let earlyClaim: Bool
        public let limitation: LimitationResult?
        /// Art.6 para.1: the notice to give the claimant when a review bars the claim.
        public let notice: LocalizedText?
        public let reasons: [Reason]
    }

    public struct LimitationResult: Encodable, Sendable {
        /// The day counting starts from (knowledge, or the end of a period not counted).
        public let knewOn: LocalDate
        /// The periods not counted (the enforcement procedure, custody, suspension), both ends included.
        public let excluded: [ExcludedPeriod]
        public let deadline: Deadline
        public let filedOn: LocalDate
        public let inTime: Bool
    }

    public struct ExcludedPeriod: Cited, Sendable {
        public let from: LocalDate
        public let to: LocalDate
        public let citations: [Citation]
        public let what: LocalizedText
    }

    public enum ActOutcome: String, Sendable, Codable {
        /// Erroneous, liability found: `compensation` is owed for it.
        case compensable
        /// Not erroneous enforcement (Art.7, Art.8): nothing owed.
        case notErroneous
        /// Erroneous but the court bears no liability for the damage (Art.12, Art.13).
        case noLiability
        /// Erroneous, but no compensable loss was proved.
        case noLoss
        /// Not examined: Art.6 bars the claim about this act while a review of it is pending.
        case barredByPendingReview
        /// Not examined because the claim as a whole is inadmissible.
        case notExamined
        /// A finding is missing (see `Decision.findingsRequired`).
        case findingRequired
    }

    public struct ActResult: Encodable, Sendable {
        public let id: String
        public let kind: ErroneousEnforcementKind
        /// Art.2 item n: the kind of erroneous enforcement.
        public let kindCitation: Citation
        public let kindText: LocalizedText
        public let outcome: ActOutcome
        public let losses: [LossResult]
        /// The sum of the losses allowed, unrounded (yuan, six decimals).
        public let allowedLosses: String?
        /// Art.12 / Art.13 para.2: the court's share, when less than the whole.
        public let courtShare: LiabilityShare?
        /// What is owed for this act, unrounded (yuan, six decimals); the total is rounded once.
        public let compensation: String?
        public let reasons: [Reason]

        /// The kind's provision in English, as printed before citations were values.
        public var kindArticle: String { kindCitation.english }
    }

    public struct LossResult: Encodable, Sendable {
        public let index: Int
        public let kind: LossKind
        public let description: String?
        public let allowed: Bool
        /// The amount allowed, unrounded (yuan, six decimals, cut after the sixth).
        public let amount: String
        /// Whether `amount` is exact (the value ends within six decimals of a yuan).
        public let amountIsExact: Bool
        public let reasons: [Reason]
    }

    public struct Amounts: Encodable, Sendable {
        /// The rate and day count used for every interest computed here.
        public let interestBasis: InterestBasis
        /// Sum of the acts, unrounded (yuan, six decimals).
        public let totalUnrounded: String
        /// 四舍五入 to the fen, once, on the total.
        public let rounding: Money.RoundingRule
        public let total: Money
        /// 人民币大写.
        public let totalInWords: String
        /// Art.10: the part that first pays the claimant's own outstanding debt.
        public let setOff: SetOff?
        /// What is paid to the claimant after the set-off.
        public let payableToClaimant: Money
        public let reasons: [Reason]
    }

    public struct InterestBasis: Encodable, Sendable {
        public let annualRate: String
        public let rateEffectiveFrom: LocalDate
        public let rateSource: LocalizedText
        public let dayCount: InterestConvention.DayCount
        public let daysPerYear: Int
        public let dayCountSource: LocalizedText
    }

    public struct SetOff: Encodable, Sendable {
        public let outstandingDebt: Money
        public let appliedToDebt: Money
        public let remainingDebt: Money
    }

    public enum RecourseKind: String, Sendable, Codable {
        /// 追偿: once it has paid, the court may recover on the decision from this person.
        case recovery
        /// Art.11 para.2: the applicant's application to continue enforcement after compensation is not supported.
        case continuedEnforcementNotSupported
    }

    public struct Recourse: Cited, Sendable {
        public let kind: RecourseKind
        /// The person the court may recover from, or whose application is not supported.
        public let against: String
        public let actIds: [String]
        public let citations: [Citation]
        public let message: LocalizedText
    }

    public struct FindingRequest: Cited, Sendable, Hashable {
        /// The facts field that must carry the finding.
        public let field: String
        public let citations: [Citation]
        public let message: LocalizedText
    }
}
