/// The heads of loss: Art.14 (interest, rent), Art.15 (property value), Art.16 (stoppage, sole livelihood),
/// Art.17 (debt claims) and State Compensation Law Art.36. Every amount is exact; nothing is rounded here.
extension CompensationAssessment {
    /// The benchmark rate in force on the decision date (法释〔2016〕20号 Art.15 para.1).
    func benchmarkRate() throws -> DepositBenchmarkRate {
        guard let rate = DepositBenchmarkRate.inForce(on: facts.asOf) else {
            throw compensationError("asOf", "no_benchmark_rate", zh: "决定日 \(facts.asOf.iso) 没有可适用的存款基准利率",
                            en: "No deposit benchmark rate is known for the decision date \(facts.asOf.iso)")
        }
        return rate
    }

    func interestConvention() throws -> InterestConvention {
        guard let convention = InterestConvention.inForce(on: facts.asOf) else {
            throw compensationError("asOf", "no_interest_convention", zh: "决定日 \(facts.asOf.iso) 没有可适用的计息规则",
                            en: "No interest convention is known for the decision date \(facts.asOf.iso)")
        }
        return convention
    }

    mutating func assessLoss(_ loss: Rules.Loss, of act: Rules.Act, actPath: String,
                             index: Int) throws -> (result: Rules.LossResult, allowed: ExactAmount) {
        let path = "\(actPath).losses[\(index)]"
        var found: [Reason] = []
        let allowed: ExactAmount
        var isAllowed = true
        try checkNotNegative(loss, path: path)
        switch loss.kind {
        case .property:
            allowed = try propertyValue(loss, of: act, actPath: actPath, path: path, into: &found)
        case .depositInterest:
            let principal = try required(loss.principal, "\(path).principal", "本金", "principal")
            let from = try required(loss.from, "\(path).from", "计息起算日", "start of interest")
            let to = try interestEnd(loss, path: path, from: from)
            let rate = try benchmarkRate()
            let interest = InterestComputation(principal: principal, from: from, to: to, basisPoints: rate.basisPoints,
                                               convention: try interestConvention())
            allowed = interest.amount
            found.append(Reason(citations: [CompensationArticles.scl(36, item: 7), CompensationArticles.interest2016], message: LocalizedText(
                zh: "返还的款项应当支付银行同期存款利息，按决定作出时中国人民银行公布的一年期人民币整存整取定期存款基准利率 \(rate.percentText) 计算，不计复利（本金另行返还，不计入本项）",
                en: "Money returned bears bank deposit interest for the same period, at the PBOC one-year time-deposit benchmark in force at the decision, \(rate.percentText), no compounding (the principal itself is returned separately, not counted here)")))
            found.append(Reason(citations: [CompensationArticles.dayCount, CompensationArticles.benchmarkRate(rate.effectiveFrom)], message: interest.formula))
        case .actualInterest:
            if let amount = loss.amount {
                allowed = ExactAmount(amount)
                found.append(Reason(citations: [CompensationArticles.art(14), CompensationArticles.scl(36, item: 8)], message: LocalizedText(
                    zh: "错误执行造成的利息损失 \(amount) 元属于实际损失，按直接损失予以赔偿",
                    en: "The interest loss of \(amount) caused by the error is an actual loss, compensated as a direct loss")))
            } else {
                let principal = try required(loss.principal, "\(path).principal", "本金（或损失金额 amount）", "principal (or the amount)")
                let from = try required(loss.from, "\(path).from", "计息起算日", "start of interest")
                let to = try interestEnd(loss, path: path, from: from)
                let rateText = try required(loss.annualRate, "\(path).annualRate", "年利率", "annual rate")
                let rate = try ContractInterestRate(parsing: rateText, field: "\(path).annualRate")
                let interest = InterestComputation(principal: principal, from: from, to: to, basisPoints: rate.basisPoints,
                                                   convention: try interestConvention())
                allowed = interest.amount
                found.append(Reason(citations: [CompensationArticles.art(14), CompensationArticles.scl(36, item: 8)], message: LocalizedText(
                    zh: "错误执行造成的利息损失属于实际损失，按直接损失予以赔偿，按实际负担的年利率 \(InterestComputation.percent(rate.basisPoints)) 计算",
                    en: "The interest loss caused by the error is an actual loss, compensated as a direct loss at the rate actually borne, \(InterestComputation.percent(rate.basisPoints)) a year")))
                found.append(Reason(citation: CompensationArticles.dayCount, message: interest.formula))
            }
        case .rent:
            let amount = try required(loss.amount, "\(path).amount", "租金损失金额", "rent lost")
            allowed = ExactAmount(amount)
            found.append(Reason(citations: [CompensationArticles.art(14), CompensationArticles.scl(36, item: 8)], message: LocalizedText(
                zh: "错误执行造成的租金损失 \(amount) 元属于实际损失，按直接损失予以赔偿",
                en: "The rent loss of \(amount) caused by the error is an actual loss, compensated as a direct loss")))
        case .stoppageCosts:
            allowed = try stoppageCosts(loss, path: path, into: &found)
        case .soleLivelihood:
            let asset = try required(loss.asset, "\(path).asset", "被执行的财产类别", "what was enforced against")
            let what = asset == .productionEquipment ? ("生产设备", "production equipment") : ("用于营运的运输工具", "an operating vehicle")
            if loss.soleSourceOfLiving {
                let amount = try required(loss.amount, "\(path).amount", "实际损失金额", "actual loss")
                allowed = ExactAmount(amount)
                relyOn([CompensationArticles.art(16, para: 2)], zh: "错误执行\(what.0)致使受害人丧失唯一生活来源",
                       en: "enforcing against \(what.1) cost the victim its sole source of living")
                found.append(Reason(citation: CompensationArticles.art(16, para: 2), message: LocalizedText(
                    zh: "错误执行\(what.0)，致使受害人丧失唯一生活来源，按照其实际损失 \(amount) 元予以赔偿",
                    en: "Erroneous enforcement against \(what.1) cost the victim its sole source of living: the actual loss of \(amount) is compensated")))
            } else {
                allowed = .zero
                isAllowed = false
                found.append(Reason(citation: CompensationArticles.art(16, para: 2), message: LocalizedText(
                    zh: "未认定受害人因此丧失唯一生活来源，不适用第十六条第二款按实际损失赔偿（损失可按其他项目主张）",
                    en: "It is not found that the victim lost its sole source of living; Art.16 para.2 (actual loss) does not apply (the loss may be claimed under another head)")))
            }
        case .debtClaim:
            allowed = try debtClaim(loss, path: path, into: &found)
        case .otherDirectLoss:
            let amount = try required(loss.amount, "\(path).amount", "直接损失金额", "direct loss")
            allowed = ExactAmount(amount)
            found.append(Reason(citation: CompensationArticles.scl(36, item: 8), message: LocalizedText(
                zh: "对财产权造成的其他损害，按照直接损失 \(amount) 元给予赔偿",
                en: "Other damage to property rights: the direct loss of \(amount) is compensated")))
        case .expectedProfits:
            allowed = .zero
            isAllowed = false
            found.append(Reason(citation: CompensationArticles.scl(36, item: 8), message: LocalizedText(
                zh: "可得利益不属于直接损失，不予赔偿",
                en: "Expected profits are not a direct loss and are not compensated")))
        }
        if let evidence = loss.valueEvidence { found.append(valueEvidenceReason(evidence)) }
        if allowed == .zero && isAllowed {
            found.append(Reason(citation: CompensationArticles.scl(36), message: LocalizedText(
                zh: "本项损失计算结果为零", en: "This head comes to nothing")))
        }
        let result = Rules.LossResult(index: index, kind: loss.kind, description: loss.description,
                                      allowed: isAllowed && allowed > .zero, amount: allowed.yuanText,
                                      amountIsExact: allowed.isExactInYuanText, reasons: found)
        return (result, allowed)
    }

