/// One run of the compensation rules over one claim: collects reasons, the findings relied on and the findings
/// still missing, and puts the decision together. The articles live in the extensions named after them.
struct CompensationAssessment {
    typealias Rules = CompensationRules

    let facts: Rules.Facts
    let calendar: StatutoryCalendar

    var humanFindings: [Reason] = []
    var findingsRequired: [Rules.FindingRequest] = []
    var warnings: [Reason] = []
    var recourse: [Rules.Recourse] = []
    /// The reasons that make the claim inadmissible.
    var bars: [Reason] = []

    init(facts: Rules.Facts, calendar: StatutoryCalendar) {
        self.facts = facts
        self.calendar = calendar
    }

    /// Records that the decision relies on a finding the law leaves to the committee.
    mutating func relyOn(_ citations: [Citation], zh: String, en: String) {
        humanFindings.append(Reason(citations: citations, message: LocalizedText(
            zh: "依据赔偿委员会的认定：" + zh, en: "Relying on the committee's finding: " + en)))
    }

    /// Records a finding the engine needs and does not have.
    mutating func require(_ field: String, _ citations: [Citation], zh: String, en: String) {
        let request = Rules.FindingRequest(field: field, citations: citations, message: LocalizedText(zh: zh, en: en))
        if !findingsRequired.contains(request) { findingsRequired.append(request) }
    }

    mutating func decide() throws -> Rules.Decision {
        let organ = obligatedOrgan()
        let admissibility = try assessAdmissibility()
        guard admissibility.admissible else {
            return finish(organ: organ, admissibility: admissibility, acts: notExaminedActs(), amounts: nil)
        }
        var results: [Rules.ActResult] = []
        var owed: [(act: Rules.Act, amount: ExactAmount)] = []
        for (index, act) in facts.acts.enumerated() {
            let assessed = try assessAct(act, index: index)
            results.append(assessed.result)
            if let amount = assessed.compensation { owed.append((act, amount)) }
        }
        guard findingsRequired.isEmpty else {
            return finish(organ: organ, admissibility: admissibility, acts: results, amounts: nil)
        }
        let amounts = try settle(owed)
        addRecourse(results)
        return finish(organ: organ, admissibility: admissibility, acts: results, amounts: amounts)
    }

    private func notExaminedActs() -> [Rules.ActResult] {
        facts.acts.map { act in
            let barred = pendingReviews(for: act).first
            var found = [Reason(citation: act.kind.citation, message: LocalizedText(
                zh: "所称错误执行行为属第二条第（\(chineseItem(act.kind.item))）项：\(act.kind.text.zh)",
                en: "The act complained of falls under Art.2 item \(act.kind.item): \(act.kind.text.en)"))]
            if let barred {
                found.append(Reason(citation: CompensationArticles.art(6, para: 1), message: LocalizedText(
                    zh: "该行为所涉措施的\(barred.kind.zhName)程序尚在审查期间，未作实体审查",
                    en: "The \(barred.kind.enName) of its measure is under review; not examined on the merits")))
            } else if let bar = bars.first {
                found.append(Reason(citations: bar.citations, message: LocalizedText(
                    zh: "赔偿申请不能受理，未作实体审查", en: "The claim cannot be heard; not examined on the merits")))
            } else {
                found.append(Reason(citations: findingsRequired.first?.citations ?? [CompensationArticles.humanFinding], message: LocalizedText(
                    zh: "受理条件尚需赔偿委员会认定，未作实体审查",
                    en: "Admissibility awaits a finding of the committee; not examined on the merits")))
            }
            return Rules.ActResult(
                id: act.id, kind: act.kind, kindCitation: act.kind.citation, kindText: act.kind.text,
                outcome: barred == nil ? .notExamined : .barredByPendingReview, losses: [], allowedLosses: nil,
                courtShare: nil, compensation: nil, reasons: found)
        }
    }

