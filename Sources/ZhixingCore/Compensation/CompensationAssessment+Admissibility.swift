/// Who answers (Art.4) and whether the claim can be heard: scope (Art.1, Art.18, Art.19), standing (Art.3),
/// pending reviews (Art.6), the end of the enforcement procedure (Art.5 para.1) and the limitation period
/// (State Compensation Law Art.39, Art.5 para.2).
extension CompensationAssessment {
    // MARK: - Art.4 obligated organ

    func obligatedOrgan() -> Rules.ObligatedOrgan {
        let enforcement = facts.enforcement
        var reasons: [Reason] = []
        if let entrusted = enforcement.entrustedTo {
            reasons.append(Reason(article: CompensationArticles.art(4), message: LocalizedText(
                zh: "\(enforcement.court)将查封、扣押、冻结等事项委托\(entrusted)执行，委托法院\(enforcement.court)为赔偿义务机关",
                en: "\(enforcement.court) entrusted sealing, seizing, freezing or other matters to \(entrusted); the entrusting court, \(enforcement.court), is the obligated organ")))
            if let respondent = facts.claim.respondent, respondent == entrusted {
                reasons.append(Reason(article: CompensationArticles.art(4), message: LocalizedText(
                    zh: "赔偿请求人列受托法院\(entrusted)为赔偿义务机关，应以委托法院\(enforcement.court)为赔偿义务机关",
                    en: "The claimant named the entrusted court, \(entrusted); the obligated organ is the entrusting court, \(enforcement.court)")))
            }
        } else {
            reasons.append(Reason(article: "\(CompensationArticles.scl(38)); \(CompensationArticles.scl(21, para: 1))", message: LocalizedText(
                zh: "错误执行赔偿适用刑事赔偿程序，作出执行行为的\(enforcement.court)为赔偿义务机关",
                en: "Compensation for erroneous enforcement follows the criminal compensation procedure; \(enforcement.court), which did the acts, is the obligated organ")))
            if let respondent = facts.claim.respondent, respondent != enforcement.court {
                reasons.append(Reason(article: CompensationArticles.scl(21, para: 1), message: LocalizedText(
                    zh: "赔偿请求人列\(respondent)为赔偿义务机关，应以\(enforcement.court)为赔偿义务机关",
                    en: "The claimant named \(respondent); the obligated organ is \(enforcement.court)")))
            }
        }
        return Rules.ObligatedOrgan(court: enforcement.court, reasons: reasons)
    }

    // MARK: - Admissibility

    mutating func assessAdmissibility() throws -> Rules.Admissibility {
        var found: [Reason] = [scopeReason()]
        standing(into: &found)
        let notice = pendingReviewBar(into: &found)
        let end = procedureEnd(into: &found)
        let limitation = limitationPeriod(early: end.early, into: &found)
        let admissible = bars.isEmpty && findingsRequired.isEmpty
        if admissible {
            found.append(Reason(article: CompensationArticles.art(2), message: LocalizedText(
                zh: "赔偿请求人认为存在第二条所列错误执行行为造成损害而申请赔偿，符合受理条件，应当依法受理并进行审查",
                en: "The claimant alleges erroneous enforcement of a kind listed in Art.2 causing damage; the claim meets the conditions and must be accepted and examined")))
        }
        return Rules.Admissibility(admissible: admissible, earlyClaim: end.early, limitation: limitation,
                                   notice: notice, reasons: found)
    }