    // MARK: - Art.16 para.1

    private func stoppageCosts(_ loss: Rules.Loss, path: String, into found: inout [Reason]) throws -> ExactAmount {
        guard !loss.items.isEmpty else {
            throw compensationError("\(path).items", "stoppage_items_missing", zh: "停产停业损失应当逐项列明费用（items）",
                            en: "Stoppage costs must be listed item by item (items)")
        }
        let period = loss.stoppage.map { LocalizedText(zh: "停产停业期间 \($0.from.iso) 至 \($0.to.iso)", en: "stoppage \($0.from.iso) to \($0.to.iso)") }
        found.append(Reason(citations: [CompensationArticles.art(16, para: 1), CompensationArticles.scl(36, item: 6)], message: LocalizedText(
            zh: "错误执行造成受害人停产停业的，赔偿停产停业期间必要的经常性费用开支\(period.map { "（\($0.zh)）" } ?? "")",
            en: "Erroneous enforcement stopped the victim's production or business: the necessary recurring costs of the stoppage are compensated\(period.map { " (\($0.en))" } ?? "")")))
        var sum = ExactAmount.zero
        for (position, item) in loss.items.enumerated() {
            guard !item.amount.isNegative else {
                throw compensationError("\(path).items[\(position)].amount", "negative_amount", zh: "费用金额不能为负数",
                                en: "A cost cannot be negative")
            }
            let label = item.description.map { "（\($0)）" } ?? ""
            if let number = item.category.item {
                sum = sum + ExactAmount(item.amount)
                found.append(Reason(citation: CompensationArticles.art(16, para: 1, item: number), message: LocalizedText(
                    zh: "\(item.category.text.zh)\(label)：\(item.amount) 元", en: "\(item.category.text.en)\(item.description.map { " (\($0))" } ?? ""): \(item.amount)")))
            } else {
                found.append(Reason(citations: [CompensationArticles.art(16, para: 1), CompensationArticles.scl(36, item: 8)], message: LocalizedText(
                    zh: "\(item.category.text.zh)\(label) \(item.amount) 元不属于停产停业期间必要的经常性费用开支，亦非直接损失，不予赔偿",
                    en: "\(item.category.text.en)\(item.description.map { " (\($0))" } ?? ""), \(item.amount): not a necessary recurring cost of the stoppage nor a direct loss; not compensated")))
            }
        }
        found.append(Reason(citation: CompensationArticles.art(16, para: 1), message: LocalizedText(
            zh: "停产停业期间必要的经常性费用开支合计 \(sum.displayText) 元", en: "Necessary recurring costs in all: \(sum.displayText) yuan")))
        return sum
    }

