import Foundation
import Testing
@testable import ZhixingCore

// MARK: - Art.1, Art.18, Art.19, Art.20: scope

@Test func art1_erroneousEnforcementClaim_inScopeAndAccepted() throws {
    let decision = try compDecide(compBaseFacts())
    #expect(decision.admissibility.admissible)
    #expect(decision.outcome == .compensation)
    #expect(decision.admissibility.reasons.first?.article == "Interpretation [2022] No.3 Art.1")
    #expect(decision.cites("Interpretation [2022] No.3 Art.2"))
}

@Test func art18_preservationEnteredEnforcement_reviewedAsErroneousEnforcement() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "claim.basis", "preservationEnteredEnforcement"))
    #expect(decision.admissibility.admissible)
    #expect(decision.admissibility.reasons.first?.article == "Interpretation [2022] No.3 Art.18")
    #expect(decision.admissibility.reasons.first?.message.zh.contains("作为错误执行案件立案审查") == true)
}

@Test func art19_preservation_appliesByReference() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("claim.basis", "preservation"), ("enforcement.status", "concluded"),
    ]))
    #expect(decision.admissibility.admissible)
    #expect(decision.admissibility.reasons.first?.article == "Interpretation [2022] No.3 Art.19")
    #expect(decision.admissibility.reasons.first?.message.zh.contains("参照适用本解释") == true)
}

@Test func art19_advanceExecutionAndObstructionMeasure_appliesByReference() throws {
    for basis in ["advanceExecution", "obstructionCoerciveMeasure"] {
        let decision = try compDecide(compWith(compBaseFacts(), "claim.basis", basis))
        #expect(decision.admissibility.reasons.first?.article == "Interpretation [2022] No.3 Art.19")
        #expect(decision.outcome == .compensation)
    }
}

@Test func art19_beforeProceedingsEnd_refusedLikeArt5() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("claim.basis", "preservation"), ("enforcement.status", "ongoing"), ("enforcement.endedOn", nil),
    ]))
    #expect(decision.outcome == .notAccepted)
    #expect(decision.cites("Interpretation [2022] No.3 Art.5 para.1"))
}

@Test func art20_decisionBeforeInForceDate_isFieldError() {
    let error = compError(compWith(compBaseFacts(), [("asOf", "2022-02-28"), ("claim.filedOn", "2022-01-10")]))
    #expect(error?.field == "asOf")
    #expect(error?.code == "compensation.before_effective_date")
}

// MARK: - Art.3 assignee

@Test func art3_assignee_rightPassesWithDebtClaim() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("claimant.role", "assignee"),
        ("claimant.assignment", ["assignor": "某银行", "considerationPaid": "50000.00"] as CompJSON),
    ]))
    #expect(decision.admissibility.admissible)
    let reason = decision.admissibility.reasons.first { $0.article == "Interpretation [2022] No.3 Art.3" }
    #expect(reason?.message.zh.contains("随之转移") == true)
}

@Test func art3_proviso_nonAssignableByNature_notAccepted() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("claimant.role", "assignee"),
        ("claimant.assignment", ["considerationPaid": "50000.00", "restriction": "byNature"] as CompJSON),
    ]))
    #expect(decision.outcome == .notAccepted)
    #expect(decision.reasons.contains { $0.article == "Interpretation [2022] No.3 Art.3" })
    #expect(decision.humanFindings.contains { $0.article == "Interpretation [2022] No.3 Art.3" })
}

@Test func art3_proviso_byAgreementOrLaw_noStanding() throws {
    for restriction in ["byAgreement", "byLaw"] {
        let decision = try compDecide(compWith(compBaseFacts(), [
            ("claimant.role", "assignee"),
            ("claimant.assignment", ["considerationPaid": "1.00", "restriction": restriction] as CompJSON),
        ]))
        #expect(decision.outcome == .notAccepted)
    }
}

@Test func art3_assigneeWithoutAssignment_isFieldError() {
    let error = compError(compWith(compBaseFacts(), "claimant.role", "assignee"))
    #expect(error?.field == "claimant.assignment")
}

// MARK: - Art.4 obligated organ

