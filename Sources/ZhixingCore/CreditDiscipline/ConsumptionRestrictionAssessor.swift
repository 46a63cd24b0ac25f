/// The consumption restriction (限制消费), Consumption Restriction Provisions 2015:
/// - Art.1 para.1: a debtor who did not perform a payment obligation within the period of the enforcement notice
///   may be restricted; para.2: a debtor on the dishonest list shall be restricted.
/// - Art.2: the court considers negative performance, evasion, resistance and the ability to perform.
/// - Art.3 para.1: the nine forbidden kinds of consumption; para.2: for an organisation, the organisation and its
///   legal representative, principal responsible persons, persons directly responsible for the non-performance and
///   actual controller are bound; private consumption with personal property is permitted on application once the
///   court verifies it.
/// - Art.4: on the applicant's written application, or of the court's own motion when necessary.
/// - Art.5-7: the order (signed by the court president; period, items, consequences), notices, costs.
/// - Art.8: necessary consumption for living or business needs the court's approval.
/// - Art.9: lifted on an effective guarantee or the applicant's consent (may); on full performance (shall).
/// - Art.11: consuming in breach is a refusal to perform an effective judgment or ruling.
/// Good-Faith Enforcement Opinions 2019 No.16 (no restriction where the court controls sufficient property or the
/// applicant asks for none; campus-loan students) and No.17 item 2 (replaced legal representatives).
enum ConsumptionRestrictionAssessor {
    static func assess(_ facts: CreditFacts, listing: ListingAssessment, existing: ExistingListingAssessment?,
                       calendar: StatutoryCalendar, notes: inout CreditNotes) -> ConsumptionRestrictionAssessment {
        let restriction = facts.consumptionRestriction
        let asOf = facts.asOf
        var reasons: [Reason] = []

        // Art.1 para.1: the period of the enforcement notice.
        var performBy: LocalDate?
        if let notice = facts.enforcement.enforcementNotice {
            if let date = notice.performBy {
                performBy = date
            } else if let served = notice.servedOn, let days = notice.periodDays {
                let deadline = calendar.creditDeadline(
                    LocalizedText(zh: "按执行通知书指定的期间履行", en: "perform within the period of the enforcement notice"),
                    from: served, period: .days(days), citations: [CreditArticles.consumption(1, para: 1)], notes: &notes)
                performBy = deadline.dueDate
                reasons += deadline.reasons
            }
        }

        let performedOn = facts.enforcement.performedOn(by: asOf)
        let listedNow = listing.outcome == .shallList || existing?.status == .inForce
        let outcome: RestrictionOutcome
        if let performedOn {
            outcome = .mayNotRestrict
            reasons.append(creditReason([CreditArticles.consumption(1, para: 1)],
                                        zh: "被执行人已于 \(performedOn.iso) 履行完毕，不得（继续）限制消费",
                                        en: "The debtor performed in full on \(performedOn.iso): no consumption restriction (any longer)"))
        } else if listedNow {
            outcome = .mustRestrict
            reasons.append(creditReason([CreditArticles.consumption(1, para: 2)],
                                        zh: "被执行人\(listing.outcome == .shallList ? "应当" : "已")被纳入失信被执行人名单，人民法院应当对其采取限制消费措施",
                                        en: "The debtor \(listing.outcome == .shallList ? "is to be" : "is") on the dishonest list: the court shall restrict its consumption"))
        } else {
            let bars = opinionsBars(facts, notes: &notes)
            if !bars.isEmpty {
                outcome = .mayNotRestrict
                reasons += bars
            } else if let performBy {
                if asOf > performBy {
                    outcome = .mayRestrict
                    reasons.append(creditReason([CreditArticles.consumption(1, para: 1)],
                                                zh: "被执行人未按执行通知书指定的期间（至 \(performBy.iso)）履行生效法律文书确定的给付义务，人民法院可以采取限制消费措施",
                                                en: "The debtor did not perform within the period of the enforcement notice (by \(performBy.iso)): the court may restrict its consumption"))
                    reasons += factorReasons(restriction.factors, notes: &notes)
                } else {
                    outcome = .mayNotRestrict
                    reasons.append(creditReason([CreditArticles.consumption(1, para: 1)],
                                                zh: "执行通知书指定的履行期间至 \(performBy.iso) 尚未届满，尚不能采取限制消费措施",
                                                en: "The period of the enforcement notice runs to \(performBy.iso) and has not expired: no restriction yet"))
                }
            } else {
                outcome = .insufficientFacts
                reasons.append(creditReason([CreditArticles.consumption(1, para: 1)],
                                            zh: "事实中没有执行通知书指定的履行期间，无法判断能否限制消费",
                                            en: "The facts do not give the period of the enforcement notice (enforcement.enforcementNotice), so whether consumption may be restricted cannot be told"))
            }
        }
        let mayOrder = outcome == .mustRestrict || outcome == .mayRestrict

        if mayOrder {
            reasons += initiationReasons(restriction, notes: &notes)
            reasons.append(creditReason([CreditArticles.consumption(5)],
                                        zh: "应当向被执行人发出限制消费令，由院长签发，载明限制消费的期间、项目、法律后果等内容",
                                        en: "The court issues a consumption restriction order to the debtor, signed by the court president, stating the period, the items and the legal consequences"))
            reasons.append(creditReason([CreditArticles.consumption(6)],
                                        zh: "可以向有义务协助调查、执行的单位送达协助执行通知书，也可以在相关媒体上公告；公告费用由被执行人负担，申请执行人申请媒体公告的应当垫付（第七条）",
                                        en: "The court may serve notices of assistance on units obliged to assist, and may announce the order in the media; announcement costs are borne by the debtor and advanced by an applicant who asks for them (Art.7)"))
        }
        if mayOrder || (restriction.orderedOn != nil && restriction.liftedOn == nil && performedOn == nil) {
            reasons.append(creditReason([CreditArticles.consumption(3, para: 1)],
                                        zh: "被限制消费的，不得有第三条第一款所列九项高消费及非生活和工作必需的消费行为",
                                        en: "A restricted person may not engage in the nine kinds of high and non-essential consumption of Art.3 para.1"))
            reasons.append(creditReason([CreditArticles.consumption(8)],
                                        zh: "因生活或者经营必需而进行禁止的消费活动的，应当向人民法院提出申请，获批准后方可进行",
                                        en: "Forbidden consumption needed for living or business requires an application to, and approval by, the court"))
            reasons.append(creditReason([CreditArticles.consumption(11)],
                                        zh: "违反限制消费令进行消费的，属于拒不履行人民法院已经发生法律效力的判决、裁定的行为，经查证属实的，予以拘留、罚款；情节严重，构成犯罪的，追究刑事责任；并属于失信名单第一条第五项情形",
                                        en: "Consuming in breach of the order is a refusal to perform an effective judgment or ruling: detention or a fine once verified, criminal liability in serious cases; it is also Art.1 item 5 of the Dishonest List Provisions"))
        }

        let bound = boundPersons(facts.debtor, notes: &notes)
        let privateConsumption = privateConsumptionAssessments(facts, notes: &notes)
        let status = liftingStatus(facts, performedOn: performedOn, listedNow: listedNow, reasons: &reasons, notes: &notes)

        return ConsumptionRestrictionAssessment(outcome: outcome, mayOrder: mayOrder, noticePerformBy: performBy,
                                                forbidden: ForbiddenConsumption.catalog, boundPersons: bound,
                                                privateConsumption: privateConsumption, status: status, reasons: reasons)
    }