    // MARK: - Art.17 para.1

    private mutating func debtClaim(_ loss: Rules.Loss, path: String, into found: inout [Reason]) throws -> ExactAmount {
        let amount = try required(loss.amount, "\(path).amount", "债权损失金额", "the loss on the debt claim")
        if let reason = loss.capDisappliedBecause {
            relyOn([CompensationArticles.art(17, para: 1)], zh: "本案不以债权标的额为限：\(reason)",
                   en: "the claim amount is not the limit in this case: \(reason)")
            found.append(Reason(citation: CompensationArticles.art(17, para: 1), message: LocalizedText(
                zh: "错误执行侵犯债权的，赔偿范围一般以债权标的额为限；赔偿委员会认定本案例外（\(reason)），按损失 \(amount) 元计算",
                en: "Compensation for an infringed debt claim is generally limited to the claim amount; the committee finds an exception here (\(reason)): the loss of \(amount) is taken")))
            return ExactAmount(amount)
        }
        let cap = try required(loss.claimAmount, "\(path).claimAmount", "债权标的额", "the amount of the debt claim")
        let allowed = min(amount.fen, cap.fen)
        found.append(Reason(citation: CompensationArticles.art(17, para: 1), message: LocalizedText(
            zh: allowed < amount.fen
                ? "错误执行侵犯债权的，赔偿范围以债权标的额为限：主张损失 \(amount) 元，超过债权标的额 \(cap) 元，按 \(cap) 元计算"
                : "错误执行侵犯债权的，赔偿范围以债权标的额 \(cap) 元为限：损失 \(amount) 元未超过该数额",
            en: allowed < amount.fen
                ? "Compensation for an infringed debt claim is limited to the claim amount: the loss claimed, \(amount), exceeds the claim of \(cap); \(cap) is taken"
                : "Compensation for an infringed debt claim is limited to the claim amount, \(cap); the loss of \(amount) is within it")))
        return ExactAmount(Money(fen: allowed))
    }