    /// Art.1, Art.18, Art.19.
    private func scopeReason() -> Reason {
        switch facts.claim.basis {
        case .erroneousEnforcement:
            return Reason(article: CompensationArticles.art(1), message: LocalizedText(
                zh: "人民法院在执行生效法律文书过程中错误采取执行措施或者强制措施，侵犯合法权益并造成损害，受害人依照国家赔偿法第三十八条申请赔偿，适用本解释",
                en: "A claim under State Compensation Law Art.38 for an enforcement or coercive measure taken erroneously in enforcing an effective instrument: this interpretation applies"))
        case .preservationEnteredEnforcement:
            return Reason(article: CompensationArticles.art(18), message: LocalizedText(
                zh: "违法采取保全措施的案件已进入执行程序，申请赔偿的，作为错误执行案件立案审查",
                en: "The unlawful preservation's case has entered enforcement: the claim is filed and reviewed as one for erroneous enforcement"))
        case .obstructionCoerciveMeasure, .preservation, .advanceExecution:
            let what = facts.claim.basis == .obstructionCoerciveMeasure
                ? ("违法采取妨害诉讼的强制措施", "an unlawful coercive measure against obstruction of proceedings")
                : facts.claim.basis == .preservation ? ("违法保全", "an unlawful preservation") : ("违法先予执行", "an unlawful advance execution")
            return Reason(article: CompensationArticles.art(19), message: LocalizedText(
                zh: "本案系\(what.0)赔偿案件，参照适用本解释；“执行程序”参照指采取该措施的诉讼或者执行程序",
                en: "A claim for \(what.1): this interpretation applies by reference; \"enforcement procedure\" is read as the proceedings in which the measure was taken"))
        }
    }

    /// Art.3: an assignee's standing.
    private mutating func standing(into found: inout [Reason]) {
        guard facts.claimant.role == .assignee, let assignment = facts.claimant.assignment else { return }
        let assignor = assignment.assignor ?? "原债权人"
        let assignorEn = assignment.assignor ?? "the original creditor"
        if let restriction = assignment.restriction {
            let why: (String, String) = switch restriction {
            case .byNature: ("根据债权性质不得转让", "by its nature")
            case .byAgreement: ("按照当事人约定不得转让", "by the parties' agreement")
            case .byLaw: ("依照法律规定不得转让", "by law")
            }
            let bar = Reason(article: CompensationArticles.art(3), message: LocalizedText(
                zh: "该债权\(why.0)，基于债权申请国家赔偿的权利不随之转移，\(facts.claimant.name)不是适格的赔偿请求人",
                en: "The debt claim could not be assigned \(why.1); the right to claim compensation on it did not pass, so \(facts.claimant.name) has no standing"))
            found.append(bar)
            bars.append(bar)
            relyOn(CompensationArticles.art(3), zh: "债权\(why.0)", en: "the debt claim could not be assigned \(why.1)")
        } else {
            found.append(Reason(article: CompensationArticles.art(3), message: LocalizedText(
                zh: "\(assignor)转让债权，其基于债权申请国家赔偿的权利随之转移至受让人\(facts.claimant.name)",
                en: "\(assignorEn) assigned the debt claim; the right to claim compensation on it passed to the assignee, \(facts.claimant.name)")))
        }
    }

    /// The reviews pending on the decision date that concern `act`.
    func pendingReviews(for act: Rules.Act) -> [Rules.Review] {
        facts.reviews.filter { $0.concerns(act.id) && $0.isPending(on: facts.asOf) }
    }

