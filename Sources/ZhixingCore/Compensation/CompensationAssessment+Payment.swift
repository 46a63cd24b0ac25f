/// The sum owed, the assignee's cap (Art.17 para.2), the single rounding, the set-off against the claimant's own
/// debt (Art.10) and the court's recourse (Art.11, Art.12).
extension CompensationAssessment {
    mutating func settle(_ owed: [(act: Rules.Act, amount: ExactAmount)]) throws -> Rules.Amounts {
        var found: [Reason] = []
        let rate = try benchmarkRate()
        let convention = try interestConvention()
        var total = owed.reduce(ExactAmount.zero) { $0 + $1.amount }
        if !owed.isEmpty {
            let parts = owed.map { "\($0.act.id) \($0.amount.displayText)" }
            found.append(Reason(citation: CompensationArticles.scl(36), message: LocalizedText(
                zh: "各项执行行为应予赔偿的数额：\(parts.joined(separator: "＋"))＝\(total.displayText) 元",
                en: "Owed per act: \(parts.joined(separator: " + ")) = \(total.displayText) yuan")))
        }

        // Art.17 para.2: an assignee's compensation is limited to the consideration it paid.
        if facts.claimant.role == .assignee, let assignment = facts.claimant.assignment {
            let cap = ExactAmount(assignment.considerationPaid)
            if cap < total {
                found.append(Reason(citation: CompensationArticles.art(17, para: 2), message: LocalizedText(
                    zh: "债权受让人申请赔偿的，赔偿范围以其受让债权时支付的对价 \(assignment.considerationPaid) 元为限：\(total.displayText) 元超过该数额，按 \(assignment.considerationPaid) 元计算",
                    en: "An assignee's compensation is limited to the consideration it paid for the debt claim, \(assignment.considerationPaid): \(total.displayText) yuan exceeds it, so \(assignment.considerationPaid) is taken")))
                total = cap
            } else {
                found.append(Reason(citation: CompensationArticles.art(17, para: 2), message: LocalizedText(
                    zh: "赔偿数额未超过债权受让人受让债权时支付的对价 \(assignment.considerationPaid) 元",
                    en: "The amount does not exceed the consideration the assignee paid, \(assignment.considerationPaid)")))
            }
        }

        let rounded = try total.roundedHalfUp(field: "acts")
        found.append(Reason(citation: CompensationArticles.scl(36), message: LocalizedText(
            zh: "赔偿总额 \(total.yuanText) 元（各项均未舍入），四舍五入至分，只在最后舍入一次：\(rounded) 元（\(rounded.chineseUppercase)）",
            en: "Total \(total.yuanText) yuan (no head rounded), rounded half up to the fen once, at the end: \(rounded)")))

        // Art.10: a debtor's compensation first pays its own outstanding debt.
        var setOff: Rules.SetOff?
        var payable = rounded
        if facts.claimant.role == .debtor && rounded.isPositive {
            if let debt = facts.claimant.outstandingDebt {
                let applied = Money(fen: min(debt.fen, rounded.fen))
                payable = Money(fen: rounded.fen - applied.fen)
                setOff = Rules.SetOff(outstandingDebt: debt, appliedToDebt: applied, remainingDebt: Money(fen: debt.fen - applied.fen))
                found.append(Reason(citation: CompensationArticles.art(10), message: applied.isPositive
                    ? LocalizedText(
                        zh: "被执行人因财产权被侵犯申请赔偿，其债务尚未清偿（\(debt) 元），获得的赔偿金首先用于清偿其债务：\(applied) 元用于清偿债务，余 \(payable) 元支付赔偿请求人",
                        en: "The debtor claims for infringed property rights and still owes \(debt); the compensation first pays that debt: \(applied) to the debt, \(payable) to the claimant")
                    : LocalizedText(zh: "被执行人的债务已清偿完毕，赔偿金全部支付赔偿请求人",
                                    en: "The debtor's debt has been paid in full; the whole compensation goes to the claimant")))
            } else {
                require("claimant.outstandingDebt", [CompensationArticles.art(10)],
                        zh: "赔偿请求人为被执行人，请写明其在执行案件中尚未清偿的债务数额（已清偿完毕的填 \"0\"）",
                        en: "The claimant is the debtor: give the debt still unpaid in the enforcement case (\"0\" if paid in full)")
            }
        }

        return Rules.Amounts(
            interestBasis: Rules.InterestBasis(
                annualRate: rate.percentText, rateEffectiveFrom: rate.effectiveFrom, rateSource: rate.source,
                dayCount: convention.dayCount, daysPerYear: convention.daysPerYear, dayCountSource: convention.source),
            totalUnrounded: total.yuanText, rounding: .halfUp, total: rounded, totalInWords: rounded.chineseUppercase,
            setOff: setOff, payableToClaimant: payable, reasons: found)
    }

