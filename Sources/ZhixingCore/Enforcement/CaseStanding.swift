/// Where a case stands for the people who work it and the parties who follow it: the lifecycle's
/// status, with 终本 as its own standing rather than one more "closed" case.
///
/// 终结本次执行程序 is a closure for the statistics, but not a final end: the court inquires into the
/// debtor's property every six months for five years, and the applicant may apply again whenever
/// property is found (Termination Provisions 2016 Art.9 paras.1-2). Lists, filters, the case header and
/// the party portal therefore show it apart from the cases that are over (执行完毕, 终结执行, 驳回, 委托).
/// JSON and `rawValue`: `filed`, `active`, `suspended`, `currentProcedureTerminated`, `concluded`.
public enum CaseStanding: String, Sendable, Hashable, Codable, CaseIterable {
    /// 已立案: filed, no handler fixed yet.
    case filed
    /// 执行中
    case active
    /// 中止执行
    case suspended
    /// 终结本次执行程序 (终本): closed for now, property re-checked (Termination Provisions 2016 Art.9).
    case currentProcedureTerminated
    /// 已结案 for good: 执行完毕, 终结执行, 驳回申请 / 不予执行, 委托结案.
    case concluded

    public init(status: CaseStatus, closure: ClosureKind?) {
        switch status {
        case .filed: self = .filed
        case .active: self = .active
        case .suspended: self = .suspended
        case .closed: self = closure == .currentProcedureTerminated ? .currentProcedureTerminated : .concluded
        }
    }

    /// Still being worked (the case's own time limits run): filed, active or suspended.
    public var isOpen: Bool { self == .filed || self == .active || self == .suspended }

    /// Counted as a closure (结案) in the court's figures: 终本 and the final closures.
    public var isClosure: Bool { !isOpen }
}

extension EnforcementAssessment {
    /// The case's standing (终本 apart from the other closures).
    public var standing: CaseStanding { CaseStanding(status: status, closure: closure) }

    /// The earliest expiry of a control measure in force: the day the team must have renewed it by
    /// (CPL Interpretation 2022 Art.485; each measure's renewal window is in `measures`).
    public var nextMeasureExpiry: LocalDate? {
        measures.filter { $0.state == .inForce }.compactMap(\.expiresOn).min()
    }

    /// After 终本, the due date of the first follow-up inquiry not yet done (Termination Provisions 2016
    /// Art.9 para.2); `nil` when none is owed (not 终本, all done, or enforcement restored).
    public var nextFollowUpDue: LocalDate? {
        followUpChecks.first { $0.state == .due || $0.state == .overdue || $0.state == .upcoming }?.dueDate
    }
}
