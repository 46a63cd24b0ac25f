import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: time limits (2006 Provisions and others)")
struct EnforcementTimeLimitTests {
    // MARK: Art.1

    @Test func art1_para1_sixMonthsFromFiling() throws {
        let assessment = try enfAssess(enfFacts(events: [enfEvent(.filed, "2025-03-03")]))
        let conclusion = try #require(assessment.deadline("conclusion"))
        #expect(conclusion.start == enfDay("2025-03-03"))
        #expect(conclusion.dueDate == enfDay("2025-09-03"))
        #expect(conclusion.state == .running)
        #expect(conclusion.owedBy == "court")
        #expect(conclusion.article.contains("Time Limits Provisions 2006 Art.1 para.1"))
    }

    @Test func art1_para1_nonLitigationCase_threeMonths() throws {
        let facts = enfFacts(basisKind: .administrativeDecision, nonLitigation: true, events: [enfEvent(.filed, "2025-03-03")])
        #expect(try enfAssess(facts).deadline("conclusion")?.dueDate == enfDay("2025-06-03"))
    }

    @Test func art1_para1_lastDayOnNationalDay_movesToFirstWorkingDay() throws {
        // 6 months from 2025-04-01 end on 2025-10-01; the holiday runs to 10-08.
        let facts = enfFacts(filedOn: "2025-04-01", events: [enfEvent(.filed, "2025-04-01")], asOf: "2025-04-01")
        let conclusion = try #require(try enfAssess(facts).deadline("conclusion"))
        #expect(conclusion.dueDate == enfDay("2025-10-09"))
        #expect(conclusion.reasons.contains { $0.article.contains("CPL 2023 Art.85 para.3") })
    }

    @Test func art1_para1_notConcluded_pastDue_isOverdue() throws {
        let facts = enfFacts(events: enfOpening, asOf: "2025-09-04")
        let assessment = try enfAssess(facts)
        let conclusion = try #require(assessment.deadline("conclusion"))
        #expect(conclusion.overdue)
        #expect(conclusion.state == .overdue)
        #expect(assessment.overdue.contains { $0.duty == "conclusion" })
    }

    @Test func art1_para1_concludedInTime_met() throws {
        let facts = enfFacts(events: enfOpening + [enfEvent(.closedTerminated, "2025-08-01")], asOf: "2025-09-10")
        let conclusion = try #require(try enfAssess(facts).deadline("conclusion"))
        #expect(conclusion.metOn == enfDay("2025-08-01"))
        #expect(conclusion.state == .met)
        #expect(!conclusion.overdue)
    }

    @Test func art1_para1_concludedLate_metLateNotOverdue() throws {
        let facts = enfFacts(events: enfOpening + [enfEvent(.closedTerminated, "2025-09-10")], asOf: "2025-09-10")
        let conclusion = try #require(try enfAssess(facts).deadline("conclusion"))
        #expect(conclusion.state == .metLate)
        #expect(!conclusion.overdue)
        #expect(conclusion.reasons.last?.message.zh.contains("超过期限 7 日") == true)
    }

    @Test func trialTimeLimits_art5_presidentsExtension_threeMonths() throws {
        let ext = TimeLimitExtension(requestedOn: enfDay("2025-08-30"), approvedOn: enfDay("2025-09-01"), period: .months(3))
        let facts = enfFacts(events: enfOpening, asOf: "2025-09-10", extensions: [ext])
        let conclusion = try #require(try enfAssess(facts).deadline("conclusion"))
        #expect(conclusion.dueDate == enfDay("2025-12-03"))
        #expect(!conclusion.overdue)
        #expect(conclusion.reasons.contains { $0.article.contains("Trial Time Limits Provisions 2008 Art.5") })
    }

    @Test func trialTimeLimits_art5_extensionBeyondThreeMonths_warns() throws {
        let ext = TimeLimitExtension(requestedOn: enfDay("2025-08-30"), approvedOn: enfDay("2025-09-01"), period: .months(6))
        let assessment = try enfAssess(enfFacts(events: enfOpening, asOf: "2025-09-10", extensions: [ext]))
        #expect(assessment.warnings.contains { $0.article == "Trial Time Limits Provisions 2008 Art.5" })
    }

