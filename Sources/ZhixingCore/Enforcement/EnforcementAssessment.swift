/// What the law says about an enforcement case as of `asOf` (`EnforcementRules.assess`): where it stands,
/// what may happen next, every time limit, the control measures, the 终本 checklist, the follow-up checks
/// after 终本, and the money. Every part carries its reasons, article by article.
public struct EnforcementAssessment: Sendable, Encodable {
    public let ruleSet: String
    public let asOf: LocalDate
    public let caseType: CaseType
    /// filed (no handler yet) | active | suspended | closed.
    public let status: CaseStatus
    /// How the case was closed, when it is.
    public let closure: ClosureKind?
    public let closedOn: LocalDate?
    /// The day a suspension began, while the case is suspended.
    public let suspendedSince: LocalDate?
    /// The day enforcement was restored (执恢) as a new case linked to this one; this case stays closed.
    public let restoredOn: LocalDate?
    /// Where the case is on its way: filed → notice served → investigation and control → disposal and money → closed.
    public let stage: CaseStage
    /// The kinds of event the lifecycle allows next, as of `asOf` (payload checks aside: `check` has the last word).
    public let allowedNext: [EnforcementEventKind]
    /// The step most likely to come next, one of `allowedNext`, with why (`nil`: none stands out).
    public let likelyNext: NextStep?
    /// Every time limit that applies, met or running.
    public let deadlines: [CaseDeadline]
    /// The deadlines overdue now (not met, past their due date, not paused).
    public let overdue: [CaseDeadline]
    /// Each control measure by id: current expiry after renewals, renewal window, lifted or lapsed, rank.
    public let measures: [MeasureStatus]
    /// 终本: the conditions of Termination Provisions 2016 Art.1-5 and CPL Interpretation 2022 Art.517.
    public let terminationChecklist: TerminationChecklist
    /// After 终本: a property inquiry every 6 months for 5 years (Termination Provisions 2016 Art.9 para.2).
    public let followUpChecks: [FollowUpCheck]
    public let amounts: CaseAmounts
    /// The filing check on the same facts (refusals and warnings).
    public let filing: FilingCheck
    public let reasons: [Reason]
    public let warnings: [Reason]
}

/// Where a case stands. JSON and `rawValue`: `filed`, `active`, `suspended`, `closed`.
public enum CaseStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// 已立案: filed, no handler fixed yet.
    case filed
    /// 执行中
    case active
    /// 中止执行
    case suspended
    /// 已结案
    case closed
}

/// How a case was closed. JSON and `rawValue`: `fullyPerformed`, `currentProcedureTerminated`, `terminated`, `dismissed`, `entrusted`.
public enum ClosureKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 执行完毕 (or a settlement performed, Settlement Provisions 2018 Art.8)
    case fullyPerformed
    /// 终结本次执行程序 (终本)
    case currentProcedureTerminated
    /// 终结执行 (CPL 2023 Art.268); for objection and reconsideration cases: a ruling upholding it or another conclusion
    case terminated
    /// 驳回申请 / 不予执行; for objection and reconsideration cases: a ruling rejecting it
    case dismissed
    /// 委托结案: the case was entrusted to a court in another province, which filed it as its own
    /// (Entrusted Enforcement Provisions 2011 Art.2 para.1)
    case entrusted
}

/// One time limit of the case.
public struct CaseDeadline: Sendable, Cited {
    /// A stable id: `conclusion`, `handlerAssignment`, `enforcementNotice`, `clueVerification.1`, `followUpCheck.3`...
    public let duty: String
    public let title: LocalizedText
    public let citations: [Citation]
    /// Who owes it: `court`, `handler`, `president`, `applicant`.
    public let owedBy: String
    /// The day the period begins (not counted).
    public let start: LocalDate
    /// The last day on which the act is in time.
    public let dueDate: LocalDate
    /// The day it was done, if it was.
    public let metOn: LocalDate?
    /// Whether it is overdue now: not met, past its due date and not paused.
    public let overdue: Bool
    public let state: DeadlineState
    public let reasons: [Reason]
}

/// `running`, `met`, `metLate`, `overdue`, `paused` (the case is suspended and the limit does not run),
/// `lapsed` (a period of a party's, or a reminder, that passed without the act: not a breach of the court's).
public enum DeadlineState: String, Sendable, Hashable, Codable, CaseIterable {
    case running, met, metLate, overdue, paused, lapsed
}

/// The money of the case, exact to the fen (sums only: nothing is multiplied, so nothing is rounded).
public struct CaseAmounts: Sendable, Encodable {
    /// The sum the applicant asked to enforce (`amountApplied`).
    public let ordered: Money
    /// The sum the basis awards, when it fixes one.
    public let awarded: Money?
    /// 执行款到账, to `asOf`.
    public let received: Money
    /// 执行款发放, to `asOf`.
    public let disbursed: Money
    /// ordered − received, never below zero.
    public let outstanding: Money
    /// received − disbursed.
    public let undisbursed: Money
    /// received − ordered when more came in than was applied for (e.g. delay interest, costs); zero otherwise.
    public let excessReceived: Money
    public let reasons: [Reason]
}

/// The filing check: refusals (the case must not be filed) and warnings (it may, but say why it is doubtful).
public struct FilingCheck: Sendable, Encodable {
    public let refusals: [Reason]
    public let warnings: [Reason]
    /// The refusals and warnings again, each with a stable code and the input field it is about.
    public let issues: [FilingIssue]
    public var mayFile: Bool { refusals.isEmpty }

    public init(refusals: [Reason], warnings: [Reason], issues: [FilingIssue]) {
        self.refusals = refusals
        self.warnings = warnings
        self.issues = issues
    }

    private enum CodingKeys: String, CodingKey { case refusals, warnings, issues, mayFile }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(refusals, forKey: .refusals)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(issues, forKey: .issues)
        try container.encode(mayFile, forKey: .mayFile)
    }
}

/// One point of the filing check.
public struct FilingIssue: Sendable, Hashable, Encodable {
    /// e.g. `basis.not_effective`, `amount.beyond_basis`, `jurisdiction.doubtful`.
    public let code: String
    /// The input field at fault, as the API names it (`basis.effectiveOn`, `amountApplied`, `jurisdiction`).
    public let field: String
    /// Whether it refuses the filing (`false`: a warning).
    public let refuses: Bool
    public let reasons: [Reason]
}

/// Why the next event may not be recorded (HTTP 409): a stable code and the reasons with their articles.
public struct ActionRefusal: Error, Sendable, Encodable {
    /// e.g. `lifecycle.closed`, `lifecycle.not_suspended`, `closure.outstanding`, `termination.conditions_missing`,
    /// `measure.unknown`, `amount.disbursed_exceeds_received`, `event.date_out_of_order`.
    public let code: String
    public let reasons: [Reason]

    public init(code: String, reasons: [Reason]) {
        self.code = code
        self.reasons = reasons
    }
}
