import Testing
import ZhixingCore

// Every time limit of the refusal rule set on its last day, the day before and the day after (CrimPL 2018
// Art.105: the starting day is not counted; CPL 2023 Art.85 for the court's own periods).

private let received = rxTransferred("2025-08-04", received: "2025-08-05")

// MARK: - Opinions 2025 Art.5 para.2: seven days to decide whether to file

@Test("Opinions Art.5 para.2: transfer received 2025-08-05, seven days end 08-12 — running on 08-11 and 08-12, overdue on 08-13")
func opinions5_para2_filingReview_lastDayRunning() throws {
    #expect(try rxDecide("2025-08-11", received).running(.filingReview)?.dueDate == rxDay("2025-08-12"))
    #expect(try rxDecide("2025-08-12", received).running(.filingReview)?.status == .running)
    #expect(try rxDecide("2025-08-12", received).overdueEntry(.filingReview) == nil)
    #expect(try rxDecide("2025-08-13", received).overdueEntry(.filingReview)?.status == .overdue)
}

@Test("Opinions Art.5 para.2: decided to file on the last day 2025-08-12 — in time; on 08-13 — late")
func opinions5_para2_filingDecisionOnLastDay_inTime() throws {
    func decided(_ on: String) throws -> RefusalCompletedDuty? {
        try rxDecide("2025-08-20", received + [rxEvent(.filingDecision, on, .police)]).completedEntry(.filingReview)
    }
    #expect(try decided("2025-08-11")?.late == false)
    #expect(try decided("2025-08-12")?.late == false)
    #expect(try decided("2025-08-13")?.late == true)
}

@Test("Opinions Art.5 para.2: the major-and-complex finding on the last day 2025-08-12 extends to thirty days; on 08-13 it comes too late")
func opinions5_para2_majorComplexOnLastDay_extends() throws {
    func review(_ findingOn: String) throws -> RefusalRules.Decision {
        try rxDecide(findingOn, received + [rxEvent(.majorComplexFinding, findingOn, .police)])
    }
    #expect(try review("2025-08-12").anyOpen(.filingReview)?.period == .days(30))
    #expect(try review("2025-08-13").anyOpen(.filingReview)?.period == .days(7))
}

// MARK: - Opinions 2025 Art.12 para.1: thirty days for the written answer to a transfer

@Test("Opinions Art.12 para.1: received 2025-08-05, thirty days end 09-04 — running on 09-04, overdue on 09-05")
func opinions12_para1_writtenAnswer_lastDayRunning() throws {
    let filed = received
    #expect(try rxDecide("2025-09-03", filed).running(.writtenAnswerToTransfer)?.dueDate == rxDay("2025-09-04"))
    #expect(try rxDecide("2025-09-04", filed).running(.writtenAnswerToTransfer)?.status == .running)
    #expect(try rxDecide("2025-09-05", filed).overdueEntry(.writtenAnswerToTransfer) != nil)
}

// MARK: - Interpretation 2024 Art.11: performance before prosecution, before judgment

private let prosecuted = received + [
    rxEvent(.filingDecision, "2025-08-11", .police), rxEvent(.prosecutionTransfer, "2025-08-15", .police),
    rxEvent(.publicProsecution, "2025-09-10", .procuratorate),
]

private func adjustments(_ events: [RefusalEvent], asOf: String, performedOn: String) throws -> [Reason] {
    try rxDecide(asOf, events, circumstances: RefusalCircumstanceFacts(
        abilityToPerform: true, found: [.interp2024Art3Item4], foundBy: "合议庭", minorCircumstances: true,
        performance: RefusalPerformance(date: rxDay(performedOn), extent: .full))).penalty.adjustments
}

@Test("Interpretation 2024 Art.11: prosecuted 2025-09-10 — performed 09-09 may not be prosecuted; on the very day 09-10 or 09-11, not \"before prosecution\"")
func interp2024_art11_performanceOnTheDayOfProsecution_notBefore() throws {
    func noProsecution(_ on: String) throws -> Bool {
        try adjustments(prosecuted, asOf: "2025-10-01", performedOn: on).contains { $0.message.zh.contains("可以依法不起诉") }
    }
    #expect(try noProsecution("2025-09-09"))
    #expect(try !noProsecution("2025-09-10"))
    #expect(try !noProsecution("2025-09-11"))
    #expect(try adjustments(prosecuted, asOf: "2025-10-01", performedOn: "2025-09-10")
        .contains { $0.message.zh.contains("可以依法从轻或者免除处罚") })
}

@Test("Interpretation 2024 Art.11: judgment pronounced 2025-10-20 — performed 10-19 is before judgment; on the very day 10-20 or 10-21, not")
func interp2024_art11_performanceOnTheDayOfJudgment_notBefore() throws {
    let judged = prosecuted + [rxEvent(.judgment, "2025-10-20", .court)]
    func lighter(_ on: String) throws -> Bool {
        try adjustments(judged, asOf: "2025-11-01", performedOn: on).contains { $0.message.zh.contains("可以依法从轻或者免除处罚") }
    }
    #expect(try lighter("2025-10-19"))
    #expect(try !lighter("2025-10-20"))
    #expect(try !lighter("2025-10-21"))
}

// MARK: - Opinions 2025 Art.7: seven days to tell the court of a decision not to file

private let notFiled = received + [rxEvent(.majorComplexFinding, "2025-08-08", .police), rxEvent(.notFilingDecision, "2025-09-03", .police)]

@Test("Opinions Art.7: not filed on 2025-09-03, seven days end 09-10 — feedback on 09-10 in time, 09-11 late; running on 09-10, overdue on 09-11")
func opinions7_feedbackToCourt_lastDay() throws {
    #expect(try rxDecide("2025-09-12", notFiled + [rxEvent(.policeFeedback, "2025-09-10", .police)]).completedEntry(.feedbackToCourt)?.late == false)
    #expect(try rxDecide("2025-09-12", notFiled + [rxEvent(.policeFeedback, "2025-09-11", .police)]).completedEntry(.feedbackToCourt)?.late == true)
    #expect(try rxDecide("2025-09-10", notFiled).running(.feedbackToCourt)?.status == .running)
    #expect(try rxDecide("2025-09-11", notFiled).overdueEntry(.feedbackToCourt) != nil)
}