@Test func art4_entrustedSeal_entrustingCourtIsObligatedOrgan() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("enforcement.entrustedTo", "河北省三河市人民法院"), ("claim.respondent", "河北省三河市人民法院"),
    ]))
    #expect(decision.obligatedOrgan.court == "北京市朝阳区人民法院")
    #expect(decision.obligatedOrgan.reasons.count == 2)
    #expect(decision.obligatedOrgan.reasons.allSatisfy { $0.article == "Interpretation [2022] No.3 Art.4" })
    #expect(decision.obligatedOrgan.reasons[1].message.zh.contains("应以委托法院北京市朝阳区人民法院为赔偿义务机关"))
}

@Test func art4_noEntrustment_enforcingCourtIsObligatedOrgan() throws {
    let decision = try compDecide(compBaseFacts())
    #expect(decision.obligatedOrgan.court == "北京市朝阳区人民法院")
    #expect(decision.obligatedOrgan.reasons.first?.article.contains("State Compensation Law Art.38") == true)
}

// MARK: - Art.5 para.1: after the end, or one of four exceptions

@Test func art5_para1_claimBeforeEnd_notAccepted() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [("enforcement.status", "ongoing"), ("enforcement.endedOn", nil)]))
    #expect(decision.outcome == .notAccepted)
    #expect(!decision.admissibility.admissible)
    #expect(decision.acts.allSatisfy { $0.outcome == .notExamined })
    #expect(decision.amounts == nil)
    let bar = decision.reasons.first { $0.article == "Interpretation [2022] No.3 Art.5 para.1" }
    #expect(bar?.message.zh.contains("终结前提出的赔偿申请不予受理") == true)
}

@Test func art5_para1_claimBeforeEndAlreadyAccepted_dismissed() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("enforcement.status", "suspended"), ("enforcement.endedOn", nil), ("claim.acceptedOn", "2024-03-25"),
    ]))
    #expect(decision.outcome == .dismissed)
}

@Test func art5_para1_endedAfterClaimFiled_countsAsBeforeEnd() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "enforcement.endedOn", "2024-05-01"))
    #expect(decision.outcome == .notAccepted)
    #expect(decision.admissibility.reasons.contains { $0.message.zh.contains("执行程序于 2024-05-01 终结") })
}

@Test func art5_para1_currentProcedureTerminatedIsNotAnEnd() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("enforcement.status", "currentProcedureTerminated"), ("enforcement.endedOn", nil),
        ("enforcement.currentProcedureTerminatedOn", "2021-01-20"),
    ]))
    #expect(decision.outcome == .notAccepted)
}

private func earlyClaim(_ grounds: CompJSON) -> CompJSON {
    compWith(compBaseFacts(), [
        ("enforcement.status", "ongoing"), ("enforcement.endedOn", nil), ("claim.earlyClaimGrounds", grounds),
    ])
}

@Test func art5_exception1_coerciveMeasureRevoked_admits() throws {
    let decision = try compDecide(earlyClaim(["coerciveMeasureRevoked": true, "cannotBeRemediedInProceedings": true]))
    #expect(decision.admissibility.admissible)
    #expect(decision.admissibility.earlyClaim)
    #expect(decision.cites("Interpretation [2022] No.3 Art.5 para.1 item 1"))
    #expect(decision.outcome == .compensation)
}

@Test func art5_exception1_personalInjuryInMeasure_admits() throws {
    let decision = try compDecide(earlyClaim(["personalInjuryInMeasure": true, "cannotBeRemediedInProceedings": true]))
    #expect(decision.admissibility.admissible)
    let reason = decision.admissibility.reasons.first { $0.article == "Interpretation [2022] No.3 Art.5 para.1 item 1" }
    #expect(reason?.message.zh.contains("人身损害") == true)
}

@Test func art5_exception2_propertyConfirmedNotDebtors_admits() throws {
    let decision = try compDecide(earlyClaim(["propertyConfirmedNotDebtorsByLitigation": true, "cannotBeRemediedInProceedings": true]))
    #expect(decision.admissibility.admissible)
    #expect(decision.cites("Interpretation [2022] No.3 Art.5 para.1 item 2"))
}

@Test func art5_exception2_actConfirmedUnlawfulByInstrument_admits() throws {
    let decision = try compDecide(earlyClaim(["actConfirmedUnlawfulByEffectiveInstrument": true, "cannotBeRemediedInProceedings": true]))
    #expect(decision.admissibility.admissible)
}

