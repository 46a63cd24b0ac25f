/// The events of one referral replayed in order: each event is checked against what came before (an
/// impossible sequence throws a `FieldError` naming `events[i].kind`), and opens or closes the periods the
/// Opinions and the Criminal Procedure Law attach to it.
struct RefusalTimeline {
    let calendar: StatutoryCalendar
    let asOf: LocalDate
    var events: [RefusalEvent] = []
    var open: [RefusalOpenDuty] = []
    var completed: [RefusalCompletedDuty] = []
    var warnings: [Reason] = []

    // Markers: the index in `events` of the event that set them.
    var courtTransfer: Int?
    var procuratorateTransfer: Int?
    var policeAcceptance: Int?
    var majorComplex: Int?
    /// The current filing (cleared by a withdrawal).
    var filed: Int?
    /// The current decision not to file (cleared by a filing).
    var notFiled: Int?
    /// The current withdrawal (cleared by a new filing).
    var withdrawn: Int?
    var complaint: Int?
    var complaintAccepted: Int?
    var complaintRefused: Int?
    var supervisionRequest: Int?
    var reasonsRequest: Int?
    var reasonsAnswer: Int?
    var reasonsAccepted: Int?
    var filingNotice: Int?
    var detention: Int?
    var arrestRequest: Int?
    var arrestDecision: Int?
    var prosecutionTransfer: Int?
    var supplementary: Int?
    var supplementaryReturns = 0
    var publicProsecution: Int?
    var nonProsecution: Int?
    var privateFiled: Int?
    var privateAccepted: Int?
    var privateRejected: Int?
    var privateEnded: Int?
    var judgment: Int?
    /// Every decision to file, not to file, withdrawal, notification: for the grounds of Arts.11-12.
    var filings: [Int] = []
    var notFilings: [Int] = []
    var withdrawals: [Int] = []
    var notifications: [Int] = []
    /// The day after a 30-day answer period ran out without a written answer (Arts.11 item 2, 12 para.1).
    var transferAnswerMissed: LocalDate?
    var complaintAnswerMissed: LocalDate?

    init(events: [RefusalEvent], asOf: LocalDate, calendar: StatutoryCalendar) throws {
        self.calendar = calendar
        self.asOf = asOf
        for (index, event) in events.enumerated() {
            try validate(event, at: index)
            self.events.append(event)
            try apply(event, at: index)
        }
        // A 30-day answer period still open but run out by the "as of" date.
        for duty in open where duty.duty == .writtenAnswerToTransfer || duty.duty == .complaintAnswer {
            let due = duty.compute(calendar).due
            if due < asOf { recordMissedAnswer(duty.duty, due: due) }
        }
    }

    // MARK: - Checks common to every event

    private func validate(_ event: RefusalEvent, at i: Int) throws {
        guard event.kind.allowedActors.contains(event.actor) else {
            let allowed = event.kind.allowedActors.map(\.rawValue).joined(separator: " / ")
            throw FieldError(field: "events[\(i)].actor", code: "refusal.event.actor", message: LocalizedText(
                zh: "events[\(i)]：“\(event.kind.title.zh)”只能由\(event.kind.allowedActors.map(\.name.zh).joined(separator: "或"))作出，记录为\(event.actor.name.zh)",
                en: "events[\(i)]: \(event.kind.rawValue) is done by \(allowed), not by \(event.actor.rawValue)"))
        }
        if i > 0, let previous = events.last, event.date < previous.date {
            throw FieldError(field: "events[\(i)].date", code: "refusal.event.date_order", message: LocalizedText(
                zh: "events[\(i)] 的日期 \(event.date.iso) 早于前一事件的日期 \(previous.date.iso)；事件应按发生先后排列",
                en: "events[\(i)] is dated \(event.date.iso), before the previous event (\(previous.date.iso)); list events in the order they happened"))
        }
        if event.date > asOf {
            throw FieldError(field: "events[\(i)].date", code: "refusal.event.after_as_of", message: LocalizedText(
                zh: "events[\(i)] 的日期 \(event.date.iso) 晚于计算基准日 \(asOf.iso)",
                en: "events[\(i)] is dated \(event.date.iso), after the \"as of\" date \(asOf.iso)"))
        }
        if let received = event.receivedOn {
            if received < event.date {
                throw FieldError(field: "events[\(i)].receivedOn", code: "refusal.event.received_before_sent", message: LocalizedText(
                    zh: "events[\(i)] 的收到日期 \(received.iso) 早于文书日期 \(event.date.iso)",
                    en: "events[\(i)] was received on \(received.iso), before it is dated (\(event.date.iso))"))
            }
            if received > asOf {
                throw FieldError(field: "events[\(i)].receivedOn", code: "refusal.event.after_as_of", message: LocalizedText(
                    zh: "events[\(i)] 的收到日期 \(received.iso) 晚于计算基准日 \(asOf.iso)",
                    en: "events[\(i)] was received on \(received.iso), after the \"as of\" date \(asOf.iso)"))
            }
        }
        if let judgment {
            if event.kind == .reconciliation || event.kind == .privateProsecutionWithdrawn {
                throw sequenceError(i, event.kind,
                                    zh: "自诉人只能在宣告判决前和解或者撤回自诉，判决已于 \(events[judgment].date.iso) 宣告",
                                    en: "reconciliation or withdrawal is possible only before judgment, pronounced on \(events[judgment].date.iso)",
                                    citations: [RefusalArticles.opinions(17), RefusalArticles.crimPL(212, para: 1)])
            }
            throw sequenceError(i, event.kind,
                                zh: "一审判决已于 \(events[judgment].date.iso) 宣告，本规则不处理其后的事件",
                                en: "the first-instance judgment was pronounced on \(events[judgment].date.iso); later events are outside this rule set",
                                citations: [RefusalArticles.opinions(10)])
        }
    }