    mutating func addRecourse(_ results: [Rules.ActResult]) {
        let claimant = facts.claimant
        for (act, result) in zip(facts.acts, results) where result.outcome == .compensable {
            if let benefit = act.improperBenefit {
                if benefit.returnable {
                    relyOn([CompensationArticles.art(11, para: 1)], zh: "\(benefit.holder)取得的不当利益可以返还",
                           en: "the improper benefit \(benefit.holder) obtained can be returned")
                } else {
                    relyOn([CompensationArticles.art(11, para: 1)], zh: "\(benefit.holder)因错误执行取得的不当利益无法返还",
                           en: "the improper benefit \(benefit.holder) obtained through the error cannot be returned")
                    let amount = benefit.amount.map { LocalizedText(zh: "（不当利益 \($0) 元）", en: " (benefit: \($0))") }
                    recourse.append(Rules.Recourse(
                        kind: .recovery, against: benefit.holder, actIds: [act.id], citations: [CompensationArticles.art(11, para: 1)],
                        message: LocalizedText(
                            zh: "因错误执行取得不当利益且无法返还，人民法院承担赔偿责任后，可以依据赔偿决定向\(benefit.holder)追偿\(amount?.zh ?? "")",
                            en: "The improper benefit from the error cannot be returned: once it has paid, the court may recover from \(benefit.holder) on the decision\(amount?.en ?? "")")))
                }
            }
            if act.madeInstrumentUnenforceable && (claimant.role == .applicant || claimant.role == .assignee) {
                relyOn([CompensationArticles.art(11, para: 2)], zh: "错误执行行为 \(act.id) 致使生效法律文书无法执行",
                       en: "act \(act.id) made the effective instrument impossible to enforce")
                recourse.append(Rules.Recourse(
                    kind: .continuedEnforcementNotSupported, against: claimant.name, actIds: [act.id],
                    citations: [CompensationArticles.art(11, para: 2)], message: LocalizedText(
                        zh: "因错误执行致使生效法律文书无法执行，申请执行人获得国家赔偿后申请继续执行的，不予支持",
                        en: "The error made the instrument impossible to enforce: once the applicant has been compensated, an application to continue enforcement is not supported")))
                let debtor = facts.enforcement.debtor ?? "被执行人"
                recourse.append(Rules.Recourse(
                    kind: .recovery, against: debtor, actIds: [act.id], citations: [CompensationArticles.art(11, para: 2)],
                    message: LocalizedText(
                        zh: "人民法院承担赔偿责任后，可以依据赔偿决定向被执行人\(facts.enforcement.debtor ?? "")追偿",
                        en: "Once it has paid, the court may recover from the debtor\(facts.enforcement.debtor.map { ", \($0)," } ?? "") on the decision")))
            }
            if let others = act.damageByCustodianOrThirdParty, others.courtFailedSupervision {
                let role = others.role == .custodian ? ("保管人", "custodian") : ("第三人", "third party")
                recourse.append(Rules.Recourse(
                    kind: .recovery, against: others.name, actIds: [act.id], citations: [CompensationArticles.art(12)],
                    message: LocalizedText(
                        zh: "人民法院承担赔偿责任后，可以依据赔偿决定向\(role.0)\(others.name)追偿",
                        en: "Once it has paid, the court may recover from the \(role.1), \(others.name), on the decision")))
            }
        }
    }
}
