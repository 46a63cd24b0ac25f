/// The grounds of Art.1 and the situations that bar them (Art.1 chapeau, Art.3, Art.10 para.1).
extension ListingAssessor {
    /// Art.1 (未履行) and Art.10 para.1 items 1-2, 5-7: no listing once the obligations are extinguished or
    /// enforcement is suspended for retrial or bankruptcy, ruled unenforceable, or terminated — a listing would
    /// have to be deleted at once.
    static func performanceBars(_ enforcement: EnforcementCaseFacts, on date: LocalDate) -> [Reason] {
        var bars: [Reason] = []
        let situations = DeletionSituations.found(in: enforcement, by: date, approvedApplicantRequest: nil)
        for found in situations where found.situation != .noPropertyAfterTermination {
            let lead = found.situation == .performed || found.situation == .settlementPerformed
                ? LocalizedText(zh: "被执行人不再有未履行的义务（第一条）", en: "the debtor no longer has an unperformed obligation (Art.1)")
                : LocalizedText(zh: "执行已中止、不予执行或终结", en: "enforcement is suspended, ruled unenforceable or terminated")
            bars.append(creditReason([CreditArticles.dishonest(1)] + found.reason.citations,
                                     zh: "不得纳入：\(lead.zh)；\(found.reason.message.zh)，此时纳入亦应删除",
                                     en: "No listing: \(lead.en); \(found.reason.message.en.prefix(1).lowercased() + found.reason.message.en.dropFirst()), and a listing would have to be deleted at once"))
        }
        return bars
    }

    /// Whether the conduct of `ground` is made out for a listing on `decidedOn`, with its reasons.
    static func assessGround(_ ground: DishonestGround, _ facts: CreditFacts, decidedOn: LocalDate,
                             notes: inout CreditNotes) -> (Bool, [Reason]) {
        let findings = facts.findings
        guard findings.found(ground) else {
            return (false, [creditReason([ground.citation], zh: "法院未认定该情形", en: "The court has not found this conduct")])
        }
        var reasons: [Reason] = []
        var detail = ground.title
        if ground == .obstructsEnforcement, let methods = findings.obstruction?.methods {
            detail = LocalizedText(zh: detail.zh + "（方法：" + methods.map(\.title).creditJoined().zh + "）",
                                   en: detail.en + " (means: " + methods.map(\.title).creditJoined().en + ")")
        }
        if ground == .evadesEnforcement, let methods = findings.evasion?.methods {
            detail = LocalizedText(zh: detail.zh + "（方法：" + methods.map(\.title).creditJoined().zh + "）",
                                   en: detail.en + " (means: " + methods.map(\.title).creditJoined().en + ")")
        }
        notes.rely([ground.citation], zh: detail.zh, en: detail.en)
        reasons.append(creditReason([ground.citation], zh: "法院认定：\(detail.zh)", en: "The court found: \(detail.en)"))

        switch ground {
        case .refusesDespiteAbility:
            let bars = article3Bars(facts.listingBars, notes: &notes)
            if let item4 = DeletionSituations.noPropertyAfterTermination(facts.enforcement, by: decidedOn) {
                let bar = creditReason([CreditArticles.dishonest(10, para: 1, item: 4)],
                                       zh: "终结本次执行程序后两次以上网络查询均未发现可供执行财产且无有效线索（\(item4.iso)），依第一条第一项纳入亦应删除",
                                       en: "After 终本, two or more online inquiries found no property and no effective clue was given (\(item4.iso)): a listing on Art.1 item 1 would have to be deleted")
                return (false, reasons + bars + [bar])
            }
            if !bars.isEmpty { return (false, reasons + bars) }
            reasons.append(creditReason([CreditArticles.dishonest(3)],
                                        zh: "不存在第三条规定的不得依第一条第一项纳入的情形",
                                        en: "None of the Art.3 situations that bar a listing on Art.1 item 1 applies"))
        case .violatesConsumptionRestriction:
            guard let ordered = facts.consumptionRestriction.orderedOn, ordered <= decidedOn else {
                return (false, reasons + [creditReason([ground.citation],
                                                       zh: "事实中没有在此之前作出的限制消费令，无从违反",
                                                       en: "The facts show no consumption restriction order made before (consumptionRestriction.orderedOn), so none can have been violated")])
            }
            reasons.append(creditReason([CreditArticles.consumption(11)],
                                        zh: "限制消费令于 \(ordered.iso) 作出；违反限制消费令进行消费的，属于拒不履行人民法院已经发生法律效力的判决、裁定的行为",
                                        en: "The consumption restriction order was made on \(ordered.iso); consuming in breach of it is a refusal to perform an effective judgment or ruling"))
        default:
            break
        }
        if ground.hasFixedTerm && facts.listingBars.controlledPropertySufficient {
            reasons.append(creditReason([CreditArticles.dishonest(3)],
                                        zh: "第三条所列情形只限制依第一条第一项纳入，不影响本项",
                                        en: "The Art.3 situations bar only a listing on Art.1 item 1, not this item"))
        }
        return (true, reasons)
    }

    /// Art.3 items 1-4: the situations in which ground 1 may not be used, each a finding of the court.
    static func article3Bars(_ bars: ListingBarFindings, notes: inout CreditNotes) -> [Reason] {
        var result: [Reason] = []
        func bar(_ on: Bool, _ item: Int, zh: String, en: String) {
            guard on else { return }
            let citations = CreditArticles.dishonest(3, item: item)
            notes.rely([citations], zh: zh, en: en)
            result.append(creditReason([citations], zh: "\(zh)：不得依据第一条第一项将被执行人纳入失信被执行人名单",
                                       en: "\(en): the debtor may not be listed on Art.1 item 1"))
        }
        bar(bars.adequateGuaranteeProvided, 1, zh: "被执行人提供了充分有效担保", en: "the debtor provided an adequate and effective guarantee")
        bar(bars.controlledPropertySufficient, 2, zh: "已被采取查封、扣押、冻结等措施的财产足以清偿生效法律文书确定债务",
            en: "property already sealed, seized or frozen suffices to satisfy the debt")
        bar(bars.laterInOrderOfPerformance, 3, zh: "被执行人履行顺序在后，对其依法不应强制执行",
            en: "the debtor is later in the order of performance and by law enforcement may not yet be taken against it")
        let other = bars.otherNotRefusalDescription.map { "（\($0)）" } ?? ""
        bar(bars.otherNotRefusalDespiteAbility, 4, zh: "其他不属于有履行能力而拒不履行生效法律文书确定义务的情形" + other,
            en: "another situation that is not a refusal to perform despite ability" + other)
        return result
    }
}