    func sequenceError(_ i: Int, _ kind: RefusalEventKind, zh: String, en: String, citations: [Citation]) -> FieldError {
        FieldError(field: "events[\(i)].kind", code: "refusal.event.out_of_sequence", message: LocalizedText(
            zh: "events[\(i)]（\(kind.title.zh)）不可能发生：\(zh)（\(citations.chinese)）",
            en: "events[\(i)] (\(kind.rawValue)) cannot happen here: \(en) (\(citations.english))"))
    }

    var hasReferral: Bool { courtTransfer != nil || procuratorateTransfer != nil || complaint != nil }
    var isDetained: Bool { detention != nil }

    // MARK: - Periods

    mutating func openDuty(_ duty: RefusalOpenDuty) {
        open.removeAll { $0.duty == duty.duty }
        open.append(duty)
    }

    func openIndex(_ duty: RefusalDuty) -> Int? { open.firstIndex { $0.duty == duty } }

    /// Closes `duty` by the act at `i`, recording whether it came in time.
    mutating func close(_ duty: RefusalDuty, by i: Int) {
        guard let k = openIndex(duty) else { return }
        let entry = open.remove(at: k)
        let computed = entry.compute(calendar)
        let metOn = events[i].date
        let late = metOn > computed.due
        let verdict = late
            ? LocalizedText(zh: "\(events[i].kind.title.zh)于 \(metOn.iso) 作出，晚于 \(computed.due.iso) 的期限 \(computed.due.days(until: metOn)) 日",
                            en: "\(events[i].kind.rawValue) on \(metOn.iso), \(computed.due.days(until: metOn)) day(s) after the due date \(computed.due.iso)")
            : LocalizedText(zh: "\(events[i].kind.title.zh)于 \(metOn.iso) 作出，在 \(computed.due.iso) 的期限内",
                            en: "\(events[i].kind.rawValue) on \(metOn.iso), within the due date \(computed.due.iso)")
        if late, entry.duty == .writtenAnswerToTransfer || entry.duty == .complaintAnswer {
            recordMissedAnswer(entry.duty, due: computed.due)
        }
        completed.append(RefusalCompletedDuty(
            duty: entry.duty, title: entry.duty.title, owedBy: entry.owedBy, citations: entry.citations, start: entry.start,
            dueDate: computed.due, metOn: metOn, metBy: i, late: late,
            reasons: [Reason(citations: entry.citations, message: verdict)] + computed.reasons))
    }

    /// Removes `duty` without recording it as met (the procedure went another way).
    mutating func drop(_ duty: RefusalDuty) { open.removeAll { $0.duty == duty } }

    mutating func recordMissedAnswer(_ duty: RefusalDuty, due: LocalDate) {
        if duty == .writtenAnswerToTransfer, transferAnswerMissed == nil { transferAnswerMissed = due.adding(days: 1) }
        if duty == .complaintAnswer, complaintAnswerMissed == nil { complaintAnswerMissed = due.adding(days: 1) }
    }

    func receiptNote(_ event: RefusalEvent, what: LocalizedText, citations: [Citation]) -> Reason {
        if let received = event.receivedOn {
            return Reason(citations: citations, message: LocalizedText(
                zh: "期间自收到\(what.zh)之日 \(received.iso) 起算", en: "The period runs from receipt of \(what.en) on \(received.iso)"))
        }
        return Reason(citations: citations, message: LocalizedText(
            zh: "未记录收到\(what.zh)的日期，按文书日期 \(event.date.iso) 起算（最早可能收到之日）",
            en: "No receipt date recorded for \(what.en); counted from its date, \(event.date.iso), the earliest day it could have been received"))
    }

    mutating func warnIfBeforeOpinions(_ event: RefusalEvent, at i: Int) {
        guard event.date < RefusalArticles.opinionsInForce else { return }
        warnings.append(Reason(citation: RefusalArticles.opinions(20), message: LocalizedText(
            zh: "events[\(i)]（\(event.kind.title.zh)）发生于 \(event.date.iso)，早于《意见》2025年7月1日施行之日；据《意见》计算的期间仅供参考",
            en: "events[\(i)] (\(event.kind.rawValue)) on \(event.date.iso) predates the Opinions (in force 2025-07-01); periods computed under them are for reference only")))
    }

    // MARK: - Events

    private mutating func apply(_ e: RefusalEvent, at i: Int) throws {
        switch e.kind {
        case .courtTransfer, .procuratorateTransfer, .policeAcceptance, .majorComplexFinding,
             .filingDecision, .notFilingDecision, .writtenAnswer, .caseWithdrawal, .policeFeedback,
             .complaint, .complaintRefused, .complaintAccepted:
            try applyPoliceReview(e, at: i)
        case .supervisionRequest, .reasonsRequest, .reasonsAnswer, .reasonsAccepted, .filingNotice:
            try applySupervision(e, at: i)
        case .detention, .releasedFromDetention, .arrestRequest, .arrestDecision,
             .investigationCustodyExtended:
            try applyCoercion(e, at: i)
        case .prosecutionTransfer, .prosecutionReviewExtended, .returnForSupplementaryInvestigation,
             .resubmission, .publicProsecution, .nonProsecution, .trialPeriodExtended, .judgment:
            try applyProsecution(e, at: i)
        case .applicantNotified, .privateProsecutionFiled, .privateProsecutionAccepted,
             .privateProsecutionRejected, .reconciliation, .privateProsecutionWithdrawn:
            try applyApplicant(e, at: i)
        }
    }
}
