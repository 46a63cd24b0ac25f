import Testing
import ZhixingCore

private let found = PrivateProsecutionFacts(rightsInfringed: true, findingBy: "执行法官")
private let refusedComplaint = [
    rxEvent(.complaint, "2025-08-01", .applicant), rxEvent(.complaintRefused, "2025-08-01", .police),
]

// MARK: - Opinions 2025 Art.11: both conditions at once

@Test func art11_item2_complaintRefused_withoutFinding_awaitsFinding() throws {
    let decision = try rxDecide("2025-08-05", refusedComplaint)
    let report = decision.privateProsecution
    #expect(report.status == .awaitingFinding)
    #expect(report.since == rxDay("2025-08-01"))
    #expect(report.conditions.first { $0.item == 1 }?.met == nil)
    #expect(report.conditions.first { $0.item == 2 }?.met == true)
    #expect(report.grounds.map(\.kind) == [.complaintRefused])
    #expect(decision.stage.code == .complaintRefused)
}

@Test func art11_item1_findingRelied_open() throws {
    let decision = try rxDecide("2025-08-05", refusedComplaint, privateProsecution: found)
    #expect(decision.privateProsecution.status == .open)
    #expect(decision.privateProsecution.since == rxDay("2025-08-01"))
    let one = try #require(decision.privateProsecution.conditions.first { $0.item == 1 })
    #expect(one.reasons.first?.message.en.contains("the engine does not make this finding") == true)
    #expect(one.reasons.first?.message.zh.contains("执行法官") == true)
    #expect(decision.privateProsecution.reasons.contains { $0.article.contains("Interpretation 2024 Art.14") })
}

@Test func art11_item1_findingNegative_notOpen() throws {
    let decision = try rxDecide("2025-08-05", refusedComplaint, privateProsecution: PrivateProsecutionFacts(rightsInfringed: false))
    #expect(decision.privateProsecution.status == .notOpen)
    #expect(decision.privateProsecution.since == nil)
}

@Test func art11_item2_noGround_notOpenEvenWithFinding() throws {
    let decision = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05"), privateProsecution: found)
    #expect(decision.privateProsecution.status == .notOpen)
    #expect(decision.privateProsecution.conditions.first { $0.item == 2 }?.met == false)
}

@Test func art11_item2_complaintNotAnsweredIn30Days_opensTheNextDay() throws {
    let events = [rxEvent(.complaint, "2025-08-01", .applicant), rxEvent(.complaintAccepted, "2025-08-04", .police)]
    let onDay30 = try rxDecide("2025-09-03", events, privateProsecution: found)
    #expect(onDay30.privateProsecution.status == .notOpen)
    #expect(onDay30.running(.complaintAnswer)?.dueDate == rxDay("2025-09-03"))
    #expect(onDay30.stage.code == .complaintUnderReview)
    let after = try rxDecide("2025-09-04", events, privateProsecution: found)
    #expect(after.privateProsecution.status == .open)
    #expect(after.privateProsecution.since == rxDay("2025-09-04"))
    #expect(after.privateProsecution.grounds.first?.kind == .complaintNotAnswered)
    #expect(after.overdueEntry(.complaintAnswer)?.owedBy == .police)
}

@Test func art11_item2_lateWrittenAnswer_groundAlreadyArose() throws {
    let decision = try rxDecide("2025-09-15", [
        rxEvent(.complaint, "2025-08-01", .applicant), rxEvent(.complaintAccepted, "2025-08-04", .police),
        rxEvent(.writtenAnswer, "2025-09-10", .police),
    ], privateProsecution: found)
    #expect(decision.completedEntry(.complaintAnswer)?.late == true)
    #expect(decision.privateProsecution.since == rxDay("2025-09-04"))
}

@Test func art11_item2_policeNotFiling_opens() throws {
    let decision = try rxDecide("2025-09-05", rxTransferred("2025-08-04", received: "2025-08-05")
        + [rxEvent(.notFilingDecision, "2025-08-11", .police)], privateProsecution: found)
    #expect(decision.privateProsecution.status == .open)
    #expect(decision.privateProsecution.since == rxDay("2025-08-11"))
}

