extension CompensationRules {
    /// The heads of loss the interpretation and State Compensation Law Art.36 know.
    public enum LossKind: String, CompensationFactEnum {
        /// Art.15, SCL Art.36 items 3-5: property damaged, lost or disposed of, valued at market price.
        case property
        /// SCL Art.36 item 7: money returned (a fine, a frozen deposit, money deducted or paid out): deposit interest
        /// for the same period at the PBOC benchmark (法释〔2016〕20号 Art.15 para.1).
        case depositInterest
        /// Art.14: an actual interest loss (e.g. loan interest the claimant had to pay), as a direct loss.
        case actualInterest
        /// Art.14: an actual rent loss, as a direct loss.
        case rent
        /// Art.16 para.1, SCL Art.36 item 6: necessary recurring costs during a stoppage of production or business.
        case stoppageCosts
        /// Art.16 para.2: production equipment or an operating vehicle enforced against, the claimant's sole source of
        /// living lost: the actual loss.
        case soleLivelihood
        /// Art.17: a debt claim infringed: capped at the amount of the claim (an assignee: at the consideration paid).
        case debtClaim
        /// SCL Art.36 item 8: another direct loss to property.
        case otherDirectLoss
        /// Profits the claimant expected to make: not a direct loss, never compensated (SCL Art.36 item 8).
        case expectedProfits
    }

    /// Art.16 para.1 items 1-5, and what the article does not cover.
    public enum StoppageCostCategory: String, CompensationFactEnum {
        /// (一) 必要留守职工的工资 (item missing from seed 001; from the published text).
        case retainedStaffWages
        /// (二) 必须缴纳的税款、社会保险费 (item missing from seed 001; from the published text).
        case taxesAndSocialInsurance
        /// (三) 应当缴纳的水电费、保管费、仓储费、承包费.
        case utilitiesCustodyStorageContracting
        /// (四) 合理的房屋场地租金、设备租金、设备折旧费.
        case premisesEquipmentRentAndDepreciation
        /// (五) 维系停产停业期间运营所需的其他基本开支.
        case otherBasicOperatingCosts
        /// Lost profits or turnover: not a necessary recurring cost.
        case lostProfits

        /// The item of Art.16 para.1, or `nil` for what it does not cover.
        public var item: Int? {
            switch self {
            case .retainedStaffWages: 1
            case .taxesAndSocialInsurance: 2
            case .utilitiesCustodyStorageContracting: 3
            case .premisesEquipmentRentAndDepreciation: 4
            case .otherBasicOperatingCosts: 5
            case .lostProfits: nil
            }
        }

        public var text: LocalizedText {
            switch self {
            case .retainedStaffWages: LocalizedText(zh: "必要留守职工的工资", en: "wages of necessary staff kept on")
            case .taxesAndSocialInsurance: LocalizedText(zh: "必须缴纳的税款、社会保险费", en: "taxes and social insurance that had to be paid")
            case .utilitiesCustodyStorageContracting: LocalizedText(
                zh: "应当缴纳的水电费、保管费、仓储费、承包费", en: "water and power, custody, storage and contracting fees due")
            case .premisesEquipmentRentAndDepreciation: LocalizedText(
                zh: "合理的房屋场地租金、设备租金、设备折旧费", en: "reasonable rent of premises and equipment, depreciation of equipment")
            case .otherBasicOperatingCosts: LocalizedText(
                zh: "维系停产停业期间运营所需的其他基本开支", en: "other basic costs of keeping the business going during the stoppage")
            case .lostProfits: LocalizedText(zh: "可得利润、营业收入损失", en: "lost profits or turnover")
            }
        }
    }

    public struct StoppageCost: Decodable, Sendable {
        public let category: StoppageCostCategory
        public let amount: Money
        public let description: String?

        public init(category: StoppageCostCategory, amount: Money, description: String? = nil) {
            self.category = category
            self.amount = amount
            self.description = description
        }

