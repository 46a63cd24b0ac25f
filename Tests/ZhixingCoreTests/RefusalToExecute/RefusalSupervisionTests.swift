import Testing
import ZhixingCore

private let notFiledOn0903 = rxTransferred("2025-08-04", received: "2025-08-05") + [
    rxEvent(.majorComplexFinding, "2025-08-08", .police),
    rxEvent(.notFilingDecision, "2025-09-03", .police),
]

// MARK: - Opinions 2025 Art.7: tell the court within 7 days; the court may ask for supervision

@Test func art7_notFilingDecision_feedbackToCourtDueInSevenDays() throws {
    let decision = try rxDecide("2025-09-05", notFiledOn0903)
    let feedback = try #require(decision.running(.feedbackToCourt))
    #expect(feedback.owedBy == .police)
    #expect(feedback.article == "Opinions 2025 Art.7")
    #expect(feedback.dueDate == rxDay("2025-09-10"))
}

@Test func art7_feedbackAfterSevenDays_recordedLate() throws {
    let decision = try rxDecide("2025-09-15", notFiledOn0903 + [rxEvent(.policeFeedback, "2025-09-12", .police)])
    let feedback = try #require(decision.completedEntry(.feedbackToCourt))
    #expect(feedback.late)
    #expect(feedback.reasons.first?.message.en.contains("2 day(s) after the due date 2025-09-10") == true)
}

@Test func art7_withdrawal_feedbackDue_extendedOverNationalDay() throws {
    // Withdrawn Friday 2025-09-26: day 7 is 2025-10-03, in the National Day holiday; due 2025-10-09.
    let decision = try rxDecide("2025-09-30", rxTransferred("2025-08-04", received: "2025-08-05") + [
        rxEvent(.filingDecision, "2025-08-11", .police), rxEvent(.caseWithdrawal, "2025-09-26", .police),
    ])
    #expect(decision.stage.code == .caseWithdrawn)
    #expect(decision.running(.feedbackToCourt)?.dueDate == rxDay("2025-10-09"))
}

@Test func art7_supervisionRequest_procuratorateReviewOwed() throws {
    let decision = try rxDecide("2025-09-20", notFiledOn0903 + [
        rxEvent(.policeFeedback, "2025-09-05", .police), rxEvent(.supervisionRequest, "2025-09-16", .court),
    ])
    #expect(decision.stage.code == .filingSupervision)
    let review = try #require(decision.untimedDuties.first { $0.code == "supervisionReview" })
    #expect(review.owedBy == .procuratorate)
    #expect(review.article == "Opinions 2025 Art.8 para.1")
}

@Test func art7_supervisionRequestWithoutCourtTransfer_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-09-20", [
            rxEvent(.complaint, "2025-08-01", .applicant), rxEvent(.complaintAccepted, "2025-08-02", .police),
            rxEvent(.supervisionRequest, "2025-08-20", .court),
        ])
    }
    #expect(error?.field == "events[2].kind")
    #expect(error?.code == "refusal.event.out_of_sequence")
    #expect(error?.message.en.contains("Opinions 2025 Art.7") == true)
}

@Test func art7_policeFeedbackWithoutDecision_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05")
            + [rxEvent(.policeFeedback, "2025-08-10", .police)])
    }
    #expect(error?.field == "events[2].kind")
}

// MARK: - Opinions 2025 Art.8 para.1: reasons within 7 days of receipt

@Test func art8_para1_reasonsRequest_sevenDaysFromReceipt() throws {
    let decision = try rxDecide("2025-09-24", notFiledOn0903 + [
        rxEvent(.reasonsRequest, "2025-09-22", .procuratorate, receivedOn: "2025-09-23"),
    ])
    let reasons = try #require(decision.running(.reasonsAnswer))
    #expect(reasons.owedBy == .police)
    #expect(reasons.article == "Opinions 2025 Art.8 para.1")
    #expect(reasons.start == rxDay("2025-09-23"))
    #expect(reasons.dueDate == rxDay("2025-09-30"))
}

@Test func art8_para1_reasonsRequestWithoutReceipt_countsFromItsDate() throws {
    let decision = try rxDecide("2025-09-24", notFiledOn0903 + [rxEvent(.reasonsRequest, "2025-09-22", .procuratorate)])
    #expect(decision.running(.reasonsAnswer)?.dueDate == rxDay("2025-09-29"))
}

@Test func art8_para1_reasonsAnswerWithoutRequest_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-09-24", notFiledOn0903 + [rxEvent(.reasonsAnswer, "2025-09-22", .police)])
    }
    #expect(error?.field == "events[4].kind")
}

// MARK: - Opinions 2025 Art.8 para.2: untenable reasons → notice to file → file within 15 days

