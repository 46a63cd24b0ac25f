/// The kinds of organisation whose people use Zhixing.
public enum OrganisationKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 人民法院 (incl. dispatched tribunals)
    case court
    /// 公安机关
    case police
    /// 人民检察院
    case procuratorate
    /// 金融机构
    case financialInstitution = "financial_institution"
    /// 不动产、车辆、证券等登记机构
    case registry
    /// 基层治理组织 (街道、社区网格)
    case governance

    public var name: LocalizedText {
        switch self {
        case .court: LocalizedText(zh: "人民法院", en: "People's court")
        case .police: LocalizedText(zh: "公安机关", en: "Public security organ")
        case .procuratorate: LocalizedText(zh: "人民检察院", en: "People's procuratorate")
        case .financialInstitution: LocalizedText(zh: "金融机构", en: "Financial institution")
        case .registry: LocalizedText(zh: "登记机构", en: "Registry")
        case .governance: LocalizedText(zh: "基层治理组织", en: "Primary-level governance")
        }
    }
}

/// 法院层级: the four levels of the people's courts (Organic Law of the People's Courts Art.12),
/// and dispatched tribunals (人民法庭) under a basic court (Art.26).
public enum CourtLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case supreme, high, intermediate, basic, tribunal

    public var rank: Int {
        switch self {
        case .supreme: 0
        case .high: 1
        case .intermediate: 2
        case .basic: 3
        case .tribunal: 4
        }
    }

    /// The level a court directly supervising this one has.
    public var parentLevel: CourtLevel? {
        switch self {
        case .supreme: nil
        case .high: .supreme
        case .intermediate: .high
        case .basic: .intermediate
        case .tribunal: .basic
        }
    }

    public static func < (lhs: CourtLevel, rhs: CourtLevel) -> Bool { lhs.rank < rhs.rank }

    public var name: LocalizedText {
        switch self {
        case .supreme: LocalizedText(zh: "最高人民法院", en: "Supreme")
        case .high: LocalizedText(zh: "高级人民法院", en: "High")
        case .intermediate: LocalizedText(zh: "中级人民法院", en: "Intermediate")
        case .basic: LocalizedText(zh: "基层人民法院", en: "Basic")
        case .tribunal: LocalizedText(zh: "人民法庭", en: "Dispatched tribunal")
        }
    }
}
