/// Each act on the merits: its kind (Art.2), whether it was erroneous (Art.7, Art.8), the court's liability where
/// others had a part (Art.12, Art.13), the burden of proof (Art.9) and the losses allowed.
extension CompensationAssessment {
    mutating func assessAct(_ act: Rules.Act, index: Int) throws -> (result: Rules.ActResult, compensation: ExactAmount?) {
        let path = "acts[\(index)]"
        var found: [Reason] = [Reason(citation: act.kind.citation, message: LocalizedText(
            zh: "执行行为 \(act.id)\(act.description.map { "（\($0)）" } ?? "")：赔偿请求人主张属第二条第（\(chineseItem(act.kind.item))）项“\(act.kind.text.zh)”",
            en: "Act \(act.id)\(act.description.map { " (\($0))" } ?? ""): the claimant alleges Art.2 item \(act.kind.item), \(act.kind.text.en)"))]

        func result(_ outcome: Rules.ActOutcome, losses: [Rules.LossResult] = [], allowed: ExactAmount? = nil,
                    share: LiabilityShare? = nil, owed: ExactAmount? = nil) -> Rules.ActResult {
            Rules.ActResult(id: act.id, kind: act.kind, kindCitation: act.kind.citation, kindText: act.kind.text,
                            outcome: outcome, losses: losses, allowedLosses: allowed?.yuanText, courtShare: share,
                            compensation: owed?.yuanText, reasons: found)
        }

        if let review = pendingReviews(for: act).first {
            found.append(Reason(citation: CompensationArticles.art(6, para: 1), message: LocalizedText(
                zh: "该行为所涉措施的\(review.kind.zhName)程序尚在审查期间，本案不予审查",
                en: "The \(review.kind.enName) of its measure is under review; it is not examined here")))
            return (result(.barredByPendingReview), nil)
        }

        // Art.8: a later change of the basis or the facts.
        if let change = act.laterChange {
            if change.actBasedOnBasisValidAtTheTime {
                relyOn([change.situation.citation], zh: "执行行为 \(act.id) 系根据当时有效的执行依据或者依法认定的基本事实作出",
                       en: "act \(act.id) was done on the execution basis then in force or on basic facts found according to law")
                found.append(Reason(citation: change.situation.citation, message: LocalizedText(
                    zh: "该行为系根据当时有效的执行依据或者依法认定的基本事实作出，不因“\(change.situation.text.zh)”而认定为错误执行",
                    en: "The act was done on the basis then in force or on facts found according to law; it is not erroneous merely because \(change.situation.text.en)")))
                guard change.errorIndependentOfChange else { return (result(.notErroneous), nil) }
                relyOn([change.situation.citation], zh: "执行行为 \(act.id) 另有独立于嗣后变化的违法事由",
                       en: "act \(act.id) is unlawful on a ground independent of the later change")
                found.append(Reason(citation: change.situation.citation, message: LocalizedText(
                    zh: "但赔偿委员会认定该行为另有独立于嗣后变化的违法事由，继续审查其合法性",
                    en: "But the committee finds a ground of unlawfulness independent of the change; legality is examined on that ground")))
            } else {
                relyOn([CompensationArticles.art(8)], zh: "执行行为 \(act.id) 并非根据当时有效的执行依据或者依法认定的基本事实作出",
                       en: "act \(act.id) was not done on the basis then in force or on facts found according to law")
                found.append(Reason(citation: CompensationArticles.art(8), message: LocalizedText(
                    zh: "该行为并非根据当时有效的执行依据或者依法认定的基本事实作出，第八条不适用",
                    en: "The act was not done on the basis then in force or on facts found according to law: Art.8 does not apply")))
            }
        }

        // Art.7: legality.
        guard let holding = legality(of: act, path: path, into: &found) else { return (result(.findingRequired), nil) }
        guard holding == .unlawful else {
            found.append(Reason(citation: CompensationArticles.art(7), message: LocalizedText(
                zh: "该执行行为合法，不构成错误执行，不承担赔偿责任",
                en: "The act was lawful: no erroneous enforcement, no liability")))
            return (result(.notErroneous), nil)
        }
        found.append(Reason(citation: act.kind.citation, message: LocalizedText(
            zh: "该执行行为违法，构成第二条第（\(chineseItem(act.kind.item))）项错误执行",
            en: "The act was unlawful: erroneous enforcement under Art.2 item \(act.kind.item)")))

        // Art.12, Art.13: others' part in the damage.
        guard let share = liabilityShare(of: act, path: path, into: &found) else {
            return (result(findingsRequired.contains { $0.field.hasPrefix(path) } ? .findingRequired : .noLiability), nil)
        }

        // Art.9 and the heads of loss.
        if act.courtFaultPreventedProof {
            relyOn([CompensationArticles.art(9, para: 1)], zh: "因人民法院未列清单、列举不详等过错致使赔偿请求人无法就损害举证（执行行为 \(act.id)）",
                   en: "the court's fault (no inventory or an incomplete one) kept the claimant from proving the damage (act \(act.id))")
            found.append(Reason(citation: CompensationArticles.art(9, para: 1), message: LocalizedText(
                zh: "因人民法院未列清单、列举不详等过错致使赔偿请求人无法举证，由人民法院对损害事实承担举证责任；下列损失为赔偿委员会据此认定的数额",
                en: "The court's fault kept the claimant from proving the damage, so the court bears the burden of proof on it; the losses below are those the committee found on that footing")))
        }
        guard !act.losses.isEmpty else {
            if act.courtFaultPreventedProof {
                require(into: &found, "\(path).losses", [CompensationArticles.art(9, para: 1)],
                        zh: "人民法院对损害承担举证责任，请认定执行行为 \(act.id) 造成的损失",
                        en: "The court bears the burden of proof on the damage: find the losses act \(act.id) caused")
                return (result(.findingRequired), nil)
            }
            found.append(Reason(citation: CompensationArticles.art(9, para: 1), message: LocalizedText(
                zh: "赔偿请求人对其主张的损害负举证责任，未证明该行为造成损失",
                en: "The claimant bears the burden of proving the damage claimed and has proved no loss from this act")))
            return (result(.noLoss), nil)
        }
        var losses: [Rules.LossResult] = []
        var allowed = ExactAmount.zero
        for (position, loss) in act.losses.enumerated() {
            let assessed = try assessLoss(loss, of: act, actPath: path, index: position)
            losses.append(assessed.result)
            allowed = allowed + assessed.allowed
        }
        guard allowed > .zero else {
            found.append(Reason(citation: CompensationArticles.scl(36), message: LocalizedText(
                zh: "所主张的损失均不属于应予赔偿的范围", en: "None of the losses claimed is compensable")))
            return (result(.noLoss, losses: losses, allowed: allowed), nil)
        }
        // Art.17 para.2: an assignee's loss is at most what it paid for the debt claim; the court's share applies to that.
        if facts.claimant.role == .assignee, let paid = facts.claimant.assignment?.considerationPaid, ExactAmount(paid) < allowed {
            found.append(Reason(citation: CompensationArticles.art(17, para: 2), message: LocalizedText(
                zh: "债权受让人申请赔偿的，赔偿范围以其受让债权时支付的对价 \(paid) 元为限：损失 \(allowed.displayText) 元按 \(paid) 元计算",
                en: "An assignee's compensation is limited to the consideration it paid, \(paid): the loss of \(allowed.displayText) yuan is taken as \(paid)")))
            allowed = ExactAmount(paid)
        }
        let owed = share == .whole ? allowed : allowed.applying(share)
        if share != .whole {
            found.append(Reason(citations: shareArticle(act), message: LocalizedText(
                zh: "应予赔偿的损失 \(allowed.displayText) 元，人民法院承担 \(share.percentText)，即 \(owed.displayText) 元",
                en: "Compensable losses \(allowed.displayText) yuan; the court answers for \(share.percentText): \(owed.displayText) yuan")))
        }
        return (result(.compensable, losses: losses, allowed: allowed, share: share == .whole ? nil : share, owed: owed), owed)
    }

