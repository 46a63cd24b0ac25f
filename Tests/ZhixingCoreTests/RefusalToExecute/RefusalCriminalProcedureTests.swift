import Testing
import ZhixingCore

private let filedOn0811 = rxTransferred("2025-08-04", received: "2025-08-05")
    + [rxEvent(.filingDecision, "2025-08-11", .police)]

// MARK: - CrimPL 2018 Art.91 paras.1-2: the police ask for arrest within 3 days of detention (custody: no holiday extension)

@Test func crimPL91_para1_detention_threeDays_custodyNotExtendedForHoliday() throws {
    // Detained Sunday 2025-09-28: day 3 is 2025-10-01, a holiday; custody periods end on their last day.
    let decision = try rxDecide("2025-09-29", filedOn0811 + [rxEvent(.detention, "2025-09-28", .police)])
    let request = try #require(decision.running(.arrestRequestAfterDetention))
    #expect(request.owedBy == .police)
    #expect(request.basis == .criminalCustody)
    #expect(request.dueDate == rxDay("2025-10-01"))
    #expect(request.article == "CrimPL 2018 Art.91 para.1")
}

@Test func crimPL91_para1_specialCircumstances_extendedByFourDays() throws {
    let decision = try rxDecide("2025-08-13", filedOn0811 + [rxEvent(.detention, "2025-08-12", .police, extensionDays: 4)])
    let request = try #require(decision.running(.arrestRequestAfterDetention))
    #expect(request.period == .days(7))
    #expect(request.dueDate == rxDay("2025-08-19"))
}

@Test func crimPL91_para1_extensionOfFiveDays_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-08-13", filedOn0811 + [rxEvent(.detention, "2025-08-12", .police, extensionDays: 5)])
    }
    #expect(error?.field == "events[3].extensionDays")
}

@Test func crimPL91_para2_roamingRepeatedOrGang_thirtyDays() throws {
    let decision = try rxDecide("2025-08-13", filedOn0811 + [rxEvent(.detention, "2025-08-12", .police, roamingRepeatedOrGang: true)])
    #expect(decision.running(.arrestRequestAfterDetention)?.dueDate == rxDay("2025-09-11"))
}

@Test func crimPL91_para1_releaseDischargesTheRequestPeriod() throws {
    let decision = try rxDecide("2025-08-20", filedOn0811 + [
        rxEvent(.detention, "2025-08-12", .police), rxEvent(.releasedFromDetention, "2025-08-14", .police),
    ])
    #expect(decision.anyOpen(.arrestRequestAfterDetention) == nil)
    #expect(decision.completedEntry(.arrestRequestAfterDetention)?.late == false)
}

// MARK: - Opinions 2025 Art.9 with CrimPL 2018 Art.91 para.3: arrest decided within 7 days of receipt

@Test func art9_crimPL91_para3_arrestDecision_sevenDays_inCustody() throws {
    let decision = try rxDecide("2025-09-27", filedOn0811 + [
        rxEvent(.detention, "2025-09-24", .police), rxEvent(.arrestRequest, "2025-09-26", .police),
    ])
    let review = try #require(decision.running(.arrestDecision))
    #expect(review.owedBy == .procuratorate)
    #expect(review.article == "CrimPL 2018 Art.91 para.3; Opinions 2025 Art.9")
    #expect(review.basis == .criminalCustody)
    #expect(review.dueDate == rxDay("2025-10-03"))
    #expect(decision.completedEntry(.arrestRequestAfterDetention)?.late == false)
    #expect(decision.stage.reasons.contains { $0.article == "Opinions 2025 Art.9" })
}

@Test func art9_crimPL91_para3_suspectNotInCustody_holidayExtends() throws {
    let decision = try rxDecide("2025-09-27", filedOn0811 + [rxEvent(.arrestRequest, "2025-09-26", .police)])
    let review = try #require(decision.running(.arrestDecision))
    #expect(review.basis == .criminalProcedure)
    #expect(review.dueDate == rxDay("2025-10-09"))
}

@Test func art9_arrestDecisionWithoutOutcome_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-09-29", filedOn0811 + [
            rxEvent(.arrestRequest, "2025-09-26", .police), rxEvent(.arrestDecision, "2025-09-28", .procuratorate),
        ])
    }
    #expect(error?.field == "events[4].outcome")
}

