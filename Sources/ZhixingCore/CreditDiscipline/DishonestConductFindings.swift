/// The court's finding of obstruction or resistance (Art.1 item 2), with the Art.2 para.1 aggravation.
public struct ObstructionFinding: Decodable, Sendable, Hashable {
    public var methods: [ObstructionMethod]
    /// Art.2 para.1 (human finding): 以暴力、威胁方法妨碍、抗拒执行情节严重.
    public var seriousCircumstances: Bool

    public init(methods: [ObstructionMethod], seriousCircumstances: Bool = false) {
        self.methods = methods
        self.seriousCircumstances = seriousCircumstances
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case methods, seriousCircumstances }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        methods = try c.creditEnumList(ObstructionMethod.self, .methods)
        seriousCircumstances = try c.creditFlag(.seriousCircumstances)
    }

    /// Violence or threats among the methods: the only methods Art.2 para.1 names for the extension.
    var usesViolenceOrThreat: Bool { methods.contains(.violence) || methods.contains(.threat) }
}

/// The court's finding of evasion (Art.1 item 3).
public struct EvasionFinding: Decodable, Sendable, Hashable {
    public var methods: [EvasionMethod]

    public init(methods: [EvasionMethod]) { self.methods = methods }

    enum CodingKeys: String, CodingKey, CaseIterable { case methods }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        methods = try c.creditEnumList(EvasionMethod.self, .methods)
    }
}

/// The enforcing court's findings on the six grounds of Art.1 and the aggravations of Art.2. Each is a
/// judgment the law leaves to the court; the engine relies on it and says so.
public struct DishonestConductFindings: Decodable, Sendable {
    /// Item 1: 有履行能力而拒不履行.
    public var ableToPerformButRefuses: Bool
    /// Item 2: obstruction or resistance, with its methods.
    public var obstruction: ObstructionFinding?
    /// Item 3: evasion, with its methods.
    public var evasion: EvasionFinding?
    /// Item 4: 违反财产报告制度 (refusing to report, or reporting falsely).
    public var violatedPropertyReporting: Bool
    /// Item 5: 违反限制消费令 (requires a consumption restriction order in the facts).
    public var violatedConsumptionRestrictionOrder: Bool
    /// Item 6: 无正当理由拒不履行执行和解协议.
    public var refusedSettlementAgreementWithoutProperReason: Bool
    /// Art.2 para.1: 具有多项失信行为. When absent, the engine counts the grounds established.
    public var multipleDishonestActs: Bool?
    /// Art.2 para.2: 失信被执行人积极履行生效法律文书确定义务或主动纠正失信行为.
    public var activelyPerformedOrCorrected: Bool

    public init(ableToPerformButRefuses: Bool = false, obstruction: ObstructionFinding? = nil,
                evasion: EvasionFinding? = nil, violatedPropertyReporting: Bool = false,
                violatedConsumptionRestrictionOrder: Bool = false,
                refusedSettlementAgreementWithoutProperReason: Bool = false, multipleDishonestActs: Bool? = nil,
                activelyPerformedOrCorrected: Bool = false) {
        self.ableToPerformButRefuses = ableToPerformButRefuses
        self.obstruction = obstruction
        self.evasion = evasion
        self.violatedPropertyReporting = violatedPropertyReporting
        self.violatedConsumptionRestrictionOrder = violatedConsumptionRestrictionOrder
        self.refusedSettlementAgreementWithoutProperReason = refusedSettlementAgreementWithoutProperReason
        self.multipleDishonestActs = multipleDishonestActs
        self.activelyPerformedOrCorrected = activelyPerformedOrCorrected
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case ableToPerformButRefuses, obstruction, evasion, violatedPropertyReporting
        case violatedConsumptionRestrictionOrder, refusedSettlementAgreementWithoutProperReason
        case multipleDishonestActs, activelyPerformedOrCorrected
    }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        ableToPerformButRefuses = try c.creditFlag(.ableToPerformButRefuses)
        obstruction = try c.creditOptional(ObstructionFinding.self, .obstruction)
        evasion = try c.creditOptional(EvasionFinding.self, .evasion)
        violatedPropertyReporting = try c.creditFlag(.violatedPropertyReporting)
        violatedConsumptionRestrictionOrder = try c.creditFlag(.violatedConsumptionRestrictionOrder)
        refusedSettlementAgreementWithoutProperReason = try c.creditFlag(.refusedSettlementAgreementWithoutProperReason)
        multipleDishonestActs = try c.creditOptional(Bool.self, .multipleDishonestActs)
        activelyPerformedOrCorrected = try c.creditFlag(.activelyPerformedOrCorrected)
    }

    /// Whether the court found the conduct of `ground`.
    public func found(_ ground: DishonestGround) -> Bool {
        switch ground {
        case .refusesDespiteAbility: ableToPerformButRefuses
        case .obstructsEnforcement: obstruction != nil
        case .evadesEnforcement: evasion != nil
        case .violatesPropertyReporting: violatedPropertyReporting
        case .violatesConsumptionRestriction: violatedConsumptionRestrictionOrder
        case .refusesSettlementAgreement: refusedSettlementAgreementWithoutProperReason
        }
    }
}

