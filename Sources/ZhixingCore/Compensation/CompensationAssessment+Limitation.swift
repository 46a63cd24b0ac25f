/// State Compensation Law Art.39 with Art.5 para.2 of the interpretation: the two-year limitation period, on the
/// statutory calendar, with the enforcement procedure and custody left out and suspension in the last six months.
extension CompensationAssessment {
    // MARK: - Limitation: State Compensation Law Art.39, Art.5 para.2

    mutating func limitationPeriod(into found: inout [Reason]) -> Rules.LimitationResult? {
        guard let knewOn = facts.limitation.knewOn else {
            require("limitation.knewOn", [CompensationArticles.scl(39, para: 1)],
                    zh: "请认定赔偿请求人知道或者应当知道执行行为侵犯其权益之日（时效起算日）",
                    en: "Find the day the claimant knew or should have known that the act infringed its rights (the limitation starts then)")
            return nil
        }
        relyOn([CompensationArticles.scl(39, para: 1)], zh: "赔偿请求人于 \(knewOn.iso) 知道或者应当知道其权益受到侵犯",
               en: "the claimant knew or should have known of the infringement on \(knewOn.iso)")
        let enforcement = facts.enforcement
        let filed = facts.claim.filedOn
        var excluded: [Rules.ExcludedPeriod] = []
        if let ended = enforcement.endedOn, enforcement.status.hasEnded, ended <= filed {
            excluded.append(Rules.ExcludedPeriod(
                from: enforcement.filedOn, to: ended, citations: [CompensationArticles.art(5, para: 2)],
                what: LocalizedText(zh: "执行程序期间（立案执行至执行程序终结），不计入赔偿请求时效",
                                    en: "the enforcement procedure, from filing to its end: not counted in the limitation period")))
        } else {
            excluded.append(Rules.ExcludedPeriod(
                from: enforcement.filedOn, to: filed, citations: [CompensationArticles.art(5, para: 2)],
                what: LocalizedText(
                    zh: "执行程序尚未终结：赔偿请求人本可待程序终结后申请并使程序期间不计入时效，依第五条的规定提前申请不应使其处于更不利地位，故立案执行至申请日的期间不计入时效",
                    en: "the procedure has not ended: the claimant could have waited for the end and had the whole procedure left out, and claiming earlier under Art.5 cannot leave it worse off, so the time from filing of enforcement to the claim is not counted")))
        }
        for custody in facts.limitation.custodyPeriods {
            excluded.append(Rules.ExcludedPeriod(
                from: custody.from, to: custody.to, citations: [CompensationArticles.scl(39, para: 1)],
                what: LocalizedText(zh: "被羁押等限制人身自由期间，不计算在时效内",
                                    en: "custody or other restriction of liberty: not counted")))
        }
        var pauses = excluded.map { LimitationPeriod.Pause(from: $0.from, to: $0.to) }
        let obstacles = facts.limitation.obstacles.map { LimitationPeriod.Pause(from: $0.from, to: $0.to) }
        let suspended = LimitationPeriod.suspensions(knewOn: knewOn, pauses: pauses, obstacles: obstacles, calendar: calendar)
        for pause in suspended {
            excluded.append(Rules.ExcludedPeriod(
                from: pause.from, to: pause.to, citations: [CompensationArticles.scl(39, para: 2)],
                what: LocalizedText(zh: "时效最后六个月内因不可抗力或者其他障碍不能行使请求权，时效中止；障碍消除后继续计算",
                                    en: "force majeure or another obstacle in the last six months kept the claimant from claiming: suspended, counting resumes when it ends")))
        }
        if !obstacles.isEmpty {
            relyOn([CompensationArticles.scl(39, para: 2)], zh: "存在不能行使请求权的不可抗力或者其他障碍（\(facts.limitation.obstacles.map { "\($0.from.iso) 至 \($0.to.iso)" }.joined(separator: "、"))）",
                   en: "force majeure or another obstacle kept the claimant from claiming (\(facts.limitation.obstacles.map { "\($0.from.iso) to \($0.to.iso)" }.joined(separator: ", ")))")
            if suspended.count < obstacles.count {
                found.append(Reason(citation: CompensationArticles.scl(39, para: 2), message: LocalizedText(
                    zh: "障碍不在时效期间最后六个月内的部分，不发生时效中止",
                    en: "An obstacle, or the part of it, outside the last six months of the period does not suspend it")))
            }
        }
        pauses.append(contentsOf: suspended)
        let deadline = LimitationPeriod.deadline(knewOn: knewOn, pauses: pauses, calendar: calendar)
        let inTime = filed <= deadline.dueDate
        let left = excluded.map { "\($0.from.iso) 至 \($0.to.iso)" }.joined(separator: "、")
        let leftEn = excluded.map { "\($0.from.iso) to \($0.to.iso)" }.joined(separator: ", ")
        let reason = Reason(citations: [CompensationArticles.scl(39), CompensationArticles.art(5, para: 2)], message: LocalizedText(
            zh: "赔偿请求时效为两年，自 \(knewOn.iso) 起算，不计入 \(left)，时效于 \(deadline.dueDate.iso) 届满；赔偿申请于 \(filed.iso) 提出，\(inTime ? "未超过时效" : "已超过时效")",
            en: "The limitation period is two years from \(knewOn.iso), leaving out \(leftEn); it ends on \(deadline.dueDate.iso). The claim of \(filed.iso) is \(inTime ? "in time" : "out of time")"))
        found.append(reason)
        found.append(contentsOf: deadline.reasons)
        warnings.append(contentsOf: deadline.warnings)
        if !inTime { bars.append(reason) }
        return Rules.LimitationResult(knewOn: knewOn, excluded: excluded, deadline: deadline, filedOn: filed, inTime: inTime)
    }
}