@Test func art9_arrestDecisionWithoutRequest_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-09-29", filedOn0811 + [rxEvent(.arrestDecision, "2025-09-28", .procuratorate, outcome: .approved)])
    }
    #expect(error?.field == "events[3].kind")
}

// MARK: - Opinions 2025 Art.9 with CrimPL 2018 Art.172 para.1: review for prosecution

@Test func art9_crimPL172_para1_prosecutionReview_oneMonth() throws {
    let decision = try rxDecide("2025-08-20", filedOn0811 + [rxEvent(.prosecutionTransfer, "2025-08-15", .police)])
    #expect(decision.stage.code == .prosecutionReview)
    let review = try #require(decision.running(.prosecutionReview))
    #expect(review.owedBy == .procuratorate)
    #expect(review.article == "CrimPL 2018 Art.172 para.1; Opinions 2025 Art.9")
    #expect(review.dueDate == rxDay("2025-09-15"))
}

@Test func crimPL172_para1_majorComplex_extendedByFifteenDays() throws {
    let decision = try rxDecide("2025-09-10", filedOn0811 + [
        rxEvent(.prosecutionTransfer, "2025-08-15", .police), rxEvent(.prosecutionReviewExtended, "2025-09-10", .procuratorate),
    ])
    let review = try #require(decision.running(.prosecutionReview))
    #expect(review.extensionDays == 15)
    #expect(review.dueDate == rxDay("2025-09-30"))
}

@Test func crimPL172_para1_fastTrack_tenDays_extendedToFifteen() throws {
    let fast = try rxDecide("2025-08-20", filedOn0811 + [rxEvent(.prosecutionTransfer, "2025-08-15", .police, fastTrack: true)])
    #expect(fast.running(.prosecutionReview)?.dueDate == rxDay("2025-08-25"))
    let extended = try rxDecide("2025-08-20", filedOn0811 + [
        rxEvent(.prosecutionTransfer, "2025-08-15", .police, fastTrack: true),
        rxEvent(.prosecutionReviewExtended, "2025-08-20", .procuratorate),
    ])
    // Day 15 is Saturday 2025-08-30 → Monday 2025-09-01.
    #expect(extended.running(.prosecutionReview)?.dueDate == rxDay("2025-09-01"))
}

@Test func crimPL172_para1_secondExtension_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-09-12", filedOn0811 + [
            rxEvent(.prosecutionTransfer, "2025-08-15", .police),
            rxEvent(.prosecutionReviewExtended, "2025-09-10", .procuratorate),
            rxEvent(.prosecutionReviewExtended, "2025-09-11", .procuratorate),
        ])
    }
    #expect(error?.field == "events[5].kind")
}

// MARK: - CrimPL 2018 Art.175 para.3: supplementary investigation, one month, two rounds, review restarts

@Test func crimPL175_para3_supplementaryInvestigation_oneMonth_thenReviewRestarts() throws {
    let returned = filedOn0811 + [
        rxEvent(.prosecutionTransfer, "2025-08-15", .police),
        rxEvent(.returnForSupplementaryInvestigation, "2025-09-01", .procuratorate),
    ]
    let during = try rxDecide("2025-09-05", returned)
    #expect(during.stage.code == .supplementaryInvestigation)
    let investigation = try #require(during.running(.supplementaryInvestigation))
    #expect(investigation.owedBy == .police)
    #expect(investigation.dueDate == rxDay("2025-10-09"))   // 2025-10-01 is a holiday
    #expect(during.anyOpen(.prosecutionReview) == nil)
    let after = try rxDecide("2025-09-22", returned + [rxEvent(.resubmission, "2025-09-20", .police)])
    #expect(after.stage.code == .prosecutionReview)
    #expect(after.running(.prosecutionReview)?.start == rxDay("2025-09-20"))
    #expect(after.running(.prosecutionReview)?.dueDate == rxDay("2025-10-20"))
}