    /// Art.6: returns the notice to give when a pending review bars the claim about some act.
    private mutating func pendingReviewBar(into found: inout [Reason]) -> LocalizedText? {
        let accepted = facts.claim.acceptedOn != nil
        var barredActs: [String] = []
        for act in facts.acts {
            for review in pendingReviews(for: act) {
                barredActs.append(act.id)
                found.append(Reason(article: CompensationArticles.art(6, para: 1), message: LocalizedText(
                    zh: "执行行为 \(act.id) 所涉措施的\(review.kind.zhName)程序（\(review.filedOn.iso) 提出）尚在审查期间，就该措施申请赔偿的，\(accepted ? "已经受理的予以驳回" : "不予受理")",
                    en: "The \(review.kind.enName) concerning the measure of act \(act.id) (filed \(review.filedOn.iso)) is still under review; a claim about that measure is \(accepted ? "dismissed, having been accepted" : "not accepted")")))
                break
            }
        }
        for review in facts.reviews where review.filedOn <= facts.claim.filedOn && !review.isPending(on: facts.asOf) {
            guard let concluded = review.concludedOn, concluded > facts.claim.filedOn else { continue }
            found.append(Reason(article: CompensationArticles.art(6, para: 1), message: LocalizedText(
                zh: "赔偿申请提出时\(review.kind.zhName)程序尚在审查，但该程序已于 \(concluded.iso) 终结，至决定日已无第六条的障碍",
                en: "The \(review.kind.enName) was under review when the claim was filed but ended on \(concluded.iso); by the decision date Art.6 no longer stands in the way")))
        }
        let unreviewed = facts.acts.filter { act in !facts.reviews.contains { $0.concerns(act.id) } }.map(\.id)
        if !unreviewed.isEmpty {
            let which = unreviewed.count == facts.acts.count ? ("相关", "the") : ("执行行为 \(unreviewed.joined(separator: "、")) 所涉", "the acts \(unreviewed.joined(separator: ", ")) and their")
            found.append(Reason(article: CompensationArticles.art(6, para: 2), message: LocalizedText(
                zh: "赔偿请求人在执行程序中未就\(which.0)措施提出异议、申请复议或者申请执行监督，不影响其依法申请赔偿的权利",
                en: "That the claimant raised no objection and sought no reconsideration or supervision of \(which.1) measures does not affect its right to claim compensation")))
        }
        guard !barredActs.isEmpty else { return nil }
        let unique = Set(barredActs)
        if unique.count == facts.acts.count {
            bars.append(Reason(article: CompensationArticles.art(6, para: 1), message: LocalizedText(
                zh: "全部执行行为均在执行异议、复议或者监督程序审查期间",
                en: "Every act complained of is under objection, reconsideration or supervision review")))
        } else {
            found.append(Reason(article: CompensationArticles.art(6, para: 1), message: LocalizedText(
                zh: "其余执行行为不在审查期间，继续审查",
                en: "The other acts are not under review and are examined")))
        }
        return LocalizedText(
            zh: "赔偿请求人可以在上述程序终结后，依照本解释第五条的规定依法提出赔偿申请",
            en: "The claimant may apply for compensation under Art.5 of the interpretation once those procedures have ended")
    }

    // MARK: - Art.5 para.1

