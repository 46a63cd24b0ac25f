/// A case as its events made it, replayed in order: status, closure, suspensions, measures, money,
/// settlement. Pure bookkeeping: what the law allows is decided in `EnforcementLifecycle`.
struct EnforcementHistory {
    let facts: EnforcementFacts
    let calendar: StatutoryCalendar
    let caseClass: EnforcementCaseClass

    /// The events applied so far, in order.
    private(set) var events: [EnforcementEvent] = []
    private(set) var closure: ClosureKind?
    private(set) var closedOn: LocalDate?
    private(set) var restoredOn: LocalDate?
    private(set) var handlerAssignedOn: LocalDate?
    /// Suspensions: from the `suspended` event to the `resumed` event (`to == nil` while suspended).
    private(set) var suspensions: [DayInterval] = []
    private(set) var measures: [MeasureRecord] = []
    private(set) var receipts: [(date: LocalDate, amount: Money)] = []
    private(set) var disbursements: [(date: LocalDate, amount: Money)] = []
    private(set) var received = Money.zero
    private(set) var disbursed = Money.zero
    /// Whether some sum overflowed `Money.maxFen` (only possible on facts `decide` would refuse).
    private(set) var overflowed = false
    private(set) var settlement: SettlementState = .none
    private(set) var settlementBreachedOn: LocalDate?

    enum SettlementState: Equatable {
        case none
        case agreed(LocalDate)
        case performed(LocalDate)
        case breached(LocalDate)
    }

    init(facts: EnforcementFacts, calendar: StatutoryCalendar) {
        self.facts = facts
        self.calendar = calendar
        self.caseClass = EnforcementCaseClass(facts.caseType)
    }

    // MARK: - Derived state

    var status: CaseStatus {
        if closure != nil { return .closed }
        if suspendedSince != nil { return .suspended }
        return handlerAssignedOn == nil ? .filed : .active
    }

    var isClosed: Bool { closure != nil }

    var suspendedSince: LocalDate? {
        guard let last = suspensions.last, last.to == nil else { return nil }
        return last.from
    }

    var lastDate: LocalDate? { events.last?.date }

    /// ordered − received, never below zero.
    var outstanding: Money {
        facts.amountApplied.fen > received.fen ? Money(fen: facts.amountApplied.fen - received.fen) : .zero
    }

    /// received − disbursed.
    var undisbursed: Money { Money(fen: received.fen - disbursed.fen) }

    var settlementPerformed: Bool {
        if case .performed = settlement { return true }
        return false
    }

    var settlementPending: Bool {
        if case .agreed = settlement { return true }
        return false
    }

    var settlementEverAgreed: Bool { settlement != .none }

    /// The events of `kind`, in order.
    func events(_ kind: EnforcementEventKind) -> [EnforcementEvent] { events.filter { $0.kind == kind } }

    /// The events of `kind` on or before `date`.
    func events(_ kind: EnforcementEventKind, onOrBefore date: LocalDate) -> [EnforcementEvent] {
        events.filter { $0.kind == kind && $0.date <= date }
    }

    func first(_ kind: EnforcementEventKind) -> EnforcementEvent? { events.first { $0.kind == kind } }

    func measure(_ id: String) -> MeasureRecord? { measures.first { $0.id == id } }

    // MARK: - Replay

    /// The history of all of `facts.events`.
    static func replay(_ facts: EnforcementFacts, calendar: StatutoryCalendar) -> EnforcementHistory {
        var history = EnforcementHistory(facts: facts, calendar: calendar)
        for event in facts.events { history.apply(event) }
        return history
    }

