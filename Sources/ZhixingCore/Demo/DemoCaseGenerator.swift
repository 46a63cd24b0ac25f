/// 演示案件生成器: realistic enforcement cases for demonstrations and benchmarks, derived from a seed
/// alone. The same seed gives the same cases on every platform (SplitMix64, integer arithmetic only),
/// and case `index` is derived independently of the others, so millions can be streamed.
///
/// - Identity numbers pass `ResidentID(parsing:)`, the holders 18 to 80 on the filing date; credit codes
///   pass `CreditCode(parsing:)`.
/// - Amounts are log-normal-like: most between 5,000 and 2,000,000 yuan, some larger.
/// - Events never precede filing nor follow `to`, the demo's "today", and they fit the stage.
public struct DemoCaseGenerator: Sendable {
    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// `count` cases for the given courts, filed between `from` and `to` (inclusive), spread over
    /// every stage: case `i` is `makeCase(index: i, ...)`.
    public func cases(count: Int, courts: [DemoCourt], from: LocalDate, to: LocalDate) -> [DemoCase] {
        guard count > 0 else { return [] }
        return (0..<count).map { makeCase(index: $0, courts: courts, from: from, to: to) }
    }

    /// Case `index` (0, 1, 2, ...) of this seed, without generating the ones before it. With no
    /// courts, `DemoCourt.samples` are used; `from` and `to` may be given in either order. When they
    /// are too close together for the stage planned for `index` (终本 needs more than three months),
    /// the case is given a simpler stage.
    public func makeCase(index: Int, courts: [DemoCourt], from: LocalDate, to: LocalDate) -> DemoCase {
        let courts = courts.isEmpty ? DemoCourt.samples : courts
        let (earliest, latest) = from <= to ? (from, to) : (to, from)
        var random = DemoRandom(seed: seed, stream: UInt64(bitPattern: Int64(index)), salt: 0xCA5E)
        let court = random.pick(courts)
        let region = DemoRegion(court: court)
        let basisKind = DemoBases.kinds.draw(&random)
        let dispute = DemoDispute.draw(for: basisKind, &random)
        let shape = dispute.amountShape
        let awarded = DemoAmounts.amount(medianLog10Milli: shape.median, spreadMilli: shape.spread,
                                         floorYuan: 500, ceilingYuan: 800_000_000, random: &random)
        let applied = random.chance(75) ? awarded : DemoAmounts.share(awarded, percent: random.int(in: 40...99))

        // The property found depends on whether the principal debtor is an organisation.
        let organisationDebtor = random.chance(dispute.organisationDebtorPercent)

        let lifecycle = DemoLifecycle(stage: DemoStagePlan.stage(index: index, seed: seed), amountApplied: applied,
                                      organisationDebtor: organisationDebtor, region: region)
        let (stage, timeline, filedOn) = DemoCaseGenerator.place(lifecycle, from: earliest, to: latest, &random)

        // The parties are made once the filing date is known: their ages are counted on it.
        let debtors = dispute.debtors(organisation: organisationDebtor, region: region, filedOn: filedOn, &random)

        let effectiveOn = filedOn.adding(days: -DemoBases.daysBeforeFiling(basisKind, &random))
        // Usually the court that tried the case; sometimes another court of the province tried it and the
        // case is enforced here, where the debtor's property is.
        let neighbours = courts.filter { $0.code.first == court.code.first && $0 != court }
        let issuingCourt = basisKind == .criminalJudgmentPropertyPart || neighbours.isEmpty || random.chance(88)
            ? court : random.pick(neighbours)
        let document = DemoBases.document(basisKind, dispute: dispute, effectiveOn: effectiveOn, issuingCourt: issuingCourt,
                                          region: region, &random)
        let basis = DemoBasis(kind: basisKind, issuingBody: document.body, documentNumber: document.number,
                              effectiveOn: effectiveOn, amountAwarded: awarded)
        let applicants = dispute.applicants(basis: basis, region: region, filedOn: filedOn, &random)

        var events = timeline.steps.map {
            DemoEvent(kind: $0.kind, date: DemoCaseGenerator.workingDay(after: filedOn.adding(days: $0.day), until: latest),
                      amount: $0.amount, assetIndex: $0.assetIndex, propertyFound: $0.propertyFound)
        }
        if stage == .closedCurrentProcedureTerminated {
            // 终本 Provisions Art.9: a property check every six months, for five years.
            let closedOn = filedOn.adding(days: timeline.day)
            for check in 1...10 {
                let date = closedOn.adding(days: check * DemoLifecycle.followUpInterval)
                guard date <= latest else { break }
                events.append(DemoEvent(kind: .followUpCheck, date: DemoCaseGenerator.workingDay(after: date, until: latest),
                                        propertyFound: false))
            }
        }
        return DemoCase(court: court.code, filedOn: filedOn, stage: stage, basis: basis, amountApplied: applied,
                        applicants: applicants, debtors: debtors, assets: timeline.assets, events: events)
    }
}