@Test func art11_item2_nonProsecution_opens() throws {
    let decision = try rxDecide("2025-09-15", rxTransferred("2025-08-04", received: "2025-08-05") + [
        rxEvent(.filingDecision, "2025-08-11", .police), rxEvent(.prosecutionTransfer, "2025-08-15", .police),
        rxEvent(.nonProsecution, "2025-09-10", .procuratorate),
    ], privateProsecution: found)
    #expect(decision.privateProsecution.status == .open)
    #expect(decision.privateProsecution.grounds.map(\.kind) == [.procuratorateNonProsecution])
    #expect(decision.privateProsecution.since == rxDay("2025-09-10"))
}

@Test func art11_item2_laterFilingByPolice_groundLapses() throws {
    let decision = try rxDecide("2025-10-22", rxTransferred("2025-08-04", received: "2025-08-05") + [
        rxEvent(.notFilingDecision, "2025-08-11", .police),
        rxEvent(.reasonsRequest, "2025-09-22", .procuratorate), rxEvent(.reasonsAnswer, "2025-09-29", .police),
        rxEvent(.filingNotice, "2025-10-10", .procuratorate), rxEvent(.filingDecision, "2025-10-21", .police),
    ], privateProsecution: found)
    #expect(decision.privateProsecution.status == .notOpen)
    let ground = try #require(decision.privateProsecution.grounds.first)
    #expect(!ground.standing)
    #expect(ground.lapsedOn == rxDay("2025-10-21"))
    // The court never told the applicant; the notice is no longer needed.
    #expect(decision.applicantNotices.first?.status == .moot)
}

@Test func art11_withdrawalAfterFiling_isNotAGroundByItself() throws {
    let decision = try rxDecide("2025-09-30", rxTransferred("2025-08-04", received: "2025-08-05") + [
        rxEvent(.filingDecision, "2025-08-11", .police), rxEvent(.caseWithdrawal, "2025-09-26", .police),
    ], privateProsecution: found)
    #expect(decision.privateProsecution.status == .notOpen)
    let two = try #require(decision.privateProsecution.conditions.first { $0.item == 2 })
    #expect(two.reasons.contains { $0.message.en.contains("does not name withdrawal") })
}

@Test func art11_privateProsecutionBroughtBeforeAnyGround_flagged() throws {
    let decision = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05")
        + [rxEvent(.privateProsecutionFiled, "2025-08-10", .applicant)], privateProsecution: found)
    #expect(decision.privateProsecution.reasons.contains { $0.message.en.contains("no ground for condition (2) yet") })
    #expect(decision.stage.code == .privateProsecutionFiled)
}

// MARK: - Opinions 2025 Art.12 para.1: the court tells the applicant after its own transfer

@Test func art12_para1_policeNotFiling_courtOwesNotice_untilGiven() throws {
    let events = rxTransferred("2025-08-04", received: "2025-08-05") + [rxEvent(.notFilingDecision, "2025-08-11", .police)]
    let owed = try rxDecide("2025-08-20", events)
    let notice = try #require(owed.applicantNotices.first)
    #expect(notice.paragraph == 1)
    #expect(notice.owedBy == .court)
    #expect(notice.ground == .policeNotFiling)
    #expect(notice.status == .owed)
    #expect(owed.reasons.contains { $0.article == "Opinions 2025 Art.12 para.1" })
    // A notice by the procuratorate does not discharge the court's.
    let wrongOrgan = try rxDecide("2025-08-20", events + [rxEvent(.applicantNotified, "2025-08-12", .procuratorate)])
    #expect(wrongOrgan.applicantNotices.first?.status == .owed)
    let given = try rxDecide("2025-08-20", events + [rxEvent(.applicantNotified, "2025-08-12", .court)])
    #expect(given.applicantNotices.first?.status == .given)
    #expect(given.applicantNotices.first?.givenOn == rxDay("2025-08-12"))
}

