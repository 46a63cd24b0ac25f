/// The money of a case: received and paid out from the events; outstanding = applied − received (never
/// below zero); undisbursed = received − disbursed. Exact to the fen: only sums and differences of amounts
/// already in fen, so no rounding rule is needed.
enum AmountRules {
    static func amounts(_ history: EnforcementHistory) -> (amounts: CaseAmounts, warnings: [Reason]) {
        let facts = history.facts
        let citations = EnforcementArticles.lifecycle
        var reasons: [Reason] = [
            .enforcement([citations],
                "申请执行 \(facts.amountApplied.formatted)\(facts.basis.amountAwarded.map { "（执行依据确定 \($0.formatted)）" } ?? "")；到账 \(history.received.formatted)（\(history.receipts.count) 笔），已发放 \(history.disbursed.formatted)（\(history.disbursements.count) 笔）",
                "Applied for \(facts.amountApplied.formatted)\(facts.basis.amountAwarded.map { " (the basis awards \($0.formatted))" } ?? ""); received \(history.received.formatted) (\(history.receipts.count) payment(s)), paid out \(history.disbursed.formatted) (\(history.disbursements.count))"),
            .enforcement([citations],
                "未执行到位 = 申请执行金额 − 到账金额（不低于零）= \(history.outstanding.formatted)；已到账未发放 = 到账 − 已发放 = \(history.undisbursed.formatted)。金额以分为单位精确加减，不涉及乘除，无需舍入",
                "Outstanding = applied − received (never below zero) = \(history.outstanding.formatted); undisbursed = received − paid out = \(history.undisbursed.formatted). Amounts are added and subtracted exactly in fen; nothing is multiplied, so nothing is rounded"),
        ]
        var warnings: [Reason] = []
        let excess = history.received.fen > facts.amountApplied.fen ? Money(fen: history.received.fen - facts.amountApplied.fen) : .zero
        if excess.isPositive {
            warnings.append(.enforcement([EnforcementArticles.cpl(264)],
                "到账金额超过申请执行金额 \(excess.formatted)：超出部分可以是迟延履行期间的债务利息或者执行费用，否则应当退还被执行人",
                "\(excess.formatted) more than the sum applied for was received: the surplus may be interest for delayed performance or costs; otherwise it is returned to the debtor"))
        }
        if history.settlementPerformed && history.outstanding.isPositive {
            reasons.append(.enforcement([EnforcementArticles.settlement(8)],
                "执行和解协议已履行完毕：依和解协议结案，\(history.outstanding.formatted) 的差额依协议不再执行",
                "The settlement agreement was performed: the case is closed under it, and the \(history.outstanding.formatted) difference is no longer enforced"))
        }
        if history.overflowed {
            warnings.append(.enforcement([citations], "金额合计超出可处理范围，结果不可靠", "The sums overflow the range the system handles; the result is unreliable"))
        }
        return (CaseAmounts(ordered: facts.amountApplied, awarded: facts.basis.amountAwarded, received: history.received,
                            disbursed: history.disbursed, outstanding: history.outstanding, undisbursed: history.undisbursed,
                            excessReceived: excess, reasons: reasons), warnings)
    }
}
