extension RefusalTimeline {
    /// Prosecution and trial (Opinions 2025 Arts.9-10; CrimPL 2018 Arts.172, 175, 208)
    mutating func applyProsecution(_ e: RefusalEvent, at i: Int) throws {
        switch e.kind {
        case .prosecutionTransfer:
            guard filed != nil else {
                throw sequenceError(i, e.kind, zh: "案件尚未立案侦查", en: "the case is not filed for investigation",
                                    citations: [RefusalArticles.opinions(9)])
            }
            if prosecutionTransfer != nil || publicProsecution != nil || nonProsecution != nil {
                throw sequenceError(i, e.kind, zh: "案件已移送审查起诉", en: "the case was already transferred for prosecution",
                                    citations: [RefusalArticles.opinions(9)])
            }
            prosecutionTransfer = i
            close(.investigationCustody, by: i)
            openDuty(prosecutionReviewDuty(e, at: i))

        case .prosecutionReviewExtended:
            guard let k = openIndex(.prosecutionReview) else {
                throw sequenceError(i, e.kind, zh: "没有正在进行的审查起诉", en: "there is no review for prosecution under way",
                                    citations: [RefusalArticles.crimPL(172, para: 1)])
            }
            if open[k].extensionDays != nil || open[k].period == .days(15) {
                throw sequenceError(i, e.kind, zh: "审查起诉期限已经延长", en: "the review was already extended",
                                    citations: [RefusalArticles.crimPL(172, para: 1)])
            }
            if open[k].period == .days(10) {
                open[k].period = .days(15)
                open[k].notes.append(Reason(citation: RefusalArticles.crimPL(172, para: 1), message: LocalizedText(
                    zh: "速裁案件可能判处的有期徒刑超过一年，依检察院决定延长至十五日",
                    en: "Fast-track case with a possible sentence above one year: extended to 15 days on the procuratorate's decision")))
            } else {
                open[k].extensionDays = 15
                open[k].notes.append(Reason(citation: RefusalArticles.crimPL(172, para: 1), message: LocalizedText(
                    zh: "检察院认定为重大、复杂案件（依其认定），审查起诉期限延长十五日",
                    en: "The procuratorate found the case major and complex (its finding, relied on): the review is extended by 15 days")))
            }

        case .returnForSupplementaryInvestigation:
            guard openIndex(.prosecutionReview) != nil else {
                throw sequenceError(i, e.kind, zh: "没有正在进行的审查起诉", en: "there is no review for prosecution under way",
                                    citations: [RefusalArticles.crimPL(175, para: 2)])
            }
            guard supplementaryReturns < 2 else {
                throw sequenceError(i, e.kind, zh: "补充侦查以二次为限", en: "supplementary investigation is limited to two rounds",
                                    citations: [RefusalArticles.crimPL(175, para: 3)])
            }
            supplementaryReturns += 1
            supplementary = i
            drop(.prosecutionReview)
            openDuty(RefusalOpenDuty(
                .supplementaryInvestigation, owedBy: .police, citations: [RefusalArticles.crimPL(175, para: 3)],
                start: e.effectiveReceipt, period: .months(1), trigger: i,
                notes: [Reason(citation: RefusalArticles.crimPL(175, para: 3), message: LocalizedText(
                    zh: "第 \(supplementaryReturns) 次退回补充侦查，应当在一个月以内补充侦查完毕",
                    en: "Return no. \(supplementaryReturns) for supplementary investigation, to be completed within 1 month"))]))

        case .resubmission:
            guard supplementary != nil else {
                throw sequenceError(i, e.kind, zh: "没有退回补充侦查的案件", en: "the case was not returned for supplementary investigation",
                                    citations: [RefusalArticles.crimPL(175, para: 3)])
            }
            supplementary = nil
            close(.supplementaryInvestigation, by: i)
            var review = prosecutionReviewDuty(e, at: i)
            review.notes.append(Reason(citation: RefusalArticles.crimPL(175, para: 3), message: LocalizedText(
                zh: "补充侦查完毕移送后，审查起诉期限重新计算", en: "After resubmission the review period starts afresh")))
            openDuty(review)

        case .publicProsecution, .nonProsecution:
            guard openIndex(.prosecutionReview) != nil else {
                throw sequenceError(i, e.kind, zh: "案件不在审查起诉中", en: "the case is not under review for prosecution",
                                    citations: [RefusalArticles.opinions(9)])
            }
            close(.prosecutionReview, by: i)
            if e.kind == .nonProsecution {
                nonProsecution = i
                detention = nil
                openDuty(RefusalOpenDuty(
                    .nonProsecutionAppeal, owedBy: .applicant, citations: [RefusalArticles.crimPL(180)], start: e.effectiveReceipt,
                    period: .days(7), trigger: i,
                    notes: [receiptNote(e, what: LocalizedText(zh: "不起诉决定书", en: "the decision not to prosecute"),
                                        citations: [RefusalArticles.crimPL(180)]),
                            Reason(citation: RefusalArticles.crimPL(180), message: LocalizedText(
                                zh: "被害人可以向上一级人民检察院申诉，也可以不经申诉直接向人民法院起诉",
                                en: "The victim may appeal to the procuratorate one level up, or sue in court directly without appeal"))],
                    consequence: LocalizedText(zh: "期满后不能再申诉，仍可直接提起自诉", en: "After it, no appeal; a private prosecution remains possible")))
            } else {
                publicProsecution = i
                openDuty(RefusalOpenDuty(
                    .firstInstanceTrial, owedBy: .court, citations: [RefusalArticles.crimPL(208, para: 1), RefusalArticles.opinions(10)],
                    start: e.effectiveReceipt, period: .months(2), trigger: i,
                    notes: [receiptNote(e, what: LocalizedText(zh: "起诉书（人民法院受理）", en: "the indictment (the court's acceptance)"),
                                        citations: [RefusalArticles.crimPL(208, para: 1)]),
                            Reason(citation: RefusalArticles.crimPL(208, para: 1), message: LocalizedText(
                                zh: "人民法院应当在受理后二个月以内宣判，至迟不得超过三个月",
                                en: "Judgment within 2 months of acceptance, 3 months at the latest"))]))
            }

        case .trialPeriodExtended:
            let duty: RefusalDuty? = openIndex(.firstInstanceTrial) != nil ? .firstInstanceTrial
                : openIndex(.privateProsecutionTrial) != nil ? .privateProsecutionTrial : nil
            guard let duty, let k = openIndex(duty) else {
                throw sequenceError(i, e.kind, zh: "没有正在审理的案件", en: "no trial is under way",
                                    citations: [RefusalArticles.crimPL(208, para: 1)])
            }
            guard open[k].period == .months(2) else {
                throw sequenceError(i, e.kind, zh: "审理期限已经延长或不适用二个月期限",
                                    en: "the trial period was already extended or is not the two-month period",
                                    citations: [RefusalArticles.crimPL(208, para: 1)])
            }
            open[k].period = .months(3)
            open[k].notes.append(Reason(citation: RefusalArticles.crimPL(208, para: 1), message: LocalizedText(
                zh: "审理期限延长至三个月（法定最长期限；再延长须经上一级人民法院批准）",
                en: "Trial period extended to 3 months (the statutory maximum; more needs the superior court's approval)")))

        case .judgment:
            let duty: RefusalDuty? = openIndex(.firstInstanceTrial) != nil ? .firstInstanceTrial
                : openIndex(.privateProsecutionTrial) != nil ? .privateProsecutionTrial : nil
            guard let duty else {
                throw sequenceError(i, e.kind, zh: "没有提起公诉或已立案的自诉", en: "there is no public prosecution or filed private prosecution",
                                    citations: [RefusalArticles.opinions(10)])
            }
            judgment = i
            close(duty, by: i)

        default:
            break
        }
    }