@Test func art12_para1_noWrittenAnswerIn30Days_courtOwesNotice() throws {
    let decision = try rxDecide("2025-09-05", rxTransferred("2025-08-04", received: "2025-08-05"), privateProsecution: found)
    let notice = try #require(decision.applicantNotices.first)
    #expect(notice.ground == .transferNotAnswered)
    #expect(notice.groundDate == rxDay("2025-09-05"))
    #expect(notice.status == .owed)
    #expect(decision.overdueEntry(.writtenAnswerToTransfer)?.dueDate == rxDay("2025-09-04"))
    #expect(decision.privateProsecution.status == .open)
    #expect(decision.privateProsecution.grounds.first?.article == "Opinions 2025 Art.12 para.1")
}

@Test func art12_para1_nonProsecution_courtOwesNotice() throws {
    let decision = try rxDecide("2025-09-15", rxTransferred("2025-08-04", received: "2025-08-05") + [
        rxEvent(.filingDecision, "2025-08-11", .police), rxEvent(.prosecutionTransfer, "2025-08-15", .police),
        rxEvent(.nonProsecution, "2025-09-10", .procuratorate),
    ])
    #expect(decision.applicantNotices.map(\.ground) == [.procuratorateNonProsecution])
    #expect(decision.applicantNotices.first?.owedBy == .court)
}

// MARK: - Opinions 2025 Art.12 para.2: the procuratorate tells the applicant after its own transfer

@Test func art12_para2_procuratorateTransfer_reasonsUpheld_procuratorateOwesNotice() throws {
    let events = [
        rxEvent(.procuratorateTransfer, "2025-08-04", .procuratorate), rxEvent(.policeAcceptance, "2025-08-05", .police),
        rxEvent(.notFilingDecision, "2025-08-20", .police), rxEvent(.reasonsRequest, "2025-08-22", .procuratorate),
        rxEvent(.reasonsAnswer, "2025-08-28", .police), rxEvent(.reasonsAccepted, "2025-09-05", .procuratorate),
    ]
    let decision = try rxDecide("2025-09-08", events)
    #expect(decision.stage.code == .notFiledReasonsUpheld)
    #expect(decision.applicantNotices.count == 1)
    let notice = try #require(decision.applicantNotices.first)
    #expect(notice.paragraph == 2)
    #expect(notice.owedBy == .procuratorate)
    #expect(notice.article == "Opinions 2025 Art.12 para.2")
    #expect(notice.groundDate == rxDay("2025-09-05"))
    #expect(notice.status == .owed)
    // No Art.7 letter to a court that did not transfer.
    #expect(decision.anyOpen(.feedbackToCourt) == nil)
    let given = try rxDecide("2025-09-08", events + [rxEvent(.applicantNotified, "2025-09-06", .procuratorate)])
    #expect(given.applicantNotices.first?.status == .given)
}

@Test func art12_para2_reasonsAcceptedWithoutAnswer_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-09-08", [
            rxEvent(.procuratorateTransfer, "2025-08-04", .procuratorate), rxEvent(.notFilingDecision, "2025-08-20", .police),
            rxEvent(.reasonsRequest, "2025-08-22", .procuratorate), rxEvent(.reasonsAccepted, "2025-09-05", .procuratorate),
        ])
    }
    #expect(error?.field == "events[3].kind")
}

// MARK: - Opinions 2025 Art.14: prompt filing and preservation by the court

@Test func art14_para1_privateProsecutionBrought_promptFilingOwed() throws {
    let decision = try rxDecide("2025-09-03", refusedComplaint + [rxEvent(.privateProsecutionFiled, "2025-09-01", .applicant)],
                                privateProsecution: found)
    #expect(decision.stage.code == .privateProsecutionFiled)
    let filing = try #require(decision.untimedDuties.first { $0.code == "privateProsecutionFiling" })
    #expect(filing.owedBy == .court)
    #expect(filing.article == "Opinions 2025 Art.14 para.1")
}

