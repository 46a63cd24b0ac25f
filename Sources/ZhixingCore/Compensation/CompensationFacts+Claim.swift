extension CompensationRules {
    /// What the claim rests on (Art.1, Art.18, Art.19).
    public enum ClaimBasis: String, CompensationFactEnum {
        /// Art.1: an enforcement or coercive measure taken erroneously in enforcing an effective instrument.
        case erroneousEnforcement
        /// Art.18: an unlawful preservation whose case has entered enforcement: reviewed as erroneous enforcement.
        case preservationEnteredEnforcement
        /// Art.19: an unlawful coercive measure against obstruction of proceedings: this interpretation by reference.
        case obstructionCoerciveMeasure
        /// Art.19: an unlawful preservation (not entered enforcement): by reference.
        case preservation
        /// Art.19: an unlawful advance execution (先予执行): by reference.
        case advanceExecution

        /// Whether the claim is heard under this interpretation by reference only (Art.19).
        public var isByReference: Bool {
            self == .obstructionCoerciveMeasure || self == .preservation || self == .advanceExecution
        }
    }

    public struct Claim: Decodable, Sendable {
        /// The day the application for compensation was made.
        public let filedOn: LocalDate
        /// The day it was accepted (立案受理), if it was: a bar found later then leads to dismissal (驳回), not refusal.
        public let acceptedOn: LocalDate?
        public let basis: ClaimBasis
        /// The court the claimant named as obligated organ, if any (checked against Art.4).
        public let respondent: String?
        /// Findings for the Art.5 para.1 exceptions (a claim before the enforcement procedure ends).
        public let earlyClaimGrounds: EarlyClaimGrounds

        public init(filedOn: LocalDate, acceptedOn: LocalDate? = nil, basis: ClaimBasis = .erroneousEnforcement,
                    respondent: String? = nil, earlyClaimGrounds: EarlyClaimGrounds = EarlyClaimGrounds()) {
            self.filedOn = filedOn
            self.acceptedOn = acceptedOn
            self.basis = basis
            self.respondent = respondent
            self.earlyClaimGrounds = earlyClaimGrounds
        }

        private enum CodingKeys: String, CodingKey { case filedOn, acceptedOn, basis, respondent, earlyClaimGrounds }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            filedOn = try c.compRequired(LocalDate.self, .filedOn)
            acceptedOn = try c.compOptional(LocalDate.self, .acceptedOn)
            basis = try c.compOptional(ClaimBasis.self, .basis) ?? .erroneousEnforcement
            respondent = try c.compText(.respondent)
            earlyClaimGrounds = try c.compOptional(EarlyClaimGrounds.self, .earlyClaimGrounds) ?? EarlyClaimGrounds()
            if let acceptedOn, acceptedOn < filedOn {
                throw compensationError(c.compPath(.acceptedOn), "accepted_before_filed",
                                zh: "受理日 \(acceptedOn.iso) 早于申请日 \(filedOn.iso)",
                                en: "Accepted on \(acceptedOn.iso), before the claim was filed on \(filedOn.iso)")
            }
        }
    }

    /// Art.5 para.1 items 1-4 and its proviso. Item 3's five years and 终本 come from `enforcement`.
    public struct EarlyClaimGrounds: Decodable, Sendable {
        /// Item 1: a fine, detention or other coercive measure has been revoked according to law.
        public let coerciveMeasureRevoked: Bool
        /// Item 1: carrying out the coercive measure caused personal injury.
        public let personalInjuryInMeasure: Bool
        /// Item 2: litigation has confirmed that the enforced property does not belong to the debtor.
        public let propertyConfirmedNotDebtorsByLitigation: Bool
        /// Item 2: an effective instrument of a people's court has confirmed the enforcement act unlawful.
        public let actConfirmedUnlawfulByEffectiveInstrument: Bool
        /// Item 3 (*finding*): the debtor no longer has property available for enforcement.
        public let debtorHasNoPropertyForEnforcement: Bool
        /// Item 4 (*finding*): another situation in which a claim may be made before the end, described.
        public let otherSituation: String?
        /// Proviso (*finding*): the harm cannot be remedied in the related litigation or enforcement procedure.
        public let cannotBeRemediedInProceedings: Bool

        public init(coerciveMeasureRevoked: Bool = false, personalInjuryInMeasure: Bool = false,
                    propertyConfirmedNotDebtorsByLitigation: Bool = false,
                    actConfirmedUnlawfulByEffectiveInstrument: Bool = false,
                    debtorHasNoPropertyForEnforcement: Bool = false, otherSituation: String? = nil,
                    cannotBeRemediedInProceedings: Bool = false) {
            self.coerciveMeasureRevoked = coerciveMeasureRevoked
            self.personalInjuryInMeasure = personalInjuryInMeasure
            self.propertyConfirmedNotDebtorsByLitigation = propertyConfirmedNotDebtorsByLitigation
            self.actConfirmedUnlawfulByEffectiveInstrument = actConfirmedUnlawfulByEffectiveInstrument
            self.debtorHasNoPropertyForEnforcement = debtorHasNoPropertyForEnforcement
            self.otherSituation = otherSituation
            self.cannotBeRemediedInProceedings = cannotBeRemediedInProceedings
        }

        private enum CodingKeys: String, CodingKey {
            case coerciveMeasureRevoked, personalInjuryInMeasure, propertyConfirmedNotDebtorsByLitigation,
                 actConfirmedUnlawfulByEffectiveInstrument, debtorHasNoPropertyForEnforcement, otherSituation,
                 cannotBeRemediedInProceedings
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            coerciveMeasureRevoked = try c.compFlag(.coerciveMeasureRevoked)
            personalInjuryInMeasure = try c.compFlag(.personalInjuryInMeasure)
            propertyConfirmedNotDebtorsByLitigation = try c.compFlag(.propertyConfirmedNotDebtorsByLitigation)
            actConfirmedUnlawfulByEffectiveInstrument = try c.compFlag(.actConfirmedUnlawfulByEffectiveInstrument)
            debtorHasNoPropertyForEnforcement = try c.compFlag(.debtorHasNoPropertyForEnforcement)
            otherSituation = try c.compText(.otherSituation)
            cannotBeRemediedInProceedings = try c.compFlag(.cannotBeRemediedInProceedings)
        }
    }

    /// Who claims, as far as the rules care.
    public enum ClaimantRole: String, CompensationFactEnum {
        /// 被执行人: Art.10 applies (compensation first pays the claimant's own outstanding debt).
        case debtor
        /// 申请执行人: Art.11 para.2 applies where the error made the instrument unenforceable.
        case applicant
        /// 案外人.
        case thirdParty
        /// 债权受让人: Art.3 (standing follows the assigned debt claim) and Art.17 para.2 (cap: consideration paid).
        case assignee
        case other
    }

    public struct Claimant: Decodable, Sendable {
        public let name: String
        public let role: ClaimantRole
        /// Art.10: for a debtor, the debt still unpaid on the decision date.
        public let outstandingDebt: Money?
        /// Art.3, Art.17 para.2: required when `role` is `assignee`.
        public let assignment: Assignment?

        public init(name: String, role: ClaimantRole, outstandingDebt: Money? = nil, assignment: Assignment? = nil) {
            self.name = name
            self.role = role
            self.outstandingDebt = outstandingDebt
            self.assignment = assignment
        }

        private enum CodingKeys: String, CodingKey { case name, role, outstandingDebt, assignment }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.compText(.name) ?? ""
            role = try c.compRequired(ClaimantRole.self, .role)
            outstandingDebt = try c.compOptional(Money.self, .outstandingDebt)
            assignment = try c.compOptional(Assignment.self, .assignment)
            if name.isEmpty {
                throw compensationError(c.compPath(.name), "name_missing", zh: "缺少赔偿请求人名称", en: "The claimant's name is missing")
            }
            if let outstandingDebt, outstandingDebt.isNegative {
                throw compensationError(c.compPath(.outstandingDebt), "negative_amount", zh: "未清偿债务不能为负数",
                                en: "The outstanding debt cannot be negative")
            }
            if role == .assignee && assignment == nil {
                throw compensationError(c.compPath(.assignment), "assignment_missing",
                                zh: "赔偿请求人为债权受让人的，应当写明债权转让情况（assignment）",
                                en: "A claimant who is an assignee must describe the assignment (assignment)")
            }
        }
    }

    /// Why an assigned debt claim might not carry the right to claim compensation (Art.3 proviso).
    public enum AssignmentRestriction: String, CompensationFactEnum {
        /// 根据债权性质不得转让.
        case byNature
        /// 按照当事人约定不得转让.
        case byAgreement
        /// 依照法律规定不得转让.
        case byLaw
    }

    public struct Assignment: Decodable, Sendable {
        /// 原债权人.
        public let assignor: String?
        public let assignedOn: LocalDate?
        /// 受让债权时支付的对价: Art.17 para.2's cap.
        public let considerationPaid: Money
        /// *finding*: the debt claim could not be assigned, and why.
        public let restriction: AssignmentRestriction?

        public init(assignor: String? = nil, assignedOn: LocalDate? = nil, considerationPaid: Money,
                    restriction: AssignmentRestriction? = nil) {
            self.assignor = assignor
            self.assignedOn = assignedOn
            self.considerationPaid = considerationPaid
            self.restriction = restriction
        }

        private enum CodingKeys: String, CodingKey { case assignor, assignedOn, considerationPaid, restriction }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            assignor = try c.compText(.assignor)
            assignedOn = try c.compOptional(LocalDate.self, .assignedOn)
            considerationPaid = try c.compRequired(Money.self, .considerationPaid)
            restriction = try c.compOptional(AssignmentRestriction.self, .restriction)
            if considerationPaid.isNegative {
                throw compensationError(c.compPath(.considerationPaid), "negative_amount", zh: "受让对价不能为负数",
                                en: "The consideration paid cannot be negative")
            }
        }
    }

    /// State Compensation Law Art.39 and Art.5 para.2 of the interpretation.
    public struct Limitation: Decodable, Sendable {
        /// *finding*: the day the claimant knew or should have known that the act infringed its rights.
        public let knewOn: LocalDate?
        /// Periods of custody or other restriction of the claimant's liberty (Art.39 para.1: not counted).
        public let custodyPeriods: [DateRange]
        /// *finding*: force majeure or another obstacle that kept the claimant from claiming (Art.39 para.2:
        /// suspends the period when it falls in the last six months).
        public let obstacles: [DateRange]

        public init(knewOn: LocalDate? = nil, custodyPeriods: [DateRange] = [], obstacles: [DateRange] = []) {
            self.knewOn = knewOn
            self.custodyPeriods = custodyPeriods
            self.obstacles = obstacles
        }

        private enum CodingKeys: String, CodingKey { case knewOn, custodyPeriods, obstacles }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            knewOn = try c.compOptional(LocalDate.self, .knewOn)
            custodyPeriods = try c.compList(DateRange.self, .custodyPeriods)
            obstacles = try c.compList(DateRange.self, .obstacles)
        }
    }
}