/// The court's findings on the situations in which a debtor must not be listed, or a restriction not ordered.
public struct ListingBarFindings: Decodable, Sendable {
    /// Art.3 item 1: 提供了充分有效担保.
    public var adequateGuaranteeProvided: Bool
    /// Art.3 item 2: 已被采取查封、扣押、冻结等措施的财产足以清偿生效法律文书确定债务.
    public var controlledPropertySufficient: Bool
    /// Art.3 item 3: 被执行人履行顺序在后，对其依法不应强制执行 (e.g. a general guarantor).
    public var laterInOrderOfPerformance: Bool
    /// Art.3 item 4: 其他不属于有履行能力而拒不履行生效法律文书确定义务的情形.
    public var otherNotRefusalDespiteAbility: Bool
    /// What that other situation is, in words.
    public var otherNotRefusalDescription: String?
    /// Opinions 2019 No.16: the applicant asked the court not to take disciplinary measures for now.
    public var applicantRequestedNoDisciplinaryMeasures: Bool
    /// Opinions 2019 No.16 (human finding): a campus-loan student case that is an exception to "一般不得".
    public var campusLoanExceptionFound: Bool

    public init(adequateGuaranteeProvided: Bool = false, controlledPropertySufficient: Bool = false,
                laterInOrderOfPerformance: Bool = false, otherNotRefusalDespiteAbility: Bool = false,
                otherNotRefusalDescription: String? = nil, applicantRequestedNoDisciplinaryMeasures: Bool = false,
                campusLoanExceptionFound: Bool = false) {
        self.adequateGuaranteeProvided = adequateGuaranteeProvided
        self.controlledPropertySufficient = controlledPropertySufficient
        self.laterInOrderOfPerformance = laterInOrderOfPerformance
        self.otherNotRefusalDespiteAbility = otherNotRefusalDespiteAbility
        self.otherNotRefusalDescription = otherNotRefusalDescription
        self.applicantRequestedNoDisciplinaryMeasures = applicantRequestedNoDisciplinaryMeasures
        self.campusLoanExceptionFound = campusLoanExceptionFound
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case adequateGuaranteeProvided, controlledPropertySufficient, laterInOrderOfPerformance
        case otherNotRefusalDespiteAbility, otherNotRefusalDescription, applicantRequestedNoDisciplinaryMeasures
        case campusLoanExceptionFound
    }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        adequateGuaranteeProvided = try c.creditFlag(.adequateGuaranteeProvided)
        controlledPropertySufficient = try c.creditFlag(.controlledPropertySufficient)
        laterInOrderOfPerformance = try c.creditFlag(.laterInOrderOfPerformance)
        otherNotRefusalDespiteAbility = try c.creditFlag(.otherNotRefusalDespiteAbility)
        otherNotRefusalDescription = try c.creditText(.otherNotRefusalDescription)
        applicantRequestedNoDisciplinaryMeasures = try c.creditFlag(.applicantRequestedNoDisciplinaryMeasures)
        campusLoanExceptionFound = try c.creditFlag(.campusLoanExceptionFound)
    }
}
