/// 失信情形: the six grounds of Dishonest List Provisions 2017 Art.1, on any one of which a debtor who has not
/// performed the obligations of an effective legal instrument shall be put on the list of dishonest judgment
/// debtors (失信被执行人名单, `DishonestListing`).
///
/// JSON form: the raw value, e.g. `"refusesDespiteAbility"`.
public enum DishonestGround: String, Sendable, Hashable, Codable, CaseIterable, CreditFactEnum {
    /// (一) 有履行能力而拒不履行生效法律文书确定义务的.
    case refusesDespiteAbility
    /// (二) 以伪造证据、暴力、威胁等方法妨碍、抗拒执行的.
    case obstructsEnforcement
    /// (三) 以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行的.
    case evadesEnforcement
    /// (四) 违反财产报告制度的.
    case violatesPropertyReporting
    /// (五) 违反限制消费令的.
    case violatesConsumptionRestriction
    /// (六) 无正当理由拒不履行执行和解协议的.
    case refusesSettlementAgreement

    /// The item number in Art.1.
    public var item: Int {
        switch self {
        case .refusesDespiteAbility: 1
        case .obstructsEnforcement: 2
        case .evadesEnforcement: 3
        case .violatesPropertyReporting: 4
        case .violatesConsumptionRestriction: 5
        case .refusesSettlementAgreement: 6
        }
    }

    /// `Dishonest List Provisions 2017 Art.1 item n`.
    /// The provision in English, as printed before citations were values.
    public var article: String { citation.english }

    public var citation: Citation { CreditArticles.dishonest(1, item: item) }

    /// Art.2 para.1: grounds (2)-(6) carry a listing term of two years; ground (1) has none.
    public var hasFixedTerm: Bool { self != .refusesDespiteAbility }

    public var title: LocalizedText {
        switch self {
        case .refusesDespiteAbility:
            LocalizedText(zh: "有履行能力而拒不履行生效法律文书确定义务",
                          en: "able to perform but refuses to perform the obligations of the effective legal instrument")
        case .obstructsEnforcement:
            LocalizedText(zh: "以伪造证据、暴力、威胁等方法妨碍、抗拒执行",
                          en: "obstructs or resists enforcement by forged evidence, violence, threats or similar means")
        case .evadesEnforcement:
            LocalizedText(zh: "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行",
                          en: "evades enforcement by sham litigation, sham arbitration, or by concealing or transferring property")
        case .violatesPropertyReporting:
            LocalizedText(zh: "违反财产报告制度", en: "violates the property reporting system")
        case .violatesConsumptionRestriction:
            LocalizedText(zh: "违反限制消费令", en: "violates a consumption restriction order")
        case .refusesSettlementAgreement:
            LocalizedText(zh: "无正当理由拒不履行执行和解协议",
                          en: "refuses without proper reason to perform an enforcement settlement agreement")
        }
    }
}

/// The means of obstruction or resistance under Art.1 item 2. Only violence and threats count for the
/// extension of Art.2 para.1 ("以暴力、威胁方法妨碍、抗拒执行情节严重").
public enum ObstructionMethod: String, Sendable, Hashable, Codable, CaseIterable, CreditFactEnum {
    case forgedEvidence, violence, threat, other

    public var title: LocalizedText {
        switch self {
        case .forgedEvidence: LocalizedText(zh: "伪造证据", en: "forged evidence")
        case .violence: LocalizedText(zh: "暴力", en: "violence")
        case .threat: LocalizedText(zh: "威胁", en: "threats")
        case .other: LocalizedText(zh: "其他方法", en: "other means")
        }
    }
}

/// The means of evasion under Art.1 item 3.
public enum EvasionMethod: String, Sendable, Hashable, Codable, CaseIterable, CreditFactEnum {
    case shamLitigation, shamArbitration, concealingProperty, transferringProperty, other

    public var title: LocalizedText {
        switch self {
        case .shamLitigation: LocalizedText(zh: "虚假诉讼", en: "sham litigation")
        case .shamArbitration: LocalizedText(zh: "虚假仲裁", en: "sham arbitration")
        case .concealingProperty: LocalizedText(zh: "隐匿财产", en: "concealing property")
        case .transferringProperty: LocalizedText(zh: "转移财产", en: "transferring property")
        case .other: LocalizedText(zh: "其他方法", en: "other means")
        }
    }
}

extension Array where Element == LocalizedText {
    /// `a、b、c` / `a, b, c`.
    func creditJoined() -> LocalizedText {
        LocalizedText(zh: map(\.zh).joined(separator: "、"), en: map(\.en).joined(separator: ", "))
    }
}