    /// Whether the claim came after the end of the procedure, or before it under an exception.
    private mutating func procedureEnd(into found: inout [Reason]) -> (admissible: Bool, early: Bool) {
        let enforcement = facts.enforcement
        let filed = facts.claim.filedOn
        let article = CompensationArticles.art(5, para: 1)
        if enforcement.status.hasEnded, let ended = enforcement.endedOn, ended <= filed {
            found.append(Reason(article: article, message: LocalizedText(
                zh: "执行程序已于 \(ended.iso) 终结（\(enforcement.status.zhName)），赔偿申请于 \(filed.iso) 在执行程序终结后提出",
                en: "The enforcement procedure ended on \(ended.iso) (\(enforcement.status.enName)); the claim of \(filed.iso) came after the end")))
            return (true, false)
        }
        let state = enforcement.endedOn.map {
            LocalizedText(zh: "执行程序于 \($0.iso) 终结，赔偿申请于 \(filed.iso) 提出时尚未终结",
                          en: "the procedure ended on \($0.iso), after the claim of \(filed.iso)")
        } ?? LocalizedText(zh: "赔偿申请于 \(filed.iso) 提出时执行程序尚未终结（\(enforcement.status.zhName)）",
                           en: "the procedure had not ended when the claim was filed on \(filed.iso) (\(enforcement.status.enName))")
        let grounds = exceptions(into: &found)
        guard !grounds.isEmpty else {
            let bar = Reason(article: article, message: LocalizedText(
                zh: "\(state.zh)，且不具有第五条第一款但书规定的情形，终结前提出的赔偿申请不予受理",
                en: "\(state.en.prefix(1).uppercased() + state.en.dropFirst()), and none of the exceptions of Art.5 para.1 applies; a claim before the end is not accepted"))
            found.append(bar)
            bars.append(bar)
            return (false, false)
        }
        let items = grounds.map { "（\(chineseItem($0))）" }.joined(separator: "、")
        let itemsEn = grounds.map(String.init).joined(separator: ", ")
        guard facts.claim.earlyClaimGrounds.cannotBeRemediedInProceedings else {
            let bar = Reason(article: article, message: LocalizedText(
                zh: "虽有第五条第一款第\(items)项情形，但赔偿委员会未认定无法在相关诉讼或者执行程序中予以补救，终结前提出的赔偿申请不予受理",
                en: "Although Art.5 para.1 item \(itemsEn) applies, the committee has not found that the harm cannot be remedied in the related litigation or enforcement procedure; a claim before the end is not accepted"))
            found.append(bar)
            bars.append(bar)
            return (false, false)
        }
        relyOn(article, zh: "无法在相关诉讼或者执行程序中予以补救",
               en: "the harm cannot be remedied in the related litigation or enforcement procedure")
        found.append(Reason(article: article, message: LocalizedText(
            zh: "\(state.zh)，但具有第五条第一款第\(items)项情形，且无法在相关诉讼或者执行程序中予以补救，可以在执行程序终结前申请赔偿",
            en: "\(state.en.prefix(1).uppercased() + state.en.dropFirst()), but Art.5 para.1 item \(itemsEn) applies and the harm cannot be remedied in the related proceedings: the claim may be made before the end")))
        return (true, true)
    }