    /// Opinions 2019 No.16: situations in which no consumption restriction is taken under Art.1 para.1.
    static func opinionsBars(_ facts: CreditFacts, notes: inout CreditNotes) -> [Reason] {
        var bars: [Reason] = []
        let citations = CreditArticles.opinions(16)
        if facts.listingBars.controlledPropertySufficient {
            notes.rely([citations], zh: "人民法院已控制足以清偿债务的财产", en: "the court already controls property sufficient to satisfy the debt")
            bars.append(creditReason([citations], zh: "人民法院已控制足以清偿债务的财产的，不得采取限制消费措施",
                                     en: "The court already controls property sufficient to satisfy the debt: no consumption restriction"))
        }
        if facts.listingBars.applicantRequestedNoDisciplinaryMeasures {
            bars.append(creditReason([citations], zh: "申请执行人申请暂不采取惩戒措施的，不得采取限制消费措施",
                                     en: "The applicant asked that no disciplinary measures be taken for now: no consumption restriction"))
        }
        if facts.debtor.fullTimeStudentInCampusLoanDispute && !facts.listingBars.campusLoanExceptionFound {
            bars.append(creditReason([citations], zh: "全日制在校生因“校园贷”纠纷成为被执行人的，一般不得对其采取限制消费措施；法院未认定例外情形",
                                     en: "A full-time student who became a debtor through a campus-loan dispute is generally not restricted; the court found no exception"))
        }
        return bars
    }

