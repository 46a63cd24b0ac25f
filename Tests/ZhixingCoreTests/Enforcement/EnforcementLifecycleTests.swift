import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: lifecycle and refusals")
struct EnforcementLifecycleTests {
    private let open = enfFacts(events: enfOpening, asOf: "2025-06-30")

    private func facts(_ extra: [EnforcementEvent], asOf: String = "2025-06-30", applied: String = "350000.00") -> EnforcementFacts {
        enfFacts(applied: applied, events: enfOpening + extra, asOf: asOf)
    }

    // MARK: Status

    @Test func status_filedActiveSuspendedClosed() throws {
        #expect(try enfAssess(enfFacts(events: [enfEvent(.filed, "2025-03-03")])).status == .filed)
        #expect(try enfAssess(open).status == .active)
        let suspended = try enfAssess(facts([enfEvent(.suspended, "2025-04-01")]))
        #expect(suspended.status == .suspended)
        #expect(suspended.suspendedSince == enfDay("2025-04-01"))
        let closed = try enfAssess(facts([enfEvent(.closedTerminated, "2025-04-01")]))
        #expect(closed.status == .closed)
        #expect(closed.closure == .terminated)
        #expect(closed.status.rawValue == "closed")
        #expect(closed.closure?.rawValue == "terminated")
    }

    // MARK: Dates

    @Test func lifecycle_eventBeforeThePreviousOne_refused() throws {
        let refusal = try enfRefusal(enfEvent(.propertyInquiry, "2025-03-05"), after: open)
        #expect(refusal?.code == "event.date_out_of_order")
        #expect(refusal?.reasons.first?.article == "Zhixing lifecycle")
    }

    @Test func lifecycle_eventAfterAsOf_refused() throws {
        #expect(try enfRefusal(enfEvent(.propertyInquiry, "2025-07-01"), after: open)?.code == "event.in_future")
    }

    @Test func lifecycle_filingTwice_refused() throws {
        #expect(try enfRefusal(enfEvent(.filed, "2025-03-10"), after: open)?.code == "lifecycle.already_filed")
        let empty = enfFacts(events: [])
        #expect(try enfRefusal(enfEvent(.filed, "2025-03-03"), after: empty) == nil)
        #expect(try enfRefusal(enfEvent(.filed, "2025-03-04"), after: enfFacts(events: [], asOf: "2025-03-05"))?.code == "lifecycle.filing_date")
    }

    // MARK: Suspension (CPL 2023 Art.267)

    @Test func cpl267_resumeOnlyWhenSuspended() throws {
        #expect(try enfRefusal(enfEvent(.resumed, "2025-04-01"), after: open)?.code == "lifecycle.not_suspended")
        let suspended = facts([enfEvent(.suspended, "2025-04-01")])
        #expect(try enfRefusal(enfEvent(.resumed, "2025-05-01"), after: suspended) == nil)
        #expect(try enfRefusal(enfEvent(.suspended, "2025-05-01"), after: suspended)?.code == "lifecycle.already_suspended")
    }

