import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: stage, likely next step, warnings before closing, measure details")
struct EnforcementNextStepTests {
    private func facts(_ extra: [EnforcementEvent], asOf: String, applied: String = "350000.00") -> EnforcementFacts {
        enfFacts(applied: applied, events: enfOpening + extra, asOf: asOf)
    }

    private func warnings(_ next: EnforcementEvent, after facts: EnforcementFacts) throws -> [Reason] {
        EnforcementRules.warnings(before: next, after: facts, calendar: try enfCalendar())
    }

    // MARK: Stage (the stepper)

    @Test("Stage: filed, then notice served (CPL 2023 Art.251), investigation (Art.253), money, closed")
    func stage_followsTheEvents() throws {
        #expect(try enfAssess(enfFacts(events: [enfEvent(.filed, "2025-03-03")], asOf: "2025-03-03")).stage == .filed)
        #expect(try enfAssess(facts([], asOf: "2025-03-07")).stage == .noticeServed)
        #expect(try enfAssess(facts([enfEvent(.propertyInquiry, "2025-03-10", found: true)], asOf: "2025-03-11")).stage == .investigation)
        let paid = [enfEvent(.paymentReceived, "2025-03-12", amount: "350000.00")]
        #expect(try enfAssess(facts(paid, asOf: "2025-03-13")).stage == .disposal)
        let closed = paid + [enfEvent(.paymentDisbursed, "2025-03-14", amount: "350000.00"), enfEvent(.closedFullyPerformed, "2025-03-15")]
        #expect(try enfAssess(facts(closed, asOf: "2025-03-16")).stage == .closed)
    }

    // MARK: The likely next step

    @Test("Next step: a new case's handler first (2006 Provisions Art.2), then the notice (CPL 2023 Art.251)")
    func likelyNext_handlerThenNotice() throws {
        let filed = try enfAssess(enfFacts(events: [enfEvent(.filed, "2025-03-03")], asOf: "2025-03-03"))
        #expect(filed.likelyNext?.kind == .handlerAssigned)
        let assigned = try enfAssess(enfFacts(events: [enfEvent(.filed, "2025-03-03"), enfEvent(.handlerAssigned, "2025-03-04")], asOf: "2025-03-04"))
        #expect(assigned.likelyNext?.kind == .enforcementNoticeServed)
        #expect(assigned.likelyNext?.reasons.first?.article == "CPL 2023 Art.251")
        #expect(assigned.allowedNext.contains(assigned.likelyNext!.kind))
    }

    @Test("Next step: never one already done — after the notices, the property inquiry (CPL 2023 Art.253)")
    func likelyNext_notOneAlreadyDone() throws {
        let assessment = try enfAssess(facts([], asOf: "2025-03-07"))
        #expect(assessment.likelyNext?.kind == .propertyInquiry)
        #expect(![EnforcementEventKind.handlerAssigned, .enforcementNoticeServed, .propertyReportOrderServed].contains(assessment.likelyNext!.kind))
    }

    @Test("Next step: property found and not controlled → a measure (CPL 2023 Art.253)")
    func likelyNext_assetFoundThenMeasure() throws {
        let found = [enfEvent(.propertyInquiry, "2025-03-10", found: true), enfEvent(.assetFound, "2025-03-10")]
        #expect(try enfAssess(facts(found, asOf: "2025-03-11")).likelyNext?.kind == .measureTaken)
        let frozen = found + [enfEvent(.measureTaken, "2025-03-11", measure: enfMeasure("F1", startsOn: "2025-03-11"))]
        #expect(try enfAssess(facts(frozen, asOf: "2025-03-12")).likelyNext?.kind != .measureTaken)
    }

    @Test("Next step: money in the case account is paid out (Funds Management Provisions 2017), then closing as performed")
    func likelyNext_disburseThenClose() throws {
        let received = [enfEvent(.propertyInquiry, "2025-03-10", found: true), enfEvent(.paymentReceived, "2025-03-12", amount: "350000.00")]
        let assessment = try enfAssess(facts(received, asOf: "2025-03-13"))
        #expect(assessment.likelyNext?.kind == .paymentDisbursed)
        #expect(assessment.likelyNext?.reasons.first?.article == "Funds Management Provisions 2017")
        let paidOut = received + [enfEvent(.paymentDisbursed, "2025-03-14", amount: "350000.00")]
        #expect(try enfAssess(facts(paidOut, asOf: "2025-03-15")).likelyNext?.kind == .closedFullyPerformed)
    }

