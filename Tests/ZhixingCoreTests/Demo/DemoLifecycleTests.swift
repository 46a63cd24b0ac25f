import Foundation
import Testing
@testable import ZhixingCore

@Test func demoLifecycle_twoThousandCases_everyRuleOfTheirStageHolds() {
    for demo in DemoFixture.cases(2_000, seed: 31) {
        let problems = DemoCaseChecks.violations(demo, to: DemoFixture.to)
        #expect(problems.isEmpty, "\(demo.stage) \(demo.filedOn): \(problems)")
    }
}

@Test func demoLifecycle_fullyPerformed_receivedAndDisbursedTheAmountApplied() {
    let closed = DemoFixture.cases(400).filter { $0.stage == .closedFullyPerformed }
    #expect(closed.count == 88)
    for demo in closed {
        let received = demo.events.filter { $0.kind == .paymentReceived }.compactMap(\.amount).reduce(.zero, +)
        let disbursed = demo.events.filter { $0.kind == .paymentDisbursed }.compactMap(\.amount).reduce(.zero, +)
        #expect(received == demo.amountApplied && disbursed == demo.amountApplied)
    }
}

@Test func demoLifecycle_currentProcedureTerminated_meetsArticle1_andIsCheckedEverySixMonths() {
    let closed = DemoFixture.cases(400).filter { $0.stage == .closedCurrentProcedureTerminated }
    #expect(!closed.isEmpty)
    for demo in closed {
        #expect(DemoCaseChecks.currentProcedureViolations(demo).isEmpty)
        guard let closedOn = demo.events.first(where: { $0.kind == .closedCurrentProcedureTerminated })?.date else { continue }
        let checks = demo.events.filter { $0.kind == .followUpCheck }
        let latest = checks.last?.date ?? closedOn
        #expect(checks.count == 10 || latest.adding(months: 6) > DemoFixture.to, "no check missing since \(closedOn)")
    }
}

@Test func demoLifecycle_openCases_recentEnoughForTheirStage() {
    for demo in DemoFixture.cases(400) where demo.stage == .filed || demo.stage == .noticeServed {
        #expect(demo.filedOn.days(until: DemoFixture.to) <= 60, "\(demo.stage) filed \(demo.filedOn)")
    }
}

@Test func demoLifecycle_everyEventKind_occurs() {
    let kinds = Set(DemoFixture.cases(1_000).flatMap { $0.events.map(\.kind) })
    #expect(kinds == Set(DemoEventKind.allCases))
}

@Test func demoLifecycle_events_onWorkingDays_unlessPinnedToTheLastDay() {
    for demo in DemoFixture.cases(500) {
        for event in demo.events where event.date.isWeekend {
            #expect(event.date.adding(days: 8 - event.date.weekday) > DemoFixture.to, "\(event.kind) on \(event.date)")
        }
    }
}
