extension RefusalTimeline {
    /// The applicant: notices and private prosecution (Opinions 2025 Arts.12, 14, 17; CrimPL 2018 Arts.211-212)
    mutating func applyApplicant(_ e: RefusalEvent, at i: Int) throws {
        switch e.kind {
        case .applicantNotified:
            guard hasReferral else {
                throw sequenceError(i, e.kind, zh: "没有在先的移送或控告", en: "there is no transfer or complaint",
                                    citations: [RefusalArticles.opinions(12)])
            }
            notifications.append(i)

        case .privateProsecutionFiled:
            if privateFiled != nil, privateRejected == nil, privateEnded == nil {
                throw sequenceError(i, e.kind, zh: "已有正在进行的自诉", en: "a private prosecution is already pending",
                                    citations: [RefusalArticles.opinions(14, para: 1)])
            }
            if publicProsecution != nil {
                throw sequenceError(i, e.kind, zh: "检察院已经提起公诉", en: "the procuratorate has already prosecuted",
                                    citations: [RefusalArticles.opinions(11)])
            }
            privateFiled = i
            privateAccepted = nil
            privateRejected = nil
            privateEnded = nil

        case .privateProsecutionAccepted:
            guard privateFiled != nil, privateAccepted == nil, privateRejected == nil, privateEnded == nil else {
                throw sequenceError(i, e.kind, zh: "没有待立案审查的自诉", en: "no private prosecution awaits filing",
                                    citations: [RefusalArticles.opinions(14, para: 1)])
            }
            privateAccepted = i
            let custody = e.inCustody ?? false
            openDuty(RefusalOpenDuty(
                .privateProsecutionTrial, owedBy: .court, citations: [RefusalArticles.crimPL(212, para: 2)],
                start: e.date, period: custody ? .months(2) : .months(6), trigger: i,
                notes: [Reason(citation: RefusalArticles.crimPL(212, para: 2), message: custody
                    ? LocalizedText(zh: "被告人被羁押，适用第二百零八条第一款：受理后二个月以内宣判，至迟不超过三个月",
                                    en: "The defendant is in custody: Art.208 para.1 applies, judgment within 2 months, 3 at the latest")
                    : LocalizedText(zh: "被告人未被羁押，应当在受理后六个月以内宣判",
                                    en: "The defendant is not in custody: judgment within 6 months of acceptance"))]))

        case .privateProsecutionRejected:
            guard privateFiled != nil, privateRejected == nil, privateEnded == nil else {
                throw sequenceError(i, e.kind, zh: "没有待处理的自诉", en: "no private prosecution is pending",
                                    citations: [RefusalArticles.crimPL(211)])
            }
            privateRejected = i
            drop(.privateProsecutionTrial)

        case .reconciliation, .privateProsecutionWithdrawn:
            guard privateFiled != nil, privateRejected == nil, privateEnded == nil else {
                throw sequenceError(i, e.kind, zh: "没有正在进行的自诉", en: "no private prosecution is pending",
                                    citations: [RefusalArticles.opinions(17)])
            }
            privateEnded = i
            drop(.privateProsecutionTrial)

        default:
            break
        }
    }
}
