extension ListingTerm {
    /// Dishonest List Provisions 2017 Art.2 para.1 and Art.10 para.2: the term of a listing on `grounds` decided
    /// on `startsOn`, extended by `extensionYears` (already checked against its basis).
    ///
    /// - Ground 1 alone: no term. The listing lasts until an Art.10 para.1 situation arises.
    /// - Any of grounds 2-6: two years plus the extension. The decision takes effect when made (Art.5 para.3);
    ///   the starting day is not counted and the term ends on the corresponding day (Civil Code Art.201-202).
    ///   The last day is not moved past rest days: the holiday rule protects a person who must act within a
    ///   period, and moving it would lengthen the sanction; the three working days for deletion absorb rest days.
    static func compute(grounds: [DishonestGround], startsOn: LocalDate, extensionYears: Int,
                        calendar: StatutoryCalendar, notes: inout CreditNotes) -> ListingTerm {
        guard grounds.contains(where: \.hasFixedTerm) else {
            return ListingTerm(kind: .indefinite, startsOn: startsOn, baseYears: nil, extensionYears: 0,
                               totalYears: nil, lastDay: nil, deletion: nil, reasons: [creditReason(
                                [CreditArticles.dishonest(2, para: 1)],
                                zh: "仅具有第一条第一项情形（有履行能力而拒不履行）的，第二条未规定纳入期限：名单自 \(startsOn.iso) 起持续至出现第十条第一款规定的删除情形",
                                en: "For Art.1 item 1 alone (able to perform but refuses) Art.2 sets no term: the listing runs from \(startsOn.iso) until a situation of Art.10 para.1 arises")])
        }
        let total = 2 + extensionYears
        var reasons: [Reason] = []
        let fixed = grounds.filter(\.hasFixedTerm).map { "第一条第\($0.item)项" }.joined(separator: "、")
        let fixedItems = grounds.filter(\.hasFixedTerm).map { "\($0.item)" }
        let fixedEn = (fixedItems.count == 1 ? "item " : "items ") + creditEnglishList(fixedItems)
        reasons.append(creditReason([CreditArticles.dishonest(2, para: 1)],
                                    zh: "具有\(fixed)情形的，纳入失信被执行人名单的期限为二年" + (extensionYears > 0 ? "，延长 \(extensionYears) 年，共 \(total) 年" : ""),
                                    en: "A listing on Art.1 \(fixedEn) lasts two years" + (extensionYears > 0 ? ", extended by \(extensionYears) year\(extensionYears == 1 ? "" : "s") to \(total) years" : "")))
        if grounds.contains(.refusesDespiteAbility) {
            reasons.append(creditReason([CreditArticles.dishonest(2, para: 1)],
                                        zh: "同时具有第一条第一项情形：名单按第二项至第六项情形确定期限；期限届满删除后，被执行人仍有履行能力而拒不履行的，可依第十条第三款、第一条第一项重新纳入",
                                        en: "Art.1 item 1 is also present: the term follows items 2-6; once deleted at the end of the term, a debtor who still refuses despite ability may be listed again (Art.10 para.3, Art.1 item 1)"))
        }
        let (lastDay, counting) = calendar.creditTermEnd(from: startsOn, period: .years(total))
        if let counting { reasons.append(counting) }
        reasons.append(creditReason([CreditArticles.dishonest(5, para: 3)],
                                    zh: "决定书自作出之日起生效，纳入期限自 \(startsOn.iso) 起算（当日不计入），至 \(lastDay.iso) 届满；期限届满日不因节假日顺延",
                                    en: "The decision takes effect when made, so the term runs from \(startsOn.iso) (that day not counted) and ends on \(lastDay.iso); the last day is not moved for rest days"))
        let deletion = calendar.creditDeadline(LocalizedText(zh: "纳入期限届满后删除失信信息", en: "delete the listing after its term ends"),
                                               from: lastDay, period: .workingDays(3),
                                               citations: [CreditArticles.dishonest(10, para: 2)], notes: &notes)
        return ListingTerm(kind: .fixed, startsOn: startsOn, baseYears: 2, extensionYears: extensionYears,
                           totalYears: total, lastDay: lastDay, deletion: deletion, reasons: reasons)
    }
}

/// Art.2 para.1, second sentence: whether an extension of one to three years has a basis.
struct ExtensionBasis {
    /// The bases found, one reason each.
    var reasons: [Reason] = []
    /// Why a finding that looks like a basis is not one.
    var remarks: [Reason] = []
    var exists: Bool { !reasons.isEmpty }

    /// The bases on which a listing on `grounds` may be extended, relying on the court's findings.
    static func find(grounds: [DishonestGround], findings: DishonestConductFindings,
                     notes: inout CreditNotes) -> ExtensionBasis {
        var basis = ExtensionBasis()
        let citations = CreditArticles.dishonest(2, para: 1)
        if grounds.contains(.obstructsEnforcement), let obstruction = findings.obstruction {
            if obstruction.usesViolenceOrThreat && obstruction.seriousCircumstances {
                notes.rely([citations], zh: "以暴力、威胁方法妨碍、抗拒执行情节严重",
                           en: "obstruction or resistance by violence or threats in serious circumstances")
                basis.reasons.append(creditReason([citations], zh: "以暴力、威胁方法妨碍、抗拒执行情节严重的，可以延长一至三年",
                                                  en: "Obstruction or resistance by violence or threats in serious circumstances: the term may be extended by one to three years"))
            } else if obstruction.seriousCircumstances {
                basis.remarks.append(creditReason([citations], zh: "妨碍、抗拒执行情节严重，但所用方法不是暴力、威胁，不构成延长理由",
                                                  en: "The obstruction was serious but not by violence or threats, so it is no basis for an extension"))
            }
        }
        let established = grounds.count
        if findings.multipleDishonestActs == true {
            notes.rely([citations], zh: "被执行人具有多项失信行为", en: "the debtor committed several dishonest acts")
            basis.reasons.append(creditReason([citations], zh: "具有多项失信行为的，可以延长一至三年",
                                              en: "Several dishonest acts: the term may be extended by one to three years"))
        } else if findings.multipleDishonestActs == nil && established >= 2 {
            basis.reasons.append(creditReason([citations], zh: "成立 \(established) 项失信情形，属于具有多项失信行为，可以延长一至三年",
                                              en: "\(established) grounds are established, i.e. several dishonest acts: the term may be extended by one to three years"))
        }
        return basis
    }
}