    /// Records `event`. Events the lifecycle would refuse are still recorded as they happened (the
    /// assessment warns about them); nonsensical ones (a renewal of an unknown measure) change nothing.
    mutating func apply(_ event: EnforcementEvent) {
        events.append(event)
        switch event.kind {
        case .handlerAssigned:
            if handlerAssignedOn == nil { handlerAssignedOn = event.date }
        case .suspended:
            if suspendedSince == nil && !isClosed { suspensions.append(DayInterval(from: event.date, to: nil)) }
        case .resumed:
            endSuspension(on: event.date)
        case .closedFullyPerformed, .closedCurrentProcedureTerminated, .closedTerminated, .closedDismissed, .closedEntrusted:
            if closure == nil {
                closure = event.kind.closure
                closedOn = event.date
                endSuspension(on: event.date)
            }
        case .restored:
            if restoredOn == nil { restoredOn = event.date }
        case .measureTaken:
            guard let measure = event.measure else { return }
            if let index = measures.firstIndex(where: { $0.id == measure.id }) {
                if measures[index].rank == .waitingList && measure.rank == .first && measures[index].liftedOn == nil {
                    measures[index].promote(measure, on: event.date)
                }
            } else {
                measures.append(MeasureRecord(measure, takenOn: event.date, outstanding: outstanding))
            }
        case .measureRenewed:
            guard let measure = event.measure, let index = measures.firstIndex(where: { $0.id == measure.id }) else { return }
            measures[index].renew(measure, on: event.date)
        case .measureLifted:
            guard let measure = event.measure, let index = measures.firstIndex(where: { $0.id == measure.id }),
                  measures[index].liftedOn == nil else { return }
            measures[index].liftedOn = event.date
        case .paymentReceived:
            guard let amount = event.amount else { return }
            receipts.append((event.date, amount))
            received = sum(received, amount)
        case .paymentDisbursed:
            guard let amount = event.amount else { return }
            disbursements.append((event.date, amount))
            disbursed = sum(disbursed, amount)
        case .settlementAgreed:
            settlement = .agreed(event.date)
        case .settlementPerformed:
            if settlementPending { settlement = .performed(event.date) }
        case .settlementBreached:
            if settlementPending {
                settlement = .breached(event.date)
                settlementBreachedOn = event.date
            }
        default:
            break
        }
    }

    private mutating func endSuspension(on date: LocalDate) {
        guard let last = suspensions.indices.last, suspensions[last].to == nil else { return }
        suspensions[last] = DayInterval(from: suspensions[last].from, to: date)
    }

    private mutating func sum(_ a: Money, _ b: Money) -> Money {
        if let total = try? a.adding(b) { return total }
        overflowed = true
        return Money(fen: b.isNegative ? -Money.maxFen : Money.maxFen)
    }
}

/// A span of days from `from` to `to` (`nil`: still running).
struct DayInterval: Equatable {
    let from: LocalDate
    let to: LocalDate?
}

/// A control measure as its events made it.
struct MeasureRecord {
    let id: String
    let kind: ControlMeasureKind
    let asset: AssetKind
    /// The rank as recorded first.
    let recordedRank: SealRank
    /// The rank now: a waiting-list measure becomes `first` when it takes effect.
    private(set) var rank: SealRank
    let takenOn: LocalDate
    /// The first day of the current term; `nil` while a waiting-list measure is not in effect.
    private(set) var termStart: LocalDate?
    /// The current term as the court set it (`nil`: none set, the maximum applies).
    private(set) var termMonths: Int?
    private(set) var promotedOn: LocalDate?
    private(set) var renewals: [(date: LocalDate, startsOn: LocalDate, months: Int?)] = []
    var liftedOn: LocalDate?
    /// The assisting body, the account or asset, and the sum frozen, as recorded when it was taken.
    let institution: String?
    let account: String?
    let amount: Money?
    /// What the case still needed (applied − received) on the day it was taken: a freeze beyond it is flagged.
    let outstandingWhenTaken: Money

    init(_ measure: ControlMeasure, takenOn: LocalDate, outstanding: Money = .zero) {
        id = measure.id
        institution = measure.institution
        account = measure.account
        amount = measure.amount
        outstandingWhenTaken = outstanding
        kind = measure.kind
        asset = measure.asset
        recordedRank = measure.rank
        rank = measure.rank
        self.takenOn = takenOn
        termStart = measure.rank == .first ? measure.startsOn : nil
        termMonths = measure.termMonths
    }

    /// The earlier seal was lifted: the waiting-list measure takes effect from `measure.startsOn`.
    mutating func promote(_ measure: ControlMeasure, on date: LocalDate) {
        rank = .first
        promotedOn = date
        termStart = measure.startsOn
        termMonths = measure.termMonths
    }

    /// A renewal: a new term from `measure.startsOn`.
    mutating func renew(_ measure: ControlMeasure, on date: LocalDate) {
        renewals.append((date, measure.startsOn, measure.termMonths))
        termStart = measure.startsOn
        termMonths = measure.termMonths
    }
}
