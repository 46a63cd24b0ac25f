/// Art.15: property infringed, valued at the market price at the time of the act; where that price does not make
/// good the loss, with interest to the decision (item 1); where it cannot be determined or would be manifestly unfair,
/// at the price of like property at the decision (item 2); or by another reasonable method (item 3).
extension CompensationAssessment {
    // MARK: - Art.15

    mutating func propertyValue(_ loss: Rules.Loss, of act: Rules.Act, actPath: String, path: String,
                                        into found: inout [Reason]) throws -> ExactAmount {
        let received = loss.alreadyReceived.map(ExactAmount.init) ?? .zero
        let receivedNote = loss.alreadyReceived.map {
            LocalizedText(zh: "，扣除赔偿请求人已取得的 \($0) 元", en: ", less \($0) the claimant already received")
        } ?? LocalizedText(zh: "", en: "")
        if loss.priceAtActIndeterminable || loss.priceAtActManifestlyUnfair {
            let why = loss.priceAtActIndeterminable
                ? ("错误执行行为发生时的市场价格无法确定", "the market price at the time of the act cannot be determined")
                : ("因时间跨度长、市场价格波动大等因素，按照错误执行行为发生时的市场价格计算显失公平", "over the time elapsed and with the price swings, the price at the time of the act would be manifestly unfair")
            relyOn([CompensationArticles.art(15, item: 2)], zh: why.0, en: why.1)
            if let other = loss.otherReasonableAmount {
                return otherReasonable(other, loss, path: path, into: &found)
            }
            let price = try required(loss.marketPriceAtDecision, "\(path).marketPriceAtDecision",
                                     "赔偿决定作出时同类财产市场价格", "the market price of like property at the decision")
            let amount = ExactAmount(price).subtractingFloored(received)
            found.append(Reason(citation: CompensationArticles.art(15, item: 2), message: LocalizedText(
                zh: "\(why.0)，参照赔偿决定作出时同类财产市场价格 \(price) 元计算\(receivedNote.zh)，为 \(amount.displayText) 元",
                en: "\(why.1.prefix(1).uppercased() + why.1.dropFirst()): valued at the market price of like property at the decision, \(price)\(receivedNote.en): \(amount.displayText) yuan")))
            return amount
        }
        if let other = loss.otherReasonableAmount {
            guard loss.priceAtActInsufficient else {
                throw compensationError("\(path).otherReasonableAmount", "other_method_without_finding",
                                zh: "按其他合理方式计算损失，须先认定错误执行行为发生时的市场价格不足以弥补损失或者无法确定（第十五条）",
                                en: "Another reasonable method needs a finding that the price at the act does not make good the loss or cannot be determined (Art.15)")
            }
            relyOn([CompensationArticles.art(15)], zh: "按照错误执行行为发生时的市场价格不足以弥补受害人损失",
                   en: "the market price at the time of the act does not make good the loss")
            return otherReasonable(other, loss, path: path, into: &found)
        }
        let price = try required(loss.marketPriceAtAct, "\(path).marketPriceAtAct",
                                 "错误执行行为发生时的市场价格", "the market price at the time of the act")
        let principal = ExactAmount(price).subtractingFloored(received)
        guard loss.priceAtActInsufficient else {
            found.append(Reason(citations: [CompensationArticles.art(15), CompensationArticles.scl(36, item: 4)], message: LocalizedText(
                zh: "按照错误执行行为发生时的市场价格 \(price) 元计算财产损失\(receivedNote.zh)，为 \(principal.displayText) 元（未认定该价格不足以弥补损失，不适用第十五条第（一）项的利息）",
                en: "The property loss is valued at the market price at the time of the act, \(price)\(receivedNote.en): \(principal.displayText) yuan (that price is not found insufficient, so no Art.15 item 1 interest)")))
            return principal
        }
        relyOn([CompensationArticles.art(15, item: 1)], zh: "按照错误执行行为发生时的市场价格不足以弥补受害人损失",
               en: "the market price at the time of the act does not make good the loss")
        guard let actDate = act.date else {
            throw compensationError("\(actPath).date", "act_date_missing",
                            zh: "按第十五条第（一）项计算利息，须写明错误执行行为实施之日",
                            en: "Interest under Art.15 item 1 runs from the day of the act: give the act's date")
        }
        let netPrice = loss.alreadyReceived.map { price.fen > $0.fen ? Money(fen: price.fen - $0.fen) : .zero } ?? price
        let rate = try benchmarkRate()
        let interest = InterestComputation(principal: netPrice, from: actDate, to: facts.asOf, basisPoints: rate.basisPoints,
                                           convention: try interestConvention())
        let total = principal + interest.amount
        found.append(Reason(citation: CompensationArticles.art(15, item: 1), message: LocalizedText(
            zh: "按照错误执行行为发生时的市场价格 \(price) 元计算财产损失\(receivedNote.zh)，并支付自错误执行行为实施之日 \(actDate.iso) 起至赔偿决定作出之日 \(facts.asOf.iso) 止的利息 \(interest.amount.displayText) 元，合计 \(total.displayText) 元",
            en: "The property loss is valued at the market price at the time of the act, \(price)\(receivedNote.en), with interest from the act on \(actDate.iso) to the decision on \(facts.asOf.iso) of \(interest.amount.displayText) yuan: \(total.displayText) yuan in all")))
        found.append(Reason(citations: [CompensationArticles.interest2016, CompensationArticles.benchmarkRate(rate.effectiveFrom), CompensationArticles.dayCount], message: LocalizedText(
            zh: "利率参照国家赔偿法第三十六条第七项的银行同期存款利息，按决定作出时一年期人民币整存整取定期存款基准利率 \(rate.percentText)，单利：\(interest.formula.zh)",
            en: "Rate by analogy with the bank deposit interest of SCL Art.36 item 7: the one-year time-deposit benchmark at the decision, \(rate.percentText), simple interest: \(interest.formula.en)")))
        return total
    }

    /// Art.15 item 3 (published text; the seed copy stops after item 2).
    private mutating func otherReasonable(_ amount: Money, _ loss: Rules.Loss, path: String,
                                          into found: inout [Reason]) -> ExactAmount {
        let method = loss.otherReasonableMethod ?? "（未写明）"
        relyOn([CompensationArticles.art(15, item: 3)], zh: "以其他合理方式（\(method)）计算财产损失为 \(amount) 元",
               en: "the property loss, by another reasonable method (\(loss.otherReasonableMethod ?? "not stated")), is \(amount)")
        found.append(Reason(citation: CompensationArticles.art(15, item: 3), message: LocalizedText(
            zh: "以其他合理方式（\(method)）计算财产损失为 \(amount) 元",
            en: "The property loss, by another reasonable method (\(loss.otherReasonableMethod ?? "not stated")), is \(amount)")))
        return ExactAmount(amount)
    }
}
