/// Art.13 para.1: the six situations in which the court bears no liability; under para.2, where the court also
/// enforced erroneously, it answers according to its role in causing the damage (a share found by the committee).
public enum NoLiabilitySituation: String, CompensationFactEnum {
    /// (一) 申请执行人提供财产线索错误的 (item 1 is missing from seed 001; seed 000 gives it)
    case applicantGaveWrongPropertyClues
    /// (二) 执行措施系根据依法提供的担保而采取或者解除的
    case measureTakenOrLiftedOnLawfulGuarantee
    /// (三) 人民法院工作人员实施与行使职权无关的个人行为的
    case staffPersonalActUnrelatedToDuties
    /// (四) 评估或者拍卖机构实施违法行为造成损害的
    case valuationOrAuctionInstitutionActedUnlawfully
    /// (五) 因不可抗力、正当防卫或者紧急避险造成损害的
    case forceMajeureSelfDefenceOrNecessity
    /// (六) 依法不应由人民法院承担赔偿责任的其他情形
    case otherNotLiableByLaw

    public var item: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The provision in English, as printed before citations were values.
    public var article: String { citation.english }

    public var citation: Citation { CompensationArticles.art(13, para: 1, item: item) }

    public var text: LocalizedText {
        switch self {
        case .applicantGaveWrongPropertyClues: LocalizedText(
            zh: "申请执行人提供财产线索错误", en: "the applicant gave wrong clues to property")
        case .measureTakenOrLiftedOnLawfulGuarantee: LocalizedText(
            zh: "执行措施系根据依法提供的担保而采取或者解除", en: "the measure was taken or lifted on a guarantee lawfully given")
        case .staffPersonalActUnrelatedToDuties: LocalizedText(
            zh: "人民法院工作人员实施与行使职权无关的个人行为", en: "a personal act of court staff unrelated to the exercise of their powers")
        case .valuationOrAuctionInstitutionActedUnlawfully: LocalizedText(
            zh: "评估或者拍卖机构实施违法行为造成损害", en: "an unlawful act of a valuation or auction institution caused the damage")
        case .forceMajeureSelfDefenceOrNecessity: LocalizedText(
            zh: "因不可抗力、正当防卫或者紧急避险造成损害", en: "the damage was caused by force majeure, self-defence or necessity")
        case .otherNotLiableByLaw: LocalizedText(
            zh: "依法不应由人民法院承担赔偿责任的其他情形", en: "another situation in which the law does not make the court liable")
        }
    }
}