@Test func art14_para2_privateProsecution_courtControlsProperty() throws {
    let decision = try rxDecide("2025-09-12", refusedComplaint + [
        rxEvent(.privateProsecutionFiled, "2025-09-01", .applicant), rxEvent(.privateProsecutionAccepted, "2025-09-10", .court),
    ], privateProsecution: found)
    #expect(decision.untimedDuties.contains { $0.code == "privateProsecutionPreservation" && $0.article == "Opinions 2025 Art.14 para.2" })
    #expect(!decision.untimedDuties.contains { $0.code == "privateProsecutionFiling" })
}

// MARK: - Opinions 2025 Art.17: reconciliation or withdrawal before judgment

@Test func art17_reconciliationBeforeJudgment_endsPrivateProsecution() throws {
    let decision = try rxDecide("2025-10-20", refusedComplaint + [
        rxEvent(.privateProsecutionFiled, "2025-09-01", .applicant), rxEvent(.privateProsecutionAccepted, "2025-09-10", .court),
        rxEvent(.reconciliation, "2025-10-15", .applicant),
    ], privateProsecution: found)
    #expect(decision.stage.code == .privateProsecutionReconciled)
    #expect(decision.privateProsecution.status == .ended)
    #expect(decision.anyOpen(.privateProsecutionTrial) == nil)
}

@Test func art17_withdrawalBeforeJudgment_endsPrivateProsecution() throws {
    let decision = try rxDecide("2025-10-20", refusedComplaint + [
        rxEvent(.privateProsecutionFiled, "2025-09-01", .applicant), rxEvent(.privateProsecutionWithdrawn, "2025-09-05", .applicant),
    ])
    #expect(decision.stage.code == .privateProsecutionWithdrawn)
    #expect(decision.stage.reasons.first?.article.contains("Opinions 2025 Art.17") == true)
}

@Test func art17_reconciliationAfterJudgment_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-12-20", refusedComplaint + [
            rxEvent(.privateProsecutionFiled, "2025-09-01", .applicant), rxEvent(.privateProsecutionAccepted, "2025-09-10", .court),
            rxEvent(.judgment, "2025-12-01", .court), rxEvent(.reconciliation, "2025-12-10", .applicant),
        ])
    }
    #expect(error?.field == "events[5].kind")
    #expect(error?.message.en.contains("Opinions 2025 Art.17") == true)
}

@Test func art17_reconciliationWithoutPrivateProsecution_rejected() {
    let error = rxFieldError { _ = try rxDecide("2025-08-20", refusedComplaint + [rxEvent(.reconciliation, "2025-08-10", .applicant)]) }
    #expect(error?.field == "events[2].kind")
}

// MARK: - Interpretation 2024 Art.14 and CrimPL 2018 Arts.210-211: the same two conditions; rejection

@Test func interp2024_art14_crimPL210_item3_openReasonCitesTheirRule() throws {
    let decision = try rxDecide("2025-08-05", refusedComplaint, privateProsecution: found)
    let reason = try #require(decision.privateProsecution.reasons.first)
    #expect(reason.article == "Opinions 2025 Art.11; Interpretation 2024 Art.14; CrimPL 2018 Art.210")
}

@Test func crimPL211_privateProsecutionRejected_stageAndTrialPeriodEnd() throws {
    let decision = try rxDecide("2025-09-20", refusedComplaint + [
        rxEvent(.privateProsecutionFiled, "2025-09-01", .applicant), rxEvent(.privateProsecutionAccepted, "2025-09-10", .court),
        rxEvent(.privateProsecutionRejected, "2025-09-18", .court),
    ], privateProsecution: found)
    #expect(decision.stage.code == .privateProsecutionRejected)
    #expect(decision.stage.reasons.first?.article == "CrimPL 2018 Art.211")
    #expect(decision.anyOpen(.privateProsecutionTrial) == nil)
}