@Test func crimPL175_para3_thirdReturn_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-12-01", filedOn0811 + [
            rxEvent(.prosecutionTransfer, "2025-08-15", .police),
            rxEvent(.returnForSupplementaryInvestigation, "2025-09-01", .procuratorate),
            rxEvent(.resubmission, "2025-09-20", .police),
            rxEvent(.returnForSupplementaryInvestigation, "2025-10-10", .procuratorate),
            rxEvent(.resubmission, "2025-10-30", .police),
            rxEvent(.returnForSupplementaryInvestigation, "2025-11-10", .procuratorate),
        ])
    }
    #expect(error?.field == "events[8].kind")
    #expect(error?.message.en.contains("CrimPL 2018 Art.175 para.3") == true)
}

// MARK: - Opinions 2025 Art.10 with CrimPL 2018 Art.208 para.1: judgment within 2 months, 3 at the latest

@Test func art10_crimPL208_publicProsecution_trialTwoMonths_extendedToThree() throws {
    let prosecuted = filedOn0811 + [
        rxEvent(.prosecutionTransfer, "2025-08-15", .police), rxEvent(.publicProsecution, "2025-09-10", .procuratorate),
    ]
    let decision = try rxDecide("2025-09-12", prosecuted)
    #expect(decision.stage.code == .publicProsecutionTrial)
    #expect(decision.completedEntry(.prosecutionReview)?.late == false)
    let trial = try #require(decision.running(.firstInstanceTrial))
    #expect(trial.owedBy == .court)
    #expect(trial.dueDate == rxDay("2025-11-10"))
    let extended = try rxDecide("2025-11-01", prosecuted + [rxEvent(.trialPeriodExtended, "2025-11-01", .court)])
    #expect(extended.running(.firstInstanceTrial)?.dueDate == rxDay("2025-12-10"))
}

@Test func art10_judgment_endsTheReferral() throws {
    let decision = try rxDecide("2025-11-05", filedOn0811 + [
        rxEvent(.prosecutionTransfer, "2025-08-15", .police), rxEvent(.publicProsecution, "2025-09-10", .procuratorate),
        rxEvent(.judgment, "2025-11-05", .court),
    ])
    #expect(decision.stage.code == .judgment)
    #expect(decision.completedEntry(.firstInstanceTrial)?.late == false)
    #expect(decision.deadlines.isEmpty && decision.overdue.isEmpty)
}

@Test func art10_judgmentWithoutProsecution_rejected() {
    let error = rxFieldError { _ = try rxDecide("2025-11-05", filedOn0811 + [rxEvent(.judgment, "2025-11-05", .court)]) }
    #expect(error?.field == "events[3].kind")
}

@Test func art10_eventAfterJudgment_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-11-10", filedOn0811 + [
            rxEvent(.prosecutionTransfer, "2025-08-15", .police), rxEvent(.publicProsecution, "2025-09-10", .procuratorate),
            rxEvent(.judgment, "2025-11-05", .court), rxEvent(.applicantNotified, "2025-11-06", .court),
        ])
    }
    #expect(error?.field == "events[6].kind")
}

// MARK: - CrimPL 2018 Art.180: the applicant's 7 days to appeal a decision not to prosecute

@Test func crimPL180_nonProsecution_applicantMayAppealWithinSevenDays() throws {
    let events = filedOn0811 + [
        rxEvent(.prosecutionTransfer, "2025-08-15", .police),
        rxEvent(.nonProsecution, "2025-09-10", .procuratorate, receivedOn: "2025-09-11"),
    ]
    let decision = try rxDecide("2025-09-12", events)
    #expect(decision.stage.code == .notProsecuted)
    let appeal = try #require(decision.running(.nonProsecutionAppeal))
    #expect(appeal.owedBy == .applicant)
    #expect(appeal.dueDate == rxDay("2025-09-18"))
    // Once passed it is not "overdue": it is a right that lapsed.
    let later = try rxDecide("2025-09-25", events)
    #expect(later.overdue.isEmpty)
    #expect(later.reasons.contains { $0.article == "CrimPL 2018 Art.180" && $0.message.en.contains("ended on 2025-09-18") })
}

// MARK: - CrimPL 2018 Art.212 para.2: private prosecution trial periods