    // MARK: - Art.7

    /// The act's legality, from an earlier effective finding or the committee's own; `nil` when a finding is missing.
    private mutating func legality(of act: Rules.Act, path: String, into found: inout [Reason]) -> Rules.Holding? {
        let legality = act.legality
        let heldZh: (Rules.Holding) -> String = { $0 == .lawful ? "合法" : "违法" }
        if let prior = legality.priorFinding {
            let document = prior.document ?? ""
            if legality.contraryClaimWithEvidence {
                found.append(Reason(citation: CompensationArticles.art(7, para: 2), message: LocalizedText(
                    zh: "\(prior.procedure.zhName)程序作出的\(document)生效法律文书认定该行为\(heldZh(prior.held))，赔偿请求人提出相反主张并提供证据，赔偿委员会应当对其合法性进行审查并作出认定",
                    en: "The effective instrument of the \(prior.procedure.enName) \(prior.document ?? "") held the act \(prior.held.rawValue); the claimant contests it with evidence, so the committee reviews legality itself")))
                guard let own = legality.committeeFinding else {
                    require(into: &found, "\(path).legality.committeeFinding", [CompensationArticles.art(7, para: 2)],
                            zh: "赔偿请求人对执行行为 \(act.id) 的合法性提出相反主张并提供证据，请赔偿委员会审查并认定其是否合法",
                            en: "The claimant contests the legality of act \(act.id) with evidence: the committee must review it and find it lawful or unlawful")
                    return nil
                }
                relyOn([CompensationArticles.art(7, para: 2)], zh: "经审查，执行行为 \(act.id) \(heldZh(own))",
                       en: "on review, act \(act.id) was \(own.rawValue)")
                found.append(Reason(citation: CompensationArticles.art(7, para: 2), message: LocalizedText(
                    zh: "经赔偿委员会审查，认定该行为\(heldZh(own))", en: "On its review the committee finds the act \(own.rawValue)")))
                return own
            }
            found.append(Reason(citation: CompensationArticles.art(7, para: 1), message: LocalizedText(
                zh: "\(prior.procedure.zhName)程序作出的\(document)生效法律文书已认定该行为\(heldZh(prior.held))，赔偿请求人未提出相反主张并提供证据，以该认定作为认定执行行为合法性的根据",
                en: "The effective instrument of the \(prior.procedure.enName) \(prior.document ?? "") held the act \(prior.held.rawValue); not contested with evidence, that finding is the basis for the act's legality")))
            if let own = legality.committeeFinding, own != prior.held {
                warnings.append(Reason(citation: CompensationArticles.art(7, para: 2), message: LocalizedText(
                    zh: "执行行为 \(act.id)：赔偿委员会的认定（\(heldZh(own))）与生效法律文书的认定不同，但赔偿请求人未提出相反主张并提供证据，已采用生效法律文书的认定",
                    en: "Act \(act.id): the committee's finding (\(own.rawValue)) differs from the effective instrument's, but the claimant has not contested it with evidence; the instrument's finding was used")))
            }
            return prior.held
        }
        guard let own = legality.committeeFinding else {
            require(into: &found, "\(path).legality.committeeFinding", [CompensationArticles.art(7)],
                    zh: "执行行为 \(act.id) 的合法性未经执行异议、复议或者监督程序认定，请赔偿委员会认定其是否合法",
                    en: "No objection, reconsideration or supervision ruling has found on act \(act.id): the committee must find it lawful or unlawful")
            return nil
        }
        relyOn([CompensationArticles.art(7)], zh: "执行行为 \(act.id) \(heldZh(own))", en: "act \(act.id) was \(own.rawValue)")
        found.append(Reason(citation: CompensationArticles.art(7), message: LocalizedText(
            zh: "该行为的合法性未经执行异议、复议或者监督程序认定，赔偿委员会认定其\(heldZh(own))",
            en: "No objection, reconsideration or supervision ruling found on the act's legality; the committee finds it \(own.rawValue)")))
        return own
    }

