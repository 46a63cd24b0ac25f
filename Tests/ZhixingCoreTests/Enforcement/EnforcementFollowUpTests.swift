import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: follow-up inquiries after 终本 (Termination Provisions 2016 Art.9)")
struct EnforcementFollowUpTests {
    private let closed = enfTerminable + [enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")]

    private func assess(_ extra: [EnforcementEvent] = [], asOf: String) throws -> EnforcementAssessment {
        try enfAssess(enfFacts(events: closed + extra, asOf: asOf))
    }

    @Test func art9_para2_everySixMonthsForFiveYears() throws {
        let checks = try assess(asOf: "2025-07-01").followUpChecks
        #expect(checks.count == 10)
        #expect(checks[0].periodStart == enfDay("2025-06-10"))
        #expect(checks[0].dueDate == enfDay("2025-12-10"))
        #expect(checks[1].periodStart == enfDay("2025-12-10"))
        #expect(checks[1].dueDate == enfDay("2026-06-10"))
        #expect(checks[9].number == 10)
        #expect(checks[0].state == .due)
        #expect(checks[1].state == .upcoming)
        #expect(checks.allSatisfy { $0.reasons.first?.article == "Termination Provisions 2016 Art.9 para.2" })
    }

    @Test func art9_para2_checkDoneWithinThePeriod() throws {
        let assessment = try assess([enfEvent(.followUpCheck, "2025-11-20", found: false)], asOf: "2025-12-20")
        #expect(assessment.followUpChecks[0].state == .done)
        #expect(assessment.followUpChecks[0].doneOn == enfDay("2025-11-20"))
        #expect(assessment.followUpChecks[0].propertyFound == false)
        #expect(assessment.followUpChecks[1].state == .due)
        #expect(assessment.deadline("followUpCheck.1")?.state == .met)
    }

    @Test func art9_para2_checkMissed_overdueForTheCourt() throws {
        let assessment = try assess(asOf: "2025-12-11")
        #expect(assessment.followUpChecks[0].state == .overdue)
        let deadline = try #require(assessment.deadline("followUpCheck.1"))
        #expect(deadline.overdue)
        #expect(deadline.owedBy == "court")
        #expect(assessment.overdue.contains { $0.duty == "followUpCheck.1" })
    }

    @Test func art9_para2_interpretation2022_art2_item2_propertyFound_restoreEnforcement() throws {
        let assessment = try assess([enfEvent(.followUpCheck, "2025-11-20", found: true)], asOf: "2025-11-21")
        #expect(assessment.warnings.contains { $0.article.contains("Interpretation [2022] No.3 Art.2 item 2") })
        #expect(assessment.allowedNext.contains(.restored))
    }

    @Test func filingClosing_art6_item3_restorationEndsTheChecksOfThisCase() throws {
        let assessment = try assess([enfEvent(.followUpCheck, "2025-11-20", found: true), enfEvent(.restored, "2025-12-01")], asOf: "2026-07-01")
        #expect(assessment.followUpChecks[0].state == .done)
        #expect(assessment.followUpChecks.dropFirst().allSatisfy { $0.state == .cancelled })
        #expect(assessment.deadlines.filter { $0.duty.hasPrefix("followUpCheck") }.count == 1)
        #expect(assessment.overdue.isEmpty)
    }

    @Test func noFollowUpChecks_unless终本() throws {
        let terminated = try enfAssess(enfFacts(events: enfOpening + [enfEvent(.closedTerminated, "2025-04-01")], asOf: "2026-01-01"))
        #expect(terminated.followUpChecks.isEmpty)
    }
}

@Suite("Enforcement: amounts and the separation of adjudication")
struct EnforcementAmountTests {
    @Test func amounts_outstandingUndisbursed_exactToTheFen() throws {
        let events = enfOpening + [enfEvent(.paymentReceived, "2025-04-10", amount: "120000.01"),
                                   enfEvent(.paymentReceived, "2025-05-10", amount: "0.99"),
                                   enfEvent(.paymentDisbursed, "2025-05-12", amount: "100000.00")]
        let amounts = try enfAssess(enfFacts(events: events, asOf: "2025-06-01")).amounts
        #expect(amounts.ordered == enfMoney("350000.00"))
        #expect(amounts.awarded == enfMoney("350000.00"))
        #expect(amounts.received == enfMoney("120001.00"))
        #expect(amounts.disbursed == enfMoney("100000.00"))
        #expect(amounts.outstanding == enfMoney("229999.00"))
        #expect(amounts.undisbursed == enfMoney("20001.00"))
        #expect(amounts.excessReceived == .zero)
        #expect(amounts.reasons.contains { $0.message.en.contains("nothing is rounded") })
    }

    @Test func cpl264_amounts_outstandingNeverBelowZero_excessWarned() throws {
        let events = enfOpening + [enfEvent(.paymentReceived, "2025-04-10", amount: "351000.00")]
        let assessment = try enfAssess(enfFacts(events: events, asOf: "2025-06-01"))
        #expect(assessment.amounts.outstanding == .zero)
        #expect(assessment.amounts.excessReceived == enfMoney("1000.00"))
        #expect(assessment.warnings.contains { $0.article == "CPL 2023 Art.264" })
    }

    @Test func outline2019_item13_objectionProvisions_art11_para3_actingTeamMayNotAdjudicate() {
        let refused = EnforcementRules.mayAdjudicate(candidate: "team-3", actingTeams: ["team-3"])
        #expect(!refused.allowed)
        #expect(refused.reason.article.contains("Outline 2019-2023 item 13"))
        #expect(refused.reason.article.contains("Objection Provisions 2015 Art.11 para.3"))
        let allowed = EnforcementRules.mayAdjudicate(candidate: "team-7", actingTeams: ["team-3", "team-4"])
        #expect(allowed.allowed)
        #expect(allowed.reason.message.zh.contains("team-3、team-4"))
    }

    @Test func objectionCase_reasonsPointToTheSeparation() throws {
        let assessment = try enfAssess(enfFacts(caseType: .objection, events: [enfEvent(.filed, "2025-03-03")]))
        #expect(assessment.reasons.contains { $0.article.contains("Outline 2019-2023 item 13") })
    }
}