    /// The items of Art.5 para.1 that hold, with a reason for each.
    private mutating func exceptions(into found: inout [Reason]) -> [Int] {
        let grounds = facts.claim.earlyClaimGrounds
        let enforcement = facts.enforcement
        let filed = facts.claim.filedOn
        var items: [Int] = []
        if grounds.coerciveMeasureRevoked || grounds.personalInjuryInMeasure {
            items.append(1)
            let what = grounds.coerciveMeasureRevoked
                ? ("罚款、拘留等强制措施已被依法撤销", "a fine, detention or other coercive measure has been revoked according to law")
                : ("强制措施实施过程中造成人身损害", "carrying out a coercive measure caused personal injury")
            found.append(Reason(article: CompensationArticles.art(5, para: 1, item: 1), message: LocalizedText(zh: what.0, en: what.1)))
        }
        if grounds.propertyConfirmedNotDebtorsByLitigation || grounds.actConfirmedUnlawfulByEffectiveInstrument {
            items.append(2)
            let what = grounds.propertyConfirmedNotDebtorsByLitigation
                ? ("被执行的财产经诉讼程序依法确认不属于被执行人", "litigation has confirmed that the enforced property does not belong to the debtor")
                : ("人民法院生效法律文书已确认执行行为违法", "an effective instrument of a people's court has confirmed the enforcement act unlawful")
            found.append(Reason(article: CompensationArticles.art(5, para: 1, item: 2), message: LocalizedText(zh: what.0, en: what.1)))
        }
        let article3 = CompensationArticles.art(5, para: 1, item: 3)
        let fiveYears = calendar.deadline(from: enforcement.filedOn, years: 5)
        let overFiveYears = filed > fiveYears.nominalLastDay
        let terminated = enforcement.currentProcedureTerminatedOn.map { $0 <= filed } ?? false
        let noProperty = grounds.debtorHasNoPropertyForEnforcement
        if overFiveYears || terminated || noProperty {
            let years = LocalizedText(
                zh: overFiveYears
                    ? "自立案执行之日 \(enforcement.filedOn.iso) 起至申请日 \(filed.iso) 已超过五年（五年于 \(fiveYears.nominalLastDay.iso) 届满；此处计算经过的时间，不适用节假日顺延）"
                    : "自立案执行之日 \(enforcement.filedOn.iso) 起至申请日 \(filed.iso) 未超过五年（五年于 \(fiveYears.nominalLastDay.iso) 届满）",
                en: overFiveYears
                    ? "more than five years passed from filing of enforcement on \(enforcement.filedOn.iso) to the claim on \(filed.iso) (the five years ended on \(fiveYears.nominalLastDay.iso); elapsed time, so no holiday extension)"
                    : "five years had not passed from filing of enforcement on \(enforcement.filedOn.iso) to the claim on \(filed.iso) (they end on \(fiveYears.nominalLastDay.iso))")
            let ruling = LocalizedText(
                zh: terminated ? "已裁定终结本次执行程序" : "未裁定终结本次执行程序",
                en: terminated ? "the current procedure has been terminated by ruling" : "the current procedure has not been terminated by ruling")
            let property = LocalizedText(
                zh: noProperty ? "被执行人已无可供执行财产" : "未认定被执行人已无可供执行财产",
                en: noProperty ? "the debtor has no property left to enforce against" : "it is not found that the debtor has no property left")
            let holds = overFiveYears && terminated && noProperty
            found.append(Reason(article: article3, message: LocalizedText(
                zh: "\(years.zh)；\(ruling.zh)；\(property.zh)：第（三）项情形\(holds ? "成立" : "不成立")",
                en: "\(years.en); \(ruling.en); \(property.en): item 3 \(holds ? "holds" : "does not hold")")))
            if holds {
                items.append(3)
                relyOn(article3, zh: "被执行人已无可供执行财产", en: "the debtor has no property left to enforce against")
            }
        }
        if let other = grounds.otherSituation {
            items.append(4)
            relyOn(CompensationArticles.art(5, para: 1, item: 4), zh: "属于可以在执行程序终结前申请赔偿的其他情形：\(other)",
                   en: "another situation allowing a claim before the end: \(other)")
            found.append(Reason(article: CompensationArticles.art(5, para: 1, item: 4), message: LocalizedText(
                zh: "在执行程序终结前可以申请赔偿的其他情形：\(other)", en: "Another situation allowing a claim before the end: \(other)")))
        }
        return items
    }

    // MARK: - Limitation: State Compensation Law Art.39, Art.5 para.2

