import Testing
@testable import ZhixingCore

/// The demo data never records what Zhixing itself would refuse: replayed event by event, every
/// step of every generated case is one the core allows at that point (EnforcementRules.check), so
/// that, for instance, a demo 终本 closure meets the conditions of the 2016 终本 Provisions Art.1-2.
@Test func demoCases_everyStep_isOneTheCoreAllows() throws {
    let calendar = StatutoryCalendar(schedule: try HolidaySchedule.bundled())
    var refused: [String] = []
    for (index, demo) in DemoFixture.cases(400).enumerated() {
        let events = demo.events.map { e in
            EnforcementEvent(
                kind: EnforcementEventKind(rawValue: e.kind.rawValue) ?? .filed, date: e.date, amount: e.amount,
                measure: e.kind == .measureTaken ? e.assetIndex.map { ControlMeasure(
                    id: "M\($0 + 1)", kind: .freeze, asset: .bankDeposit, rank: .first, startsOn: e.date) } : nil,
                propertyFound: e.propertyFound, note: nil)
        }
        let basis = ExecutionBasisFacts(kind: ExecutionBasisKind(rawValue: demo.basis.kind.rawValue) ?? .civilJudgment,
                                        issuingBody: demo.basis.issuingBody, documentNumber: demo.basis.documentNumber,
                                        effectiveOn: demo.basis.effectiveOn, amountAwarded: demo.basis.amountAwarded)
        for step in 1..<events.count {
            let facts = EnforcementFacts(
                caseType: .enforcement, filedOn: demo.filedOn, basis: basis,
                jurisdiction: JurisdictionFacts(isFirstInstanceCourt: true, propertyInCourtArea: true, sameLevelAsFirstInstance: true),
                amountApplied: demo.amountApplied, nonLitigation: basis.kind == .administrativeDecision,
                events: Array(events[..<step]), asOf: events[step].date)
            do {
                try EnforcementRules.check(events[step], after: facts, calendar: calendar)
            } catch {
                refused.append("case \(index) (\(demo.stage)) step \(step) \(events[step].kind.rawValue) on \(events[step].date.iso): "
                    + error.reasons.map(\.message.en).joined(separator: "; "))
                break
            }
        }
    }
    let refusedCount = refused.count
    #expect(refusedCount == 0, "\(refused.count) case(s):\n\(refused.prefix(8).joined(separator: "\n"))")
}