    @Test func art1_para3_extensionRequestedAfterExpiry_warns() throws {
        let ext = TimeLimitExtension(requestedOn: enfDay("2025-09-05"), approvedOn: enfDay("2025-09-06"), period: .months(3))
        let assessment = try enfAssess(enfFacts(events: enfOpening, asOf: "2025-09-10", extensions: [ext]))
        #expect(assessment.warnings.contains { $0.article == "Time Limits Provisions 2006 Art.1 para.3" })
    }

    @Test func art1_para3_extensionRequestReminder_fiveDaysBeforeExpiry() throws {
        let assessment = try enfAssess(enfFacts(events: enfOpening, asOf: "2025-08-30"))
        let request = try #require(assessment.deadline("extensionRequest"))
        #expect(request.start == enfDay("2025-08-29"))
        #expect(request.dueDate == enfDay("2025-09-03"))
        #expect(request.owedBy == "handler")
        #expect(!request.overdue)
        // A reminder never counts as overdue; it lapses with the limit.
        let late = try enfAssess(enfFacts(events: enfOpening, asOf: "2025-09-10"))
        #expect(late.deadline("extensionRequest")?.state == .lapsed)
        #expect(late.overdue.allSatisfy { $0.duty != "extensionRequest" })
    }

    // MARK: Art.13 and Trial Time Limits Art.9

    @Test func art13_item3_suspensionNotCounted() throws {
        let events = enfOpening + [enfEvent(.suspended, "2025-04-01"), enfEvent(.resumed, "2025-05-01")]
        let conclusion = try #require(try enfAssess(enfFacts(events: events, asOf: "2025-06-01")).deadline("conclusion"))
        // 2025-09-03 + 30 days = 2025-10-03, inside the National Day holiday → 2025-10-09.
        #expect(conclusion.dueDate == enfDay("2025-10-09"))
        #expect(conclusion.reasons.contains { $0.article.contains("Time Limits Provisions 2006 Art.13 item 3") && $0.message.zh.contains("30 日") })
    }

    @Test func art13_item3_whileSuspended_limitIsPausedNotOverdue() throws {
        let events = enfOpening + [enfEvent(.suspended, "2025-04-01")]
        let assessment = try enfAssess(enfFacts(events: events, asOf: "2025-10-20"))
        let conclusion = try #require(assessment.deadline("conclusion"))
        #expect(conclusion.state == .paused)
        #expect(!conclusion.overdue)
        #expect(assessment.status == .suspended)
    }

    @Test func art13_suspensionAfterTheLimitExpired_doesNotRevive() throws {
        let events = enfOpening + [enfEvent(.suspended, "2025-09-10"), enfEvent(.resumed, "2025-09-20")]
        let conclusion = try #require(try enfAssess(enfFacts(events: events, asOf: "2025-09-25")).deadline("conclusion"))
        #expect(conclusion.dueDate == enfDay("2025-09-03"))
        #expect(conclusion.overdue)
    }

    @Test func art13_item1_publicNoticeServiceNotCounted() throws {
        let period = UncountedPeriod(kind: .publicNoticeService, from: enfDay("2025-03-10"), to: enfDay("2025-04-09"))
        let conclusion = try #require(try enfAssess(enfFacts(events: enfOpening, asOf: "2025-06-01", uncounted: [period])).deadline("conclusion"))
        #expect(conclusion.dueDate == enfDay("2025-10-09"))
        #expect(conclusion.reasons.contains { $0.article == "Time Limits Provisions 2006 Art.13 item 1" })
    }

    @Test func trialTimeLimits_art9_item12_auctionAndOverlappingSuspension_countedOnce() throws {
        // Auction 04-01..04-21 and suspension 04-11..05-01 overlap: 04-01..05-01 = 30 days, not 40.
        let auction = UncountedPeriod(kind: .auctionOrSale, from: enfDay("2025-04-01"), to: enfDay("2025-04-21"))
        let events = enfOpening + [enfEvent(.suspended, "2025-04-11"), enfEvent(.resumed, "2025-05-01")]
        let conclusion = try #require(try enfAssess(enfFacts(events: events, asOf: "2025-06-01", uncounted: [auction])).deadline("conclusion"))
        #expect(conclusion.dueDate == enfDay("2025-10-09"))
        #expect(conclusion.reasons.contains { $0.message.zh.contains("30 日") })
    }