private func fiveYearFacts(filedOn: String) -> CompJSON {
    compWith(compBaseFacts(), [
        ("enforcement.status", "currentProcedureTerminated"), ("enforcement.endedOn", nil),
        ("enforcement.currentProcedureTerminatedOn", "2021-01-20"), ("claim.filedOn", filedOn),
        ("claim.earlyClaimGrounds", ["debtorHasNoPropertyForEnforcement": true, "cannotBeRemediedInProceedings": true] as CompJSON),
    ])
}

@Test func art5_exception3_fiveYearsAndNoProperty_admits() throws {
    // Filed 2020-04-15; five years end on 2025-04-15; a claim on 2025-04-16 is "more than five years" after.
    let decision = try compDecide(fiveYearFacts(filedOn: "2025-04-16"))
    #expect(decision.admissibility.admissible)
    #expect(decision.admissibility.earlyClaim)
    let reason = decision.admissibility.reasons.first { $0.article == "Interpretation [2022] No.3 Art.5 para.1 item 3" }
    #expect(reason?.message.zh.contains("已超过五年") == true)
    #expect(reason?.message.zh.contains("2025-04-15") == true)
    #expect(decision.humanFindings.contains { $0.message.zh.contains("被执行人已无可供执行财产") })
}

@Test func art5_exception3_onTheFifthAnniversary_notYetMoreThanFiveYears() throws {
    let decision = try compDecide(fiveYearFacts(filedOn: "2025-04-15"))
    #expect(decision.outcome == .notAccepted)
    let reason = decision.admissibility.reasons.first { $0.article == "Interpretation [2022] No.3 Art.5 para.1 item 3" }
    #expect(reason?.message.zh.contains("不成立") == true)
}

@Test func art5_exception3_withoutTerminationRuling_refuses() throws {
    let decision = try compDecide(compWith(fiveYearFacts(filedOn: "2025-05-06"), [
        ("enforcement.status", "ongoing"), ("enforcement.currentProcedureTerminatedOn", nil),
    ]))
    #expect(decision.outcome == .notAccepted)
}

@Test func art5_exception3_debtorStillHasProperty_refuses() throws {
    let decision = try compDecide(compWith(fiveYearFacts(filedOn: "2025-05-06"),
                                           "claim.earlyClaimGrounds.debtorHasNoPropertyForEnforcement", false))
    #expect(decision.outcome == .notAccepted)
}

@Test func art5_exception4_otherSituation_admitsOnFinding() throws {
    let decision = try compDecide(earlyClaim(["otherSituation": "查封财产已灭失，执行程序无法补救", "cannotBeRemediedInProceedings": true]))
    #expect(decision.admissibility.admissible)
    #expect(decision.humanFindings.contains { $0.article == "Interpretation [2022] No.3 Art.5 para.1 item 4" })
}

@Test func art5_proviso_remediableInProceedings_refuses() throws {
    let decision = try compDecide(earlyClaim(["coerciveMeasureRevoked": true]))
    #expect(decision.outcome == .notAccepted)
    let bar = decision.reasons.first { $0.article == "Interpretation [2022] No.3 Art.5 para.1" }
    #expect(bar?.message.zh.contains("无法在相关诉讼或者执行程序中予以补救") == true)
}

// MARK: - Art.5 para.2 and State Compensation Law Art.39: limitation

@Test func art5_para2_enforcementPeriodNotCounted_twoYearsFromEnd() throws {
    let decision = try compDecide(compBaseFacts())
    let limitation = try #require(decision.admissibility.limitation)
    #expect(limitation.deadline.start == compDay("2023-06-30"))
    #expect(limitation.deadline.dueDate == compDay("2025-06-30"))
    #expect(limitation.inTime)
    #expect(limitation.excluded.first?.article == "Interpretation [2022] No.3 Art.5 para.2")
}

@Test func scl39_para1_twoYearsAfterEnd_outOfTime() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "enforcement.endedOn", "2021-06-30"))
    #expect(decision.outcome == .notAccepted)
    #expect(decision.admissibility.limitation?.deadline.dueDate == compDay("2023-06-30"))
    #expect(decision.admissibility.limitation?.inTime == false)
    #expect(decision.reasons.contains { $0.article.hasPrefix("State Compensation Law Art.39") })
}

@Test func scl39_para1_outOfTimeAfterAcceptance_dismissed() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [("enforcement.endedOn", "2021-06-30"), ("claim.acceptedOn", "2024-03-20")]))
    #expect(decision.outcome == .dismissed)
}

