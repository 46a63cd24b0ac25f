extension EnforcementDocumentKind {
    /// The lifecycle event that records this document's service (执行通知书送达, 报告财产令送达), for the
    /// documents a team serves and records; the 终本 ruling's service is not an event of the lifecycle.
    /// Until its event is recorded, an issued notice or order waits in the team's "to serve" queue.
    public var servedBy: EnforcementEventKind? {
        switch self {
        case .enforcementNotice: .enforcementNoticeServed
        case .propertyReportOrder: .propertyReportOrderServed
        case .terminationRuling: nil
        }
    }

    /// The kinds whose service a team records once issued.
    public static var served: [EnforcementDocumentKind] { allCases.filter { $0.servedBy != nil } }
}