    @Test func art13_items2_4_5_andTrialTimeLimitsArt9_item8_otherPeriodsNotCounted() throws {
        // Deferral (03-10..03-20), a request for instructions (04-01..04-11), coordination (05-01..05-06) and an
        // appraisal (06-01..06-05): 10 + 10 + 5 + 4 = 29 days; 2025-09-03 + 29 = 2025-10-02 (holiday) → 10-09.
        let periods = [
            UncountedPeriod(kind: .deferral, from: enfDay("2025-03-10"), to: enfDay("2025-03-20")),
            UncountedPeriod(kind: .requestForInstructions, from: enfDay("2025-04-01"), to: enfDay("2025-04-11")),
            UncountedPeriod(kind: .interCourtCoordination, from: enfDay("2025-05-01"), to: enfDay("2025-05-06")),
            UncountedPeriod(kind: .appraisalOrAudit, from: enfDay("2025-06-01"), to: enfDay("2025-06-05")),
        ]
        let conclusion = try #require(try enfAssess(enfFacts(events: enfOpening, asOf: "2025-07-01", uncounted: periods)).deadline("conclusion"))
        #expect(conclusion.dueDate == enfDay("2025-10-09"))
        #expect(conclusion.reasons.contains { $0.article.contains("Time Limits Provisions 2006 Art.13 item 2") })
        #expect(conclusion.reasons.contains { $0.article == "Time Limits Provisions 2006 Art.13 item 4" })
        #expect(conclusion.reasons.contains { $0.article == "Time Limits Provisions 2006 Art.13 item 5" })
        #expect(conclusion.reasons.contains { $0.article == "Trial Time Limits Provisions 2008 Art.9 item 8" })
        #expect(conclusion.reasons.contains { $0.message.zh.contains("不计入的 29 日") })
    }

    @Test func art13_runningUncountedPeriod_pausesTheLimit() throws {
        let running = UncountedPeriod(kind: .requestForInstructions, from: enfDay("2025-08-01"))
        let conclusion = try #require(try enfAssess(enfFacts(events: enfOpening, asOf: "2025-09-20", uncounted: [running])).deadline("conclusion"))
        #expect(conclusion.state == .paused)
        #expect(!conclusion.overdue)
    }

    // MARK: Art.2, 4, 5, 6

    @Test func art2_handlerWithinSevenDays_met() throws {
        let handler = try #require(try enfAssess(enfFacts(events: enfOpening, asOf: "2025-03-20")).deadline("handlerAssignment"))
        #expect(handler.dueDate == enfDay("2025-03-10"))
        #expect(handler.metOn == enfDay("2025-03-04"))
        #expect(handler.state == .met)
    }

    @Test func art2_noHandlerAfterSevenDays_overdue() throws {
        let assessment = try enfAssess(enfFacts(events: [enfEvent(.filed, "2025-03-03")], asOf: "2025-03-11"))
        #expect(assessment.deadline("handlerAssignment")?.overdue == true)
        #expect(assessment.status == .filed)
    }

    @Test func art4_noticeWithinThreeDaysOfTheHandler() throws {
        let notice = try #require(try enfAssess(enfFacts(events: enfOpening, asOf: "2025-03-20")).deadline("enforcementNotice"))
        #expect(notice.start == enfDay("2025-03-04"))
        #expect(notice.dueDate == enfDay("2025-03-07"))
        #expect(notice.state == .met)
        // Art.5: the applicant is asked for clues in the same 3 days; no event records it.
        #expect(notice.reasons.contains { $0.article == "Time Limits Provisions 2006 Art.5" })
    }

    @Test func art5_applicantAskedForClues_statedButNotTracked() throws {
        let assessment = try enfAssess(enfFacts(events: enfOpening, asOf: "2025-03-20"))
        #expect(assessment.deadlines.allSatisfy { !$0.article.hasPrefix("Time Limits Provisions 2006 Art.5") })
        let reason = try #require(assessment.deadline("enforcementNotice")?.reasons.first { $0.article == "Time Limits Provisions 2006 Art.5" })
        #expect(reason.message.zh.contains("财产线索"))
    }

