/// Where a generated case stands: the last step of its lifecycle so far.
public enum DemoStage: String, Sendable, Hashable, Codable, CaseIterable {
    /// 已立案: filed, perhaps a handler assigned.
    case filed
    /// 执行通知书、报告财产令已送达.
    case noticeServed
    /// 财产调查中: online inquiry done, property found or not, no measure yet.
    case investigating
    /// 已采取控制措施: frozen, sealed or seized.
    case measuresTaken
    /// 部分履行: some money received (and paid out), the rest outstanding.
    case partlyPaid
    /// 执行和解: an agreement made and being performed.
    case settlement
    /// 中止执行.
    case suspended
    /// 执行完毕.
    case closedFullyPerformed
    /// 终结本次执行程序 (终本), with the follow-up property checks since.
    case closedCurrentProcedureTerminated
    /// 终结执行.
    case closedTerminated
    /// 恢复执行 (执恢): closed by 终本, then property found and the case restored.
    case restored

    /// Whether the case is closed (restored cases count as closed: the restored case is a new one).
    public var isClosed: Bool {
        switch self {
        case .closedFullyPerformed, .closedCurrentProcedureTerminated, .closedTerminated, .restored: true
        default: false
        }
    }
}
