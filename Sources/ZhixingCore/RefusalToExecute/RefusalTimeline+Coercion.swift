extension RefusalTimeline {
    /// Detention and arrest (Opinions 2025 Art.9; CrimPL 2018 Arts.91, 156)
    mutating func applyCoercion(_ e: RefusalEvent, at i: Int) throws {
        switch e.kind {
        case .detention:
            guard filed != nil else {
                throw sequenceError(i, e.kind, zh: "案件尚未立案侦查", en: "the case is not filed for investigation",
                                    citations: [RefusalArticles.opinions(6, para: 1)])
            }
            if detention != nil {
                throw sequenceError(i, e.kind, zh: "犯罪嫌疑人已被拘留", en: "the suspect is already detained",
                                    citations: [RefusalArticles.crimPL(91, para: 1)])
            }
            var period = Period.days(3)
            var notes = [Reason(citation: RefusalArticles.crimPL(91, para: 1), message: LocalizedText(
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
                notes.append(Reason(citation: RefusalArticles.crimPL(91, para: 1), message: LocalizedText(
                    zh: "依记录，特殊情况下延长 \(extra) 日（公安机关的认定），共 \(3 + extra) 日",
                    en: "Extended by \(extra) day(s) for special circumstances (the police's finding, relied on), \(3 + extra) days in all")))
            } else if e.roamingRepeatedOrGang == true {
                period = .days(30)
                notes.append(Reason(citation: RefusalArticles.crimPL(91, para: 2), message: LocalizedText(
                    zh: "依记录，犯罪嫌疑人系流窜作案、多次作案、结伙作案的重大嫌疑分子（公安机关的认定），提请审查批准的时间延长至三十日",
                    en: "The suspect is recorded as a major suspect of roaming, repeated or gang crime (the police's finding, relied on); the time runs to 30 days")))
            }
            detention = i
            openDuty(RefusalOpenDuty(
                .arrestRequestAfterDetention, owedBy: .police, citations: [RefusalArticles.crimPL(91, para: 1)], start: e.date,
                period: period, basis: .criminalCustody, trigger: i, notes: notes,
                consequence: LocalizedText(zh: "不提请批准逮捕的，应当释放或者变更强制措施", en: "Without a request, the suspect must be released or the measure changed")))

        case .releasedFromDetention:
            guard detention != nil else {
                throw sequenceError(i, e.kind, zh: "犯罪嫌疑人未被拘留", en: "the suspect is not detained",
                                    citations: [RefusalArticles.crimPL(91, para: 3)])
            }
            detention = nil
            close(.arrestRequestAfterDetention, by: i)
            close(.investigationCustody, by: i)

        case .arrestRequest:
            guard filed != nil else {
                throw sequenceError(i, e.kind, zh: "案件尚未立案侦查", en: "the case is not filed for investigation",
                                    citations: [RefusalArticles.opinions(9)])
            }
            if arrestRequest != nil {
                throw sequenceError(i, e.kind, zh: "前一次提请批准逮捕尚未决定", en: "the previous arrest request is undecided",
                                    citations: [RefusalArticles.crimPL(91, para: 3)])
            }
            arrestRequest = i
            close(.arrestRequestAfterDetention, by: i)
            let custody = e.inCustody ?? isDetained
            openDuty(RefusalOpenDuty(
                .arrestDecision, owedBy: .procuratorate,
                citations: [RefusalArticles.crimPL(91, para: 3), RefusalArticles.opinions(9)],
                start: e.effectiveReceipt, period: .days(7), basis: custody ? .criminalCustody : .criminalProcedure,
                trigger: i,
                notes: [receiptNote(e, what: LocalizedText(zh: "提请批准逮捕书", en: "the request for approval of arrest"),
                                    citations: [RefusalArticles.crimPL(91, para: 3)]),
                        Reason(citation: RefusalArticles.crimPL(105), message: custody
                            ? LocalizedText(zh: "犯罪嫌疑人在押，期间至期满之日为止，不因节假日延长",
                                            en: "The suspect is in custody: the period ends on its last day, without holiday extension")
                            : LocalizedText(zh: "犯罪嫌疑人未在押，期间最后一日为节假日的顺延",
                                            en: "The suspect is not in custody: a last day on a holiday moves to the next working day"))]))

        case .arrestDecision:
            guard arrestRequest != nil else {
                throw sequenceError(i, e.kind, zh: "没有待审查的提请批准逮捕", en: "there is no arrest request to decide",
                                    citations: [RefusalArticles.crimPL(91, para: 3)])
            }
            guard let outcome = e.outcome else {
                throw FieldError(field: "events[\(i)].outcome", code: "field.required", message: LocalizedText(
                    zh: "events[\(i)]：逮捕审查决定须写明 outcome（approved 或 notApproved）",
                    en: "events[\(i)]: an arrest decision needs an outcome (approved or notApproved)"))
            }
            arrestRequest = nil
            arrestDecision = i
            close(.arrestDecision, by: i)
            if outcome == .notApproved {
                detention = nil
            } else {
                detention = i
                openDuty(RefusalOpenDuty(
                    .investigationCustody, owedBy: .police, citations: [RefusalArticles.crimPL(156)], start: e.date,
                    period: .months(2), basis: .criminalCustody, trigger: i,
                    notes: [Reason(citation: RefusalArticles.crimPL(156), message: LocalizedText(
                        zh: "逮捕后的侦查羁押期限不得超过二个月；自批准逮捕之日起算（批准逮捕的决定应当立即执行），不因节假日延长",
                        en: "Custody for investigation after arrest may not exceed 2 months; counted from the approval (to be executed at once), without holiday extension"))],
                    consequence: LocalizedText(zh: "期满不能侦查终结的，应当释放或者变更强制措施（可经上一级人民检察院批准延长一个月）",
                                               en: "If the investigation cannot end in time the suspect is released or the measure changed (one more month with the superior procuratorate's approval)")))
            }

        case .investigationCustodyExtended:
            guard let k = openIndex(.investigationCustody) else {
                throw sequenceError(i, e.kind, zh: "犯罪嫌疑人未在逮捕后羁押", en: "the suspect is not in custody after arrest",
                                    citations: [RefusalArticles.crimPL(156)])
            }
            guard open[k].period == .months(2) else {
                throw sequenceError(i, e.kind, zh: "侦查羁押期限已经延长", en: "custody was already extended",
                                    citations: [RefusalArticles.crimPL(156)])
            }
            open[k].period = .months(3)
            open[k].notes.append(Reason(citation: RefusalArticles.crimPL(156), message: LocalizedText(
                zh: "案情复杂、期限届满不能终结，经上一级人民检察院批准延长一个月",
                en: "Complex case: extended by one month with the superior procuratorate's approval")))

        default:
            break
        }
    }
}