    private mutating func limitationPeriod(early: Bool, into found: inout [Reason]) -> Rules.LimitationResult? {
        guard let knewOn = facts.limitation.knewOn else {
            require("limitation.knewOn", CompensationArticles.scl(39, para: 1),
                    zh: "请认定赔偿请求人知道或者应当知道执行行为侵犯其权益之日（时效起算日）",
                    en: "Find the day the claimant knew or should have known that the act infringed its rights (the limitation starts then)")
            return nil
        }
        relyOn(CompensationArticles.scl(39, para: 1), zh: "赔偿请求人于 \(knewOn.iso) 知道或者应当知道其权益受到侵犯",
               en: "the claimant knew or should have known of the infringement on \(knewOn.iso)")
        let enforcement = facts.enforcement
        let filed = facts.claim.filedOn
        var excluded: [Rules.ExcludedPeriod] = []
        if let ended = enforcement.endedOn, enforcement.status.hasEnded, ended <= filed {
            excluded.append(Rules.ExcludedPeriod(
                from: enforcement.filedOn, to: ended, article: CompensationArticles.art(5, para: 2),
                what: LocalizedText(zh: "执行程序期间（立案执行至执行程序终结），不计入赔偿请求时效",
                                    en: "the enforcement procedure, from filing to its end: not counted in the limitation period")))
        } else {
            excluded.append(Rules.ExcludedPeriod(
                from: enforcement.filedOn, to: filed, article: CompensationArticles.art(5, para: 2),
                what: LocalizedText(
                    zh: "执行程序尚未终结：赔偿请求人本可待程序终结后申请并使程序期间不计入时效，依第五条的规定提前申请不应使其处于更不利地位，故立案执行至申请日的期间不计入时效",
                    en: "the procedure has not ended: the claimant could have waited for the end and had the whole procedure left out, and claiming earlier under Art.5 cannot leave it worse off, so the time from filing of enforcement to the claim is not counted")))
        }
        for custody in facts.limitation.custodyPeriods {
            excluded.append(Rules.ExcludedPeriod(
                from: custody.from, to: custody.to, article: CompensationArticles.scl(39, para: 1),
                what: LocalizedText(zh: "被羁押等限制人身自由期间，不计算在时效内",
                                    en: "custody or other restriction of liberty: not counted")))
        }
        var pauses = excluded.map { LimitationPeriod.Pause(from: $0.from, to: $0.to) }
        let obstacles = facts.limitation.obstacles.map { LimitationPeriod.Pause(from: $0.from, to: $0.to) }
        let suspended = LimitationPeriod.suspensions(knewOn: knewOn, pauses: pauses, obstacles: obstacles, calendar: calendar)
        for pause in suspended {
            excluded.append(Rules.ExcludedPeriod(
                from: pause.from, to: pause.to, article: CompensationArticles.scl(39, para: 2),
                what: LocalizedText(zh: "时效最后六个月内因不可抗力或者其他障碍不能行使请求权，时效中止；障碍消除后继续计算",
                                    en: "force majeure or another obstacle in the last six months kept the claimant from claiming: suspended, counting resumes when it ends")))
        }
        if !obstacles.isEmpty {
            relyOn(CompensationArticles.scl(39, para: 2), zh: "存在不能行使请求权的不可抗力或者其他障碍（\(facts.limitation.obstacles.map { "\($0.from.iso) 至 \($0.to.iso)" }.joined(separator: "、"))）",
                   en: "force majeure or another obstacle kept the claimant from claiming (\(facts.limitation.obstacles.map { "\($0.from.iso) to \($0.to.iso)" }.joined(separator: ", ")))")
            if suspended.count < obstacles.count {
                found.append(Reason(article: CompensationArticles.scl(39, para: 2), message: LocalizedText(
                    zh: "障碍不在时效期间最后六个月内的部分，不发生时效中止",
                    en: "An obstacle, or the part of it, outside the last six months of the period does not suspend it")))
            }
        }
        pauses.append(contentsOf: suspended)
        let deadline = LimitationPeriod.deadline(knewOn: knewOn, pauses: pauses, calendar: calendar)
        let inTime = filed <= deadline.dueDate
        let left = excluded.map { "\($0.from.iso) 至 \($0.to.iso)" }.joined(separator: "、")
        let leftEn = excluded.map { "\($0.from.iso) to \($0.to.iso)" }.joined(separator: ", ")
        let reason = Reason(article: "\(CompensationArticles.scl(39)); \(CompensationArticles.art(5, para: 2))", message: LocalizedText(
            zh: "赔偿请求时效为两年，自 \(knewOn.iso) 起算，不计入 \(left)，时效于 \(deadline.dueDate.iso) 届满；赔偿申请于 \(filed.iso) 提出，\(inTime ? "未超过时效" : "已超过时效")",
            en: "The limitation period is two years from \(knewOn.iso), leaving out \(leftEn); it ends on \(deadline.dueDate.iso). The claim of \(filed.iso) is \(inTime ? "in time" : "out of time")"))
        found.append(reason)
        found.append(contentsOf: deadline.reasons)
        warnings.append(contentsOf: deadline.warnings)
        if !inTime { bars.append(reason) }
        return Rules.LimitationResult(knewOn: knewOn, excluded: excluded, deadline: deadline, filedOn: filed, inTime: inTime)
    }
}
