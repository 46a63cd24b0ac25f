/// The events of one referral replayed in order: each event is checked against what came before (an
/// impossible sequence throws a `FieldError` naming `events[i].kind`), and opens or closes the periods the
/// Opinions and the Criminal Procedure Law attach to it.
struct RefusalTimeline {
    let calendar: StatutoryCalendar
    let asOf: LocalDate
    private(set) var events: [RefusalEvent] = []
    private(set) var open: [RefusalOpenDuty] = []
    private(set) var completed: [RefusalCompletedDuty] = []
    private(set) var warnings: [Reason] = []

    // Markers: the index in `events` of the event that set them.
    private(set) var courtTransfer: Int?
    private(set) var procuratorateTransfer: Int?
    private(set) var policeAcceptance: Int?
    private(set) var majorComplex: Int?
    /// The current filing (cleared by a withdrawal).
    private(set) var filed: Int?
    /// The current decision not to file (cleared by a filing).
    private(set) var notFiled: Int?
    /// The current withdrawal (cleared by a new filing).
    private(set) var withdrawn: Int?
    private(set) var complaint: Int?
    private(set) var complaintAccepted: Int?
    private(set) var complaintRefused: Int?
    private(set) var supervisionRequest: Int?
    private(set) var reasonsRequest: Int?
    private(set) var reasonsAnswer: Int?
    private(set) var reasonsAccepted: Int?
    private(set) var filingNotice: Int?
    private(set) var detention: Int?
    private(set) var arrestRequest: Int?
    private(set) var arrestDecision: Int?
    private(set) var prosecutionTransfer: Int?
    private(set) var supplementary: Int?
    private(set) var supplementaryReturns = 0
    private(set) var publicProsecution: Int?
    private(set) var nonProsecution: Int?
    private(set) var privateFiled: Int?
    private(set) var privateAccepted: Int?
    private(set) var privateRejected: Int?
    private(set) var privateEnded: Int?
    private(set) var judgment: Int?
    /// Every decision to file, not to file, withdrawal, notification: for the grounds of Arts.11-12.
    private(set) var filings: [Int] = []
    private(set) var notFilings: [Int] = []
    private(set) var withdrawals: [Int] = []
    private(set) var notifications: [Int] = []
    /// The day after a 30-day answer period ran out without a written answer (Arts.11 item 2, 12 para.1).
    private(set) var transferAnswerMissed: LocalDate?
    private(set) var complaintAnswerMissed: LocalDate?

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
                                    article: "\(RefusalArticles.opinions(17)); \(RefusalArticles.crimPL(212, para: 1))")
            }
            throw sequenceError(i, event.kind,
                                zh: "一审判决已于 \(events[judgment].date.iso) 宣告，本规则不处理其后的事件",
                                en: "the first-instance judgment was pronounced on \(events[judgment].date.iso); later events are outside this rule set",
                                article: RefusalArticles.opinions(10))
        }
    }

    private func sequenceError(_ i: Int, _ kind: RefusalEventKind, zh: String, en: String, article: String) -> FieldError {
        FieldError(field: "events[\(i)].kind", code: "refusal.event.out_of_sequence", message: LocalizedText(
            zh: "events[\(i)]（\(kind.title.zh)）不可能发生：\(zh)（\(article)）",
            en: "events[\(i)] (\(kind.rawValue)) cannot happen here: \(en) (\(article))"))
    }

    private var hasReferral: Bool { courtTransfer != nil || procuratorateTransfer != nil || complaint != nil }
    private var isDetained: Bool { detention != nil }

    // MARK: - Periods

    private mutating func openDuty(_ duty: RefusalOpenDuty) {
        open.removeAll { $0.duty == duty.duty }
        open.append(duty)
    }

    private func openIndex(_ duty: RefusalDuty) -> Int? { open.firstIndex { $0.duty == duty } }

    /// Closes `duty` by the act at `i`, recording whether it came in time.
    private mutating func close(_ duty: RefusalDuty, by i: Int) {
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
            duty: entry.duty, title: entry.duty.title, owedBy: entry.owedBy, article: entry.article, start: entry.start,
            dueDate: computed.due, metOn: metOn, metBy: i, late: late,
            reasons: [Reason(article: entry.article, message: verdict)] + computed.reasons))
    }

    /// Removes `duty` without recording it as met (the procedure went another way).
    private mutating func drop(_ duty: RefusalDuty) { open.removeAll { $0.duty == duty } }

    private mutating func recordMissedAnswer(_ duty: RefusalDuty, due: LocalDate) {
        if duty == .writtenAnswerToTransfer, transferAnswerMissed == nil { transferAnswerMissed = due.adding(days: 1) }
        if duty == .complaintAnswer, complaintAnswerMissed == nil { complaintAnswerMissed = due.adding(days: 1) }
    }

    private func receiptNote(_ event: RefusalEvent, what: LocalizedText, article: String) -> Reason {
        if let received = event.receivedOn {
            return Reason(article: article, message: LocalizedText(
                zh: "期间自收到\(what.zh)之日 \(received.iso) 起算", en: "The period runs from receipt of \(what.en) on \(received.iso)"))
        }
        return Reason(article: article, message: LocalizedText(
            zh: "未记录收到\(what.zh)的日期，按文书日期 \(event.date.iso) 起算（最早可能收到之日）",
            en: "No receipt date recorded for \(what.en); counted from its date, \(event.date.iso), the earliest day it could have been received"))
    }

    private mutating func warnIfBeforeOpinions(_ event: RefusalEvent, at i: Int) {
        guard event.date < RefusalArticles.opinionsInForce else { return }
        warnings.append(Reason(article: RefusalArticles.opinions(20), message: LocalizedText(
            zh: "events[\(i)]（\(event.kind.title.zh)）发生于 \(event.date.iso)，早于《意见》2025年7月1日施行之日；据《意见》计算的期间仅供参考",
            en: "events[\(i)] (\(event.kind.rawValue)) on \(event.date.iso) predates the Opinions (in force 2025-07-01); periods computed under them are for reference only")))
    }

    // MARK: - Events

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private mutating func apply(_ e: RefusalEvent, at i: Int) throws {
        switch e.kind {
        case .courtTransfer, .procuratorateTransfer:
            if let earlier = courtTransfer ?? procuratorateTransfer {
                throw sequenceError(i, e.kind,
                                    zh: "本次移送已于 \(events[earlier].date.iso) 记录（events[\(earlier)]）；再次移送请另建一次移送记录",
                                    en: "this referral was already transferred on \(events[earlier].date.iso) (events[\(earlier)]); record a new transfer as a new referral",
                                    article: RefusalArticles.opinions(e.kind == .courtTransfer ? 3 : 8, para: e.kind == .courtTransfer ? 1 : 3))
            }
            if filed != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经立案侦查，无需移送", en: "the police have already filed the case",
                                    article: RefusalArticles.opinions(3))
            }
            warnIfBeforeOpinions(e, at: i)
            if e.kind == .procuratorateTransfer {
                procuratorateTransfer = i
                return
            }
            courtTransfer = i
            let note = receiptNote(e, what: LocalizedText(zh: "移送材料", en: "the transferred materials"),
                                   article: RefusalArticles.opinions(5, para: 2))
            openDuty(RefusalOpenDuty(
                .filingReview, owedBy: .police, article: RefusalArticles.opinions(5, para: 2), start: e.effectiveReceipt,
                period: .days(7), trigger: i, notes: [note],
                consequence: LocalizedText(zh: "逾期未作决定：执行法院可以提请人民检察院监督（《意见》第七条）",
                                           en: "No decision in time: the enforcing court may ask the procuratorate to supervise (Art.7)")))
            openDuty(RefusalOpenDuty(
                .writtenAnswerToTransfer, owedBy: .police, article: RefusalArticles.opinions(12, para: 1),
                start: e.effectiveReceipt, period: .days(30), trigger: i, notes: [note],
                consequence: LocalizedText(zh: "三十日内未书面答复：执行法院应当告知申请执行人可以提起自诉（《意见》第十二条第一款）",
                                           en: "No written answer within 30 days: the court must tell the applicant a private prosecution may be brought (Art.12 para.1)")))

        case .policeAcceptance:
            guard let transfer = courtTransfer ?? procuratorateTransfer else {
                throw sequenceError(i, e.kind, zh: "没有在先的移送", en: "there is no earlier transfer to accept",
                                    article: RefusalArticles.opinions(5, para: 1))
            }
            if policeAcceptance != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经受案", en: "the police already accepted the transfer",
                                    article: RefusalArticles.opinions(5, para: 1))
            }
            policeAcceptance = i
            // Without a receipt date on the transfer, the acceptance is the best record of receipt.
            if events[transfer].receivedOn == nil, courtTransfer != nil {
                let note = Reason(article: RefusalArticles.opinions(5, para: 1), message: LocalizedText(
                    zh: "移送未记录收到日期，期间自公安机关受案登记之日 \(e.date.iso) 起算",
                    en: "The transfer has no receipt date; the period runs from the police registration on \(e.date.iso)"))
                for duty in [RefusalDuty.filingReview, .writtenAnswerToTransfer] {
                    guard let k = openIndex(duty) else { continue }
                    let old = open[k]
                    var replaced = RefusalOpenDuty(duty, owedBy: old.owedBy, article: old.article, start: e.date,
                                                   period: old.period, trigger: old.trigger, notes: [note],
                                                   consequence: old.consequence)
                    replaced.extensionDays = old.extensionDays
                    open[k] = replaced
                }
            }

        case .majorComplexFinding:
            guard courtTransfer != nil, let k = openIndex(.filingReview) else {
                throw sequenceError(i, e.kind, zh: "没有正在进行的法院移送案件立案审查",
                                    en: "there is no filing review of a court transfer under way",
                                    article: RefusalArticles.opinions(5, para: 2))
            }
            if majorComplex != nil {
                throw sequenceError(i, e.kind, zh: "审查期限已经延长", en: "the review period was already extended",
                                    article: RefusalArticles.opinions(5, para: 2))
            }
            majorComplex = i
            let due = open[k].compute(calendar).due
            if e.date > due {
                warnings.append(Reason(article: RefusalArticles.opinions(5, para: 2), message: LocalizedText(
                    zh: "events[\(i)]：“案情重大疑难复杂”的认定于 \(e.date.iso) 作出，七日审查期限已于 \(due.iso) 届满；期满后的延长不予计算",
                    en: "events[\(i)]: the major-and-complex finding of \(e.date.iso) came after the 7-day review ended on \(due.iso); an extension after expiry is not applied")))
            } else {
                open[k].period = .days(30)
                open[k].notes.append(Reason(article: RefusalArticles.opinions(5, para: 2), message: LocalizedText(
                    zh: "公安机关于 \(e.date.iso) 认定案情重大疑难复杂（依其认定，本系统不作判断），审查期限延长至三十日",
                    en: "On \(e.date.iso) the police found the case major and complex (their finding, relied on here, not made by the engine); the review runs to 30 days")))
            }

        case .filingDecision:
            guard hasReferral else {
                throw sequenceError(i, e.kind, zh: "没有在先的移送或控告", en: "there is no transfer or complaint to file on",
                                    article: RefusalArticles.opinions(5, para: 2))
            }
            if let current = filed {
                throw sequenceError(i, e.kind, zh: "案件已于 \(events[current].date.iso) 立案（events[\(current)]）",
                                    en: "the case was already filed on \(events[current].date.iso) (events[\(current)])",
                                    article: RefusalArticles.opinions(5, para: 2))
            }
            if nonProsecution != nil || privateAccepted != nil {
                throw sequenceError(i, e.kind, zh: "案件已不起诉或已进入自诉程序", en: "the case was not prosecuted or is in private prosecution",
                                    article: RefusalArticles.opinions(11))
            }
            filed = i
            notFiled = nil
            withdrawn = nil
            filings.append(i)
            for duty in [RefusalDuty.filingReview, .writtenAnswerToTransfer, .complaintAnswer, .filingAfterNotice] {
                close(duty, by: i)
            }
            drop(.reasonsAnswer)

        case .notFilingDecision:
            guard hasReferral else {
                throw sequenceError(i, e.kind, zh: "没有在先的移送或控告", en: "there is no transfer or complaint to decide on",
                                    article: RefusalArticles.opinions(5, para: 2))
            }
            if let current = filed {
                throw sequenceError(i, e.kind, zh: "案件已于 \(events[current].date.iso) 立案；立案后应为撤销案件",
                                    en: "the case was filed on \(events[current].date.iso); after filing the police withdraw (caseWithdrawal)",
                                    article: RefusalArticles.opinions(7))
            }
            if let notice = filingNotice {
                throw sequenceError(i, e.kind, zh: "检察院已于 \(events[notice].date.iso) 通知立案，公安机关应当立案",
                                    en: "the procuratorate told the police to file on \(events[notice].date.iso); they must file",
                                    article: "\(RefusalArticles.opinions(8, para: 2)); \(RefusalArticles.crimPL(113))")
            }
            if let earlier = notFiled {
                throw sequenceError(i, e.kind, zh: "公安机关已于 \(events[earlier].date.iso) 决定不予立案（events[\(earlier)]）",
                                    en: "the police already decided not to file on \(events[earlier].date.iso) (events[\(earlier)])",
                                    article: RefusalArticles.opinions(5, para: 2))
            }
            notFiled = i
            notFilings.append(i)
            for duty in [RefusalDuty.filingReview, .writtenAnswerToTransfer, .complaintAnswer] { close(duty, by: i) }
            if courtTransfer != nil {
                openDuty(RefusalOpenDuty(
                    .feedbackToCourt, owedBy: .police, article: RefusalArticles.opinions(7), start: e.date,
                    period: .days(7), trigger: i,
                    notes: [Reason(article: RefusalArticles.opinions(7), message: LocalizedText(
                        zh: "公安机关于 \(e.date.iso) 决定不予立案，应当在七日内函告执行法院并说明理由",
                        en: "The police decided not to file on \(e.date.iso); they must tell the enforcing court, with reasons, within 7 days"))]))
            }

        case .writtenAnswer:
            guard openIndex(.writtenAnswerToTransfer) != nil || openIndex(.complaintAnswer) != nil else {
                throw sequenceError(i, e.kind, zh: "没有待答复的移送材料或控告", en: "there is no transfer or complaint awaiting a written answer",
                                    article: "\(RefusalArticles.opinions(11, item: 2)); \(RefusalArticles.opinions(12, para: 1))")
            }
            close(.writtenAnswerToTransfer, by: i)
            close(.complaintAnswer, by: i)

        case .caseWithdrawal:
            guard filed != nil else {
                throw sequenceError(i, e.kind, zh: "案件没有立案，无从撤销", en: "the case is not filed, so it cannot be withdrawn",
                                    article: RefusalArticles.opinions(7))
            }
            if prosecutionTransfer != nil || publicProsecution != nil || nonProsecution != nil {
                throw sequenceError(i, e.kind, zh: "案件已移送审查起诉", en: "the case is already with the procuratorate for prosecution",
                                    article: RefusalArticles.crimPL(163))
            }
            filed = nil
            withdrawn = i
            withdrawals.append(i)
            detention = nil
            arrestRequest = nil
            drop(.arrestRequestAfterDetention)
            drop(.arrestDecision)
            if courtTransfer != nil {
                openDuty(RefusalOpenDuty(
                    .feedbackToCourt, owedBy: .police, article: RefusalArticles.opinions(7), start: e.date,
                    period: .days(7), trigger: i,
                    notes: [Reason(article: RefusalArticles.opinions(7), message: LocalizedText(
                        zh: "公安机关于 \(e.date.iso) 撤销案件，应当在七日内函告执行法院并说明理由",
                        en: "The police withdrew the case on \(e.date.iso); they must tell the enforcing court, with reasons, within 7 days"))]))
            }

        case .policeFeedback:
            guard openIndex(.feedbackToCourt) != nil else {
                throw sequenceError(i, e.kind, zh: "没有待函告的不予立案或撤销案件决定",
                                    en: "there is no decision not to file or withdrawal awaiting a letter to the court",
                                    article: RefusalArticles.opinions(7))
            }
            close(.feedbackToCourt, by: i)

        case .supervisionRequest:
            guard courtTransfer != nil else {
                throw sequenceError(i, e.kind, zh: "只有移送案件的执行法院可以提请监督，本次未记录法院移送",
                                    en: "only the enforcing court that transferred the case may ask for supervision; no court transfer is recorded",
                                    article: RefusalArticles.opinions(7))
            }
            if filed != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经立案", en: "the police have filed the case",
                                    article: RefusalArticles.opinions(7))
            }
            supervisionRequest = i

        case .reasonsRequest:
            guard hasReferral else {
                throw sequenceError(i, e.kind, zh: "没有在先的移送或控告", en: "there is no transfer or complaint",
                                    article: RefusalArticles.opinions(8, para: 1))
            }
            if filed != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经立案", en: "the police have filed the case",
                                    article: RefusalArticles.opinions(8, para: 1))
            }
            if openIndex(.reasonsAnswer) != nil {
                throw sequenceError(i, e.kind, zh: "前一次要求说明理由尚未答复", en: "the previous request for reasons is unanswered",
                                    article: RefusalArticles.opinions(8, para: 1))
            }
            reasonsRequest = i
            reasonsAnswer = nil
            reasonsAccepted = nil
            openDuty(RefusalOpenDuty(
                .reasonsAnswer, owedBy: .police, article: RefusalArticles.opinions(8, para: 1), start: e.effectiveReceipt,
                period: .days(7), trigger: i,
                notes: [receiptNote(e, what: LocalizedText(zh: "要求说明不立案理由通知书", en: "the request for reasons"),
                                    article: RefusalArticles.opinions(8, para: 1))]))

        case .reasonsAnswer:
            guard openIndex(.reasonsAnswer) != nil else {
                throw sequenceError(i, e.kind, zh: "没有待答复的要求说明理由通知", en: "there is no request for reasons awaiting an answer",
                                    article: RefusalArticles.opinions(8, para: 1))
            }
            reasonsAnswer = i
            close(.reasonsAnswer, by: i)

        case .reasonsAccepted:
            guard let request = reasonsRequest, let answer = reasonsAnswer, answer > request else {
                throw sequenceError(i, e.kind, zh: "公安机关尚未书面说明不立案理由", en: "the police have not given written reasons",
                                    article: RefusalArticles.opinions(8, para: 2))
            }
            if filed != nil || filingNotice != nil {
                throw sequenceError(i, e.kind, zh: "案件已立案或已通知立案", en: "the case is filed or a notice to file was issued",
                                    article: RefusalArticles.opinions(8, para: 2))
            }
            reasonsAccepted = i

        case .filingNotice:
            guard reasonsRequest != nil else {
                throw sequenceError(i, e.kind, zh: "检察院应当先要求公安机关说明不立案理由",
                                    en: "the procuratorate must first ask the police for their reasons",
                                    article: "\(RefusalArticles.opinions(8, para: 1)); \(RefusalArticles.crimPL(113))")
            }
            if filed != nil || filingNotice != nil {
                throw sequenceError(i, e.kind, zh: "案件已立案或已通知立案", en: "the case is filed or a notice to file was already issued",
                                    article: RefusalArticles.opinions(8, para: 2))
            }
            if reasonsAccepted != nil {
                throw sequenceError(i, e.kind, zh: "检察院已认为不立案理由成立", en: "the procuratorate found the reasons for not filing valid",
                                    article: RefusalArticles.opinions(8, para: 2))
            }
            filingNotice = i
            drop(.reasonsAnswer)
            openDuty(RefusalOpenDuty(
                .filingAfterNotice, owedBy: .police, article: RefusalArticles.opinions(8, para: 2), start: e.effectiveReceipt,
                period: .days(15), trigger: i,
                notes: [receiptNote(e, what: LocalizedText(zh: "通知立案书", en: "the notice to file"),
                                    article: RefusalArticles.opinions(8, para: 2)),
                        Reason(article: RefusalArticles.opinions(8, para: 2), message: LocalizedText(
                            zh: "通知立案应经检察长决定；本系统依记录认定该通知已经检察长决定",
                            en: "A notice to file requires the Procurator-General's decision; the engine relies on the record that it was so decided"))]))

        case .detention:
            guard filed != nil else {
                throw sequenceError(i, e.kind, zh: "案件尚未立案侦查", en: "the case is not filed for investigation",
                                    article: RefusalArticles.opinions(6, para: 1))
            }
            if detention != nil {
                throw sequenceError(i, e.kind, zh: "犯罪嫌疑人已被拘留", en: "the suspect is already detained",
                                    article: RefusalArticles.crimPL(91, para: 1))
            }
            var period = Period.days(3)
            var notes = [Reason(article: RefusalArticles.crimPL(91, para: 1), message: LocalizedText(
                zh: "公安机关对被拘留的人认为需要逮捕的，应当在拘留后三日以内提请批准；在押期间不因节假日延长",
                en: "The police must ask for approval of arrest within 3 days of detention; a period in custody is not extended for holidays"))]
            if e.extensionDays != nil, e.roamingRepeatedOrGang == true {
                throw FieldError(field: "events[\(i)].extensionDays", code: "refusal.event.extension_conflict", message: LocalizedText(
                    zh: "events[\(i)]：extensionDays 与 roamingRepeatedOrGang 只能择一",
                    en: "events[\(i)]: give either extensionDays or roamingRepeatedOrGang, not both"))
            }
            if let extra = e.extensionDays {
                guard (1...4).contains(extra) else {
                    throw FieldError(field: "events[\(i)].extensionDays", code: "refusal.event.extension_range", message: LocalizedText(
                        zh: "events[\(i)]：特殊情况下提请批准逮捕的时间只能延长一日至四日，记录为 \(extra) 日",
                        en: "events[\(i)]: the time to request arrest may be extended by 1 to 4 days only, not \(extra)"))
                }
                period = .days(3 + extra)
                notes.append(Reason(article: RefusalArticles.crimPL(91, para: 1), message: LocalizedText(
                    zh: "依记录，特殊情况下延长 \(extra) 日（公安机关的认定），共 \(3 + extra) 日",
                    en: "Extended by \(extra) day(s) for special circumstances (the police's finding, relied on), \(3 + extra) days in all")))
            } else if e.roamingRepeatedOrGang == true {
                period = .days(30)
                notes.append(Reason(article: RefusalArticles.crimPL(91, para: 2), message: LocalizedText(
                    zh: "依记录，犯罪嫌疑人系流窜作案、多次作案、结伙作案的重大嫌疑分子（公安机关的认定），提请审查批准的时间延长至三十日",
                    en: "The suspect is recorded as a major suspect of roaming, repeated or gang crime (the police's finding, relied on); the time runs to 30 days")))
            }
            detention = i
            openDuty(RefusalOpenDuty(
                .arrestRequestAfterDetention, owedBy: .police, article: RefusalArticles.crimPL(91, para: 1), start: e.date,
                period: period, basis: .criminalCustody, trigger: i, notes: notes,
                consequence: LocalizedText(zh: "不提请批准逮捕的，应当释放或者变更强制措施", en: "Without a request, the suspect must be released or the measure changed")))

        case .releasedFromDetention:
            guard detention != nil else {
                throw sequenceError(i, e.kind, zh: "犯罪嫌疑人未被拘留", en: "the suspect is not detained",
                                    article: RefusalArticles.crimPL(91, para: 3))
            }
            detention = nil
            close(.arrestRequestAfterDetention, by: i)

        case .arrestRequest:
            guard filed != nil else {
                throw sequenceError(i, e.kind, zh: "案件尚未立案侦查", en: "the case is not filed for investigation",
                                    article: RefusalArticles.opinions(9))
            }
            if arrestRequest != nil {
                throw sequenceError(i, e.kind, zh: "前一次提请批准逮捕尚未决定", en: "the previous arrest request is undecided",
                                    article: RefusalArticles.crimPL(91, para: 3))
            }
            arrestRequest = i
            close(.arrestRequestAfterDetention, by: i)
            let custody = e.inCustody ?? isDetained
            openDuty(RefusalOpenDuty(
                .arrestDecision, owedBy: .procuratorate,
                article: "\(RefusalArticles.crimPL(91, para: 3)); \(RefusalArticles.opinions(9))",
                start: e.effectiveReceipt, period: .days(7), basis: custody ? .criminalCustody : .criminalProcedure,
                trigger: i,
                notes: [receiptNote(e, what: LocalizedText(zh: "提请批准逮捕书", en: "the request for approval of arrest"),
                                    article: RefusalArticles.crimPL(91, para: 3)),
                        Reason(article: RefusalArticles.crimPL(105), message: custody
                            ? LocalizedText(zh: "犯罪嫌疑人在押，期间至期满之日为止，不因节假日延长",
                                            en: "The suspect is in custody: the period ends on its last day, without holiday extension")
                            : LocalizedText(zh: "犯罪嫌疑人未在押，期间最后一日为节假日的顺延",
                                            en: "The suspect is not in custody: a last day on a holiday moves to the next working day"))]))

        case .arrestDecision:
            guard arrestRequest != nil else {
                throw sequenceError(i, e.kind, zh: "没有待审查的提请批准逮捕", en: "there is no arrest request to decide",
                                    article: RefusalArticles.crimPL(91, para: 3))
            }
            guard let outcome = e.outcome else {
                throw FieldError(field: "events[\(i)].outcome", code: "field.required", message: LocalizedText(
                    zh: "events[\(i)]：逮捕审查决定须写明 outcome（approved 或 notApproved）",
                    en: "events[\(i)]: an arrest decision needs an outcome (approved or notApproved)"))
            }
            arrestRequest = nil
            arrestDecision = i
            close(.arrestDecision, by: i)
            if outcome == .notApproved { detention = nil }

        case .prosecutionTransfer:
            guard filed != nil else {
                throw sequenceError(i, e.kind, zh: "案件尚未立案侦查", en: "the case is not filed for investigation",
                                    article: RefusalArticles.opinions(9))
            }
            if prosecutionTransfer != nil || publicProsecution != nil || nonProsecution != nil {
                throw sequenceError(i, e.kind, zh: "案件已移送审查起诉", en: "the case was already transferred for prosecution",
                                    article: RefusalArticles.opinions(9))
            }
            prosecutionTransfer = i
            openDuty(prosecutionReviewDuty(e, at: i))

        case .prosecutionReviewExtended:
            guard let k = openIndex(.prosecutionReview) else {
                throw sequenceError(i, e.kind, zh: "没有正在进行的审查起诉", en: "there is no review for prosecution under way",
                                    article: RefusalArticles.crimPL(172, para: 1))
            }
            if open[k].extensionDays != nil || open[k].period == .days(15) {
                throw sequenceError(i, e.kind, zh: "审查起诉期限已经延长", en: "the review was already extended",
                                    article: RefusalArticles.crimPL(172, para: 1))
            }
            if open[k].period == .days(10) {
                open[k].period = .days(15)
                open[k].notes.append(Reason(article: RefusalArticles.crimPL(172, para: 1), message: LocalizedText(
                    zh: "速裁案件可能判处的有期徒刑超过一年，依检察院决定延长至十五日",
                    en: "Fast-track case with a possible sentence above one year: extended to 15 days on the procuratorate's decision")))
            } else {
                open[k].extensionDays = 15
                open[k].notes.append(Reason(article: RefusalArticles.crimPL(172, para: 1), message: LocalizedText(
                    zh: "检察院认定为重大、复杂案件（依其认定），审查起诉期限延长十五日",
                    en: "The procuratorate found the case major and complex (its finding, relied on): the review is extended by 15 days")))
            }

        case .returnForSupplementaryInvestigation:
            guard openIndex(.prosecutionReview) != nil else {
                throw sequenceError(i, e.kind, zh: "没有正在进行的审查起诉", en: "there is no review for prosecution under way",
                                    article: RefusalArticles.crimPL(175, para: 2))
            }
            guard supplementaryReturns < 2 else {
                throw sequenceError(i, e.kind, zh: "补充侦查以二次为限", en: "supplementary investigation is limited to two rounds",
                                    article: RefusalArticles.crimPL(175, para: 3))
            }
            supplementaryReturns += 1
            supplementary = i
            drop(.prosecutionReview)
            openDuty(RefusalOpenDuty(
                .supplementaryInvestigation, owedBy: .police, article: RefusalArticles.crimPL(175, para: 3),
                start: e.effectiveReceipt, period: .months(1), trigger: i,
                notes: [Reason(article: RefusalArticles.crimPL(175, para: 3), message: LocalizedText(
                    zh: "第 \(supplementaryReturns) 次退回补充侦查，应当在一个月以内补充侦查完毕",
                    en: "Return no. \(supplementaryReturns) for supplementary investigation, to be completed within 1 month"))]))

        case .resubmission:
            guard supplementary != nil else {
                throw sequenceError(i, e.kind, zh: "没有退回补充侦查的案件", en: "the case was not returned for supplementary investigation",
                                    article: RefusalArticles.crimPL(175, para: 3))
            }
            supplementary = nil
            close(.supplementaryInvestigation, by: i)
            var review = prosecutionReviewDuty(e, at: i)
            review.notes.append(Reason(article: RefusalArticles.crimPL(175, para: 3), message: LocalizedText(
                zh: "补充侦查完毕移送后，审查起诉期限重新计算", en: "After resubmission the review period starts afresh")))
            openDuty(review)

        case .publicProsecution, .nonProsecution:
            guard openIndex(.prosecutionReview) != nil else {
                throw sequenceError(i, e.kind, zh: "案件不在审查起诉中", en: "the case is not under review for prosecution",
                                    article: RefusalArticles.opinions(9))
            }
            close(.prosecutionReview, by: i)
            if e.kind == .nonProsecution {
                nonProsecution = i
                detention = nil
                openDuty(RefusalOpenDuty(
                    .nonProsecutionAppeal, owedBy: .applicant, article: RefusalArticles.crimPL(180), start: e.effectiveReceipt,
                    period: .days(7), trigger: i,
                    notes: [receiptNote(e, what: LocalizedText(zh: "不起诉决定书", en: "the decision not to prosecute"),
                                        article: RefusalArticles.crimPL(180)),
                            Reason(article: RefusalArticles.crimPL(180), message: LocalizedText(
                                zh: "被害人可以向上一级人民检察院申诉，也可以不经申诉直接向人民法院起诉",
                                en: "The victim may appeal to the procuratorate one level up, or sue in court directly without appeal"))],
                    consequence: LocalizedText(zh: "期满后不能再申诉，仍可直接提起自诉", en: "After it, no appeal; a private prosecution remains possible")))
            } else {
                publicProsecution = i
                openDuty(RefusalOpenDuty(
                    .firstInstanceTrial, owedBy: .court, article: "\(RefusalArticles.crimPL(208, para: 1)); \(RefusalArticles.opinions(10))",
                    start: e.effectiveReceipt, period: .months(2), trigger: i,
                    notes: [receiptNote(e, what: LocalizedText(zh: "起诉书（人民法院受理）", en: "the indictment (the court's acceptance)"),
                                        article: RefusalArticles.crimPL(208, para: 1)),
                            Reason(article: RefusalArticles.crimPL(208, para: 1), message: LocalizedText(
                                zh: "人民法院应当在受理后二个月以内宣判，至迟不得超过三个月",
                                en: "Judgment within 2 months of acceptance, 3 months at the latest"))]))
            }

        case .trialPeriodExtended:
            let duty: RefusalDuty? = openIndex(.firstInstanceTrial) != nil ? .firstInstanceTrial
                : openIndex(.privateProsecutionTrial) != nil ? .privateProsecutionTrial : nil
            guard let duty, let k = openIndex(duty) else {
                throw sequenceError(i, e.kind, zh: "没有正在审理的案件", en: "no trial is under way",
                                    article: RefusalArticles.crimPL(208, para: 1))
            }
            guard open[k].period == .months(2) else {
                throw sequenceError(i, e.kind, zh: "审理期限已经延长或不适用二个月期限",
                                    en: "the trial period was already extended or is not the two-month period",
                                    article: RefusalArticles.crimPL(208, para: 1))
            }
            open[k].period = .months(3)
            open[k].notes.append(Reason(article: RefusalArticles.crimPL(208, para: 1), message: LocalizedText(
                zh: "审理期限延长至三个月（法定最长期限；再延长须经上一级人民法院批准）",
                en: "Trial period extended to 3 months (the statutory maximum; more needs the superior court's approval)")))

        case .judgment:
            let duty: RefusalDuty? = openIndex(.firstInstanceTrial) != nil ? .firstInstanceTrial
                : openIndex(.privateProsecutionTrial) != nil ? .privateProsecutionTrial : nil
            guard let duty else {
                throw sequenceError(i, e.kind, zh: "没有提起公诉或已立案的自诉", en: "there is no public prosecution or filed private prosecution",
                                    article: RefusalArticles.opinions(10))
            }
            judgment = i
            close(duty, by: i)

        case .complaint:
            if complaint != nil {
                throw sequenceError(i, e.kind, zh: "本次已记录控告", en: "a complaint is already recorded in this referral",
                                    article: RefusalArticles.opinions(11, item: 2))
            }
            if filed != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经立案侦查", en: "the police have already filed the case",
                                    article: RefusalArticles.opinions(11, item: 2))
            }
            complaint = i

        case .complaintRefused, .complaintAccepted:
            guard complaint != nil else {
                throw sequenceError(i, e.kind, zh: "没有在先的控告", en: "there is no complaint",
                                    article: RefusalArticles.opinions(11, item: 2))
            }
            if complaintRefused != nil || complaintAccepted != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经处理该控告", en: "the police already dealt with the complaint",
                                    article: RefusalArticles.opinions(11, item: 2))
            }
            if e.kind == .complaintRefused {
                complaintRefused = i
            } else {
                complaintAccepted = i
                openDuty(RefusalOpenDuty(
                    .complaintAnswer, owedBy: .police, article: RefusalArticles.opinions(11, item: 2), start: e.date,
                    period: .days(30), trigger: i,
                    notes: [Reason(article: RefusalArticles.opinions(11, item: 2), message: LocalizedText(
                        zh: "公安机关于 \(e.date.iso) 接受控告材料，应当在三十日内书面答复",
                        en: "The police accepted the complaint materials on \(e.date.iso); a written answer is due within 30 days"))],
                    consequence: LocalizedText(zh: "三十日内未书面答复：自诉条件（二）成立（《意见》第十一条）",
                                               en: "No written answer within 30 days: condition (2) of a private prosecution is met (Art.11)")))
            }

        case .applicantNotified:
            guard hasReferral else {
                throw sequenceError(i, e.kind, zh: "没有在先的移送或控告", en: "there is no transfer or complaint",
                                    article: RefusalArticles.opinions(12))
            }
            notifications.append(i)

        case .privateProsecutionFiled:
            if privateFiled != nil, privateRejected == nil, privateEnded == nil {
                throw sequenceError(i, e.kind, zh: "已有正在进行的自诉", en: "a private prosecution is already pending",
                                    article: RefusalArticles.opinions(14, para: 1))
            }
            if publicProsecution != nil {
                throw sequenceError(i, e.kind, zh: "检察院已经提起公诉", en: "the procuratorate has already prosecuted",
                                    article: RefusalArticles.opinions(11))
            }
            privateFiled = i
            privateAccepted = nil
            privateRejected = nil
            privateEnded = nil

        case .privateProsecutionAccepted:
            guard privateFiled != nil, privateAccepted == nil, privateRejected == nil, privateEnded == nil else {
                throw sequenceError(i, e.kind, zh: "没有待立案审查的自诉", en: "no private prosecution awaits filing",
                                    article: RefusalArticles.opinions(14, para: 1))
            }
            privateAccepted = i
            let custody = e.inCustody ?? false
            openDuty(RefusalOpenDuty(
                .privateProsecutionTrial, owedBy: .court, article: RefusalArticles.crimPL(212, para: 2),
                start: e.date, period: custody ? .months(2) : .months(6), trigger: i,
                notes: [Reason(article: RefusalArticles.crimPL(212, para: 2), message: custody
                    ? LocalizedText(zh: "被告人被羁押，适用第二百零八条第一款：受理后二个月以内宣判，至迟不超过三个月",
                                    en: "The defendant is in custody: Art.208 para.1 applies, judgment within 2 months, 3 at the latest")
                    : LocalizedText(zh: "被告人未被羁押，应当在受理后六个月以内宣判",
                                    en: "The defendant is not in custody: judgment within 6 months of acceptance"))]))

        case .privateProsecutionRejected:
            guard privateFiled != nil, privateRejected == nil, privateEnded == nil else {
                throw sequenceError(i, e.kind, zh: "没有待处理的自诉", en: "no private prosecution is pending",
                                    article: RefusalArticles.crimPL(211))
            }
            privateRejected = i
            drop(.privateProsecutionTrial)

        case .reconciliation, .privateProsecutionWithdrawn:
            guard privateFiled != nil, privateRejected == nil, privateEnded == nil else {
                throw sequenceError(i, e.kind, zh: "没有正在进行的自诉", en: "no private prosecution is pending",
                                    article: RefusalArticles.opinions(17))
            }
            privateEnded = i
            drop(.privateProsecutionTrial)
        }
    }

    private func prosecutionReviewDuty(_ e: RefusalEvent, at i: Int) -> RefusalOpenDuty {
        let fast = (prosecutionTransfer.map { events[$0].fastTrack } ?? nil) ?? false
        let custody = (e.inCustody ?? prosecutionTransfer.flatMap { events[$0].inCustody }) ?? false
        var notes = [receiptNote(e, what: LocalizedText(zh: "移送审查起诉的案件", en: "the case for review"),
                                 article: RefusalArticles.crimPL(172, para: 1))]
        notes.append(Reason(article: RefusalArticles.crimPL(172, para: 1), message: fast
            ? LocalizedText(zh: "犯罪嫌疑人认罪认罚，符合速裁程序适用条件（依记录）：十日以内作出决定",
                            en: "The suspect pleads guilty and the fast-track conditions are met (as recorded): decision within 10 days")
            : LocalizedText(zh: "应当在一个月以内作出决定，重大、复杂的案件可以延长十五日",
                            en: "Decision within 1 month; a major, complex case may be extended by 15 days")))
        if custody {
            notes.append(Reason(article: RefusalArticles.crimPL(105), message: LocalizedText(
                zh: "犯罪嫌疑人在押，期间不因节假日延长", en: "The suspect is in custody: no holiday extension")))
        }
        return RefusalOpenDuty(
            .prosecutionReview, owedBy: .procuratorate,
            article: "\(RefusalArticles.crimPL(172, para: 1)); \(RefusalArticles.opinions(9))",
            start: e.effectiveReceipt, period: fast ? .days(10) : .months(1),
            basis: custody ? .criminalCustody : .criminalProcedure, trigger: i, notes: notes)
    }
}
