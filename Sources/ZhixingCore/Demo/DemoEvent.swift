/// One step of a generated case's lifecycle.
public struct DemoEvent: Sendable, Hashable, Codable {
    public let kind: DemoEventKind
    public let date: LocalDate
    /// Money received, paid out or agreed (`paymentReceived`, `paymentDisbursed`, `settlementAgreed`).
    public let amount: Money?
    /// For `assetFound` and `measureTaken`: the index into `DemoCase.assets`.
    public let assetIndex: Int?
    /// For `propertyInquiry` and `followUpCheck`: whether property was found.
    public let propertyFound: Bool?

    public init(kind: DemoEventKind, date: LocalDate, amount: Money? = nil, assetIndex: Int? = nil, propertyFound: Bool? = nil) {
        self.kind = kind
        self.date = date
        self.amount = amount
        self.assetIndex = assetIndex
        self.propertyFound = propertyFound
    }
}

/// The kinds of event the generator produces; the raw values match the lifecycle's event kinds.
public enum DemoEventKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 立案
    case filed
    /// 确定承办人
    case handlerAssigned
    /// 执行通知书送达
    case enforcementNoticeServed
    /// 报告财产令送达
    case propertyReportOrderServed
    /// 网络查控
    case propertyInquiry
    /// 被执行人报告财产 (in answer to the report order)
    case propertyReported
    /// 对拒不报告财产等妨害执行行为罚款、拘留 (CPL 2023 Art.252)
    case obstructionSanctioned
    /// 发现财产
    case assetFound
    /// 冻结、查封、扣押
    case measureTaken
    /// 执行款到账
    case paymentReceived
    /// 执行款发放
    case paymentDisbursed
    /// 达成执行和解协议
    case settlementAgreed
    /// 和解协议履行完毕
    case settlementPerformed
    /// 中止执行
    case suspended
    /// 中止后恢复执行
    case resumed
    /// 限制消费令
    case consumptionRestricted
    /// 纳入失信被执行人名单
    case listedDishonest
    /// 听取申请执行人意见 (before 终本)
    case applicantHeard
    /// 结案: 执行完毕
    case closedFullyPerformed
    /// 结案: 终结本次执行程序
    case closedCurrentProcedureTerminated
    /// 结案: 终结执行
    case closedTerminated
    /// 终本后定期财产查询
    case followUpCheck
    /// 恢复执行 (执恢, a new case)
    case restored
}
