/// One generated enforcement case (执行案件) for demonstrations and benchmarks: the execution basis, the
/// parties, the property found and the lifecycle so far. Plain data; the server turns it into rows.
///
/// Its events are consistent with `stage` and never dated before `filedOn` nor after the `to` date
/// the generator was given (the demo's "today").
public struct DemoCase: Sendable, Hashable, Codable {
    /// The enforcing court's case-number code, e.g. `京0105`.
    public let court: String
    /// 立案日期.
    public let filedOn: LocalDate
    public let stage: DemoStage
    /// 执行依据.
    public let basis: DemoBasis
    /// 申请执行标的: never more than `basis.amountAwarded`.
    public let amountApplied: Money
    /// 申请执行人.
    public let applicants: [DemoParty]
    /// 被执行人.
    public let debtors: [DemoParty]
    /// Property found so far; `DemoEvent.assetIndex` points into it.
    public let assets: [DemoAsset]
    /// The lifecycle so far, in date order (events of the same day in the order they happened).
    public let events: [DemoEvent]

    public init(court: String, filedOn: LocalDate, stage: DemoStage, basis: DemoBasis, amountApplied: Money,
                applicants: [DemoParty], debtors: [DemoParty], assets: [DemoAsset], events: [DemoEvent]) {
        self.court = court
        self.filedOn = filedOn
        self.stage = stage
        self.basis = basis
        self.amountApplied = amountApplied
        self.applicants = applicants
        self.debtors = debtors
        self.assets = assets
        self.events = events
    }
}
