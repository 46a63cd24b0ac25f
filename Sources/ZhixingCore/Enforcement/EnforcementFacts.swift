/// The facts of one enforcement case that the law looks at, besides its events.
public struct EnforcementFacts: Sendable, Hashable, Codable {
    public let caseType: CaseType
    public let filedOn: LocalDate
    public let basis: ExecutionBasisFacts
    public let jurisdiction: JurisdictionFacts
    /// The sum the applicant asks to enforce (may not exceed what the basis awards).
    public let amountApplied: Money
    /// Whether the case has property available to enforce (6-month limit) or is a non-litigation case
    /// (3 months) — 2006 Provisions Art.1.
    public let nonLitigation: Bool
    public let events: [EnforcementEvent]
    /// The day the question is asked. The engine never reads the clock.
    public let asOf: LocalDate
    /// Optional. Periods not counted in the time limits besides suspension (which the events show):
    /// service by public notice, deferral, requests for instructions, coordination between courts,
    /// appraisal and auction (2006 Provisions Art.13; Trial Time Limits Provisions Art.9).
    public let uncountedPeriods: [UncountedPeriod]?
    /// Optional. Extensions of the conclusion limit approved by the president (2006 Provisions Art.1 para.2;
    /// Trial Time Limits Provisions Art.5), or of a reconsideration's 30 days.
    public let timeLimitExtensions: [TimeLimitExtension]?
    /// Optional. Findings the law leaves to the court (the engine relies on them and says so); `nil`
    /// members mean "no finding recorded" and the engine relies on the events instead.
    public let findings: CaseFindings?
    /// Optional. For objection (执异) cases: which objection it is and when the ruling was served.
    public let objection: ObjectionFacts?
    /// Optional. The entrustment of this case to a court in another province (委托执行), when there is one.
    public let entrustment: EntrustmentFacts?

    public init(caseType: CaseType, filedOn: LocalDate, basis: ExecutionBasisFacts, jurisdiction: JurisdictionFacts,
                amountApplied: Money, nonLitigation: Bool, events: [EnforcementEvent], asOf: LocalDate,
                uncountedPeriods: [UncountedPeriod]? = nil, timeLimitExtensions: [TimeLimitExtension]? = nil,
                findings: CaseFindings? = nil, objection: ObjectionFacts? = nil, entrustment: EntrustmentFacts? = nil) {
        self.caseType = caseType
        self.filedOn = filedOn
        self.basis = basis
        self.jurisdiction = jurisdiction
        self.amountApplied = amountApplied
        self.nonLitigation = nonLitigation
        self.events = events
        self.asOf = asOf
        self.uncountedPeriods = uncountedPeriods
        self.timeLimitExtensions = timeLimitExtensions
        self.findings = findings
        self.objection = objection
        self.entrustment = entrustment
    }
}

/// 执行依据: the effective legal instrument enforced.
public struct ExecutionBasisFacts: Sendable, Hashable, Codable {
    public let kind: ExecutionBasisKind
    public let issuingBody: String
    public let documentNumber: String
    /// The day it took legal effect; a basis not yet effective cannot be enforced.
    public let effectiveOn: LocalDate?
    /// The sum the basis awards (principal and whatever else it fixes as money); `nil` when it fixes no sum.
    public let amountAwarded: Money?

    public init(kind: ExecutionBasisKind, issuingBody: String, documentNumber: String, effectiveOn: LocalDate?, amountAwarded: Money?) {
        self.kind = kind
        self.issuingBody = issuingBody
        self.documentNumber = documentNumber
        self.effectiveOn = effectiveOn
        self.amountAwarded = amountAwarded
    }
}

public enum ExecutionBasisKind: String, Sendable, Hashable, Codable, CaseIterable {
    case civilJudgment, civilRuling, mediationStatement
    /// 刑事裁判涉财产部分
    case criminalJudgmentPropertyPart
    case arbitralAward
    /// 公证债权文书
    case notarizedDebtInstrument
    /// 承认和执行的外国、港澳台判决或仲裁裁决
    case recognizedForeignJudgment, recognizedForeignAward, hongKongMacauTaiwanJudgment, hongKongMacauTaiwanAward
    /// 准予强制执行的行政决定 (非诉执行)
    case administrativeDecision
}

/// What the jurisdiction check (CPL 2023 Art.235; seed 003) needs: the court's relation to the case.
public struct JurisdictionFacts: Sendable, Hashable, Codable {
    /// The enforcing court is the court of first instance of the basis.
    public let isFirstInstanceCourt: Bool
    /// The enforcing court is where the property to be enforced is located.
    public let propertyInCourtArea: Bool
    /// The enforcing court is at the same level as the first-instance court.
    public let sameLevelAsFirstInstance: Bool
    /// For arbitral awards and notarized instruments: the debtor's domicile or the property is in the
    /// court's area (a human finding; see the 2018 SPC Provisions on arbitral award enforcement).
    public let debtorDomicileInCourtArea: Bool?
    /// Optional. The enforcing court's level, for the level rules of arbitral awards (intermediate court,
    /// 2018 Arbitral Award Enforcement Provisions Art.2), recognised judgments and awards, and
    /// administrative decisions (basic court, Administrative Litigation Law Interpretation 2018 Art.157).
    public let enforcingCourtLevel: CourtLevel?
    /// Optional. A higher court designated this court (e.g. a basic court for an arbitral award with the
    /// approval of the higher court, 2018 Arbitral Award Enforcement Provisions Art.2 para.2).
    public let designatedByHigherCourt: Bool?
    /// Optional. For administrative decisions: the applying administrative organ is in the court's area
    /// (Administrative Litigation Law Interpretation 2018 Art.157 para.1).
    public let applicantInCourtArea: Bool?

    public init(isFirstInstanceCourt: Bool, propertyInCourtArea: Bool, sameLevelAsFirstInstance: Bool, debtorDomicileInCourtArea: Bool? = nil,
                enforcingCourtLevel: CourtLevel? = nil, designatedByHigherCourt: Bool? = nil, applicantInCourtArea: Bool? = nil) {
        self.isFirstInstanceCourt = isFirstInstanceCourt
        self.propertyInCourtArea = propertyInCourtArea
        self.sameLevelAsFirstInstance = sameLevelAsFirstInstance
        self.debtorDomicileInCourtArea = debtorDomicileInCourtArea
        self.enforcingCourtLevel = enforcingCourtLevel
        self.designatedByHigherCourt = designatedByHigherCourt
        self.applicantInCourtArea = applicantInCourtArea
    }
}
