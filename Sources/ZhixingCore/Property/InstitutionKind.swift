/// 协助执行机构的类别: the kinds of institution a court inquires of and controls property through, online
/// (网络执行查控: "总对总" to national head offices, "点对点" to local branches; RULES.md "Online inquiry and control").
///
/// Each kind holds some kinds of asset (`assets`), and each of those assets is controlled by the measure the
/// law provides for it (`MeasureRules.kindFits`: deposits and rights frozen, real estate sealed, movables sealed
/// or seized; CPL 2023 Art.253, 255).
public enum InstitutionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 银行
    case bank
    /// 不动产登记机构
    case realEstateRegistry
    /// 车辆管理机关
    case vehicleRegistry
    /// 证券登记结算机构
    case securitiesDepository
    /// 非银行支付机构（网络资金）
    case paymentPlatform
    /// 保险公司
    case insurer
    /// 船舶登记机关
    case vesselRegistry
    /// 股权登记机关（市场监督管理部门）
    case equityRegistry

    public var name: LocalizedText {
        switch self {
        case .bank: LocalizedText(zh: "银行", en: "Bank")
        case .realEstateRegistry: LocalizedText(zh: "不动产登记机构", en: "Real-estate registry")
        case .vehicleRegistry: LocalizedText(zh: "车辆管理机关", en: "Vehicle registry")
        case .securitiesDepository: LocalizedText(zh: "证券登记结算机构", en: "Securities depository")
        case .paymentPlatform: LocalizedText(zh: "网络支付机构", en: "Online payment platform")
        case .insurer: LocalizedText(zh: "保险公司", en: "Insurer")
        case .vesselRegistry: LocalizedText(zh: "船舶登记机关", en: "Vessel registry")
        case .equityRegistry: LocalizedText(zh: "股权登记机关", en: "Equity registry")
        }
    }

    /// The organisation kind the institution is in the directory (banks, depositories, payment platforms and
    /// insurers are financial institutions; the others registries).
    public var organisationKind: OrganisationKind {
        switch self {
        case .bank, .securitiesDepository, .paymentPlatform, .insurer: .financialInstitution
        case .realEstateRegistry, .vehicleRegistry, .vesselRegistry, .equityRegistry: .registry
        }
    }

    /// The kinds of asset its answers report. Balances held by a payment platform and the cash value of an
    /// insurance policy are property rights other than bank deposits (`otherRight`, frozen for up to three years
    /// under CPL Interpretation 2022 Art.485 para.1); a vessel is a movable (sealed or seized, up to two years).
    /// See docs/property.md for the doubts.
    public var assets: [AssetKind] {
        switch self {
        case .bank: [.bankDeposit]
        case .realEstateRegistry: [.realEstate]
        case .vehicleRegistry: [.vehicle]
        case .securitiesDepository: [.securities]
        case .paymentPlatform, .insurer: [.otherRight]
        case .vesselRegistry: [.movable]
        case .equityRegistry: [.equity]
        }
    }

    /// Whether an asset of `asset` may be reported by this kind of institution.
    public func holds(_ asset: AssetKind) -> Bool { assets.contains(asset) }
}