    @Test func art4_noticeServedLate_metLate() throws {
        let events = [enfEvent(.filed, "2025-03-03"), enfEvent(.handlerAssigned, "2025-03-04"),
                      enfEvent(.enforcementNoticeServed, "2025-03-10"), enfEvent(.propertyReportOrderServed, "2025-03-10")]
        let assessment = try enfAssess(enfFacts(events: events, asOf: "2025-03-20"))
        #expect(assessment.deadline("enforcementNotice")?.state == .metLate)
        #expect(assessment.deadline("propertyReportOrder")?.state == .metLate)
    }

    @Test func propertyInvestigation_art3_reportOrderWithTheNotice_onlyForMoneyClaims() throws {
        let money = try enfAssess(enfFacts(events: enfOpening, asOf: "2025-03-20"))
        #expect(money.deadline("propertyReportOrder")?.article.contains("Property Investigation Provisions 2020 Art.3 para.1") == true)
        let delivery = try enfAssess(enfFacts(awarded: nil, applied: "0.00", events: enfOpening, asOf: "2025-03-20"))
        #expect(delivery.deadline("propertyReportOrder") == nil)
    }

    @Test func art6_para1_cluesVerified_internalFiveDays_andPropertyInvestigationArt2SevenDays() throws {
        let events = enfOpening + [enfEvent(.propertyCluesGiven, "2025-03-20"), enfEvent(.propertyInquiry, "2025-03-26", found: false)]
        let assessment = try enfAssess(enfFacts(events: events, asOf: "2025-04-01"))
        let seven = try #require(assessment.deadline("clueVerification.1"))
        let five = try #require(assessment.deadline("clueVerificationInternal.1"))
        #expect(seven.dueDate == enfDay("2025-03-27"))
        #expect(seven.state == .met)
        #expect(five.dueDate == enfDay("2025-03-25"))
        #expect(five.state == .metLate)
        #expect(five.article == "Time Limits Provisions 2006 Art.6 para.1")
        #expect(seven.article == "Property Investigation Provisions 2020 Art.2 para.1")
    }

    @Test func art6_para3_investigationWithinOneMonth_holidayMovesTheLastDay() throws {
        // 1 month from 2025-03-04 ends on 2025-04-04, the Qingming holiday (04-04..04-06) → 2025-04-07.
        let investigation = try #require(try enfAssess(enfFacts(events: enfOpening, asOf: "2025-03-20")).deadline("investigation"))
        #expect(investigation.dueDate == enfDay("2025-04-07"))
        #expect(investigation.state == .running)
        let done = try enfAssess(enfFacts(events: enfOpening + [enfEvent(.propertyInquiry, "2025-03-10", found: true)], asOf: "2025-03-20"))
        #expect(done.deadline("investigation")?.metOn == enfDay("2025-03-10"))
    }

    @Test func closedCase_dutiesNeverMet_areDropped() throws {
        let events = [enfEvent(.filed, "2025-03-03"), enfEvent(.handlerAssigned, "2025-03-04"), enfEvent(.closedDismissed, "2025-03-05")]
        let assessment = try enfAssess(enfFacts(events: events, asOf: "2025-04-01"))
        #expect(assessment.deadline("enforcementNotice") == nil)
        #expect(assessment.deadline("extensionRequest") == nil)
        #expect(assessment.overdue.isEmpty)
    }

    // MARK: Money

    @Test func fundsManagement_moneyPaidOutWithin30Days_firstInFirstOut() throws {
        let events = enfOpening + [
            enfEvent(.paymentReceived, "2025-04-10", amount: "10000.00"),
            enfEvent(.paymentReceived, "2025-04-15", amount: "5000.00"),
            enfEvent(.paymentDisbursed, "2025-04-20", amount: "8000.00"),
            enfEvent(.paymentDisbursed, "2025-05-20", amount: "7000.00"),
        ]
        let assessment = try enfAssess(enfFacts(events: events, asOf: "2025-06-01"))
        let first = try #require(assessment.deadline("disbursement.1"))
        let second = try #require(assessment.deadline("disbursement.2"))
        // 30 days from 04-10 end on Saturday 05-10 → Monday 05-12.
        #expect(first.dueDate == enfDay("2025-05-12"))
        #expect(first.metOn == enfDay("2025-05-20"))
        #expect(first.state == .metLate)
        #expect(second.dueDate == enfDay("2025-05-15"))
        #expect(second.state == .metLate)
    }

