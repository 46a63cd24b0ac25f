/// A lifecycle under construction, in days counted from filing; the generator dates it once it has
/// chosen the filing date.
struct DemoTimeline {
    struct Step: Hashable {
        let kind: DemoEventKind
        let day: Int
        let amount: Money?
        let assetIndex: Int?
        let propertyFound: Bool?
    }

    private(set) var steps: [Step] = []
    private(set) var assets: [DemoAsset] = []
    /// The day of the latest step.
    private(set) var day = 0

    mutating func add(_ kind: DemoEventKind, amount: Money? = nil, assetIndex: Int? = nil, propertyFound: Bool? = nil) {
        steps.append(Step(kind: kind, day: day, amount: amount, assetIndex: assetIndex, propertyFound: propertyFound))
    }

    /// Lets some days pass.
    mutating func wait(_ days: ClosedRange<Int>, _ random: inout DemoRandom) {
        day += random.int(in: days)
    }

    /// Moves on to `target` if that is later.
    mutating func wait(until target: Int) {
        day = max(day, target)
    }

    /// 立案, 确定承办人 (within 7 days, 2006 Provisions Art.2), then the enforcement notice and the
    /// property report order, usually served together.
    mutating func open(_ random: inout DemoRandom) {
        add(.filed)
        wait(0...6, &random)
        add(.handlerAssigned)
        wait(1...10, &random)
        add(.enforcementNoticeServed)
        if !random.chance(85) { wait(1...5, &random) }
        add(.propertyReportOrderServed)
    }

    /// One round of online inquiry.
    mutating func inquire(found: Bool, _ random: inout DemoRandom) {
        wait(1...12, &random)
        add(.propertyInquiry, propertyFound: found)
    }

    /// Records `asset` as found; returns its index.
    @discardableResult
    mutating func find(_ asset: DemoAsset, _ random: inout DemoRandom) -> Int {
        wait(0...6, &random)
        assets.append(asset)
        add(.assetFound, assetIndex: assets.count - 1)
        return assets.count - 1
    }

    /// Records `asset` as found by a follow-up check after 终本 (Art.9): the check carries it, since
    /// after closure the old case records no acts; the new 执恢 case enforces it. Returns its index.
    @discardableResult
    mutating func findInFollowUpCheck(_ asset: DemoAsset) -> Int {
        assets.append(asset)
        add(.followUpCheck, assetIndex: assets.count - 1, propertyFound: true)
        return assets.count - 1
    }

    /// Freezes, seals or seizes asset `index`.
    mutating func control(_ index: Int, _ random: inout DemoRandom) {
        wait(0...5, &random)
        add(.measureTaken, assetIndex: index)
    }

    /// Money received; paid out to the applicant within 3 to 25 days when `disburse` (the court pays
    /// execution money out within 30 days of receipt).
    mutating func receive(_ amount: Money, disburse: Bool, _ random: inout DemoRandom) {
        add(.paymentReceived, amount: amount)
        if disburse {
            wait(3...25, &random)
            add(.paymentDisbursed, amount: amount)
        }
    }

    /// Suspension and, some weeks later, resumption.
    mutating func interlude(_ random: inout DemoRandom) {
        wait(5...30, &random)
        add(.suspended)
        wait(20...90, &random)
        add(.resumed)
    }
}