    @Test("Next step: a measure in its renewal window is renewed (CPL Interpretation 2022 Art.485 para.2)")
    func likelyNext_renewalWindow() throws {
        let events = [enfEvent(.propertyInquiry, "2025-03-10", found: true),
                      enfEvent(.measureTaken, "2025-03-14", measure: enfMeasure("F1", startsOn: "2025-03-14"))]
        let before = try enfAssess(facts(events, asOf: "2026-02-11"))
        #expect(before.measures.first?.inRenewalWindow == false)
        #expect(before.likelyNext?.kind != .measureRenewed)
        let inside = try enfAssess(facts(events, asOf: "2026-02-12"))
        #expect(inside.measures.first?.inRenewalWindow == true)
        #expect(inside.likelyNext?.kind == .measureRenewed)
    }

    @Test("Next step: every 终本 condition met → 终本 (Termination Provisions 2016 Art.1)")
    func likelyNext_termination() throws {
        let assessment = try enfAssess(enfFacts(events: enfTerminable, asOf: "2025-06-10"))
        #expect(assessment.terminationChecklist.allowed)
        #expect(assessment.likelyNext?.kind == .closedCurrentProcedureTerminated)
    }

    // MARK: Warnings before closing

    @Test("Closing with money in the case account warns first (Funds Management Provisions 2017), naming the sum")
    func closing_withUndisbursedMoney_warns() throws {
        let events = [enfEvent(.paymentReceived, "2025-03-12", amount: "350000.00"), enfEvent(.paymentDisbursed, "2025-03-13", amount: "300000.00")]
        let found = try warnings(enfEvent(.closedFullyPerformed, "2025-03-14"), after: facts(events, asOf: "2025-03-14"))
        #expect(found.count == 1)
        #expect(found.first?.article == "Funds Management Provisions 2017")
        #expect(found.first?.message.zh.contains("¥50,000.00") == true)
        // It warns, it does not refuse: the closure may still be recorded.
        #expect(try enfRefusal(enfEvent(.closedFullyPerformed, "2025-03-14"), after: facts(events, asOf: "2025-03-14")) == nil)
    }

    @Test("Closing as performed with a measure in force warns: it is lifted by ruling (Sealing Provisions 2020 Art.28)")
    func closing_withMeasureInForce_warns() throws {
        let events = [enfEvent(.measureTaken, "2025-03-10", measure: enfMeasure("F1", startsOn: "2025-03-10")),
                      enfEvent(.paymentReceived, "2025-03-12", amount: "350000.00"),
                      enfEvent(.paymentDisbursed, "2025-03-13", amount: "350000.00")]
        let found = try warnings(enfEvent(.closedFullyPerformed, "2025-03-14"), after: facts(events, asOf: "2025-03-14"))
        #expect(found.map(\.article) == ["Sealing Provisions 2020 Art.28"])
        #expect(found.first?.message.zh.contains("F1") == true)
        // Once lifted, nothing to warn about.
        let lifted = events + [enfEvent(.measureLifted, "2025-03-14", measure: enfMeasure("F1", startsOn: "2025-03-10"))]
        #expect(try warnings(enfEvent(.closedFullyPerformed, "2025-03-14"), after: facts(lifted, asOf: "2025-03-14")).isEmpty)
    }

    @Test("终本 with a measure in force: it stays and must be renewed (CPL Interpretation 2022 Art.485 para.2), and money warns too")
    func termination_withMeasureAndMoney_warnsBoth() throws {
        let events = enfTerminable + [enfEvent(.measureTaken, "2025-06-06", measure: enfMeasure("S1", .seal, .realEstate, startsOn: "2025-06-06", months: 36)),
                                      enfEvent(.paymentReceived, "2025-06-07", amount: "1000.00")]
        let found = try warnings(enfEvent(.closedCurrentProcedureTerminated, "2025-06-10"), after: enfFacts(events: events, asOf: "2025-06-10"))
        #expect(Set(found.map(\.article)) == ["Funds Management Provisions 2017", "CPL Interpretation 2022 Art.485 para.2"])
    }

    @Test("No warning for an ordinary step, and none for closing a case with nothing left (Zhixing lifecycle)")
    func noWarnings_whenNothingToSay() throws {
        #expect(try warnings(enfEvent(.propertyInquiry, "2025-03-10", found: false), after: facts([], asOf: "2025-03-10")).isEmpty)
        let events = [enfEvent(.paymentReceived, "2025-03-12", amount: "350000.00"), enfEvent(.paymentDisbursed, "2025-03-13", amount: "350000.00")]
        #expect(try warnings(enfEvent(.closedFullyPerformed, "2025-03-14"), after: facts(events, asOf: "2025-03-14")).isEmpty)
    }

