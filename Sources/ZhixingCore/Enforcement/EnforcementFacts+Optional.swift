/// A period that is not counted in the time limits of an enforcement case (不计入办案期限的期间).
/// Suspension is read from the `suspended` / `resumed` events; the others come in as these facts.
///
/// JSON: `{"kind": "publicNoticeService", "from": "2025-03-01", "to": "2025-04-30"}`; `to` may be left out
/// while the period is still running.
public struct UncountedPeriod: Sendable, Hashable, Codable {
    public let kind: UncountedPeriodKind
    /// The first day of the period.
    public let from: LocalDate
    /// The day it ended; `nil` while it runs.
    public let to: LocalDate?

    public init(kind: UncountedPeriodKind, from: LocalDate, to: LocalDate? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
    }
}

/// The kinds of period not counted: 2006 Time Limits Provisions Art.13 items 1, 2, 4, 5 and Trial Time
/// Limits Provisions Art.9 items 8, 10-12 (suspension, Art.13 item 3, comes from the events).
public enum UncountedPeriodKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 公告送达执行法律文书的期间 (2006 Art.13 item 1)
    case publicNoticeService
    /// 暂缓执行的期间, decided by this court or notified by a higher court (2006 Art.13 item 2; Trial Time Limits Art.9 items 10-11)
    case deferral
    /// 就法律适用问题向上级法院请示的期间 (2006 Art.13 item 4)
    case requestForInstructions
    /// 与其他法院发生执行争议报请共同的上级法院协调处理的期间 (2006 Art.13 item 5)
    case interCourtCoordination
    /// 由有关专业机构进行审计、评估、资产清理的期间 (Trial Time Limits Art.9 item 8)
    case appraisalOrAudit
    /// 执行中拍卖、变卖被查封、扣押财产的期间 (Trial Time Limits Art.9 item 12)
    case auctionOrSale
}

/// An extension of a time limit approved by the president (院长批准延长).
///
/// JSON: `{"requestedOn": "2025-07-01", "approvedOn": "2025-07-03", "period": {"unit": "months", "count": 3}}`.
public struct TimeLimitExtension: Sendable, Hashable, Codable {
    /// The day the handler asked for it (2006 Provisions Art.1 para.3: within the 5 days before expiry).
    public let requestedOn: LocalDate?
    /// The day the president (or vice-president) approved it.
    public let approvedOn: LocalDate
    /// How long: 3 months at most for an enforcement case (Trial Time Limits Provisions Art.5), 30 days at
    /// most for a reconsideration (Enforcement Procedure Interpretation Art.8).
    public let period: Period

    public init(requestedOn: LocalDate?, approvedOn: LocalDate, period: Period) {
        self.requestedOn = requestedOn
        self.approvedOn = approvedOn
        self.period = period
    }
}

/// Findings the law leaves to the court. The engine never guesses them: a finding given here decides the
/// point and the reasons say it was relied on; a finding left out (`nil`) means the engine relies on what
/// the events show, and says that too.
public struct CaseFindings: Sendable, Hashable, Codable {
    /// Whether the debtor meets a ground of the dishonest-list provisions (终本 Provisions Art.1 item 2:
    /// "将符合条件的被执行人纳入失信被执行人名单"). `nil`: the engine relies on the court not having listed.
    public let dishonestListingConditionsMet: Bool?
    /// Whether the debtor's whereabouts are unknown (终本 Provisions Art.1 item 5). `nil`: not found so.
    public let debtorWhereaboutsUnknown: Bool?
    /// Whether the debtor or others obstructed enforcement (终本 Provisions Art.1 item 5; Art.2 item 3 for
    /// late, refused or false property reports). `nil`: not found so.
    public let obstructionOccurred: Bool?
    /// Whether the applicant signed to confirm the termination of the current procedure, or a collegial
    /// panel reviewed it and the president approved (CPL Interpretation 2022 Art.517 para.1).
    public let terminationConfirmed: Bool?

    public init(dishonestListingConditionsMet: Bool? = nil, debtorWhereaboutsUnknown: Bool? = nil,
                obstructionOccurred: Bool? = nil, terminationConfirmed: Bool? = nil) {
        self.dishonestListingConditionsMet = dishonestListingConditionsMet
        self.debtorWhereaboutsUnknown = debtorWhereaboutsUnknown
        self.obstructionOccurred = obstructionOccurred
        self.terminationConfirmed = terminationConfirmed
    }
}

/// What an objection case (执异) is about, and when its ruling was served.
public struct ObjectionFacts: Sendable, Hashable, Codable {
    public let kind: ObjectionKind
    /// The day the ruling on the objection was served on the objector (the party periods run from it).
    public let rulingServedOn: LocalDate?

    public init(kind: ObjectionKind, rulingServedOn: LocalDate? = nil) {
        self.kind = kind
        self.rulingServedOn = rulingServedOn
    }
}

public enum ObjectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 执行行为异议: a party or interested person says an enforcement act breaks the law (CPL 2023 Art.236).
    case enforcementAct
    /// 案外人异议: a third party claims the object of enforcement (CPL 2023 Art.238).
    case thirdPartyClaim
}
