/// Who answers (Art.4) and whether the claim can be heard: scope (Art.1, Art.18, Art.19), standing (Art.3),
/// pending reviews (Art.6); the end of the enforcement procedure (Art.5 para.1) and the limitation period
/// (State Compensation Law Art.39, Art.5 para.2) are in their own files.
extension CompensationAssessment {
    // MARK: - Art.4 obligated organ

    func obligatedOrgan() -> Rules.ObligatedOrgan {
        let enforcement = facts.enforcement
        var reasons: [Reason] = []
        if let entrusted = enforcement.entrustedTo {
            reasons.append(Reason(citation: CompensationArticles.art(4), message: LocalizedText(
                zh: "\(enforcement.court)将查封、扣押、冻结等事项委托\(entrusted)执行，委托法院\(enforcement.court)为赔偿义务机关",
                en: "\(enforcement.court) entrusted sealing, seizing, freezing or other matters to \(entrusted); the entrusting court, \(enforcement.court), is the obligated organ")))
            if let respondent = facts.claim.respondent, respondent == entrusted {
                reasons.append(Reason(citation: CompensationArticles.art(4), message: LocalizedText(
                    zh: "赔偿请求人列受托法院\(entrusted)为赔偿义务机关，应以委托法院\(enforcement.court)为赔偿义务机关",
                    en: "The claimant named the entrusted court, \(entrusted); the obligated organ is the entrusting court, \(enforcement.court)")))
            }
        } else {
            reasons.append(Reason(citation: CompensationArticles.scl(38), message: LocalizedText(
                zh: "人民法院对生效法律文书执行错误造成损害的，由该人民法院承担赔偿责任，赔偿程序适用刑事赔偿程序的规定；作出执行行为的\(enforcement.court)为赔偿义务机关",
                en: "A court whose enforcement of an effective instrument went wrong answers for the damage, under the criminal compensation procedure; \(enforcement.court), which did the acts, is the obligated organ")))
            if let respondent = facts.claim.respondent, respondent != enforcement.court {
                reasons.append(Reason(citation: CompensationArticles.scl(38), message: LocalizedText(
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
        let limitation = limitationPeriod(into: &found)
        let admissible = bars.isEmpty && findingsRequired.isEmpty
        if admissible {
            found.append(Reason(citation: CompensationArticles.art(2), message: LocalizedText(
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
            return Reason(citation: CompensationArticles.art(1), message: LocalizedText(
                zh: "人民法院在执行生效法律文书过程中错误采取执行措施或者强制措施，侵犯合法权益并造成损害，受害人依照国家赔偿法第三十八条申请赔偿，适用本解释",
                en: "A claim under State Compensation Law Art.38 for an enforcement or coercive measure taken erroneously in enforcing an effective instrument: this interpretation applies"))
        case .preservationEnteredEnforcement:
            return Reason(citation: CompensationArticles.art(18), message: LocalizedText(
                zh: "违法采取保全措施的案件已进入执行程序，申请赔偿的，作为错误执行案件立案审查",
                en: "The unlawful preservation's case has entered enforcement: the claim is filed and reviewed as one for erroneous enforcement"))
        case .obstructionCoerciveMeasure, .preservation, .advanceExecution:
            let what = facts.claim.basis == .obstructionCoerciveMeasure
                ? ("违法采取妨害诉讼的强制措施", "an unlawful coercive measure against obstruction of proceedings")
                : facts.claim.basis == .preservation ? ("违法保全", "an unlawful preservation") : ("违法先予执行", "an unlawful advance execution")
            return Reason(citation: CompensationArticles.art(19), message: LocalizedText(
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
            let bar = Reason(citation: CompensationArticles.art(3), message: LocalizedText(
                zh: "该债权\(why.0)，基于债权申请国家赔偿的权利不随之转移，\(facts.claimant.name)不是适格的赔偿请求人",
                en: "The debt claim could not be assigned \(why.1); the right to claim compensation on it did not pass, so \(facts.claimant.name) has no standing"))
            found.append(bar)
            bars.append(bar)
            relyOn([CompensationArticles.art(3)], zh: "债权\(why.0)", en: "the debt claim could not be assigned \(why.1)")
        } else {
            found.append(Reason(citation: CompensationArticles.art(3), message: LocalizedText(
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
                found.append(Reason(citation: CompensationArticles.art(6, para: 1), message: LocalizedText(
                    zh: "执行行为 \(act.id) 所涉措施的\(review.kind.zhName)程序（\(review.filedOn.iso) 提出）尚在审查期间，就该措施申请赔偿的，\(accepted ? "已经受理的予以驳回" : "不予受理")",
                    en: "The \(review.kind.enName) concerning the measure of act \(act.id) (filed \(review.filedOn.iso)) is still under review; a claim about that measure is \(accepted ? "dismissed, having been accepted" : "not accepted")")))
                break
            }
        }
        for review in facts.reviews where review.filedOn <= facts.claim.filedOn && !review.isPending(on: facts.asOf) {
            guard let concluded = review.concludedOn, concluded > facts.claim.filedOn else { continue }
            found.append(Reason(citation: CompensationArticles.art(6, para: 1), message: LocalizedText(
                zh: "赔偿申请提出时\(review.kind.zhName)程序尚在审查，但该程序已于 \(concluded.iso) 终结，至决定日已无第六条的障碍",
                en: "The \(review.kind.enName) was under review when the claim was filed but ended on \(concluded.iso); by the decision date Art.6 no longer stands in the way")))
        }
        let unreviewed = facts.acts.filter { act in !facts.reviews.contains { $0.concerns(act.id) } }.map(\.id)
        if !unreviewed.isEmpty {
            let which = unreviewed.count == facts.acts.count ? ("相关", "the") : ("执行行为 \(unreviewed.joined(separator: "、")) 所涉", "the acts \(unreviewed.joined(separator: ", ")) and their")
            found.append(Reason(citation: CompensationArticles.art(6, para: 2), message: LocalizedText(
                zh: "赔偿请求人在执行程序中未就\(which.0)措施提出异议、申请复议或者申请执行监督，不影响其依法申请赔偿的权利",
                en: "That the claimant raised no objection and sought no reconsideration or supervision of \(which.1) measures does not affect its right to claim compensation")))
        }
        guard !barredActs.isEmpty else { return nil }
        let unique = Set(barredActs)
        if unique.count == facts.acts.count {
            bars.append(Reason(citation: CompensationArticles.art(6, para: 1), message: LocalizedText(
                zh: "全部执行行为均在执行异议、复议或者监督程序审查期间",
                en: "Every act complained of is under objection, reconsideration or supervision review")))
        } else {
            found.append(Reason(citation: CompensationArticles.art(6, para: 1), message: LocalizedText(
                zh: "其余执行行为不在审查期间，继续审查",
                en: "The other acts are not under review and are examined")))
        }
        return LocalizedText(
            zh: "赔偿请求人可以在上述程序终结后，依照本解释第五条的规定依法提出赔偿申请",
            en: "The claimant may apply for compensation under Art.5 of the interpretation once those procedures have ended")
    }
}
