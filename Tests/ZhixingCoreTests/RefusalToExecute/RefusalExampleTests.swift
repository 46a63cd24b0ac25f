import Foundation
import Testing
import ZhixingCore

/// A verbatim copy of `Resources/RuleExamples/refusal.json` (the worked example of `docs/rules/refusal.md`).
let refusalExampleJSON = #"""
{
  "asOf": "2025-10-30",
  "events": [
    {"kind": "courtTransfer", "date": "2025-08-04", "actor": "court", "receivedOn": "2025-08-05",
     "note": "（2025）京0105执1234号：案件移送函及执行情况说明送朝阳分局"},
    {"kind": "policeAcceptance", "date": "2025-08-05", "actor": "police", "note": "受案登记表及回执"},
    {"kind": "majorComplexFinding", "date": "2025-08-08", "actor": "police", "note": "经分局负责人批准，审查期限延长至三十日"},
    {"kind": "notFilingDecision", "date": "2025-09-03", "actor": "police"},
    {"kind": "applicantNotified", "date": "2025-09-05", "actor": "court"},
    {"kind": "policeFeedback", "date": "2025-09-12", "actor": "police"},
    {"kind": "supervisionRequest", "date": "2025-09-16", "actor": "court"},
    {"kind": "reasonsRequest", "date": "2025-09-22", "actor": "procuratorate", "receivedOn": "2025-09-23"},
    {"kind": "reasonsAnswer", "date": "2025-09-29", "actor": "police"},
    {"kind": "filingNotice", "date": "2025-10-10", "actor": "procuratorate", "receivedOn": "2025-10-11",
     "note": "经检察长决定"}
  ],
  "transferDocuments": ["transferLetter", "enforcementSituationExplanation"],
  "transferEvidence": ["identity", "dutyToPerform", "abilityToPerform", "refusal"],
  "privateProsecution": {
    "rightsInfringed": true,
    "findingBy": "执行法官王某，2025-09-05 告知笔录所附审查意见",
    "materials": ["complaintStatement", "prosecutorIdentity", "executionBasisAndAcceptanceNotice"],
    "filedByRepresentative": false,
    "courtRequestedOtherMaterials": false
  },
  "circumstances": {
    "debtorKind": "naturalPerson",
    "abilityToPerform": true,
    "found": ["interp2024Art3Item4"],
    "foundBy": "执行法官王某，移送前审查报告（2025-08-01）",
    "supportOrWagesJudgment": false
  }
}
"""#

@Test func example_docsFile_matchesTheCopyInThisTest() throws {
    let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    let file = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/RuleExamples/refusal.json")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == refusalExampleJSON.trimmingCharacters(in: .whitespacesAndNewlines))
}

@Test func example_workedCase_decides() throws {
    let decision = try rxDecideJSON(refusalExampleJSON)
    #expect(decision.asOf == rxDay("2025-10-30"))
    // Stage: the procuratorate told the police to file on 2025-10-10.
    #expect(decision.stage.code == .awaitingFilingOnNotice)
    #expect(decision.stage.since == rxDay("2025-10-10"))
    // Filing on notice: received Saturday 2025-10-11, 15 days end Sunday 2025-10-26 → Monday 2025-10-27, now overdue.
    #expect(decision.deadlines.isEmpty)
    let filing = try #require(decision.overdueEntry(.filingAfterNotice))
    #expect(filing.dueDate == rxDay("2025-10-27"))
    #expect(filing.daysRemaining == -3)
    #expect(filing.owedBy == .police)
    #expect(filing.article == "Opinions 2025 Art.8 para.2")
    // History: the 30-day review (major and complex) and the reasons were in time; the Art.7 letter was 2 days late.
    #expect(decision.completedEntry(.filingReview)?.dueDate == rxDay("2025-09-04"))
    #expect(decision.completedEntry(.filingReview)?.late == false)
    #expect(decision.completedEntry(.feedbackToCourt)?.late == true)
    #expect(decision.completedEntry(.reasonsAnswer)?.dueDate == rxDay("2025-09-30"))
    #expect(decision.completedEntry(.reasonsAnswer)?.late == false)
    // Art.12 para.1: the court told the applicant two days after the decision not to file.
    #expect(decision.applicantNotices.count == 1)
    #expect(decision.applicantNotices.first?.status == .given)
    // Art.11: open since the decision not to file, relying on the judge's finding.
    #expect(decision.privateProsecution.status == .open)
    #expect(decision.privateProsecution.since == rxDay("2025-09-03"))
    // Art.4 item 5 and Art.13 items 4-5 are missing.
    #expect(decision.transferChecklist.missing == ["circumstancesOrConsequences"])
    #expect(decision.privateProsecutionMaterials.missing == ["dutyAbilityRefusalEvidence", "publicNonPursuitProof"])
    let proof = try #require(decision.privateProsecutionMaterials.items.first { $0.code == "publicNonPursuitProof" })
    #expect(proof.note?.zh.contains("不予立案通知书") == true)
    // Art.313: Interpretation 2024 Art.3 item 4 found → first band.
    #expect(decision.penalty.band == .serious)
    #expect(decision.penalty.maxImprisonmentYears == 3)
    #expect(decision.warnings.isEmpty)
    #expect(decision.reasons.count == 4)
}

@Test func example_decisionIsDeterministic() throws {
    let first = try JSONFacts.encode(try rxDecideJSON(refusalExampleJSON))
    let second = try JSONFacts.encode(try rxDecideJSON(refusalExampleJSON))
    #expect(first == second)
}

@Test func example_everyReasonIsBilingualWithAnArticle() throws {
    let decision = try rxDecideJSON(refusalExampleJSON)
    var all = decision.reasons + decision.stage.reasons + decision.privateProsecution.reasons + decision.penalty.reasons
    all += decision.overdue.flatMap(\.reasons) + decision.completed.flatMap(\.reasons)
    all += decision.applicantNotices.flatMap(\.reasons) + decision.transferChecklist.reasons
    #expect(!all.isEmpty)
    #expect(all.allSatisfy { !$0.article.isEmpty && !$0.message.zh.isEmpty && !$0.message.en.isEmpty })
}

// MARK: - The seed's own statements (seed 002, article by article)

@Test func seed_art5_decisionWithinSevenDays_atMostThirtyForMajorComplexCases() throws {
    // "generally, a decision should be made within 7 days; if the case is major, difficult, or complex,
    // it can be extended to a maximum of 30 days"
    let plain = try rxDecide("2025-07-08", rxTransferred("2025-07-07", received: "2025-07-07"))
    #expect(plain.running(.filingReview)?.dueDate == rxDay("2025-07-14"))
    let major = try rxDecide("2025-07-08", rxTransferred("2025-07-07", received: "2025-07-07")
        + [rxEvent(.majorComplexFinding, "2025-07-08", .police)])
    #expect(major.running(.filingReview)?.dueDate == rxDay("2025-08-06"))
}

@Test func seed_art7_art8_sevenDaysToInform_sevenDaysForReasons_fifteenDaysToFile() throws {
    // "they must send a letter to the executing court within 7 days"; "respond in writing within 7 days of
    // receiving the notice"; "shall initiate the investigation within fifteen days of receiving the notice"
    let decision = try rxDecide("2025-07-21", rxTransferred("2025-07-01", received: "2025-07-01") + [
        rxEvent(.notFilingDecision, "2025-07-07", .police), rxEvent(.policeFeedback, "2025-07-10", .police),
        rxEvent(.supervisionRequest, "2025-07-11", .court), rxEvent(.reasonsRequest, "2025-07-14", .procuratorate),
        rxEvent(.reasonsAnswer, "2025-07-18", .police), rxEvent(.filingNotice, "2025-07-21", .procuratorate),
    ])
    #expect(decision.completedEntry(.feedbackToCourt)?.dueDate == rxDay("2025-07-14"))
    #expect(decision.completedEntry(.reasonsAnswer)?.dueDate == rxDay("2025-07-21"))
    #expect(decision.running(.filingAfterNotice)?.dueDate == rxDay("2025-08-05"))
}

@Test func seed_art9_prosecutionReviewOneMonth_extendableByHalfAMonth() throws {
    // "the time limit for reviewing and prosecuting is generally one month (which can be extended by half a month)"
    let decision = try rxDecide("2025-07-22", rxTransferred("2025-07-01", received: "2025-07-01") + [
        rxEvent(.filingDecision, "2025-07-03", .police), rxEvent(.prosecutionTransfer, "2025-07-21", .police),
        rxEvent(.prosecutionReviewExtended, "2025-07-22", .procuratorate),
    ])
    // 1 month → 2025-08-21; + 15 days → 2025-09-05 (Friday).
    #expect(decision.running(.prosecutionReview)?.dueDate == rxDay("2025-09-05"))
}

@Test func seed_art12_threeRoutesMakeTheCourtTellTheApplicant() throws {
    // "the public security organ does not file a case, the public security organ delays indefinitely, and the
    // procuratorate does not prosecute. As long as any of these situations occur ... the court has the
    // responsibility to remind the applicant"
    let notFiling = try rxDecide("2025-07-20", rxTransferred("2025-07-01", received: "2025-07-01")
        + [rxEvent(.notFilingDecision, "2025-07-07", .police)])
    let silence = try rxDecide("2025-08-05", rxTransferred("2025-07-01", received: "2025-07-01"))
    let nonProsecution = try rxDecide("2025-09-01", rxTransferred("2025-07-01", received: "2025-07-01") + [
        rxEvent(.filingDecision, "2025-07-03", .police), rxEvent(.prosecutionTransfer, "2025-07-21", .police),
        rxEvent(.nonProsecution, "2025-08-20", .procuratorate),
    ])
    #expect(notFiling.applicantNotices.map(\.ground) == [.policeNotFiling])
    #expect(silence.applicantNotices.map(\.ground) == [.transferNotAnswered])
    #expect(nonProsecution.applicantNotices.map(\.ground) == [.procuratorateNonProsecution])
    for decision in [notFiling, silence, nonProsecution] {
        #expect(decision.applicantNotices.first?.owedBy == .court)
        #expect(decision.applicantNotices.first?.status == .owed)
    }
}

@Test func example_throughRuleEngine_jsonInJsonOut() throws {
    let engine = RuleEngine(RefusalRules.self)
    #expect(engine.name == "refusal")
    let out = try engine.decide(json: Data(refusalExampleJSON.utf8), context: RuleContext(calendar: try rxCalendar()))
    let text = String(decoding: out, as: UTF8.self)
    #expect(text.contains(#""code" : "awaitingFilingOnNotice""#))
    #expect(text.contains(#""dueDate" : "2025-10-27""#))
}
