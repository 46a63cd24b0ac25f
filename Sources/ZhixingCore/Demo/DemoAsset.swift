/// Property of a debtor found by the court (网络查控 or the parties' clues).
public struct DemoAsset: Sendable, Hashable, Codable {
    public let kind: DemoAssetKind
    /// Who holds or registers it: a bank branch (`中国工商银行北京朝阳支行`), a real estate registration
    /// centre, a vehicle administration office, the securities depository, a market regulator...
    public let holderInstitution: String
    /// What it is: a masked account number, an address, a plate number (`京A·12345`), a stake.
    public let description: String
    public let estimatedValue: Money

    public init(kind: DemoAssetKind, holderInstitution: String, description: String, estimatedValue: Money) {
        self.kind = kind
        self.holderInstitution = holderInstitution
        self.description = description
        self.estimatedValue = estimatedValue
    }
}

public enum DemoAssetKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 银行存款
    case bankDeposit
    /// 不动产
    case realEstate
    /// 车辆
    case vehicle
    /// 证券
    case securities
    /// 股权
    case equity
    /// 其他 (provident fund, payment-platform balance, receivables)
    case other
}
