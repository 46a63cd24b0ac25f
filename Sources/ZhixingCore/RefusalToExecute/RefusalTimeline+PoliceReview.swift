extension RefusalTimeline {
    /// Transfer, complaint and the police review (Opinions 2025 Arts.3, 5, 7, 11)
    mutating func applyPoliceReview(_ e: RefusalEvent, at i: Int) throws {
        switch e.kind {
        case .courtTransfer, .procuratorateTransfer:
            if let earlier = courtTransfer ?? procuratorateTransfer {
                throw sequenceError(i, e.kind,
                                    zh: "本次移送已于 \(events[earlier].date.iso) 记录（events[\(earlier)]）；再次移送请另建一次移送记录",
                                    en: "this referral was already transferred on \(events[earlier].date.iso) (events[\(earlier)]); record a new transfer as a new referral",
                                    citations: [RefusalArticles.opinions(e.kind == .courtTransfer ? 3 : 8, para: e.kind == .courtTransfer ? 1 : 3)])
            }
            if filed != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经立案侦查，无需移送", en: "the police have already filed the case",
                                    citations: [RefusalArticles.opinions(3)])
            }
            warnIfBeforeOpinions(e, at: i)
            if e.kind == .procuratorateTransfer {
                procuratorateTransfer = i
                return
            }
            courtTransfer = i
            let note = receiptNote(e, what: LocalizedText(zh: "移送材料", en: "the transferred materials"),
                                   citations: [RefusalArticles.opinions(5, para: 2)])
            openDuty(RefusalOpenDuty(
                .filingReview, owedBy: .police, citations: [RefusalArticles.opinions(5, para: 2)], start: e.effectiveReceipt,
                period: .days(7), trigger: i, notes: [note],
                consequence: LocalizedText(zh: "逾期未作决定：执行法院可以提请人民检察院监督（《意见》第七条）",
                                           en: "No decision in time: the enforcing court may ask the procuratorate to supervise (Art.7)")))
            openDuty(RefusalOpenDuty(
                .writtenAnswerToTransfer, owedBy: .police, citations: [RefusalArticles.opinions(12, para: 1)],
                start: e.effectiveReceipt, period: .days(30), trigger: i, notes: [note],
                consequence: LocalizedText(zh: "三十日内未书面答复：执行法院应当告知申请执行人可以提起自诉（《意见》第十二条第一款）",
                                           en: "No written answer within 30 days: the court must tell the applicant a private prosecution may be brought (Art.12 para.1)")))

        case .policeAcceptance:
            guard let transfer = courtTransfer ?? procuratorateTransfer else {
                throw sequenceError(i, e.kind, zh: "没有在先的移送", en: "there is no earlier transfer to accept",
                                    citations: [RefusalArticles.opinions(5, para: 1)])
            }
            if policeAcceptance != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经受案", en: "the police already accepted the transfer",
                                    citations: [RefusalArticles.opinions(5, para: 1)])
            }
            policeAcceptance = i
            // Without a receipt date on the transfer, the acceptance is the best record of receipt.
            if events[transfer].receivedOn == nil, courtTransfer != nil {
                let note = Reason(citation: RefusalArticles.opinions(5, para: 1), message: LocalizedText(
                    zh: "移送未记录收到日期，期间自公安机关受案登记之日 \(e.date.iso) 起算",
                    en: "The transfer has no receipt date; the period runs from the police registration on \(e.date.iso)"))
                for duty in [RefusalDuty.filingReview, .writtenAnswerToTransfer] {
                    guard let k = openIndex(duty) else { continue }
                    let old = open[k]
                    var replaced = RefusalOpenDuty(duty, owedBy: old.owedBy, citations: old.citations, start: e.date,
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
                                    citations: [RefusalArticles.opinions(5, para: 2)])
            }
            if majorComplex != nil {
                throw sequenceError(i, e.kind, zh: "审查期限已经延长", en: "the review period was already extended",
                                    citations: [RefusalArticles.opinions(5, para: 2)])
            }
            majorComplex = i
            let due = open[k].compute(calendar).due
            if e.date > due {
                warnings.append(Reason(citation: RefusalArticles.opinions(5, para: 2), message: LocalizedText(
                    zh: "events[\(i)]：“案情重大疑难复杂”的认定于 \(e.date.iso) 作出，七日审查期限已于 \(due.iso) 届满；期满后的延长不予计算",
                    en: "events[\(i)]: the major-and-complex finding of \(e.date.iso) came after the 7-day review ended on \(due.iso); an extension after expiry is not applied")))
            } else {
                open[k].period = .days(30)
                open[k].notes.append(Reason(citation: RefusalArticles.opinions(5, para: 2), message: LocalizedText(
                    zh: "公安机关于 \(e.date.iso) 认定案情重大疑难复杂（依其认定，本系统不作判断），审查期限延长至三十日",
                    en: "On \(e.date.iso) the police found the case major and complex (their finding, relied on here, not made by the engine); the review runs to 30 days")))
            }

        case .filingDecision:
            guard hasReferral else {
                throw sequenceError(i, e.kind, zh: "没有在先的移送或控告", en: "there is no transfer or complaint to file on",
                                    citations: [RefusalArticles.opinions(5, para: 2)])
            }
            if let current = filed {
                throw sequenceError(i, e.kind, zh: "案件已于 \(events[current].date.iso) 立案（events[\(current)]）",
                                    en: "the case was already filed on \(events[current].date.iso) (events[\(current)])",
                                    citations: [RefusalArticles.opinions(5, para: 2)])
            }
            if nonProsecution != nil || privateAccepted != nil {
                throw sequenceError(i, e.kind, zh: "案件已不起诉或已进入自诉程序", en: "the case was not prosecuted or is in private prosecution",
                                    citations: [RefusalArticles.opinions(11)])
            }
            filed = i
            notFiled = nil
            withdrawn = nil
            filings.append(i)
            for duty in [RefusalDuty.filingReview, .writtenAnswerToTransfer, .complaintAnswer, .filingAfterNotice] {
                close(duty, by: i)
            }
            // Filing makes the reasons for not filing, and the letter explaining them, moot.
            drop(.reasonsAnswer)
            drop(.feedbackToCourt)

        case .notFilingDecision:
            guard hasReferral else {
                throw sequenceError(i, e.kind, zh: "没有在先的移送或控告", en: "there is no transfer or complaint to decide on",
                                    citations: [RefusalArticles.opinions(5, para: 2)])
            }
            if let current = filed {
                throw sequenceError(i, e.kind, zh: "案件已于 \(events[current].date.iso) 立案；立案后应为撤销案件",
                                    en: "the case was filed on \(events[current].date.iso); after filing the police withdraw (caseWithdrawal)",
                                    citations: [RefusalArticles.opinions(7)])
            }
            if let notice = filingNotice {
                throw sequenceError(i, e.kind, zh: "检察院已于 \(events[notice].date.iso) 通知立案，公安机关应当立案",
                                    en: "the procuratorate told the police to file on \(events[notice].date.iso); they must file",
                                    citations: [RefusalArticles.opinions(8, para: 2), RefusalArticles.crimPL(113)])
            }
            if let earlier = notFiled {
                throw sequenceError(i, e.kind, zh: "公安机关已于 \(events[earlier].date.iso) 决定不予立案（events[\(earlier)]）",
                                    en: "the police already decided not to file on \(events[earlier].date.iso) (events[\(earlier)])",
                                    citations: [RefusalArticles.opinions(5, para: 2)])
            }
            notFiled = i
            notFilings.append(i)
            for duty in [RefusalDuty.filingReview, .writtenAnswerToTransfer, .complaintAnswer] { close(duty, by: i) }
            if courtTransfer != nil {
                openDuty(RefusalOpenDuty(
                    .feedbackToCourt, owedBy: .police, citations: [RefusalArticles.opinions(7)], start: e.date,
                    period: .days(7), trigger: i,
                    notes: [Reason(citation: RefusalArticles.opinions(7), message: LocalizedText(
                        zh: "公安机关于 \(e.date.iso) 决定不予立案，应当在七日内函告执行法院并说明理由",
                        en: "The police decided not to file on \(e.date.iso); they must tell the enforcing court, with reasons, within 7 days")),
                            Reason(citation: RefusalArticles.opinions(5, para: 2), message: LocalizedText(
                        zh: "不予立案通知书应当送达移送案件的人民法院；本系统以“函告执行法院”记录其送达",
                        en: "The notice of not filing must be served on the transferring court; the engine records it as the letter to the court (policeFeedback)"))]))
            }

        case .writtenAnswer:
            guard openIndex(.writtenAnswerToTransfer) != nil || openIndex(.complaintAnswer) != nil else {
                throw sequenceError(i, e.kind, zh: "没有待答复的移送材料或控告", en: "there is no transfer or complaint awaiting a written answer",
                                    citations: [RefusalArticles.opinions(11, item: 2), RefusalArticles.opinions(12, para: 1)])
            }
            close(.writtenAnswerToTransfer, by: i)
            close(.complaintAnswer, by: i)

        case .caseWithdrawal:
            guard filed != nil else {
                throw sequenceError(i, e.kind, zh: "案件没有立案，无从撤销", en: "the case is not filed, so it cannot be withdrawn",
                                    citations: [RefusalArticles.opinions(7)])
            }
            if prosecutionTransfer != nil || publicProsecution != nil || nonProsecution != nil {
                throw sequenceError(i, e.kind, zh: "案件已移送审查起诉", en: "the case is already with the procuratorate for prosecution",
                                    citations: [RefusalArticles.crimPL(163)])
            }
            filed = nil
            withdrawn = i
            withdrawals.append(i)
            detention = nil
            arrestRequest = nil
            drop(.arrestRequestAfterDetention)
            drop(.arrestDecision)
            drop(.investigationCustody)
            if courtTransfer != nil {
                openDuty(RefusalOpenDuty(
                    .feedbackToCourt, owedBy: .police, citations: [RefusalArticles.opinions(7)], start: e.date,
                    period: .days(7), trigger: i,
                    notes: [Reason(citation: RefusalArticles.opinions(7), message: LocalizedText(
                        zh: "公安机关于 \(e.date.iso) 撤销案件，应当在七日内函告执行法院并说明理由",
                        en: "The police withdrew the case on \(e.date.iso); they must tell the enforcing court, with reasons, within 7 days"))]))
            }

        case .policeFeedback:
            guard openIndex(.feedbackToCourt) != nil else {
                throw sequenceError(i, e.kind, zh: "没有待函告的不予立案或撤销案件决定",
                                    en: "there is no decision not to file or withdrawal awaiting a letter to the court",
                                    citations: [RefusalArticles.opinions(7)])
            }
            close(.feedbackToCourt, by: i)

        case .complaint:
            if complaint != nil {
                throw sequenceError(i, e.kind, zh: "本次已记录控告", en: "a complaint is already recorded in this referral",
                                    citations: [RefusalArticles.opinions(11, item: 2)])
            }
            if filed != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经立案侦查", en: "the police have already filed the case",
                                    citations: [RefusalArticles.opinions(11, item: 2)])
            }
            complaint = i

        case .complaintRefused, .complaintAccepted:
            guard complaint != nil else {
                throw sequenceError(i, e.kind, zh: "没有在先的控告", en: "there is no complaint",
                                    citations: [RefusalArticles.opinions(11, item: 2)])
            }
            if complaintRefused != nil || complaintAccepted != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经处理该控告", en: "the police already dealt with the complaint",
                                    citations: [RefusalArticles.opinions(11, item: 2)])
            }
            if e.kind == .complaintRefused {
                complaintRefused = i
            } else {
                complaintAccepted = i
                openDuty(RefusalOpenDuty(
                    .complaintAnswer, owedBy: .police, citations: [RefusalArticles.opinions(11, item: 2)], start: e.date,
                    period: .days(30), trigger: i,
                    notes: [Reason(citation: RefusalArticles.opinions(11, item: 2), message: LocalizedText(
                        zh: "公安机关于 \(e.date.iso) 接受控告材料，应当在三十日内书面答复",
                        en: "The police accepted the complaint materials on \(e.date.iso); a written answer is due within 30 days"))],
                    consequence: LocalizedText(zh: "三十日内未书面答复：自诉条件（二）成立（《意见》第十一条）",
                                               en: "No written answer within 30 days: condition (2) of a private prosecution is met (Art.11)")))
            }

        default:
            break
        }
    }
}
