import Testing
import ZhixingCore

// MARK: - Opinions 2025 Art.3: the court transfers; Art.5: the police accept and decide

@Test func art3_courtTransfer_opensFilingReviewAndWrittenAnswerPeriods() throws {
    let decision = try rxDecide("2025-08-06", rxTransferred("2025-08-04", received: "2025-08-05"))
    let review = try #require(decision.running(.filingReview))
    #expect(review.owedBy == .police)
    #expect(review.article == "Opinions 2025 Art.5 para.2")
    #expect(review.start == rxDay("2025-08-05"))
    #expect(review.period == .days(7))
    #expect(review.dueDate == rxDay("2025-08-12"))
    #expect(review.daysRemaining == 6)
    #expect(review.status == .running)
    let answer = try #require(decision.running(.writtenAnswerToTransfer))
    #expect(answer.article == "Opinions 2025 Art.12 para.1")
    #expect(answer.dueDate == rxDay("2025-09-04"))
    #expect(decision.stage.code == .policeFilingReview)
    #expect(decision.overdue.isEmpty)
}

@Test func art3_noEvents_noReferralStage() throws {
    let decision = try rxDecide("2025-08-06", [])
    #expect(decision.stage.code == .noReferral)
    #expect(decision.deadlines.isEmpty)
    #expect(decision.stage.reasons.first?.article == "Opinions 2025 Art.3")
}

@Test func art5_para1_transferNotAccepted_acceptanceOwedAtOnce() throws {
    let decision = try rxDecide("2025-08-06", [rxEvent(.courtTransfer, "2025-08-04", .court)])
    #expect(decision.stage.code == .awaitingPoliceAcceptance)
    let acceptance = try #require(decision.untimedDuties.first { $0.code == "policeAcceptance" })
    #expect(acceptance.owedBy == .police)
    #expect(acceptance.article == "Opinions 2025 Art.5 para.1")
    // No receipt date and no acceptance: counted from the transfer date, the earliest possible receipt.
    let review = try #require(decision.running(.filingReview))
    #expect(review.start == rxDay("2025-08-04"))
    #expect(review.dueDate == rxDay("2025-08-11"))
    #expect(review.reasons.contains { $0.message.en.contains("No receipt date recorded") })
}

@Test func art5_para1_acceptanceDate_startsPeriodsWhenTransferHasNoReceipt() throws {
    let decision = try rxDecide("2025-08-07", [
        rxEvent(.courtTransfer, "2025-08-04", .court), rxEvent(.policeAcceptance, "2025-08-06", .police),
    ])
    let review = try #require(decision.running(.filingReview))
    #expect(review.start == rxDay("2025-08-06"))
    #expect(review.dueDate == rxDay("2025-08-13"))
    #expect(decision.running(.writtenAnswerToTransfer)?.dueDate == rxDay("2025-09-05"))
    #expect(decision.untimedDuties.allSatisfy { $0.code != "policeAcceptance" })
}

@Test func art5_para2_sevenDays_lastDayInNationalDay_extends() throws {
    // Received Wednesday 2025-09-24: day 7 is 2025-10-01, inside the National Day holiday (Oct 1-8).
    let events = rxTransferred("2025-09-23", received: "2025-09-24")
    let decision = try rxDecide("2025-10-09", events)
    let review = try #require(decision.running(.filingReview))
    #expect(review.dueDate == rxDay("2025-10-09"))
    #expect(review.daysRemaining == 0)
    #expect(review.reasons.contains { $0.article == "CrimPL 2018 Art.105 para.4" })
    let later = try rxDecide("2025-10-10", events)
    let overdue = try #require(later.overdueEntry(.filingReview))
    #expect(overdue.status == .overdue)
    #expect(overdue.daysRemaining == -1)
    #expect(later.reasons.contains { $0.message.en.hasPrefix("Overdue: police decision whether to file") })
}

@Test func art5_para2_majorComplexFinding_extendsToThirtyDays() throws {
    let decision = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05")
        + [rxEvent(.majorComplexFinding, "2025-08-08", .police)])
    let review = try #require(decision.running(.filingReview))
    #expect(review.period == .days(30))
    #expect(review.dueDate == rxDay("2025-09-04"))
    #expect(review.reasons.contains { $0.message.en.contains("relied on here, not made by the engine") })
}

@Test func art5_para2_majorComplexFindingAfterSevenDays_notApplied() throws {
    let decision = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05")
        + [rxEvent(.majorComplexFinding, "2025-08-15", .police)])
    let review = try #require(decision.overdueEntry(.filingReview))
    #expect(review.period == .days(7))
    #expect(review.dueDate == rxDay("2025-08-12"))
    #expect(decision.warnings.contains { $0.article == "Opinions 2025 Art.5 para.2" && $0.message.en.contains("not applied") })
}

@Test func art5_para2_notFilingDecision_closesReview_lateWhenAfterSevenDays() throws {
    let decision = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05")
        + [rxEvent(.notFilingDecision, "2025-08-14", .police)])
    let review = try #require(decision.completedEntry(.filingReview))
    #expect(review.late)
    #expect(review.dueDate == rxDay("2025-08-12"))
    #expect(review.metOn == rxDay("2025-08-14"))
    #expect(decision.completedEntry(.writtenAnswerToTransfer)?.late == false)
    #expect(decision.stage.code == .notFiled)
}

@Test func art5_para2_filingDecision_inTime_movesToInvestigation() throws {
    let decision = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05")
        + [rxEvent(.filingDecision, "2025-08-11", .police)])
    #expect(decision.completedEntry(.filingReview)?.late == false)
    #expect(decision.stage.code == .investigation)
    #expect(decision.deadlines.isEmpty)
    #expect(decision.overdue.isEmpty)
}

@Test func art6_filed_promptInvestigationAndPropertyControlOwed() throws {
    let decision = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05")
        + [rxEvent(.filingDecision, "2025-08-11", .police)])
    let duty = try #require(decision.untimedDuties.first { $0.code == "investigation" })
    #expect(duty.article == "Opinions 2025 Art.6")
    #expect(duty.owedBy == .police)
    #expect(duty.since == rxDay("2025-08-11"))
}

@Test func art20_transferBeforeInForce_warns() throws {
    let decision = try rxDecide("2025-06-25", rxTransferred("2025-06-20", received: "2025-06-20"))
    #expect(decision.warnings.contains { $0.article == "Opinions 2025 Art.20" })
    #expect(decision.running(.filingReview)?.warnings.contains { $0.article == "Opinions 2025 Art.20" } == true)
}

@Test func art20_transferAfterInForce_noWarning() throws {
    let decision = try rxDecide("2025-07-03", rxTransferred("2025-07-01", received: "2025-07-01"))
    #expect(decision.warnings.isEmpty)
}

// MARK: - Opinions 2025 Art.2 (jurisdiction) is a rule about organs, not dates: nothing to compute.
