/// The lifecycle of a generated case up to its stage: which events, in which order, how many days
/// apart. Each stage keeps the conditions the law puts on it (e.g. 终本 only after notices, an inquiry
/// that found nothing, consumption restriction, hearing the applicant and more than three months).
struct DemoLifecycle {
    let stage: DemoStage
    let amountApplied: Money
    /// Whether the principal debtor, whose property is looked for, is an organisation.
    let organisationDebtor: Bool
    let region: DemoRegion

    /// The longest time an open case of this stage has typically stood still since its last event.
    var idleDays: ClosedRange<Int> {
        switch stage {
        case .filed: 0...6
        case .noticeServed: 0...20
        case .investigating: 0...40
        case .measuresTaken: 0...150
        case .partlyPaid: 0...120
        case .settlement: 0...30
        case .suspended: 0...300
        case .closedFullyPerformed, .closedCurrentProcedureTerminated, .closedTerminated, .restored: 0...0
        }
    }

    func timeline(_ random: inout DemoRandom) -> DemoTimeline {
        var timeline = DemoTimeline()
        switch stage {
        case .filed:
            timeline.add(.filed)
            if random.chance(80) {
                timeline.wait(0...3, &random)
                timeline.add(.handlerAssigned)
            }
        case .noticeServed:
            timeline.open(&random)
        case .investigating:
            investigate(&timeline, &random)
        case .measuresTaken:
            takeMeasures(&timeline, &random)
        case .partlyPaid:
            payPartly(&timeline, &random)
        case .settlement:
            settle(&timeline, &random)
        case .suspended:
            suspend(&timeline, &random)
        case .closedFullyPerformed:
            performFully(&timeline, &random)
        case .closedCurrentProcedureTerminated:
            terminateCurrentProcedure(&timeline, &random)
        case .closedTerminated:
            terminate(&timeline, &random)
        case .restored:
            terminateCurrentProcedure(&timeline, &random)
            restore(&timeline, &random)
        }
        return timeline
    }

    /// A newly found asset of the principal debtor.
    func asset(atLeast: Money = .zero, kind: DemoAssetKind? = nil, _ random: inout DemoRandom) -> DemoAsset {
        let kind = kind ?? DemoAssets.kind(organisation: organisationDebtor, debt: amountApplied, random: &random)
        return DemoAssets.make(kind, organisation: organisationDebtor, region: region, atLeast: atLeast, random: &random)
    }
}