    @Test func cpl267_noNewEnforcementActWhileSuspended_butMeasuresKeptAndMoneyReceived() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-20")
        let suspended = facts([enfEvent(.measureTaken, "2025-03-20", measure: freeze), enfEvent(.suspended, "2025-04-01")])
        let refusal = try enfRefusal(enfEvent(.measureTaken, "2025-04-10", measure: enfMeasure("F2", startsOn: "2025-04-10")), after: suspended)
        #expect(refusal?.code == "lifecycle.suspended")
        #expect(refusal?.reasons.first?.article == "CPL 2023 Art.267")
        #expect(try enfRefusal(enfEvent(.consumptionRestricted, "2025-04-10"), after: suspended)?.code == "lifecycle.suspended")
        #expect(try enfRefusal(enfEvent(.paymentReceived, "2025-04-10", amount: "100.00"), after: suspended) == nil)
        let renewal = ControlMeasure(id: "F1", kind: .freeze, asset: .bankDeposit, rank: .first, startsOn: enfDay("2026-03-20"), termMonths: 12)
        #expect(try enfRefusal(enfEvent(.measureRenewed, "2025-04-10", measure: renewal), after: suspended) == nil)
        #expect(try enfRefusal(enfEvent(.closedCurrentProcedureTerminated, "2025-06-30"), after: suspended)?.code == "lifecycle.suspended")
    }

    // MARK: Closure

    @Test func lifecycle_afterClosure_onlyPaymentLiftingOrRestoration() throws {
        let closed = facts([enfEvent(.closedTerminated, "2025-04-01")])
        let refusal = try enfRefusal(enfEvent(.enforcementNoticeServed, "2025-04-02"), after: closed)
        #expect(refusal?.code == "lifecycle.closed")
        #expect(try enfRefusal(enfEvent(.resumed, "2025-04-02"), after: closed)?.code == "lifecycle.closed")
        #expect(try enfRefusal(enfEvent(.closedDismissed, "2025-04-02"), after: closed)?.code == "lifecycle.closed")
    }

    @Test func cpl268_terminationOfEnforcement_groundIsTheCourtsFinding() throws {
        let closed = try enfAssess(facts([enfEvent(.closedTerminated, "2025-04-01")]))
        let reason = try #require(closed.reasons.first { $0.article == "CPL 2023 Art.268" })
        #expect(reason.message.zh.contains("依赖其裁定"))
    }

    @Test func settlementProvisions_art8_fullyPerformedOnlyWhenNothingOutstanding() throws {
        let refusal = try enfRefusal(enfEvent(.closedFullyPerformed, "2025-04-01"), after: open)
        #expect(refusal?.code == "closure.outstanding")
        #expect(refusal?.reasons.first?.message.zh.contains("¥350,000.00") == true)
        let paid = facts([enfEvent(.paymentReceived, "2025-03-20", amount: "350000.00")])
        #expect(try enfRefusal(enfEvent(.closedFullyPerformed, "2025-04-01"), after: paid) == nil)
    }

    @Test func settlementProvisions_art8_settlementPerformed_closesAsPerformedDespiteDifference() throws {
        let settled = facts([enfEvent(.settlementAgreed, "2025-03-20", amount: "300000.00"),
                             enfEvent(.paymentReceived, "2025-04-20", amount: "300000.00"),
                             enfEvent(.settlementPerformed, "2025-04-21")])
        #expect(try enfRefusal(enfEvent(.closedFullyPerformed, "2025-04-22"), after: settled) == nil)
        let assessment = try enfAssess(settled)
        #expect(assessment.allowedNext.contains(.closedFullyPerformed))
        #expect(assessment.amounts.reasons.contains { $0.article == "Settlement Provisions 2018 Art.8" })
    }

    @Test func settlementProvisions_art9_performOrBreachOnlyAPendingSettlement() throws {
        #expect(try enfRefusal(enfEvent(.settlementPerformed, "2025-04-01"), after: open)?.code == "settlement.none_pending")
        #expect(try enfRefusal(enfEvent(.settlementBreached, "2025-04-01"), after: open)?.code == "settlement.none_pending")
    }

    @Test func fundsManagement_disbursementNotBeyondReceived() throws {
        let received = facts([enfEvent(.paymentReceived, "2025-04-10", amount: "1000.00")])
        let refusal = try enfRefusal(enfEvent(.paymentDisbursed, "2025-04-11", amount: "1000.01"), after: received)
        #expect(refusal?.code == "amount.disbursed_exceeds_received")
        #expect(try enfRefusal(enfEvent(.paymentDisbursed, "2025-04-11", amount: "1000.00"), after: received) == nil)
        #expect(try enfRefusal(enfEvent(.paymentDisbursed, "2025-04-11", amount: "1.00"), after: open)?.code == "amount.disbursed_exceeds_received")
    }

    @Test func lifecycle_paymentWithoutAmount_refused() throws {
        #expect(try enfRefusal(enfEvent(.paymentReceived, "2025-04-10"), after: open)?.code == "amount.missing")
        #expect(try enfRefusal(enfEvent(.paymentReceived, "2025-04-10", amount: "0.00"), after: open)?.code == "amount.not_positive")
    }

    @Test func fundsManagement_disbursementAfterClosure_allowedForMoneyReceived() throws {
        let closed = facts([enfEvent(.paymentReceived, "2025-04-10", amount: "350000.00"), enfEvent(.closedFullyPerformed, "2025-04-11")])
        #expect(try enfRefusal(enfEvent(.paymentDisbursed, "2025-04-20", amount: "350000.00"), after: closed) == nil)
    }

    @Test func propertyInvestigation_art3_reportOnlyAfterTheOrder() throws {
        let noOrder = enfFacts(events: [enfEvent(.filed, "2025-03-03"), enfEvent(.handlerAssigned, "2025-03-04")], asOf: "2025-03-20")
        #expect(try enfRefusal(enfEvent(.propertyReported, "2025-03-10"), after: noOrder)?.code == "lifecycle.no_report_order")
        #expect(try enfRefusal(enfEvent(.propertyReported, "2025-03-10"), after: open) == nil)
    }

    // MARK: Follow-up checks and restoration

    @Test func termination_art9_followUpOnlyAfter终本() throws {
        #expect(try enfRefusal(enfEvent(.followUpCheck, "2025-04-01"), after: open)?.code == "followup.not_terminated")
        let terminated = facts([enfEvent(.closedTerminated, "2025-04-01")])
        #expect(try enfRefusal(enfEvent(.followUpCheck, "2025-05-01"), after: terminated)?.code == "followup.not_terminated")
        let zhongben = enfFacts(events: enfTerminable + [enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")], asOf: "2025-12-01")
        #expect(try enfRefusal(enfEvent(.followUpCheck, "2025-11-20", found: false), after: zhongben) == nil)
    }

    @Test func filingClosing_art6_item3_restoredAfter终本_once() throws {
        let zhongben = enfFacts(events: enfTerminable + [enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")], asOf: "2025-12-01")
        #expect(try enfRefusal(enfEvent(.restored, "2025-11-20"), after: zhongben) == nil)
        let restored = enfWith(zhongben, events: zhongben.events + [enfEvent(.restored, "2025-11-20")], asOf: "2025-12-01")
        #expect(try enfRefusal(enfEvent(.restored, "2025-11-25"), after: restored)?.code == "restore.already_restored")
        #expect(try enfRefusal(enfEvent(.followUpCheck, "2025-11-25"), after: restored)?.code == "followup.restored")
        let assessment = try enfAssess(restored)
        #expect(assessment.status == .closed)
        #expect(assessment.closure == .currentProcedureTerminated)
        #expect(assessment.restoredOn == enfDay("2025-11-20"))
    }

    @Test func filingClosing_art6_item2_restoredAfterBreachedSettlement() throws {
        // Settlement, the application withdrawn (终结执行), then the debtor breaches: restoration (执恢).
        let closedAfterSettlement = facts([enfEvent(.settlementAgreed, "2025-03-20", amount: "300000.00"),
                                           enfEvent(.closedTerminated, "2025-03-25", note: "申请执行人撤回执行申请")])
        #expect(try enfRefusal(enfEvent(.restored, "2025-05-02"), after: closedAfterSettlement)?.code == "restore.not_allowed")
        #expect(try enfRefusal(enfEvent(.settlementBreached, "2025-05-01"), after: closedAfterSettlement) == nil)
        let breached = enfWith(closedAfterSettlement, events: closedAfterSettlement.events + [enfEvent(.settlementBreached, "2025-05-01")], asOf: "2025-06-30")
        #expect(try enfRefusal(enfEvent(.restored, "2025-06-01"), after: breached) == nil)
        #expect(try enfAssess(breached).allowedNext.contains(.restored))
        // Nothing else happens on the closed case.
        #expect(try enfRefusal(enfEvent(.settlementBreached, "2025-06-01"), after: breached)?.code == "settlement.none_pending")
    }

    @Test func cpl241_noRestorationWithoutGround() throws {
        let terminated = facts([enfEvent(.closedTerminated, "2025-04-01")])
        let refusal = try enfRefusal(enfEvent(.restored, "2025-05-01"), after: terminated)
        #expect(refusal?.code == "restore.not_allowed")
        #expect(refusal?.reasons.first?.article.contains("Filing and Closing Opinions 2014 Art.6") == true)
    }

    @Test func settlementProvisions_art8_noRestorationAfterSettlementPerformed() throws {
        let performed = facts([enfEvent(.settlementAgreed, "2025-03-20", amount: "300000.00"),
                               enfEvent(.paymentReceived, "2025-04-20", amount: "300000.00"),
                               enfEvent(.settlementPerformed, "2025-04-21"),
                               enfEvent(.closedFullyPerformed, "2025-04-22")])
        #expect(try enfRefusal(enfEvent(.restored, "2025-05-01"), after: performed)?.code == "restore.settlement_performed")
    }

    @Test func filingClosing_art6_openCaseIsResumedNotRestored() throws {
        #expect(try enfRefusal(enfEvent(.restored, "2025-04-01"), after: open)?.code == "restore.not_closed")
    }

    // MARK: Case types

    @Test func filingClosing_art1_objectionCase_takesNoImplementingAct() throws {
        let objection = enfFacts(caseType: .objection, events: [enfEvent(.filed, "2025-03-03")], asOf: "2025-03-10")
        let refusal = try enfRefusal(enfEvent(.measureTaken, "2025-03-05", measure: enfMeasure("F1", startsOn: "2025-03-05")), after: objection)
        #expect(refusal?.code == "lifecycle.not_for_case_type")
        #expect(try enfRefusal(enfEvent(.closedDismissed, "2025-03-05"), after: objection) == nil)
        #expect(try enfAssess(objection).allowedNext.contains(.measureTaken) == false)
    }

    @Test func preservationCase_no终本() throws {
        let preservation = enfFacts(caseType: .preservation, events: [enfEvent(.filed, "2025-03-03")], asOf: "2025-03-10")
        #expect(try enfRefusal(enfEvent(.closedCurrentProcedureTerminated, "2025-03-05"), after: preservation)?.code == "lifecycle.not_for_case_type")
        #expect(try enfAssess(preservation).terminationChecklist.applicable == false)
    }

    // MARK: allowedNext and history warnings

    @Test func allowedNext_followsTheState() throws {
        let fresh = try enfAssess(enfFacts(events: [enfEvent(.filed, "2025-03-03")]))
        #expect(fresh.allowedNext.contains(.handlerAssigned))
        #expect(!fresh.allowedNext.contains(.filed))
        #expect(!fresh.allowedNext.contains(.resumed))
        #expect(!fresh.allowedNext.contains(.followUpCheck))
        #expect(!fresh.allowedNext.contains(.restored))
        #expect(!fresh.allowedNext.contains(.closedFullyPerformed))
        #expect(!fresh.allowedNext.contains(.paymentDisbursed))
        #expect(!fresh.allowedNext.contains(.measureRenewed))
        let empty = try enfAssess(enfFacts(events: []))
        #expect(empty.allowedNext.contains(.filed))
        let zhongben = try enfAssess(enfFacts(events: enfTerminable + [enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")], asOf: "2025-07-01"))
        #expect(Set(zhongben.allowedNext) == [.followUpCheck, .restored])
    }

    @Test func assess_eventsTheLifecycleRefused_areKeptAndWarned() throws {
        let odd = enfFacts(events: enfOpening + [enfEvent(.resumed, "2025-04-01")], asOf: "2025-04-02")
        let assessment = try enfAssess(odd)
        #expect(assessment.warnings.contains { $0.message.en.hasPrefix("events[4]") && $0.article == "CPL 2023 Art.267" })
        #expect(assessment.status == .active)
    }
}
