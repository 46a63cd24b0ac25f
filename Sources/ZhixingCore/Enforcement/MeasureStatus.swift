/// A control measure (freeze, seal, seizure) as it stands: its current term after renewals, when it
/// lapses, its renewal window, whether it was lifted, and its rank.
public struct MeasureStatus: Sendable, Encodable {
    public let id: String
    public let kind: ControlMeasureKind
    public let asset: AssetKind
    /// 首封 or 轮候 (a waiting-list measure that later took effect is shown as `first`).
    public let rank: SealRank
    public let state: MeasureState
    /// The day the measure was recorded.
    public let takenOn: LocalDate
    /// The first day of the current term (`nil` for a waiting-list measure not yet in effect).
    public let termStartsOn: LocalDate?
    /// The current term in months (the maximum when the court set none).
    public let termMonths: Int?
    /// The longest term the law allows for this asset (CPL Interpretation 2022 Art.485 para.1).
    public let maximumMonths: Int
    /// How many times it was renewed.
    public let renewals: Int
    /// The last day the measure binds, unless renewed; it is not moved for holidays.
    public let expiresOn: LocalDate?
    /// 30 days before expiry: from then on the measure is flagged for renewal.
    public let renewalWindowOpens: LocalDate?
    /// The last working day on or before expiry: the last day registries and banks can act on a renewal.
    public let lastWorkingDayToRenew: LocalDate?
    public let liftedOn: LocalDate?
    /// Whether the renewal window is open now: in force, and `asOf` on or after `renewalWindowOpens`.
    public let inRenewalWindow: Bool
    /// 协助执行单位, account or asset, and the sum frozen, as recorded (`nil` when not given).
    public let institution: String?
    public let account: String?
    public let amount: Money?
    public let reasons: [Reason]
    public let warnings: [Reason]
}

/// `waiting` (a waiting-list measure not yet in effect), `inForce`, `lifted`, `expired` (lapsed unrenewed).
public enum MeasureState: String, Sendable, Hashable, Codable, CaseIterable {
    case waiting, inForce, lifted, expired
}

/// One follow-up property inquiry after 终本 (Termination Provisions 2016 Art.9 para.2).
public struct FollowUpCheck: Sendable, Encodable {
    /// 1 to 10: one per six months for five years.
    public let number: Int
    /// The six months it covers: after `periodStart`, up to `dueDate`.
    public let periodStart: LocalDate
    public let dueDate: LocalDate
    public let doneOn: LocalDate?
    /// What the inquiry found, when done and recorded.
    public let propertyFound: Bool?
    public let state: FollowUpState
    public let reasons: [Reason]
}

/// `done`, `due` (its period is running), `upcoming`, `overdue`, `cancelled` (enforcement was restored).
public enum FollowUpState: String, Sendable, Hashable, Codable, CaseIterable {
    case done, due, upcoming, overdue, cancelled
}

/// The conditions for terminating the current enforcement procedure (终本), each satisfied or not.
public struct TerminationChecklist: Sendable, Encodable {
    /// Whether 终本 applies to the case type at all (enforcement and restored enforcement cases).
    public let applicable: Bool
    /// The day the conditions are looked at: `asOf` for an open case, the closure day for one closed by 终本.
    public let evaluatedOn: LocalDate
    public let items: [TerminationCondition]
    /// The ids of the items still missing.
    public let missing: [String]
    /// Whether the conditions hold: now for an open case (and it is not suspended), or on the closure day
    /// for a case closed by 终本.
    public let allowed: Bool
    /// One sentence per condition met, for the 终本 ruling (终本 Provisions Art.6: the ruling states them).
    public let reasonsForRuling: [Reason]
    public let reasons: [Reason]
}

/// One condition of the 终本 checklist.
public struct TerminationCondition: Sendable, Cited {
    /// e.g. `art1_item1_enforcementNotice`, `art1_item4_threeMonths`, `art5_applicantHeard`.
    public let id: String
    public let title: LocalizedText
    public let citations: [Citation]
    public let state: ConditionState
    /// The day it was met, when an event meets it.
    public let metOn: LocalDate?
    public let reasons: [Reason]
}

/// `satisfied`; `missing` (blocks 终本); `notApplicable` (the condition does not arise on the facts and
/// findings; the reasons say what was relied on); `unverified` (the law requires it, no fact records it:
/// it does not block, it is flagged).
public enum ConditionState: String, Sendable, Hashable, Codable, CaseIterable {
    case satisfied, missing, notApplicable, unverified
}