    @Test("Lifting a first seal while money is owed warns: the waiting list moves up (Sealing Provisions 2020 Art.26 para.1)")
    func lifting_firstSeal_warns() throws {
        let events = [enfEvent(.measureTaken, "2025-03-10", measure: enfMeasure("F1", startsOn: "2025-03-10"))]
        let found = try warnings(enfEvent(.measureLifted, "2025-03-11", measure: enfMeasure("F1", startsOn: "2025-03-10")),
                                 after: facts(events, asOf: "2025-03-11"))
        #expect(found.map(\.article) == ["Sealing Provisions 2020 Art.26 para.1"])
    }

    @Test("Closures and lifting are irreversible (one confirmation); other steps are not")
    func irreversibleKinds() {
        let irreversible = EnforcementEventKind.allCases.filter(\.isIrreversible)
        #expect(Set(irreversible) == [.closedFullyPerformed, .closedCurrentProcedureTerminated, .closedTerminated, .closedDismissed,
                                      .closedEntrusted, .measureLifted])
        #expect(!EnforcementEventKind.paymentReceived.isIrreversible)
    }

    // MARK: The measure's institution, account and amount

    @Test("A freeze keeps its bank, account and sum; the status shows them (CPL 2023 Art.253)")
    func measure_detailsCarried() throws {
        let freeze = ControlMeasure(id: "F1", kind: .freeze, asset: .bankDeposit, rank: .first, startsOn: enfDay("2025-03-10"), termMonths: 12,
                                    institution: "中国工商银行北京朝阳支行", account: "6222020200112233445", amount: enfMoney("120000.00"))
        let status = try #require(try enfAssess(facts([enfEvent(.measureTaken, "2025-03-10", measure: freeze)], asOf: "2025-03-11")).measures.first)
        #expect(status.institution == "中国工商银行北京朝阳支行")
        #expect(status.account == "6222020200112233445")
        #expect(status.amount == enfMoney("120000.00"))
        #expect(!status.warnings.contains { $0.article.hasPrefix("CPL 2023 Art.253") })
    }

    @Test("A freeze of more than the case still needs is warned, not refused (CPL 2023 Art.253 para.1; Sealing Provisions 2020 Art.19 para.2)")
    func measure_amountBeyondOutstanding_warns() throws {
        let history = [enfEvent(.paymentReceived, "2025-03-09", amount: "300000.00")]
        let freeze = ControlMeasure(id: "F1", kind: .freeze, asset: .bankDeposit, rank: .first, startsOn: enfDay("2025-03-10"),
                                    amount: enfMoney("60000.00"))
        let next = enfEvent(.measureTaken, "2025-03-10", measure: freeze)
        #expect(try enfRefusal(next, after: facts(history, asOf: "2025-03-10")) == nil)
        let before = try warnings(next, after: facts(history, asOf: "2025-03-10"))
        #expect(before.first?.article == "CPL 2023 Art.253 para.1; Sealing Provisions 2020 Art.19 para.2")
        #expect(before.first?.message.zh.contains("¥50,000.00") == true)
        let status = try #require(try enfAssess(facts(history + [next], asOf: "2025-03-11")).measures.first)
        #expect(status.warnings.contains { $0.message.zh.contains("超过本案尚未执行到位") })
    }

    @Test("A freeze of zero or less is refused (CPL 2023 Art.253 para.1)")
    func measure_amountNotPositive_refused() throws {
        let freeze = ControlMeasure(id: "F1", kind: .freeze, asset: .bankDeposit, rank: .first, startsOn: enfDay("2025-03-10"), amount: .zero)
        let refusal = try enfRefusal(enfEvent(.measureTaken, "2025-03-10", measure: freeze), after: facts([], asOf: "2025-03-10"))
        #expect(refusal?.code == "measure.amount_not_positive")
    }

    @Test("An event stored before the new fields decodes with them absent (Zhixing lifecycle)")
    func measure_oldJSONDecodes() throws {
        let json = #"{"id":"F1","kind":"freeze","asset":"bankDeposit","rank":"first","startsOn":"2025-03-10","termMonths":12}"#
        let measure = try JSONDecoder().decode(ControlMeasure.self, from: Data(json.utf8))
        #expect(measure.institution == nil && measure.account == nil && measure.amount == nil)
        #expect(measure.termMonths == 12)
    }
}