    /// Art.2: the factors the court must weigh; the decision to restrict stays the court's.
    static func factorReasons(_ factors: RestrictionFactors, notes: inout CreditNotes) -> [Reason] {
        let citations = CreditArticles.consumption(2)
        var reasons = [creditReason([citations],
                                    zh: "人民法院决定采取限制消费措施时，应当考虑被执行人是否有消极履行、规避执行或者抗拒执行的行为以及履行能力等因素；是否采取由法院决定",
                                    en: "In deciding on a restriction the court must consider negative performance, evasion or resistance, and the ability to perform; whether to restrict is the court's decision")]
        if factors.isEmpty {
            notes.warn([citations], zh: "事实中没有法院对第二条所列因素的认定", en: "The facts contain no finding of the court on the Art.2 factors")
            return reasons
        }
        let items: [(Bool?, String, String)] = [
            (factors.negativePerformance, "消极履行", "negative performance"),
            (factors.evasion, "规避执行", "evasion of enforcement"),
            (factors.resistance, "抗拒执行", "resistance to enforcement"),
            (factors.abilityToPerform, "履行能力", "ability to perform")]
        for (value, zh, en) in items {
            guard let value else { continue }
            let found = LocalizedText(zh: (value ? "有" : "无") + zh, en: (value ? "" : "no ") + en)
            notes.rely([citations], zh: found.zh, en: found.en)
            reasons.append(creditReason([citations], zh: "法院认定：\(found.zh)", en: "The court found \(found.en)"))
        }
        return reasons
    }

    /// Art.4: who may ask, and the court's own motion only when necessary.
    static func initiationReasons(_ restriction: ConsumptionRestrictionFacts, notes: inout CreditNotes) -> [Reason] {
        let citations = CreditArticles.consumption(4)
        switch restriction.initiatedBy {
        case .applicant:
            return [creditReason([citations], zh: "由申请执行人提出书面申请，经人民法院审查决定",
                                 en: "On the applicant's written application, decided by the court after review")]
        case .court:
            if restriction.necessityFound {
                notes.rely([citations], zh: "有必要依职权采取限制消费措施", en: "it is necessary to restrict consumption of the court's own motion")
            } else {
                notes.warn([citations], zh: "限制消费一般由申请执行人书面申请；依职权决定须“必要时”，事实中没有法院的必要性认定",
                           en: "A restriction is normally on the applicant's written application; the court acts of its own motion only when necessary, and the facts contain no such finding")
            }
            return [creditReason([citations], zh: "必要时人民法院可以依职权决定", en: "When necessary the court may decide of its own motion")]
        case nil:
            return [creditReason([citations], zh: "限制消费措施一般由申请执行人提出书面申请，经人民法院审查决定；必要时人民法院可以依职权决定",
                                 en: "A restriction is normally on the applicant's written application, decided by the court after review; when necessary the court may decide of its own motion")]
        }
    }

    /// Art.9: lifting.
    static func liftingStatus(_ facts: CreditFacts, performedOn: LocalDate?, listedNow: Bool,
                              reasons: inout [Reason], notes: inout CreditNotes) -> RestrictionStatus {
        let restriction = facts.consumptionRestriction
        guard let ordered = restriction.orderedOn else { return .notOrdered }
        let citations = CreditArticles.consumption(9)
        if let lifted = restriction.liftedOn {
            reasons.append(creditReason([citations], zh: "限制消费令（\(ordered.iso)）已于 \(lifted.iso) 解除",
                                        en: "The order of \(ordered.iso) was lifted on \(lifted.iso)"))
            return .lifted
        }
        if let performedOn {
            reasons.append(creditReason([citations],
                                        zh: "被执行人已于 \(performedOn.iso) 履行完毕，人民法院应当在第六条通知或者公告的范围内及时以通知或者公告解除限制消费令",
                                        en: "The debtor performed in full on \(performedOn.iso): the court shall promptly lift the order by notice or announcement within the scope of the Art.6 notices or announcements"))
            return .mustLift
        }
        var grounds: [Reason] = []
        if restriction.effectiveGuaranteeProvided {
            notes.rely([citations], zh: "被执行人提供了确实有效的担保", en: "the debtor provided a genuine and effective guarantee")
            grounds.append(creditReason([citations], zh: "被执行人提供确实有效的担保，人民法院可以解除限制消费令",
                                        en: "The debtor provided a genuine and effective guarantee: the court may lift the order"))
        }
        if restriction.applicantConsentsToLifting {
            grounds.append(creditReason([citations], zh: "经申请执行人同意，人民法院可以解除限制消费令",
                                        en: "The applicant consents: the court may lift the order"))
        }
        guard !grounds.isEmpty else {
            reasons.append(creditReason([citations], zh: "限制消费令（\(ordered.iso)）继续有效，直至履行完毕或依第九条解除",
                                        en: "The order of \(ordered.iso) stays in force until full performance or lifting under Art.9"))
            return .inForce
        }
        reasons += grounds
        if listedNow {
            reasons.append(creditReason([CreditArticles.consumption(1, para: 2)],
                                        zh: "但被执行人在失信被执行人名单上期间，人民法院应当对其采取限制消费措施",
                                        en: "But while the debtor is on the dishonest list, the court shall keep its consumption restricted"))
            return .inForce
        }
        return .mayLift
    }
}