    // MARK: - Helpers

    private func interestEnd(_ loss: Rules.Loss, path: String, from: LocalDate) throws -> LocalDate {
        let to = loss.to ?? facts.asOf
        guard to <= facts.asOf else {
            throw compensationError("\(path).to", "after_decision_date", zh: "计息截止日 \(to.iso) 晚于决定日 \(facts.asOf.iso)",
                            en: "Interest cannot run past the decision date \(facts.asOf.iso): \(to.iso)")
        }
        guard from <= to else {
            throw compensationError("\(path).from", "range_reversed", zh: "计息起算日 \(from.iso) 晚于截止日 \(to.iso)",
                            en: "Interest starts on \(from.iso), after it ends on \(to.iso)")
        }
        return to
    }

    func required<T>(_ value: T?, _ field: String, _ zh: String, _ en: String) throws -> T {
        guard let value else {
            throw compensationError(field, "field_required", zh: "本项损失须写明\(zh)（\(field)）", en: "This head of loss needs \(en) (\(field))")
        }
        return value
    }

    private func checkNotNegative(_ loss: Rules.Loss, path: String) throws {
        let amounts: [(String, Money?)] = [
            ("amount", loss.amount), ("marketPriceAtAct", loss.marketPriceAtAct),
            ("marketPriceAtDecision", loss.marketPriceAtDecision), ("otherReasonableAmount", loss.otherReasonableAmount),
            ("alreadyReceived", loss.alreadyReceived), ("principal", loss.principal), ("claimAmount", loss.claimAmount),
        ]
        for (name, value) in amounts where value?.isNegative == true {
            throw compensationError("\(path).\(name)", "negative_amount", zh: "金额不能为负数（\(path).\(name)）",
                            en: "An amount cannot be negative (\(path).\(name))")
        }
    }

    private func valueEvidenceReason(_ evidence: Rules.ValueEvidence) -> Reason {
        switch evidence {
        case .evidence:
            Reason(citation: CompensationArticles.art(9, para: 1), message: LocalizedText(
                zh: "损失价值有证据证明", en: "The value is proved by evidence"))
        case .appraisal:
            Reason(citation: CompensationArticles.art(9, para: 2), message: LocalizedText(
                zh: "损失价值无法认定，经负有举证责任的一方申请鉴定确定", en: "The value could not be established and was fixed by appraisal applied for by the party bearing the burden"))
        case .committeeJudgment:
            Reason(citation: CompensationArticles.art(9, para: 2), message: LocalizedText(
                zh: "损失价值无法鉴定，赔偿委员会结合双方主张和在案证据，运用逻辑推理、日常生活经验等作出判断",
                en: "The value could not be appraised; the committee judged it from both sides' claims and the evidence, by logic and everyday experience"))
        case .appraisalRefused:
            Reason(citation: CompensationArticles.art(9, para: 2), message: LocalizedText(
                zh: "负有举证责任的一方拒绝申请鉴定，由其承担不利的法律后果",
                en: "The party bearing the burden refused to apply for appraisal and bears the adverse consequence"))
        }
    }
}