    // MARK: - Art.12, Art.13

    /// The court's share of the damage; `nil` when the court bears none or a finding is missing.
    private mutating func liabilityShare(of act: Rules.Act, path: String, into found: inout [Reason]) -> LiabilityShare? {
        let others = act.damageByCustodianOrThirdParty
        let situation = act.noLiabilitySituation
        guard others != nil || situation != nil else {
            if let share = act.courtShare, share != .whole {
                warnings.append(Reason(citation: CompensationArticles.art(13, para: 2), message: LocalizedText(
                    zh: "执行行为 \(act.id)：未认定第十二条或者第十三条的情形，责任份额 \(share.percentText) 未予适用，由人民法院承担全部责任",
                    en: "Act \(act.id): no Art.12 or Art.13 situation is found, so the share \(share.percentText) is not applied; the court answers in full")))
            }
            return .whole
        }
        if let others {
            let role = others.role == .custodian ? ("保管人", "custodian") : ("第三人", "third party")
            found.append(Reason(citation: CompensationArticles.art(12), message: LocalizedText(
                zh: "执行过程中，因\(role.0)\(others.name)的行为侵犯合法权益并造成损害，应当由\(role.0)承担责任",
                en: "The damage was done in enforcement by the \(role.1), \(others.name), who bears liability for it")))
            if !others.courtFailedSupervision {
                relyOn([CompensationArticles.art(12)], zh: "人民法院已尽监管职责（执行行为 \(act.id)）",
                       en: "the court fulfilled its duty of supervision (act \(act.id))")
                found.append(Reason(citation: CompensationArticles.art(12), message: LocalizedText(
                    zh: "人民法院已尽监管职责，不承担赔偿责任", en: "The court fulfilled its duty of supervision and bears no liability")))
                return nil
            }
            relyOn([CompensationArticles.art(12)], zh: "人民法院未尽监管职责（执行行为 \(act.id)）",
                   en: "the court failed its duty of supervision (act \(act.id))")
            found.append(Reason(citation: CompensationArticles.art(12), message: LocalizedText(
                zh: "人民法院未尽监管职责，应当在其能够防止或者制止损害发生、扩大的范围内承担相应的赔偿责任，并可以依据赔偿决定向\(role.0)追偿",
                en: "The court failed its duty of supervision: it answers within what it could have prevented or stopped, and may recover from the \(role.1) on the decision")))
        }
        if let situation {
            found.append(Reason(citation: situation.citation, message: LocalizedText(
                zh: "存在第十三条第一款第（\(chineseItem(situation.item))）项情形：\(situation.text.zh)",
                en: "Art.13 para.1 item \(situation.item) applies: \(situation.text.en)")))
            found.append(Reason(citation: CompensationArticles.art(13, para: 2), message: LocalizedText(
                zh: "前款情形中人民法院有错误执行行为的，应当根据其在损害发生过程和结果中所起的作用承担相应的赔偿责任",
                en: "Where in such a situation the court also enforced erroneously, it answers according to its role in how the damage came about and in the result")))
        }
        guard let share = act.courtShare else {
            require(into: &found, "\(path).courtShare", shareArticle(act),
                    zh: "请认定人民法院对执行行为 \(act.id) 造成的损害应承担的责任份额（0 至 1）",
                    en: "Find the share (0 to 1) of the damage from act \(act.id) the court answers for")
            return nil
        }
        relyOn(shareArticle(act), zh: "人民法院对执行行为 \(act.id) 造成的损害承担 \(share.percentText) 的责任",
               en: "the court answers for \(share.percentText) of the damage from act \(act.id)")
        if share.tenThousandths == 0 {
            found.append(Reason(citations: shareArticle(act), message: LocalizedText(
                zh: "赔偿委员会认定人民法院对该损害不承担责任份额", en: "The committee finds the court's share of this damage to be nil")))
            return nil
        }
        return share
    }

    /// Asks for a finding and says so among the act's reasons.
    private mutating func require(into found: inout [Reason], _ field: String, _ citations: [Citation], zh: String, en: String) {
        require(field, citations, zh: zh, en: en)
        found.append(Reason(citations: citations, message: LocalizedText(zh: "尚需认定：" + zh, en: "Finding needed: " + en)))
    }

    func shareArticle(_ act: Rules.Act) -> [Citation] {
        switch (act.damageByCustodianOrThirdParty != nil, act.noLiabilitySituation != nil) {
        case (true, true): [CompensationArticles.art(12), CompensationArticles.art(13, para: 2)]
        case (true, false): [CompensationArticles.art(12)]
        default: [CompensationArticles.art(13, para: 2)]
        }
    }

    func chineseItem(_ item: Int) -> String {
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"][max(0, min(10, item - 1))]
    }
}