    @Test func fundsManagement_moneyNotPaidOut_overdueEvenAfterClosure() throws {
        let events = enfOpening + [enfEvent(.paymentReceived, "2025-04-10", amount: "350000.00"),
                                   enfEvent(.closedFullyPerformed, "2025-04-11")]
        let assessment = try enfAssess(enfFacts(events: events, asOf: "2025-06-01"))
        #expect(assessment.overdue.map(\.duty) == ["disbursement.1"])
        #expect(assessment.allowedNext == [.paymentDisbursed])
    }

    // MARK: Objection and reconsideration cases

    @Test func cpl236_objectionDecidedWithin15Days() throws {
        let facts = enfFacts(caseType: .objection, events: [enfEvent(.filed, "2025-03-03"), enfEvent(.closedDismissed, "2025-03-17")],
                             asOf: "2025-03-20", objection: ObjectionFacts(kind: .enforcementAct))
        let decision = try #require(try enfAssess(facts).deadline("objectionDecision"))
        #expect(decision.dueDate == enfDay("2025-03-18"))
        #expect(decision.state == .met)
        #expect(decision.article == "CPL 2023 Art.236")
    }

    @Test func cpl236_objectionUndecided_overdue() throws {
        let facts = enfFacts(caseType: .objection, events: [enfEvent(.filed, "2025-03-03")], asOf: "2025-03-19")
        let assessment = try enfAssess(facts)
        #expect(assessment.deadline("objectionDecision")?.overdue == true)
        #expect(assessment.deadline("objectionDecision")?.article == "CPL 2023 Art.236; CPL 2023 Art.238")
    }

    @Test func cpl236_reconsiderationApplicationWithin10DaysOfService_partyPeriodNeverOverdue() throws {
        let objection = ObjectionFacts(kind: .enforcementAct, rulingServedOn: enfDay("2025-03-20"))
        let events = [enfEvent(.filed, "2025-03-03"), enfEvent(.closedDismissed, "2025-03-17")]
        let running = try enfAssess(enfFacts(caseType: .objection, events: events, asOf: "2025-03-25", objection: objection))
        let window = try #require(running.deadline("reconsiderationApplication"))
        // 10 days from 03-20 end on Sunday 03-30 → Monday 03-31.
        #expect(window.dueDate == enfDay("2025-03-31"))
        #expect(window.owedBy == "applicant")
        #expect(window.state == .running)
        let lapsed = try enfAssess(enfFacts(caseType: .objection, events: events, asOf: "2025-04-05", objection: objection))
        #expect(lapsed.deadline("reconsiderationApplication")?.state == .lapsed)
        #expect(lapsed.overdue.isEmpty)
    }

    @Test func cpl238_thirdPartyObjection_15DaysToDecide_andToSue() throws {
        let objection = ObjectionFacts(kind: .thirdPartyClaim, rulingServedOn: enfDay("2025-03-20"))
        let events = [enfEvent(.filed, "2025-03-03"), enfEvent(.closedDismissed, "2025-03-18")]
        let assessment = try enfAssess(enfFacts(caseType: .objection, events: events, asOf: "2025-03-25", objection: objection))
        #expect(assessment.deadline("objectionDecision")?.article == "CPL 2023 Art.238")
        #expect(assessment.deadline("objectionLawsuit")?.dueDate == enfDay("2025-04-07"))
    }

    @Test func enforcementProcedureInterpretation_art8_reconsideration30Days_extendable30() throws {
        let plain = try enfAssess(enfFacts(caseType: .reconsideration, events: [enfEvent(.filed, "2025-03-03")], asOf: "2025-03-10"))
        #expect(plain.deadline("reconsiderationDecision")?.dueDate == enfDay("2025-04-02"))
        let ext = TimeLimitExtension(requestedOn: enfDay("2025-03-25"), approvedOn: enfDay("2025-03-26"), period: .days(30))
        let extended = try enfAssess(enfFacts(caseType: .reconsideration, events: [enfEvent(.filed, "2025-03-03")], asOf: "2025-04-05", extensions: [ext]))
        // 04-02 + 30 days = 05-02, in the Labour Day holiday (05-01..05-05) → 05-06.
        #expect(extended.deadline("reconsiderationDecision")?.dueDate == enfDay("2025-05-06"))
        #expect(extended.deadline("reconsiderationDecision")?.article == "Enforcement Procedure Interpretation 2020 Art.8")
    }
}
