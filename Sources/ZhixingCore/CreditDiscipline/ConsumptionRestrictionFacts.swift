/// The factors the court must consider before restricting consumption (Consumption Restriction Provisions 2015
/// Art.2): each is the court's finding; absent means "not assessed".
public struct RestrictionFactors: Decodable, Sendable, Hashable {
    /// 消极履行.
    public var negativePerformance: Bool?
    /// 规避执行.
    public var evasion: Bool?
    /// 抗拒执行.
    public var resistance: Bool?
    /// 被执行人的履行能力: whether the debtor has the ability to perform.
    public var abilityToPerform: Bool?

    public init(negativePerformance: Bool? = nil, evasion: Bool? = nil, resistance: Bool? = nil,
                abilityToPerform: Bool? = nil) {
        self.negativePerformance = negativePerformance
        self.evasion = evasion
        self.resistance = resistance
        self.abilityToPerform = abilityToPerform
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case negativePerformance, evasion, resistance, abilityToPerform }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        negativePerformance = try c.creditOptional(Bool.self, .negativePerformance)
        evasion = try c.creditOptional(Bool.self, .evasion)
        resistance = try c.creditOptional(Bool.self, .resistance)
        abilityToPerform = try c.creditOptional(Bool.self, .abilityToPerform)
    }

    var isEmpty: Bool { negativePerformance == nil && evasion == nil && resistance == nil && abilityToPerform == nil }
}

/// An application by a person bound because of an organisation debtor to consume with personal funds for
/// private purposes (2015 Art.3 para.2: 因私消费以个人财产实施前款规定行为的，可以向执行法院提出申请).
public struct PrivateConsumptionApplication: Decodable, Sendable, Hashable {
    /// The applicant's name; must be one of the bound persons.
    public var person: String
    /// What the person wants to do (e.g. "乘坐飞机赴上海探亲").
    public var purpose: String?
    /// The court's examination (执行法院审查属实): `true` the consumption is private and paid with personal
    /// property; `false` it is not; absent while the court has not examined it.
    public var verifiedPrivateWithPersonalFunds: Bool?

    public init(person: String, purpose: String? = nil, verifiedPrivateWithPersonalFunds: Bool? = nil) {
        self.person = person
        self.purpose = purpose
        self.verifiedPrivateWithPersonalFunds = verifiedPrivateWithPersonalFunds
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case person, purpose, verifiedPrivateWithPersonalFunds }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        person = try c.creditText(.person, required: true) ?? ""
        purpose = try c.creditText(.purpose)
        verifiedPrivateWithPersonalFunds = try c.creditOptional(Bool.self, .verifiedPrivateWithPersonalFunds)
    }
}

/// The consumption restriction (限制消费) of the case.
public struct ConsumptionRestrictionFacts: Decodable, Sendable {
    /// Art.4: who asks for the restriction (申请执行人书面申请 / 人民法院依职权).
    public var initiatedBy: MeasureInitiator?
    /// Art.4 (human finding): the court finds it necessary to act of its own motion (必要时).
    public var necessityFound: Bool
    public var factors: RestrictionFactors
    /// The date of an existing restriction order (限制消费令).
    public var orderedOn: LocalDate?
    /// Art.9 (human finding): the debtor provided a guarantee the court finds genuine and effective (确实有效).
    public var effectiveGuaranteeProvided: Bool
    /// Art.9: the applicant consents to lifting the restriction.
    public var applicantConsentsToLifting: Bool
    /// The date the order was lifted.
    public var liftedOn: LocalDate?
    public var privateConsumptionApplications: [PrivateConsumptionApplication]

    public init(initiatedBy: MeasureInitiator? = nil, necessityFound: Bool = false,
                factors: RestrictionFactors = RestrictionFactors(), orderedOn: LocalDate? = nil,
                effectiveGuaranteeProvided: Bool = false, applicantConsentsToLifting: Bool = false,
                liftedOn: LocalDate? = nil, privateConsumptionApplications: [PrivateConsumptionApplication] = []) {
        self.initiatedBy = initiatedBy
        self.necessityFound = necessityFound
        self.factors = factors
        self.orderedOn = orderedOn
        self.effectiveGuaranteeProvided = effectiveGuaranteeProvided
        self.applicantConsentsToLifting = applicantConsentsToLifting
        self.liftedOn = liftedOn
        self.privateConsumptionApplications = privateConsumptionApplications
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case initiatedBy, necessityFound, factors, orderedOn, effectiveGuaranteeProvided, applicantConsentsToLifting
        case liftedOn, privateConsumptionApplications
    }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        initiatedBy = try c.creditEnum(MeasureInitiator.self, .initiatedBy)
        necessityFound = try c.creditFlag(.necessityFound)
        factors = try c.creditOptional(RestrictionFactors.self, .factors) ?? RestrictionFactors()
        orderedOn = try c.creditOptional(LocalDate.self, .orderedOn)
        effectiveGuaranteeProvided = try c.creditFlag(.effectiveGuaranteeProvided)
        applicantConsentsToLifting = try c.creditFlag(.applicantConsentsToLifting)
        liftedOn = try c.creditOptional(LocalDate.self, .liftedOn)
        privateConsumptionApplications = try c.creditOptional([PrivateConsumptionApplication].self,
                                                        .privateConsumptionApplications) ?? []
        if liftedOn != nil && orderedOn == nil {
            throw CreditDecoding.error(c.creditPath(.orderedOn), "missing",
                                       zh: "给出解除日期时须给出限制消费令的日期（orderedOn）",
                                       en: "orderedOn is required with liftedOn")
        }
        try creditRequireOrder(orderedOn, liftedOn, earlierField: c.creditPath(.orderedOn),
                               laterField: c.creditPath(.liftedOn))
    }

    func validate(asOf: LocalDate, debtor: CreditDebtor) throws {
        try creditRequireNotAfter(orderedOn, asOf, field: "consumptionRestriction.orderedOn")
        try creditRequireNotAfter(liftedOn, asOf, field: "consumptionRestriction.liftedOn")
        let names = Set(debtor.responsiblePersons.map(\.name) + [debtor.legalRepresentative].compactMap { $0 })
        for (index, application) in privateConsumptionApplications.enumerated()
        where debtor.kind == .organisation && !names.contains(application.person) {
            throw CreditDecoding.error("consumptionRestriction.privateConsumptionApplications[\(index)].person",
                                       "unknown_person",
                                       zh: "申请人“\(application.person)”不是被执行单位的法定代表人、主要负责人、直接责任人员或实际控制人",
                                       en: "“\(application.person)” is not among the organisation's legal representative, principal responsible persons, directly responsible persons or actual controller")
        }
    }
}