@Test func crimPL212_para2_defendantNotInCustody_sixMonths() throws {
    let decision = try rxDecide("2025-09-12", [
        rxEvent(.complaint, "2025-08-01", .applicant), rxEvent(.complaintRefused, "2025-08-01", .police),
        rxEvent(.privateProsecutionFiled, "2025-09-01", .applicant), rxEvent(.privateProsecutionAccepted, "2025-09-10", .court),
    ], privateProsecution: PrivateProsecutionFacts(rightsInfringed: true))
    #expect(decision.stage.code == .privateProsecutionTrial)
    let trial = try #require(decision.running(.privateProsecutionTrial))
    #expect(trial.article == "CrimPL 2018 Art.212 para.2")
    #expect(trial.dueDate == rxDay("2026-03-10"))
}

@Test func crimPL212_para2_defendantInCustody_twoMonthsAsArt208() throws {
    let decision = try rxDecide("2025-09-12", [
        rxEvent(.complaint, "2025-08-01", .applicant), rxEvent(.complaintRefused, "2025-08-01", .police),
        rxEvent(.privateProsecutionFiled, "2025-09-01", .applicant),
        rxEvent(.privateProsecutionAccepted, "2025-09-10", .court, inCustody: true),
    ])
    #expect(decision.running(.privateProsecutionTrial)?.dueDate == rxDay("2025-11-10"))
}

// MARK: - CrimPL 2018 Art.156: custody for investigation after arrest, 2 months (+1)

@Test func crimPL156_arrestApproved_twoMonthsOfCustody_extendedByOne_endsWithTransfer() throws {
    let arrested = filedOn0811 + [
        rxEvent(.detention, "2025-08-12", .police), rxEvent(.arrestRequest, "2025-08-14", .police),
        rxEvent(.arrestDecision, "2025-08-20", .procuratorate, outcome: .approved),
    ]
    let decision = try rxDecide("2025-08-21", arrested)
    let custody = try #require(decision.running(.investigationCustody))
    #expect(custody.article == "CrimPL 2018 Art.156")
    #expect(custody.basis == .criminalCustody)
    #expect(custody.dueDate == rxDay("2025-10-20"))
    let extended = try rxDecide("2025-10-15", arrested + [rxEvent(.investigationCustodyExtended, "2025-10-15", .procuratorate)])
    #expect(extended.running(.investigationCustody)?.dueDate == rxDay("2025-11-20"))
    let transferred = try rxDecide("2025-10-15", arrested + [rxEvent(.prosecutionTransfer, "2025-10-10", .police)])
    #expect(transferred.anyOpen(.investigationCustody) == nil)
    #expect(transferred.completedEntry(.investigationCustody)?.late == false)
}

@Test func crimPL156_arrestNotApproved_noCustodyPeriod() throws {
    let decision = try rxDecide("2025-08-21", filedOn0811 + [
        rxEvent(.detention, "2025-08-12", .police), rxEvent(.arrestRequest, "2025-08-14", .police),
        rxEvent(.arrestDecision, "2025-08-20", .procuratorate, outcome: .notApproved),
    ])
    #expect(decision.anyOpen(.investigationCustody) == nil)
    #expect(decision.completedEntry(.arrestDecision)?.late == false)
}

// MARK: - CrimPL 2018 Art.105 para.4 and Art.163

@Test func crimPL105_para4_custodyEndsOnLastDay_otherPeriodsMoveOffHolidays() throws {
    // Same start, same 7 days, last day 2025-10-03 (holiday): in custody it stays, otherwise it moves to 2025-10-09.
    let custody = try rxDecide("2025-09-27", filedOn0811 + [rxEvent(.arrestRequest, "2025-09-26", .police, inCustody: true)])
    let free = try rxDecide("2025-09-27", filedOn0811 + [rxEvent(.arrestRequest, "2025-09-26", .police, inCustody: false)])
    #expect(custody.running(.arrestDecision)?.dueDate == rxDay("2025-10-03"))
    #expect(free.running(.arrestDecision)?.dueDate == rxDay("2025-10-09"))
    #expect(custody.running(.arrestDecision)?.reasons.contains { $0.article == "CrimPL 2018 Art.105 para.4" } == true)
}

@Test func crimPL163_withdrawalAfterTransferForProsecution_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-09-20", filedOn0811 + [
            rxEvent(.prosecutionTransfer, "2025-08-15", .police), rxEvent(.caseWithdrawal, "2025-09-01", .police),
        ])
    }
    #expect(error?.field == "events[4].kind")
    #expect(error?.message.en.contains("CrimPL 2018 Art.163") == true)
}