@Test func art8_para2_filingNotice_fifteenDaysFromReceipt_weekendExtended() throws {
    // Received Saturday 2025-10-11 (a make-up working day): day 15 is Sunday 2025-10-26 → Monday 2025-10-27.
    let decision = try rxDecide("2025-10-20", notFiledOn0903 + [
        rxEvent(.reasonsRequest, "2025-09-22", .procuratorate, receivedOn: "2025-09-23"),
        rxEvent(.reasonsAnswer, "2025-09-29", .police),
        rxEvent(.filingNotice, "2025-10-10", .procuratorate, receivedOn: "2025-10-11"),
    ])
    #expect(decision.stage.code == .awaitingFilingOnNotice)
    let filing = try #require(decision.running(.filingAfterNotice))
    #expect(filing.article == "Opinions 2025 Art.8 para.2")
    #expect(filing.owedBy == .police)
    #expect(filing.dueDate == rxDay("2025-10-27"))
    #expect(filing.reasons.contains { $0.message.en.contains("Procurator-General") })
}

@Test func art8_para2_filingAfterNotice_inTime_investigation() throws {
    let decision = try rxDecide("2025-10-22", notFiledOn0903 + [
        rxEvent(.reasonsRequest, "2025-09-22", .procuratorate, receivedOn: "2025-09-23"),
        rxEvent(.reasonsAnswer, "2025-09-29", .police),
        rxEvent(.filingNotice, "2025-10-10", .procuratorate, receivedOn: "2025-10-11"),
        rxEvent(.filingDecision, "2025-10-21", .police),
    ])
    #expect(decision.completedEntry(.filingAfterNotice)?.late == false)
    #expect(decision.stage.code == .investigation)
}

@Test func art8_para2_reasonsAnswered_procuratorateDecisionOwed() throws {
    let decision = try rxDecide("2025-10-02", notFiledOn0903 + [
        rxEvent(.reasonsRequest, "2025-09-22", .procuratorate), rxEvent(.reasonsAnswer, "2025-09-29", .police),
    ])
    #expect(decision.untimedDuties.contains { $0.code == "reasonsReview" && $0.article == "Opinions 2025 Art.8 para.2" })
}

@Test func art8_para2_filingNoticeWithoutReasonsRequest_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-09-24", notFiledOn0903 + [rxEvent(.filingNotice, "2025-09-22", .procuratorate)])
    }
    #expect(error?.field == "events[4].kind")
    #expect(error?.message.en.contains("Opinions 2025 Art.8 para.1") == true)
}

@Test func art8_para2_notFilingAfterFilingNotice_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-10-20", rxTransferred("2025-08-04", received: "2025-08-05") + [
            rxEvent(.reasonsRequest, "2025-08-20", .procuratorate), rxEvent(.reasonsAnswer, "2025-08-25", .police),
            rxEvent(.filingNotice, "2025-09-01", .procuratorate), rxEvent(.notFilingDecision, "2025-09-05", .police),
        ])
    }
    #expect(error?.field == "events[5].kind")
    #expect(error?.message.en.contains("they must file") == true)
}

// MARK: - Opinions 2025 Art.8 para.3: the procuratorate transfers the Art.4 materials itself

@Test func art8_para3_procuratorateTransfer_acceptanceAndFilingOwedWithoutPeriod() throws {
    let decision = try rxDecide("2025-08-20", [rxEvent(.procuratorateTransfer, "2025-08-04", .procuratorate)])
    #expect(decision.stage.code == .awaitingPoliceAcceptance)
    #expect(decision.deadlines.isEmpty)
    #expect(decision.untimedDuties.contains { $0.code == "policeAcceptance" && $0.article == "Opinions 2025 Art.8 para.3" })
    #expect(decision.untimedDuties.contains { $0.code == "filingOnProcuratorateTransfer" })
    // The court's Art.3 documents are not asked of the procuratorate; the Art.4 evidence is.
    let letter = try #require(decision.transferChecklist.items.first { $0.code == "transferLetter" })
    #expect(!letter.required)
    #expect(decision.transferChecklist.missing.count == 5)
}

@Test func art8_para3_secondTransferInOneReferral_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-08-20", [
            rxEvent(.courtTransfer, "2025-08-04", .court), rxEvent(.procuratorateTransfer, "2025-08-05", .procuratorate),
        ])
    }
    #expect(error?.field == "events[1].kind")
}

@Test func art7_filingAfterNotFiling_letterToCourtNoLongerOwed() throws {
    let decision = try rxDecide("2025-09-20", notFiledOn0903 + [rxEvent(.filingDecision, "2025-09-05", .police)])
    #expect(decision.anyOpen(.feedbackToCourt) == nil)
    #expect(decision.stage.code == .investigation)
}
