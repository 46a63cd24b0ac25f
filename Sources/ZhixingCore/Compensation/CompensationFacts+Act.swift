extension CompensationRules {
    /// One enforcement act complained of.
    public struct Act: Decodable, Sendable {
        /// A short id, unique in the claim (`A1`), used by `Review.actIds` and in the decision.
        public let id: String
        public let description: String?
        /// Which of the eleven kinds of Art.2 the claimant alleges.
        public let kind: ErroneousEnforcementKind
        /// The day the act was done (错误执行行为实施之日): Art.15 item 1 interest runs from it.
        public let date: LocalDate?
        /// Art.7: earlier legality findings and the committee's own.
        public let legality: Legality
        /// Art.8: a later change of the basis or of the facts.
        public let laterChange: LaterChange?
        /// Art.13 para.1: a situation in which the court bears no liability.
        public let noLiabilitySituation: NoLiabilitySituation?
        /// Art.12: the damage was done by a custodian or a third party.
        public let damageByCustodianOrThirdParty: DamageByOthers?
        /// *finding* (Art.12, Art.13 para.2): the part of the damage the court answers for.
        public let courtShare: LiabilityShare?
        /// Art.11 para.1: someone obtained an improper benefit through the error.
        public let improperBenefit: ImproperBenefit?
        /// Art.11 para.2 (*finding*): the error made the effective instrument impossible to enforce.
        public let madeInstrumentUnenforceable: Bool
        /// Art.9 para.1 (*finding*): the court's fault (no inventory, an incomplete one) kept the claimant from proving
        /// the damage; the court then bears the burden of proof on it.
        public let courtFaultPreventedProof: Bool
        public let losses: [Loss]

        public init(id: String, description: String? = nil, kind: ErroneousEnforcementKind, date: LocalDate? = nil,
                    legality: Legality = Legality(), laterChange: LaterChange? = nil,
                    noLiabilitySituation: NoLiabilitySituation? = nil, damageByCustodianOrThirdParty: DamageByOthers? = nil,
                    courtShare: LiabilityShare? = nil, improperBenefit: ImproperBenefit? = nil,
                    madeInstrumentUnenforceable: Bool = false, courtFaultPreventedProof: Bool = false, losses: [Loss] = []) {
            self.id = id
            self.description = description
            self.kind = kind
            self.date = date
            self.legality = legality
            self.laterChange = laterChange
            self.noLiabilitySituation = noLiabilitySituation
            self.damageByCustodianOrThirdParty = damageByCustodianOrThirdParty
            self.courtShare = courtShare
            self.improperBenefit = improperBenefit
            self.madeInstrumentUnenforceable = madeInstrumentUnenforceable
            self.courtFaultPreventedProof = courtFaultPreventedProof
            self.losses = losses
        }

        private enum CodingKeys: String, CodingKey {
            case id, description, kind, date, legality, laterChange, noLiabilitySituation, damageByCustodianOrThirdParty,
                 courtShare, improperBenefit, madeInstrumentUnenforceable, courtFaultPreventedProof, losses
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.compText(.id) ?? ""
            description = try c.compText(.description)
            kind = try c.compRequired(ErroneousEnforcementKind.self, .kind)
            date = try c.compOptional(LocalDate.self, .date)
            legality = try c.compOptional(Legality.self, .legality) ?? Legality()
            laterChange = try c.compOptional(LaterChange.self, .laterChange)
            noLiabilitySituation = try c.compOptional(NoLiabilitySituation.self, .noLiabilitySituation)
            damageByCustodianOrThirdParty = try c.compOptional(DamageByOthers.self, .damageByCustodianOrThirdParty)
            courtShare = try c.compOptional(LiabilityShare.self, .courtShare)
            improperBenefit = try c.compOptional(ImproperBenefit.self, .improperBenefit)
            madeInstrumentUnenforceable = try c.compFlag(.madeInstrumentUnenforceable)
            courtFaultPreventedProof = try c.compFlag(.courtFaultPreventedProof)
            losses = try c.compList(Loss.self, .losses)
            if id.isEmpty {
                throw compensationError(c.compPath(.id), "act_id_missing", zh: "每项执行行为应有编号（id）", en: "Each act needs an id")
            }
        }
    }

    /// Art.7: how the legality of an act stands.
    public enum Holding: String, CompensationFactEnum {
        case lawful
        case unlawful
    }

    public struct PriorFinding: Decodable, Sendable {
        /// The objection, reconsideration or supervision procedure that made the finding.
        public let procedure: ReviewKind
        /// The effective instrument, e.g. `（2023）京0105执异12号`.
        public let document: String?
        public let held: Holding

        public init(procedure: ReviewKind, document: String? = nil, held: Holding) {
            self.procedure = procedure
            self.document = document
            self.held = held
        }

        private enum CodingKeys: String, CodingKey { case procedure, document, held }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            procedure = try c.compRequired(ReviewKind.self, .procedure)
            document = try c.compText(.document)
            held = try c.compRequired(Holding.self, .held)
        }
    }

    public struct Legality: Decodable, Sendable {
        /// Art.7 para.1: the legality finding of an effective instrument made in objection, reconsideration or
        /// supervision proceedings.
        public let priorFinding: PriorFinding?
        /// Art.7 para.2: the claimant contests that finding and has offered evidence for it.
        public let contraryClaimWithEvidence: Bool
        /// *finding*: the committee's own finding on legality (required where there is no prior finding, or it is
        /// contested with evidence).
        public let committeeFinding: Holding?

        public init(priorFinding: PriorFinding? = nil, contraryClaimWithEvidence: Bool = false,
                    committeeFinding: Holding? = nil) {
            self.priorFinding = priorFinding
            self.contraryClaimWithEvidence = contraryClaimWithEvidence
            self.committeeFinding = committeeFinding
        }

        private enum CodingKeys: String, CodingKey { case priorFinding, contraryClaimWithEvidence, committeeFinding }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            priorFinding = try c.compOptional(PriorFinding.self, .priorFinding)
            contraryClaimWithEvidence = try c.compFlag(.contraryClaimWithEvidence)
            committeeFinding = try c.compOptional(Holding.self, .committeeFinding)
        }
    }

    public struct LaterChange: Decodable, Sendable {
        public let situation: LaterChangeSituation
        /// *finding*: the act was done on the execution basis in force at the time, or on basic facts found according
        /// to law (Art.8 opening words).
        public let actBasedOnBasisValidAtTheTime: Bool
        /// *finding*: the act is unlawful on a ground of its own, independent of the later change.
        public let errorIndependentOfChange: Bool

        public init(situation: LaterChangeSituation, actBasedOnBasisValidAtTheTime: Bool,
                    errorIndependentOfChange: Bool = false) {
            self.situation = situation
            self.actBasedOnBasisValidAtTheTime = actBasedOnBasisValidAtTheTime
            self.errorIndependentOfChange = errorIndependentOfChange
        }

        private enum CodingKeys: String, CodingKey { case situation, actBasedOnBasisValidAtTheTime, errorIndependentOfChange }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            situation = try c.compRequired(LaterChangeSituation.self, .situation)
            actBasedOnBasisValidAtTheTime = try c.compRequired(Bool.self, .actBasedOnBasisValidAtTheTime)
            errorIndependentOfChange = try c.compFlag(.errorIndependentOfChange)
        }
    }

    public enum OtherPartyRole: String, CompensationFactEnum {
        /// 保管人.
        case custodian
        /// 第三人.
        case thirdParty
    }

    /// Art.12: damage done by a custodian or a third party during enforcement.
    public struct DamageByOthers: Decodable, Sendable {
        public let role: OtherPartyRole
        public let name: String
        /// *finding*: the court failed its duty to supervise.
        public let courtFailedSupervision: Bool

        public init(role: OtherPartyRole, name: String, courtFailedSupervision: Bool) {
            self.role = role
            self.name = name
            self.courtFailedSupervision = courtFailedSupervision
        }

        private enum CodingKeys: String, CodingKey { case role, name, courtFailedSupervision }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            role = try c.compRequired(OtherPartyRole.self, .role)
            name = try c.compText(.name) ?? ""
            courtFailedSupervision = try c.compRequired(Bool.self, .courtFailedSupervision)
            if name.isEmpty {
                throw compensationError(c.compPath(.name), "name_missing", zh: "缺少保管人或者第三人的名称",
                                en: "The custodian's or third party's name is missing")
            }
        }
    }

    /// Art.11 para.1.
    public struct ImproperBenefit: Decodable, Sendable {
        public let holder: String
        /// *finding*: the benefit can still be returned.
        public let returnable: Bool
        public let amount: Money?

        public init(holder: String, returnable: Bool, amount: Money? = nil) {
            self.holder = holder
            self.returnable = returnable
            self.amount = amount
        }

        private enum CodingKeys: String, CodingKey { case holder, returnable, amount }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            holder = try c.compText(.holder) ?? ""
            returnable = try c.compRequired(Bool.self, .returnable)
            amount = try c.compOptional(Money.self, .amount)
            if holder.isEmpty {
                throw compensationError(c.compPath(.holder), "name_missing", zh: "缺少取得不当利益的人",
                                en: "The holder of the improper benefit is missing")
            }
        }
    }
}
