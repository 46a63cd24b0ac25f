/// The extension of Art.2 para.1 and the grace period of Opinions 2019 No.15.
extension ListingAssessor {
    /// Art.2 para.1: the extension the court decided, checked against its basis.
    static func decideExtension(_ requested: Int, grounds: [DishonestGround], facts: CreditFacts,
                                notes: inout CreditNotes) -> (Int, [Reason]) {
        let citations = CreditArticles.dishonest(2, para: 1)
        guard grounds.contains(where: \.hasFixedTerm) else {
            if requested > 0 {
                return (0, [creditReason([citations], zh: "仅依第一条第一项纳入的没有纳入期限，不适用延长",
                                         en: "A listing on Art.1 item 1 alone has no term, so there is nothing to extend")])
            }
            return (0, [])
        }
        let basis = ExtensionBasis.find(grounds: grounds, findings: facts.findings, notes: &notes)
        if requested == 0 {
            guard basis.exists else { return (0, basis.remarks) }
            return (0, basis.reasons + basis.remarks + [creditReason([citations],
                                                                     zh: "存在延长理由，人民法院可以决定延长一至三年；本次未决定延长",
                                                                     en: "There is a basis for extension; the court may extend by one to three years, and has not done so")])
        }
        guard basis.exists else {
            return (0, basis.remarks + [creditReason([citations],
                                                     zh: "请求延长 \(requested) 年，但不存在以暴力、威胁方法妨碍、抗拒执行情节严重或具有多项失信行为的情形，不得延长，期限为二年",
                                                     en: "An extension of \(requested) year\(requested == 1 ? "" : "s") was asked for, but there is neither serious obstruction by violence or threats nor several dishonest acts: no extension, the term is two years")])
        }
        return (requested, basis.reasons + basis.remarks + [creditReason([citations],
                                                                         zh: "人民法院决定延长 \(requested) 年",
                                                                         en: "The court extends the term by \(requested) year\(requested == 1 ? "" : "s")")])
    }

    /// Opinions 2019 No.15: a grace period of one to three months during which the listing is not published.
    static func gracePeriod(months: Int, decidedOn: LocalDate, calendar: StatutoryCalendar) -> GracePeriod {
        let (lastDay, counting) = calendar.creditTermEnd(from: decidedOn, period: .months(months))
        let publishFrom = lastDay.adding(days: 1)
        var reasons = [creditReason([CreditArticles.opinions(15)],
                                    zh: "给予 \(months) 个月宽限期：宽限期内（至 \(lastDay.iso)）暂不发布失信信息；期满仍未履行的，自 \(publishFrom.iso) 起发布并采取惩戒措施",
                                    en: "A grace period of \(months) month\(months == 1 ? "" : "s"): the listing is not published during it (through \(lastDay.iso)); if the debtor still has not performed, it is published from \(publishFrom.iso)")]
        if let counting { reasons.append(counting) }
        return GracePeriod(months: months, lastDay: lastDay, publishFrom: publishFrom, reasons: reasons)
    }
}