    private func finish(organ: Rules.ObligatedOrgan, admissibility: Rules.Admissibility, acts: [Rules.ActResult],
                        amounts: Rules.Amounts?) -> Rules.Decision {
        let outcome: Rules.Outcome
        let summary: LocalizedText
        // A bar to the claim decides it whatever else is missing.
        let required = bars.isEmpty ? findingsRequired : []
        if !bars.isEmpty {
            let accepted = facts.claim.acceptedOn != nil
            outcome = accepted ? .dismissed : .notAccepted
            summary = accepted
                ? LocalizedText(zh: "驳回赔偿申请", en: "The claim is dismissed")
                : LocalizedText(zh: "对赔偿申请不予受理", en: "The claim is not accepted")
        } else if !required.isEmpty {
            outcome = .findingsRequired
            let fields = required.map(\.field).joined(separator: ", ")
            summary = LocalizedText(zh: "尚需赔偿委员会作出认定后方能决定：\(fields)",
                                    en: "The committee must make findings before a decision can be reached: \(fields)")
        } else if let amounts, amounts.total.isPositive {
            outcome = .compensation
            var zh = "\(organ.court)赔偿\(facts.claimant.name)人民币 \(amounts.total) 元（\(amounts.totalInWords)）"
            var en = "\(organ.court) pays \(facts.claimant.name) RMB \(amounts.total)"
            if let setOff = amounts.setOff, setOff.appliedToDebt.isPositive {
                zh += "，其中 \(setOff.appliedToDebt) 元首先用于清偿赔偿请求人尚未清偿的债务，余 \(amounts.payableToClaimant) 元支付赔偿请求人"
                en += ", of which \(setOff.appliedToDebt) first pays the claimant's outstanding debt and \(amounts.payableToClaimant) is paid to the claimant"
            }
            summary = LocalizedText(zh: zh, en: en)
        } else {
            outcome = .noCompensation
            summary = LocalizedText(zh: "决定不予赔偿", en: "No compensation is owed")
        }
        var decisive = bars
        if admissibility.admissible {
            decisive.append(contentsOf: admissibility.reasons.suffix(1))
            decisive.append(contentsOf: acts.map(Self.outcomeLine))
        }
        decisive.append(Reason(citations: outcomeArticle(outcome, admissibility), message: summary))
        return Rules.Decision(
            asOf: facts.asOf, outcome: outcome, summary: summary, obligatedOrgan: organ,
            admissibility: admissibility, acts: acts, amounts: outcome == .findingsRequired ? nil : amounts,
            recourse: outcome == .compensation ? recourse : [], findingsRequired: required,
            humanFindings: humanFindings, reasons: decisive, warnings: warnings)
    }

    /// One line per act for the decisive reasons.
    private static func outcomeLine(_ act: Rules.ActResult) -> Reason {
        let citations = act.reasons.last?.citations ?? [act.kindCitation]
        let text: LocalizedText = switch act.outcome {
        case .compensable: LocalizedText(zh: "执行行为 \(act.id) 构成错误执行，应予赔偿 \(act.compensation ?? "") 元（未舍入）",
                                         en: "Act \(act.id) was erroneous enforcement: \(act.compensation ?? "") yuan owed (unrounded)")
        case .notErroneous: LocalizedText(zh: "执行行为 \(act.id) 不构成错误执行", en: "Act \(act.id) was not erroneous enforcement")
        case .noLiability: LocalizedText(zh: "执行行为 \(act.id) 造成的损害，人民法院不承担赔偿责任",
                                         en: "The court bears no liability for the damage from act \(act.id)")
        case .noLoss: LocalizedText(zh: "执行行为 \(act.id) 未造成应予赔偿的损失", en: "Act \(act.id) caused no compensable loss")
        case .barredByPendingReview: LocalizedText(zh: "执行行为 \(act.id) 所涉措施尚在审查期间，不予审查",
                                                   en: "The measure of act \(act.id) is under review; not examined")
        case .notExamined: LocalizedText(zh: "执行行为 \(act.id) 未作实体审查", en: "Act \(act.id) was not examined on the merits")
        case .findingRequired: LocalizedText(zh: "执行行为 \(act.id) 尚需赔偿委员会认定", en: "Act \(act.id) awaits a finding of the committee")
        }
        return Reason(citations: citations, message: text)
    }

    private func outcomeArticle(_ outcome: Rules.Outcome, _ admissibility: Rules.Admissibility) -> [Citation] {
        switch outcome {
        case .compensation, .noCompensation: [CompensationArticles.scl(36)]
        case .findingsRequired:
            // Each provision once, in the order of its English text (as the joined string always was).
            Dictionary(findingsRequired.map { ($0.article, $0.citations) }, uniquingKeysWith: { first, _ in first })
                .sorted { $0.key < $1.key }.flatMap(\.value)
        case .notAccepted, .dismissed:
            bars.isEmpty ? [CompensationArticles.art(5, para: 1)] : bars.flatMap(\.citations)
        }
    }
}