@Test func scl39_para1_lastDayOnNationalDay_extendsToFirstWorkingDay() throws {
    // Ended 2023-10-01: two years end on 2025-10-01, inside the 2025-10-01..08 holiday → 2025-10-09.
    let facts = compWith(compBaseFacts(), [
        ("enforcement.filedOn", "2021-05-01"), ("enforcement.endedOn", "2023-10-01"), ("limitation.knewOn", "2022-01-10"),
        ("acts[0].date", "2022-01-10"), ("claim.filedOn", "2025-10-09"), ("asOf", "2025-10-20"),
    ])
    let decision = try compDecide(facts)
    #expect(decision.admissibility.limitation?.deadline.nominalLastDay == compDay("2025-10-01"))
    #expect(decision.admissibility.limitation?.deadline.dueDate == compDay("2025-10-09"))
    #expect(decision.admissibility.admissible)
    #expect(decision.cites("CPL 2023 Art.85 para.3"))
    let late = try compDecide(compWith(facts, "claim.filedOn", "2025-10-10"))
    #expect(late.outcome == .notAccepted)
}

@Test func scl39_para1_knowledgeAfterEnd_countsFromKnowledge() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("enforcement.endedOn", "2021-06-30"), ("limitation.knewOn", "2021-08-01"), ("claim.filedOn", "2023-07-31"),
    ]))
    #expect(decision.admissibility.limitation?.deadline.dueDate == compDay("2023-08-01"))
    #expect(decision.admissibility.admissible)
}

@Test func scl39_para1_custodyNotCounted() throws {
    // 152 days counted before custody (2022-01-01..03-31); 578 of 730 left from 2022-03-31 → 2023-10-30.
    let base = compWith(compBaseFacts(), [
        ("enforcement.endedOn", "2021-06-30"), ("limitation.knewOn", "2021-08-01"), ("claim.filedOn", "2023-09-15"),
        ("asOf", "2023-10-10"), ("acts[0].date", "2021-03-01"),
    ])
    #expect(try compDecide(base).outcome == .notAccepted)
    let decision = try compDecide(compWith(base, "limitation.custodyPeriods", [["from": "2022-01-01", "to": "2022-03-31"] as CompJSON]))
    #expect(decision.admissibility.limitation?.deadline.dueDate == compDay("2023-10-30"))
    #expect(decision.admissibility.admissible)
    #expect(decision.admissibility.limitation?.excluded.contains { $0.article == "State Compensation Law Art.39 para.1" } == true)
}

@Test func scl39_para2_obstacleInLastSixMonths_suspends() throws {
    // Period 2021-08-01 → 2023-08-01; an obstacle in May 2023 (last six months) suspends 31 days → 2023-09-01.
    let base = compWith(compBaseFacts(), [
        ("enforcement.endedOn", "2021-06-30"), ("limitation.knewOn", "2021-08-01"), ("claim.filedOn", "2023-08-20"),
        ("asOf", "2023-10-10"),
    ])
    let decision = try compDecide(compWith(base, "limitation.obstacles", [["from": "2023-05-01", "to": "2023-05-31", "description": "重病住院"] as CompJSON]))
    #expect(decision.admissibility.limitation?.deadline.dueDate == compDay("2023-09-01"))
    #expect(decision.admissibility.admissible)
    #expect(decision.humanFindings.contains { $0.article == "State Compensation Law Art.39 para.2" })
}

@Test func scl39_para2_obstacleBeforeLastSixMonths_doesNotSuspend() throws {
    let base = compWith(compBaseFacts(), [
        ("enforcement.endedOn", "2021-06-30"), ("limitation.knewOn", "2021-08-01"), ("claim.filedOn", "2023-08-20"),
        ("asOf", "2023-10-10"), ("limitation.obstacles", [["from": "2022-05-01", "to": "2022-05-31"] as CompJSON]),
    ])
    let decision = try compDecide(base)
    #expect(decision.admissibility.limitation?.deadline.dueDate == compDay("2023-08-01"))
    #expect(decision.outcome == .notAccepted)
}

