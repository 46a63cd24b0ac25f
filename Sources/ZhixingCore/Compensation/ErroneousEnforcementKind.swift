/// 错误执行行为: the eleven kinds of erroneous enforcement of Art.2. A claim alleging any of them must be
/// accepted (人民法院应当依法受理), subject to Art.5 and Art.6; whether the act was in fact erroneous is decided
/// on the merits (Art.7, Art.8).
public enum ErroneousEnforcementKind: String, CompensationFactEnum {
    /// (一) 执行未生效法律文书，或者明显超出生效法律文书确定的数额和范围执行的
    case ineffectiveInstrumentOrExcess
    /// (二) 发现被执行人有可供执行的财产，但故意拖延执行、不执行，或者应当依法恢复执行而不恢复的
    case delayOrFailureToEnforce
    /// (三) 违法执行案外人财产，或者违法将案件执行款物交付给其他当事人、案外人的
    case thirdPartyPropertyOrWrongDelivery
    /// (四) 对抵押、质押、留置、保留所有权等财产采取执行措施，未依法保护上述权利人优先受偿权等合法权益的
    case priorityRightsDisregarded
    /// (五) 对其他人民法院已经依法采取保全或者执行措施的财产违法执行的
    case propertyUnderAnotherCourtsMeasure
    /// (六) 对执行中查封、扣押、冻结的财产故意不履行或者怠于履行监管职责的
    case custodyDutyNeglected
    /// (七) 对不宜长期保存或者易贬值的财产采取执行措施，未及时处理或者违法处理的
    case perishableOrDepreciatingPropertyMishandled
    /// (八) 违法拍卖、变卖、以物抵债，或者依法应当评估而未评估，依法应当拍卖而未拍卖的
    case unlawfulDisposal
    /// (九) 违法撤销拍卖、变卖或者以物抵债的
    case unlawfulRevocationOfDisposal
    /// (十) 违法采取纳入失信被执行人名单、限制消费、限制出境等措施的
    case unlawfulCreditMeasure
    /// (十一) 因违法或者过错采取执行措施或者强制措施的其他行为
    case otherUnlawfulOrFaultyMeasure

    /// The item number in Art.2.
    public var item: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The provision in English, as printed before citations were values.
    public var article: String { citation.english }

    public var citation: Citation { CompensationArticles.art(2, item: item) }

    public var text: LocalizedText {
        switch self {
        case .ineffectiveInstrumentOrExcess: LocalizedText(
            zh: "执行未生效法律文书，或者明显超出生效法律文书确定的数额和范围执行",
            en: "enforcing an instrument not yet effective, or enforcing manifestly beyond the amount and scope it fixes")
        case .delayOrFailureToEnforce: LocalizedText(
            zh: "发现被执行人有可供执行的财产，但故意拖延执行、不执行，或者应当依法恢复执行而不恢复",
            en: "knowing the debtor had property available, deliberately delaying or not enforcing, or not restoring enforcement that had to be restored")
        case .thirdPartyPropertyOrWrongDelivery: LocalizedText(
            zh: "违法执行案外人财产，或者违法将案件执行款物交付给其他当事人、案外人",
            en: "unlawfully enforcing against a third party's property, or unlawfully delivering the money or goods of the case to another party or a third party")
        case .priorityRightsDisregarded: LocalizedText(
            zh: "对抵押、质押、留置、保留所有权等财产采取执行措施，未依法保护上述权利人优先受偿权等合法权益",
            en: "enforcing against mortgaged, pledged, liened or title-retained property without protecting the right holders' priority and other lawful rights")
        case .propertyUnderAnotherCourtsMeasure: LocalizedText(
            zh: "对其他人民法院已经依法采取保全或者执行措施的财产违法执行",
            en: "unlawfully enforcing against property already under another court's lawful preservation or enforcement measure")
        case .custodyDutyNeglected: LocalizedText(
            zh: "对执行中查封、扣押、冻结的财产故意不履行或者怠于履行监管职责",
            en: "deliberately failing or neglecting the duty to supervise property sealed, seized or frozen in enforcement")
        case .perishableOrDepreciatingPropertyMishandled: LocalizedText(
            zh: "对不宜长期保存或者易贬值的财产采取执行措施，未及时处理或者违法处理",
            en: "taking measures against property unfit for long storage or prone to lose value, without timely or with unlawful handling")
        case .unlawfulDisposal: LocalizedText(
            zh: "违法拍卖、变卖、以物抵债，或者依法应当评估而未评估，依法应当拍卖而未拍卖",
            en: "unlawful auction, sale or transfer in satisfaction of debt, or no valuation or no auction where the law requires one")
        case .unlawfulRevocationOfDisposal: LocalizedText(
            zh: "违法撤销拍卖、变卖或者以物抵债",
            en: "unlawfully revoking an auction, sale or transfer in satisfaction of debt")
        case .unlawfulCreditMeasure: LocalizedText(
            zh: "违法采取纳入失信被执行人名单、限制消费、限制出境等措施",
            en: "unlawfully listing as a dishonest debtor, restricting consumption, restricting exit or similar measures")
        case .otherUnlawfulOrFaultyMeasure: LocalizedText(
            zh: "因违法或者过错采取执行措施或者强制措施的其他行为",
            en: "another enforcement or coercive measure taken unlawfully or by fault")
        }
    }
}
