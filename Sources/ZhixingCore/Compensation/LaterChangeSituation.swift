/// Art.8: an act done on the execution basis in force at the time, or on basic facts found according to law, is
/// not erroneous enforcement merely because of one of these six later changes.
public enum LaterChangeSituation: String, CompensationFactEnum {
    /// (一) 采取执行措施或者强制措施后，据以执行的判决、裁定及其他生效法律文书被撤销或者变更的
    case basisRevokedOrChanged
    /// (二) 被执行人足以对抗执行的实体事由，系在执行措施完成后发生或者被依法确认的
    case debtorDefenceArisenOrConfirmedLater
    /// (三) 案外人对执行标的享有足以排除执行的实体权利，系在执行措施完成后经法定程序确认的
    case thirdPartyRightConfirmedLater
    /// (四) 人民法院作出准予执行行政行为的裁定并实施后，该行政行为被依法变更、撤销、确认违法或者确认无效的
    case administrativeActSetAsideLater
    /// (五) 根据财产登记采取执行措施后，该登记被依法确认错误的
    case registrationConfirmedWrongLater
    /// (六) 执行依据或者基本事实嗣后改变的其他情形
    case otherLaterChange

    public var item: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The provision in English, as printed before citations were values.
    public var article: String { citation.english }

    public var citation: Citation { CompensationArticles.art(8, item: item) }

    public var text: LocalizedText {
        switch self {
        case .basisRevokedOrChanged: LocalizedText(
            zh: "采取执行措施或者强制措施后，据以执行的判决、裁定及其他生效法律文书被撤销或者变更",
            en: "after the measure was taken, the judgment, ruling or other effective instrument enforced was set aside or varied")
        case .debtorDefenceArisenOrConfirmedLater: LocalizedText(
            zh: "被执行人足以对抗执行的实体事由，系在执行措施完成后发生或者被依法确认",
            en: "the debtor's substantive ground sufficient to resist enforcement arose, or was confirmed according to law, after the measure was completed")
        case .thirdPartyRightConfirmedLater: LocalizedText(
            zh: "案外人对执行标的享有足以排除执行的实体权利，系在执行措施完成后经法定程序确认",
            en: "a third party's substantive right sufficient to exclude enforcement was confirmed by statutory procedure after the measure was completed")
        case .administrativeActSetAsideLater: LocalizedText(
            zh: "人民法院作出准予执行行政行为的裁定并实施后，该行政行为被依法变更、撤销、确认违法或者确认无效",
            en: "after the court ruled to enforce an administrative act and did so, the act was varied, revoked, declared unlawful or declared void")
        case .registrationConfirmedWrongLater: LocalizedText(
            zh: "根据财产登记采取执行措施后，该登记被依法确认错误",
            en: "after a measure taken on the strength of a property registration, the registration was confirmed wrong according to law")
        case .otherLaterChange: LocalizedText(
            zh: "执行依据或者基本事实嗣后改变的其他情形",
            en: "another later change of the execution basis or of the basic facts")
        }
    }
}