@Test func scl39_para2_obstacleStraddlingWindow_suspendsOnlyInsideIt() {
    let calendar = StatutoryCalendar(schedule: .empty)
    let pauses = LimitationPeriod.suspensions(
        knewOn: compDay("2021-08-01"), pauses: [],
        obstacles: [LimitationPeriod.Pause(from: compDay("2023-01-15"), to: compDay("2023-02-20"))], calendar: calendar)
    #expect(pauses == [LimitationPeriod.Pause(from: compDay("2023-02-02"), to: compDay("2023-02-20"))])
}

@Test func art18_knowledgeBeforeEnforcement_daysBeforeFilingCount() throws {
    // Preservation known 2019-11-01; enforcement 2020-04-15..2023-06-30; 165 of 731 days used → 566 left → 2025-01-16.
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("claim.basis", "preservationEnteredEnforcement"), ("limitation.knewOn", "2019-11-01"), ("acts[0].date", "2019-11-01"),
    ]))
    #expect(decision.admissibility.limitation?.deadline.dueDate == compDay("2025-01-16"))
    #expect(decision.admissibility.admissible)
}

@Test func limitation_earlyClaim_enforcementSoFarNotCounted() throws {
    let decision = try compDecide(compWith(earlyClaim(["coerciveMeasureRevoked": true, "cannotBeRemediedInProceedings": true]),
                                           "limitation.knewOn", "2020-09-10"))
    let limitation = try #require(decision.admissibility.limitation)
    #expect(limitation.deadline.start == compDay("2024-03-18"))
    #expect(limitation.excluded.first?.what.zh.contains("不应使其处于更不利地位") == true)
}

@Test func limitation_missingKnowledgeDate_asksForFinding() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "limitation", nil))
    #expect(decision.outcome == .findingsRequired)
    #expect(decision.requiredFields == ["limitation.knewOn"])
}

// MARK: - Art.6: pending objection, reconsideration or supervision review

@Test func art6_para1_pendingObjection_notAcceptedWithNotice() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "reviews", [["kind": "objection", "filedOn": "2024-01-05"] as CompJSON]))
    #expect(decision.outcome == .notAccepted)
    #expect(decision.act("A1")?.outcome == .barredByPendingReview)
    #expect(decision.admissibility.notice?.zh.contains("依照本解释第五条的规定依法提出赔偿申请") == true)
    #expect(decision.reasons.contains { $0.article == "Interpretation [2022] No.3 Art.6 para.1" })
}

@Test func art6_para1_pendingSupervisionAfterAcceptance_dismissed() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("claim.acceptedOn", "2024-03-25"), ("reviews", [["kind": "supervision", "filedOn": "2024-05-05"] as CompJSON]),
    ]))
    #expect(decision.outcome == .dismissed)
    #expect(decision.admissibility.reasons.contains { $0.message.zh.contains("已经受理的予以驳回") })
}

@Test func art6_para1_reconsiderationOfOneAct_othersExamined() throws {
    var facts = compWith(compBaseFacts(), "acts[1]", [
        "id": "A2", "kind": "unlawfulCreditMeasure", "legality": ["committeeFinding": "unlawful"] as CompJSON,
        "losses": [["kind": "otherDirectLoss", "amount": "3000.00"] as CompJSON],
    ] as CompJSON)
    facts = compWith(facts, "reviews", [["kind": "reconsideration", "actIds": ["A1"], "filedOn": "2025-01-10"] as CompJSON])
    let decision = try compDecide(facts)
    #expect(decision.outcome == .compensation)
    #expect(decision.act("A1")?.outcome == .barredByPendingReview)
    #expect(decision.act("A2")?.outcome == .compensable)
    #expect(decision.amounts?.total == Money(fen: 300_000))
    #expect(decision.admissibility.notice != nil)
}

@Test func art6_para1_reviewEndedBeforeDecision_noLongerBars() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "reviews", [
        ["kind": "objection", "filedOn": "2024-01-05", "concludedOn": "2024-06-01"] as CompJSON,
    ]))
    #expect(decision.outcome == .compensation)
    #expect(decision.admissibility.reasons.contains { $0.message.zh.contains("已无第六条的障碍") })
}

@Test func art6_para2_noObjectionRaised_doesNotAffectRight() throws {
    let decision = try compDecide(compBaseFacts())
    let reason = decision.admissibility.reasons.first { $0.article == "Interpretation [2022] No.3 Art.6 para.2" }
    #expect(reason?.message.zh.contains("不影响其依法申请赔偿的权利") == true)
}