    func prosecutionReviewDuty(_ e: RefusalEvent, at i: Int) -> RefusalOpenDuty {
        let fast = (prosecutionTransfer.map { events[$0].fastTrack } ?? nil) ?? false
        let custody = (e.inCustody ?? prosecutionTransfer.flatMap { events[$0].inCustody }) ?? false
        var notes = [receiptNote(e, what: LocalizedText(zh: "移送审查起诉的案件", en: "the case for review"),
                                 citations: [RefusalArticles.crimPL(172, para: 1)])]
        notes.append(Reason(citation: RefusalArticles.crimPL(172, para: 1), message: fast
            ? LocalizedText(zh: "犯罪嫌疑人认罪认罚，符合速裁程序适用条件（依记录）：十日以内作出决定",
                            en: "The suspect pleads guilty and the fast-track conditions are met (as recorded): decision within 10 days")
            : LocalizedText(zh: "应当在一个月以内作出决定，重大、复杂的案件可以延长十五日",
                            en: "Decision within 1 month; a major, complex case may be extended by 15 days")))
        if custody {
            notes.append(Reason(citation: RefusalArticles.crimPL(105), message: LocalizedText(
                zh: "犯罪嫌疑人在押，期间不因节假日延长", en: "The suspect is in custody: no holiday extension")))
        }
        return RefusalOpenDuty(
            .prosecutionReview, owedBy: .procuratorate,
            citations: [RefusalArticles.crimPL(172, para: 1), RefusalArticles.opinions(9)],
            start: e.effectiveReceipt, period: fast ? .days(10) : .months(1),
            basis: custody ? .criminalCustody : .criminalProcedure, trigger: i, notes: notes)
    }
}