        private enum CodingKeys: String, CodingKey { case category, amount, description }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            category = try c.compRequired(StoppageCostCategory.self, .category)
            amount = try c.compRequired(Money.self, .amount)
            description = try c.compText(.description)
        }
    }

    /// Art.16 para.2: what was enforced against.
    public enum LivelihoodAsset: String, CompensationFactEnum {
        /// 生产设备.
        case productionEquipment
        /// 用于营运的运输工具.
        case operatingVehicle
    }

    /// How a value was established (Art.9 para.2).
    public enum ValueEvidence: String, CompensationFactEnum {
        /// Proved by evidence or agreed.
        case evidence
        /// By appraisal (鉴定) applied for by the party bearing the burden of proof.
        case appraisal
        /// Appraisal impossible: the committee judged it from both sides' claims and the evidence, by logic and
        /// everyday experience.
        case committeeJudgment
        /// The party bearing the burden refused to apply for appraisal: it bears the adverse consequence (the value
        /// entered is the one that follows from that).
        case appraisalRefused
    }

    /// One head of loss. Which fields are needed depends on `kind` (see `docs/rules/compensation.md`).
    public struct Loss: Decodable, Sendable {
        public let kind: LossKind
        public let description: String?
        /// `rent`, `soleLivelihood`, `debtClaim`, `otherDirectLoss`, `expectedProfits`, and `actualInterest` when
        /// the interest is proved as a sum.
        public let amount: Money?
        // property (Art.15)
        /// 错误执行行为发生时的市场价格.
        public let marketPriceAtAct: Money?
        /// 赔偿决定作出时同类财产市场价格.
        public let marketPriceAtDecision: Money?
        /// *finding*: the market price at the act does not make good the loss (Art.15 opening words) → item 1.
        public let priceAtActInsufficient: Bool
        /// *finding*: the market price at the act cannot be determined → item 2.
        public let priceAtActIndeterminable: Bool
        /// *finding*: over a long time or with large price swings, the price at the act would be manifestly unfair → item 2.
        public let priceAtActManifestlyUnfair: Bool
        /// *finding*: the amount the committee fixed by another reasonable method (Art.15 item 3), with the method.
        public let otherReasonableAmount: Money?
        public let otherReasonableMethod: String?
        /// What the claimant already received for the property (e.g. sale proceeds paid to it): deducted.
        public let alreadyReceived: Money?
        // depositInterest / actualInterest
        public let principal: Money?
        public let from: LocalDate?
        /// Defaults to the decision date.
        public let to: LocalDate?
        /// `actualInterest` computed at a contract rate: percent a year, e.g. `"4.35"`.
        public let annualRate: String?
        // stoppageCosts (Art.16 para.1)
        public let stoppage: DateRange?
        public let items: [StoppageCost]
        // soleLivelihood (Art.16 para.2)
        public let asset: LivelihoodAsset?
        /// *finding*: enforcing against the asset cost the claimant its sole source of living.
        public let soleSourceOfLiving: Bool
        // debtClaim (Art.17)
        /// 债权标的额: the amount of the infringed debt claim.
        public let claimAmount: Money?
        /// *finding* (Art.17 para.1 "一般"): why the committee does not keep to the claim amount in this case.
        public let capDisappliedBecause: String?
        /// Art.9 para.2: how the value was established.
        public let valueEvidence: ValueEvidence?

        public init(kind: LossKind, description: String? = nil, amount: Money? = nil, marketPriceAtAct: Money? = nil,
                    marketPriceAtDecision: Money? = nil, priceAtActInsufficient: Bool = false,
                    priceAtActIndeterminable: Bool = false, priceAtActManifestlyUnfair: Bool = false,
                    otherReasonableAmount: Money? = nil, otherReasonableMethod: String? = nil,
                    alreadyReceived: Money? = nil, principal: Money? = nil, from: LocalDate? = nil, to: LocalDate? = nil,
                    annualRate: String? = nil, stoppage: DateRange? = nil, items: [StoppageCost] = [],
                    asset: LivelihoodAsset? = nil, soleSourceOfLiving: Bool = false, claimAmount: Money? = nil,
                    capDisappliedBecause: String? = nil, valueEvidence: ValueEvidence? = nil) {
            self.kind = kind
            self.description = description
            self.amount = amount
            self.marketPriceAtAct = marketPriceAtAct
            self.marketPriceAtDecision = marketPriceAtDecision
            self.priceAtActInsufficient = priceAtActInsufficient
            self.priceAtActIndeterminable = priceAtActIndeterminable
            self.priceAtActManifestlyUnfair = priceAtActManifestlyUnfair
            self.otherReasonableAmount = otherReasonableAmount
            self.otherReasonableMethod = otherReasonableMethod
            self.alreadyReceived = alreadyReceived
            self.principal = principal
            self.from = from
            self.to = to
            self.annualRate = annualRate
            self.stoppage = stoppage
            self.items = items
            self.asset = asset
            self.soleSourceOfLiving = soleSourceOfLiving
            self.claimAmount = claimAmount
            self.capDisappliedBecause = capDisappliedBecause
            self.valueEvidence = valueEvidence
        }

        private enum CodingKeys: String, CodingKey {
            case kind, description, amount, marketPriceAtAct, marketPriceAtDecision, priceAtActInsufficient,
                 priceAtActIndeterminable, priceAtActManifestlyUnfair, otherReasonableAmount, otherReasonableMethod,
                 alreadyReceived, principal, from, to, annualRate, stoppage, items, asset, soleSourceOfLiving,
                 claimAmount, capDisappliedBecause, valueEvidence
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            kind = try c.compRequired(LossKind.self, .kind)
            description = try c.compText(.description)
            amount = try c.compOptional(Money.self, .amount)
            marketPriceAtAct = try c.compOptional(Money.self, .marketPriceAtAct)
            marketPriceAtDecision = try c.compOptional(Money.self, .marketPriceAtDecision)
            priceAtActInsufficient = try c.compFlag(.priceAtActInsufficient)
            priceAtActIndeterminable = try c.compFlag(.priceAtActIndeterminable)
            priceAtActManifestlyUnfair = try c.compFlag(.priceAtActManifestlyUnfair)
            otherReasonableAmount = try c.compOptional(Money.self, .otherReasonableAmount)
            otherReasonableMethod = try c.compText(.otherReasonableMethod)
            alreadyReceived = try c.compOptional(Money.self, .alreadyReceived)
            principal = try c.compOptional(Money.self, .principal)
            from = try c.compOptional(LocalDate.self, .from)
            to = try c.compOptional(LocalDate.self, .to)
            annualRate = try c.compText(.annualRate)
            stoppage = try c.compOptional(DateRange.self, .stoppage)
            items = try c.compList(StoppageCost.self, .items)
            asset = try c.compOptional(LivelihoodAsset.self, .asset)
            soleSourceOfLiving = try c.compFlag(.soleSourceOfLiving)
            claimAmount = try c.compOptional(Money.self, .claimAmount)
            capDisappliedBecause = try c.compText(.capDisappliedBecause)
            valueEvidence = try c.compOptional(ValueEvidence.self, .valueEvidence)
        }
    }
}
