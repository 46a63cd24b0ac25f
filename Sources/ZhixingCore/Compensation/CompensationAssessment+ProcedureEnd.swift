/// Art.5 para.1: a claim only after the enforcement procedure has ended, unless one of four exceptions holds and the
/// harm cannot be remedied in the related litigation or enforcement procedure.
extension CompensationAssessment {
    // MARK: - Art.5 para.1

    /// Whether the claim came after the end of the procedure, or before it under an exception.
    mutating func procedureEnd(into found: inout [Reason]) -> (admissible: Bool, early: Bool) {
        let enforcement = facts.enforcement
        let filed = facts.claim.filedOn
        let citations = CompensationArticles.art(5, para: 1)
        if enforcement.status.hasEnded, let ended = enforcement.endedOn, ended <= filed {
            found.append(Reason(citations: [citations], message: LocalizedText(
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
            let bar = Reason(citations: [citations], message: LocalizedText(
                zh: "\(state.zh)，且不具有第五条第一款但书规定的情形，终结前提出的赔偿申请不予受理",
                en: "\(state.en.prefix(1).uppercased() + state.en.dropFirst()), and none of the exceptions of Art.5 para.1 applies; a claim before the end is not accepted"))
            found.append(bar)
            bars.append(bar)
            return (false, false)
        }
        let items = grounds.map { "（\(chineseItem($0))）" }.joined(separator: "、")
        let itemsEn = grounds.map(String.init).joined(separator: ", ")
        guard facts.claim.earlyClaimGrounds.cannotBeRemediedInProceedings else {
            let bar = Reason(citations: [citations], message: LocalizedText(
                zh: "虽有第五条第一款第\(items)项情形，但赔偿委员会未认定无法在相关诉讼或者执行程序中予以补救，终结前提出的赔偿申请不予受理",
                en: "Although Art.5 para.1 item \(itemsEn) applies, the committee has not found that the harm cannot be remedied in the related litigation or enforcement procedure; a claim before the end is not accepted"))
            found.append(bar)
            bars.append(bar)
            return (false, false)
        }
        relyOn([citations], zh: "无法在相关诉讼或者执行程序中予以补救",
               en: "the harm cannot be remedied in the related litigation or enforcement procedure")
        found.append(Reason(citations: [citations], message: LocalizedText(
            zh: "\(state.zh)，但具有第五条第一款第\(items)项情形，且无法在相关诉讼或者执行程序中予以补救，可以在执行程序终结前申请赔偿",
            en: "\(state.en.prefix(1).uppercased() + state.en.dropFirst()), but Art.5 para.1 item \(itemsEn) applies and the harm cannot be remedied in the related proceedings: the claim may be made before the end")))
        return (true, true)
    }

    /// The items of Art.5 para.1 that hold, with a reason for each.
    mutating func exceptions(into found: inout [Reason]) -> [Int] {
        let grounds = facts.claim.earlyClaimGrounds
        let enforcement = facts.enforcement
        let filed = facts.claim.filedOn
        var items: [Int] = []
        if grounds.coerciveMeasureRevoked || grounds.personalInjuryInMeasure {
            items.append(1)
            let what = grounds.coerciveMeasureRevoked
                ? ("罚款、拘留等强制措施已被依法撤销", "a fine, detention or other coercive measure has been revoked according to law")
                : ("强制措施实施过程中造成人身损害", "carrying out a coercive measure caused personal injury")
            found.append(Reason(citation: CompensationArticles.art(5, para: 1, item: 1), message: LocalizedText(zh: what.0, en: what.1)))
        }
        if grounds.propertyConfirmedNotDebtorsByLitigation || grounds.actConfirmedUnlawfulByEffectiveInstrument {
            items.append(2)
            let what = grounds.propertyConfirmedNotDebtorsByLitigation
                ? ("被执行的财产经诉讼程序依法确认不属于被执行人", "litigation has confirmed that the enforced property does not belong to the debtor")
                : ("人民法院生效法律文书已确认执行行为违法", "an effective instrument of a people's court has confirmed the enforcement act unlawful")
            found.append(Reason(citation: CompensationArticles.art(5, para: 1, item: 2), message: LocalizedText(zh: what.0, en: what.1)))
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
            found.append(Reason(citation: article3, message: LocalizedText(
                zh: "\(years.zh)；\(ruling.zh)；\(property.zh)：第（三）项情形\(holds ? "成立" : "不成立")",
                en: "\(years.en); \(ruling.en); \(property.en): item 3 \(holds ? "holds" : "does not hold")")))
            if holds {
                items.append(3)
                relyOn([article3], zh: "被执行人已无可供执行财产", en: "the debtor has no property left to enforce against")
            }
        }
        if let other = grounds.otherSituation {
            items.append(4)
            relyOn([CompensationArticles.art(5, para: 1, item: 4)], zh: "属于可以在执行程序终结前申请赔偿的其他情形：\(other)",
                   en: "another situation allowing a claim before the end: \(other)")
            found.append(Reason(citation: CompensationArticles.art(5, para: 1, item: 4), message: LocalizedText(
                zh: "在执行程序终结前可以申请赔偿的其他情形：\(other)", en: "Another situation allowing a claim before the end: \(other)")))
        }
        return items
    }
}
