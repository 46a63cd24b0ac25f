import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: a case's standing (终本 apart) and the dates its team's queue is built from")
struct EnforcementStandingTests {
    @Test("终本 is its own standing, not one more closed case (Termination Provisions 2016 Art.9)")
    func art9_terminatedCaseStandsApart() throws {
        let terminated = try enfAssess(enfFacts(events: enfTerminable + [enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")],
                                                asOf: "2025-07-01"))
        #expect(terminated.status == .closed)
        #expect(terminated.standing == .currentProcedureTerminated)
        #expect(!terminated.standing.isOpen)
        #expect(terminated.standing.isClosure)
        let performed = try enfAssess(enfFacts(events: enfOpening + [enfEvent(.paymentReceived, "2025-04-01", amount: "350000.00"),
                                                                     enfEvent(.closedFullyPerformed, "2025-04-02")], asOf: "2025-04-03"))
        #expect(performed.standing == .concluded)
        #expect(try enfAssess(enfFacts(events: enfOpening, asOf: "2025-03-20")).standing == .active)
    }

    @Test func everyStatusAndClosureHasOneStanding() {
        #expect(CaseStanding(status: .filed, closure: nil) == .filed)
        #expect(CaseStanding(status: .suspended, closure: nil) == .suspended)
        for closure in ClosureKind.allCases {
            #expect(CaseStanding(status: .closed, closure: closure) == (closure == .currentProcedureTerminated ? .currentProcedureTerminated : .concluded))
        }
        #expect(CaseStanding.allCases.filter(\.isOpen) == [.filed, .active, .suspended])
    }

    @Test("After 终本 on 2025-06-10, the next follow-up inquiry is due 2025-12-10, then 2026-06-10 once the first is done (Art.9 para.2)")
    func art9_para2_nextFollowUpDue() throws {
        let closed = enfTerminable + [enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")]
        #expect(try enfAssess(enfFacts(events: closed, asOf: "2025-07-01")).nextFollowUpDue == enfDay("2025-12-10"))
        // Missed: still the next one owed (and overdue).
        #expect(try enfAssess(enfFacts(events: closed, asOf: "2026-01-05")).nextFollowUpDue == enfDay("2025-12-10"))
        let checked = closed + [enfEvent(.followUpCheck, "2025-11-20", found: false)]
        #expect(try enfAssess(enfFacts(events: checked, asOf: "2025-12-20")).nextFollowUpDue == enfDay("2026-06-10"))
        #expect(try enfAssess(enfFacts(events: enfOpening, asOf: "2025-03-20")).nextFollowUpDue == nil)
    }

    @Test("The earliest expiry among measures in force: a deposit frozen 2025-03-10 for 12 months lapses before a flat sealed for 36 (CPL Interpretation 2022 Art.485)")
    func art485_nextMeasureExpiry() throws {
        let freeze = enfEvent(.measureTaken, "2025-03-10", measure: enfMeasure("F1", startsOn: "2025-03-10", months: 12))
        let seal = enfEvent(.measureTaken, "2025-03-12", measure: enfMeasure("S1", .seal, .realEstate, startsOn: "2025-03-12", months: 36))
        let both = try enfAssess(enfFacts(events: enfOpening + [freeze, seal], asOf: "2025-04-01"))
        let f1 = try #require(both.measures.first { $0.id == "F1" }?.expiresOn)
        #expect(both.nextMeasureExpiry == f1)
        let lifted = try enfAssess(enfFacts(events: enfOpening + [freeze, seal, enfEvent(.measureLifted, "2025-04-02", measure: enfMeasure("F1", startsOn: "2025-03-10"))],
                                            asOf: "2025-04-03"))
        #expect(lifted.nextMeasureExpiry == both.measures.first { $0.id == "S1" }?.expiresOn)
        #expect(try enfAssess(enfFacts(events: enfOpening, asOf: "2025-03-20")).nextMeasureExpiry == nil)
    }
}
