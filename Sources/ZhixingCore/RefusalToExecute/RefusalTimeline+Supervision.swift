extension RefusalTimeline {
    /// Filing supervision (Opinions 2025 Arts.7-8)
    mutating func applySupervision(_ e: RefusalEvent, at i: Int) throws {
        switch e.kind {
        case .supervisionRequest:
            guard courtTransfer != nil else {
                throw sequenceError(i, e.kind, zh: "只有移送案件的执行法院可以提请监督，本次未记录法院移送",
                                    en: "only the enforcing court that transferred the case may ask for supervision; no court transfer is recorded",
                                    citations: [RefusalArticles.opinions(7)])
            }
            if filed != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经立案", en: "the police have filed the case",
                                    citations: [RefusalArticles.opinions(7)])
            }
            supervisionRequest = i

        case .reasonsRequest:
            guard hasReferral else {
                throw sequenceError(i, e.kind, zh: "没有在先的移送或控告", en: "there is no transfer or complaint",
                                    citations: [RefusalArticles.opinions(8, para: 1)])
            }
            if filed != nil {
                throw sequenceError(i, e.kind, zh: "公安机关已经立案", en: "the police have filed the case",
                                    citations: [RefusalArticles.opinions(8, para: 1)])
            }
            if openIndex(.reasonsAnswer) != nil {
                throw sequenceError(i, e.kind, zh: "前一次要求说明理由尚未答复", en: "the previous request for reasons is unanswered",
                                    citations: [RefusalArticles.opinions(8, para: 1)])
            }
            reasonsRequest = i
            reasonsAnswer = nil
            reasonsAccepted = nil
            openDuty(RefusalOpenDuty(
                .reasonsAnswer, owedBy: .police, citations: [RefusalArticles.opinions(8, para: 1)], start: e.effectiveReceipt,
                period: .days(7), trigger: i,
                notes: [receiptNote(e, what: LocalizedText(zh: "要求说明不立案理由通知书", en: "the request for reasons"),
                                    citations: [RefusalArticles.opinions(8, para: 1)])]))

        case .reasonsAnswer:
            guard openIndex(.reasonsAnswer) != nil else {
                throw sequenceError(i, e.kind, zh: "没有待答复的要求说明理由通知", en: "there is no request for reasons awaiting an answer",
                                    citations: [RefusalArticles.opinions(8, para: 1)])
            }
            reasonsAnswer = i
            close(.reasonsAnswer, by: i)

        case .reasonsAccepted:
            guard let request = reasonsRequest, let answer = reasonsAnswer, answer > request else {
                throw sequenceError(i, e.kind, zh: "公安机关尚未书面说明不立案理由", en: "the police have not given written reasons",
                                    citations: [RefusalArticles.opinions(8, para: 2)])
            }
            if filed != nil || filingNotice != nil {
                throw sequenceError(i, e.kind, zh: "案件已立案或已通知立案", en: "the case is filed or a notice to file was issued",
                                    citations: [RefusalArticles.opinions(8, para: 2)])
            }
            reasonsAccepted = i

        case .filingNotice:
            guard reasonsRequest != nil else {
                throw sequenceError(i, e.kind, zh: "检察院应当先要求公安机关说明不立案理由",
                                    en: "the procuratorate must first ask the police for their reasons",
                                    citations: [RefusalArticles.opinions(8, para: 1), RefusalArticles.crimPL(113)])
            }
            if filed != nil || filingNotice != nil {
                throw sequenceError(i, e.kind, zh: "案件已立案或已通知立案", en: "the case is filed or a notice to file was already issued",
                                    citations: [RefusalArticles.opinions(8, para: 2)])
            }
            if reasonsAccepted != nil {
                throw sequenceError(i, e.kind, zh: "检察院已认为不立案理由成立", en: "the procuratorate found the reasons for not filing valid",
                                    citations: [RefusalArticles.opinions(8, para: 2)])
            }
            filingNotice = i
            drop(.reasonsAnswer)
            openDuty(RefusalOpenDuty(
                .filingAfterNotice, owedBy: .police, citations: [RefusalArticles.opinions(8, para: 2)], start: e.effectiveReceipt,
                period: .days(15), trigger: i,
                notes: [receiptNote(e, what: LocalizedText(zh: "通知立案书", en: "the notice to file"),
                                    citations: [RefusalArticles.opinions(8, para: 2)]),
                        Reason(citation: RefusalArticles.opinions(8, para: 2), message: LocalizedText(
                            zh: "通知立案应经检察长决定；本系统依记录认定该通知已经检察长决定",
                            en: "A notice to file requires the Procurator-General's decision; the engine relies on the record that it was so decided"))]))

        default:
            break
        }
    }
}
