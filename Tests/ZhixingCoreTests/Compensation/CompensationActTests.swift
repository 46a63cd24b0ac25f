import Foundation
import Testing
@testable import ZhixingCore

// MARK: - Art.2: the eleven kinds, each accepted and examined

private func kindDecision(_ kind: String) throws -> CompensationRules.Decision {
    try compDecide(compWith(compBaseFacts(), "acts[0].kind", kind))
}

private func expectKind(_ kind: String, item: Int) throws {
    let decision = try kindDecision(kind)
    let act = try #require(decision.act("A1"))
    #expect(act.kindArticle == "Interpretation [2022] No.3 Art.2 item \(item)")
    #expect(act.kind.item == item)
    #expect(act.outcome == .compensable)
    #expect(decision.admissibility.admissible)
}

@Test func art2_item1_ineffectiveInstrumentOrExcess() throws { try expectKind("ineffectiveInstrumentOrExcess", item: 1) }
@Test func art2_item2_delayOrFailureToEnforce() throws { try expectKind("delayOrFailureToEnforce", item: 2) }
@Test func art2_item3_thirdPartyPropertyOrWrongDelivery() throws { try expectKind("thirdPartyPropertyOrWrongDelivery", item: 3) }
@Test func art2_item4_priorityRightsDisregarded() throws { try expectKind("priorityRightsDisregarded", item: 4) }
@Test func art2_item5_propertyUnderAnotherCourtsMeasure() throws { try expectKind("propertyUnderAnotherCourtsMeasure", item: 5) }
@Test func art2_item6_custodyDutyNeglected() throws { try expectKind("custodyDutyNeglected", item: 6) }
@Test func art2_item7_perishableOrDepreciatingPropertyMishandled() throws { try expectKind("perishableOrDepreciatingPropertyMishandled", item: 7) }
@Test func art2_item8_unlawfulDisposal() throws { try expectKind("unlawfulDisposal", item: 8) }
@Test func art2_item9_unlawfulRevocationOfDisposal() throws { try expectKind("unlawfulRevocationOfDisposal", item: 9) }
@Test func art2_item10_unlawfulCreditMeasure() throws { try expectKind("unlawfulCreditMeasure", item: 10) }
@Test func art2_item11_otherUnlawfulOrFaultyMeasure() throws { try expectKind("otherUnlawfulOrFaultyMeasure", item: 11) }

@Test func art2_seedText_elevenKindsInSeedOrder() {
    // Seed 001 Art.2 lists eleven items; the enum keeps their order and wording.
    #expect(ErroneousEnforcementKind.allCases.count == 11)
    #expect(ErroneousEnforcementKind.unlawfulCreditMeasure.text.zh.contains("纳入失信被执行人名单、限制消费、限制出境"))
    #expect(ErroneousEnforcementKind.unlawfulDisposal.text.zh.contains("依法应当评估而未评估"))
}

@Test func art2_unknownKind_fieldErrorListsAllowed() {
    let error = compError(compWith(compBaseFacts(), "acts[0].kind", "wrongKind"))
    #expect(error?.field == "acts[0].kind")
    #expect(error?.code == "field.not_allowed")
    #expect(error?.message.en.contains("unlawfulCreditMeasure") == true)
}

// MARK: - Art.7: legality findings

@Test func art7_para1_priorFindingUnlawful_isTheBasis() throws {
    let decision = try compDecide(compBaseFacts())
    let reason = decision.act("A1")?.reasons.first { $0.article == "Interpretation [2022] No.3 Art.7 para.1" }
    #expect(reason?.message.zh.contains("执行异议程序作出的（2020）京0105执异88号生效法律文书") == true)
    #expect(decision.act("A1")?.outcome == .compensable)
}

@Test func art7_para1_priorFindingLawful_notErroneous() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "acts[0].legality.priorFinding.held", "lawful"))
    #expect(decision.act("A1")?.outcome == .notErroneous)
    #expect(decision.outcome == .noCompensation)
    #expect(decision.amounts?.total == .zero)
}

@Test func art7_para1_committeeDisagreesWithoutContraryEvidence_priorFindingKept() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("acts[0].legality.priorFinding.held", "lawful"), ("acts[0].legality.committeeFinding", "unlawful"),
    ]))
    #expect(decision.act("A1")?.outcome == .notErroneous)
    #expect(decision.warnings.contains { $0.article == "Interpretation [2022] No.3 Art.7 para.2" })
}

@Test func art7_para2_contraryClaimWithEvidence_requiresCommitteeReview() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("acts[0].legality.priorFinding.held", "lawful"), ("acts[0].legality.contraryClaimWithEvidence", true),
    ]))
    #expect(decision.outcome == .findingsRequired)
    #expect(decision.requiredFields == ["acts[0].legality.committeeFinding"])
    #expect(decision.act("A1")?.outcome == .findingRequired)
    #expect(decision.amounts == nil)
}

@Test func art7_para2_contraryClaimWithEvidence_committeeFindsUnlawful() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("acts[0].legality.priorFinding.held", "lawful"), ("acts[0].legality.contraryClaimWithEvidence", true),
        ("acts[0].legality.committeeFinding", "unlawful"),
    ]))
    #expect(decision.act("A1")?.outcome == .compensable)
    #expect(decision.humanFindings.contains { $0.article == "Interpretation [2022] No.3 Art.7 para.2" })
}

@Test func art7_noPriorFinding_committeeMustFind() throws {
    let facts = compWith(compBaseFacts(), "acts[0].legality", [:] as CompJSON)
    let decision = try compDecide(facts)
    #expect(decision.outcome == .findingsRequired)
    #expect(decision.findingsRequired.first?.article == "Interpretation [2022] No.3 Art.7")
    let found = try compDecide(compWith(facts, "acts[0].legality.committeeFinding", "lawful"))
    #expect(found.act("A1")?.outcome == .notErroneous)
}

// MARK: - Art.8: later changes that do not make an act erroneous

private func laterChange(_ situation: String, basedOnValidBasis: Bool = true,
                         independent: Bool = false) throws -> CompensationRules.Decision {
    try compDecide(compWith(compBaseFacts(), "acts[0].laterChange", [
        "situation": situation, "actBasedOnBasisValidAtTheTime": basedOnValidBasis, "errorIndependentOfChange": independent,
    ] as CompJSON))
}

private func expectArt8(_ situation: String, item: Int) throws {
    let decision = try laterChange(situation)
    #expect(decision.act("A1")?.outcome == .notErroneous)
    #expect(decision.act("A1")?.reasons.contains { $0.article == "Interpretation [2022] No.3 Art.8 item \(item)" } == true)
    #expect(decision.outcome == .noCompensation)
}

@Test func art8_item1_basisRevokedOrChanged_notErroneous() throws { try expectArt8("basisRevokedOrChanged", item: 1) }
@Test func art8_item2_debtorDefenceArisenLater_notErroneous() throws { try expectArt8("debtorDefenceArisenOrConfirmedLater", item: 2) }
@Test func art8_item3_thirdPartyRightConfirmedLater_notErroneous() throws { try expectArt8("thirdPartyRightConfirmedLater", item: 3) }
@Test func art8_item4_administrativeActSetAsideLater_notErroneous() throws { try expectArt8("administrativeActSetAsideLater", item: 4) }
@Test func art8_item5_registrationConfirmedWrongLater_notErroneous() throws { try expectArt8("registrationConfirmedWrongLater", item: 5) }
@Test func art8_item6_otherLaterChange_notErroneous() throws { try expectArt8("otherLaterChange", item: 6) }

@Test func art8_notBasedOnBasisValidAtTheTime_doesNotShield() throws {
    let decision = try laterChange("basisRevokedOrChanged", basedOnValidBasis: false)
    #expect(decision.act("A1")?.outcome == .compensable)
    #expect(decision.act("A1")?.reasons.contains { $0.message.zh.contains("第八条不适用") } == true)
}

@Test func art8_errorIndependentOfChange_examinedOnLegality() throws {
    let decision = try laterChange("thirdPartyRightConfirmedLater", independent: true)
    #expect(decision.act("A1")?.outcome == .compensable)
}

// MARK: - Art.9: burden of proof

@Test func art9_para1_noLossProved_noCompensation() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "acts[0].losses", [] as [Any]))
    #expect(decision.act("A1")?.outcome == .noLoss)
    #expect(decision.outcome == .noCompensation)
    #expect(decision.act("A1")?.reasons.last?.article == "Interpretation [2022] No.3 Art.9 para.1")
}

@Test func art9_para1_courtFaultShiftsBurden_lossMustBeFound() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("acts[0].losses", [] as [Any]), ("acts[0].courtFaultPreventedProof", true),
    ]))
    #expect(decision.outcome == .findingsRequired)
    #expect(decision.requiredFields == ["acts[0].losses"])
}

@Test func art9_para2_appraisalAndCommitteeJudgment_citedOnTheLoss() throws {
    for (evidence, text) in [("appraisal", "申请鉴定"), ("committeeJudgment", "日常生活经验"), ("appraisalRefused", "不利的法律后果")] {
        let decision = try compDecide(compWith(compBaseFacts(), "acts[0].losses[0].valueEvidence", evidence))
        let reason = decision.act("A1")?.losses.first?.reasons.last
        #expect(reason?.article == "Interpretation [2022] No.3 Art.9 para.2")
        #expect(reason?.message.zh.contains(text) == true)
    }
}

// MARK: - Art.12: custodian or third party

private func custodian(supervisionFailed: Bool, share: String?) -> CompJSON {
    compWith(compBaseFacts(), [
        ("acts[0].kind", "custodyDutyNeglected"),
        ("acts[0].damageByCustodianOrThirdParty", ["role": "custodian", "name": "三河市顺达停车场", "courtFailedSupervision": supervisionFailed] as CompJSON),
        ("acts[0].courtShare", share),
    ])
}

@Test func art12_custodianCausedDamage_courtSupervised_noLiability() throws {
    let decision = try compDecide(custodian(supervisionFailed: false, share: nil))
    #expect(decision.act("A1")?.outcome == .noLiability)
    #expect(decision.outcome == .noCompensation)
    #expect(decision.recourse.isEmpty)
}

@Test func art12_courtFailedSupervision_answersForShareAndMayRecover() throws {
    let decision = try compDecide(custodian(supervisionFailed: true, share: "0.4"))
    let act = try #require(decision.act("A1"))
    #expect(act.outcome == .compensable)
    #expect(act.courtShare?.description == "0.4")
    #expect(act.compensation == "4000.000000")
    #expect(decision.amounts?.total == Money(fen: 400_000))
    #expect(decision.recourse.count == 1)
    #expect(decision.recourse.first?.against == "三河市顺达停车场")
    #expect(decision.recourse.first?.article == "Interpretation [2022] No.3 Art.12")
}

@Test func art12_thirdParty_shareIsAHumanFinding() throws {
    let facts = compWith(custodian(supervisionFailed: true, share: nil), "acts[0].damageByCustodianOrThirdParty.role", "thirdParty")
    let decision = try compDecide(facts)
    #expect(decision.outcome == .findingsRequired)
    #expect(decision.requiredFields == ["acts[0].courtShare"])
    #expect(decision.findingsRequired.first?.article == "Interpretation [2022] No.3 Art.12")
}

// MARK: - Art.13: no liability, or liability by contribution

private func situation(_ name: String, share: String?) throws -> CompensationRules.Decision {
    try compDecide(compWith(compBaseFacts(), [("acts[0].noLiabilitySituation", name), ("acts[0].courtShare", share)]))
}

private func expectArt13(_ name: String, item: Int) throws {
    let decision = try situation(name, share: "0.25")
    let act = try #require(decision.act("A1"))
    #expect(act.reasons.contains { $0.article == "Interpretation [2022] No.3 Art.13 para.1 item \(item)" })
    #expect(act.reasons.contains { $0.article == "Interpretation [2022] No.3 Art.13 para.2" })
    #expect(act.compensation == "2500.000000")
    #expect(decision.amounts?.total == Money(fen: 250_000))
}

@Test func art13_item1_wrongPropertyClues_courtAnswersForItsShare() throws { try expectArt13("applicantGaveWrongPropertyClues", item: 1) }
@Test func art13_item2_measureOnLawfulGuarantee_courtAnswersForItsShare() throws { try expectArt13("measureTakenOrLiftedOnLawfulGuarantee", item: 2) }
@Test func art13_item3_staffPersonalAct_courtAnswersForItsShare() throws { try expectArt13("staffPersonalActUnrelatedToDuties", item: 3) }
@Test func art13_item4_valuationOrAuctionInstitution_courtAnswersForItsShare() throws { try expectArt13("valuationOrAuctionInstitutionActedUnlawfully", item: 4) }
@Test func art13_item5_forceMajeure_courtAnswersForItsShare() throws { try expectArt13("forceMajeureSelfDefenceOrNecessity", item: 5) }
@Test func art13_item6_otherNotLiableByLaw_courtAnswersForItsShare() throws { try expectArt13("otherNotLiableByLaw", item: 6) }

@Test func art13_para1_situationWithoutErroneousAct_noLiability() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("acts[0].noLiabilitySituation", "applicantGaveWrongPropertyClues"), ("acts[0].legality.priorFinding.held", "lawful"),
    ]))
    #expect(decision.act("A1")?.outcome == .notErroneous)
    #expect(decision.outcome == .noCompensation)
}

@Test func art13_para2_shareMissing_asksForFinding() throws {
    let decision = try situation("valuationOrAuctionInstitutionActedUnlawfully", share: nil)
    #expect(decision.outcome == .findingsRequired)
    #expect(decision.findingsRequired.first?.article == "Interpretation [2022] No.3 Art.13 para.2")
}

@Test func art13_para2_zeroShare_noLiability() throws {
    let decision = try situation("forceMajeureSelfDefenceOrNecessity", share: "0")
    #expect(decision.act("A1")?.outcome == .noLiability)
    #expect(decision.outcome == .noCompensation)
}

@Test func art13_shareWithoutSituation_ignoredWithWarning() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "acts[0].courtShare", "0.5"))
    #expect(decision.amounts?.total == Money(fen: 1_000_000))
    #expect(decision.warnings.contains { $0.message.en.contains("not applied") })
}

@Test func art12_art13_bothPresent_oneShareCitesBoth() throws {
    let facts = compWith(custodian(supervisionFailed: true, share: "0.3"), "acts[0].noLiabilitySituation", "forceMajeureSelfDefenceOrNecessity")
    let decision = try compDecide(facts)
    #expect(decision.act("A1")?.compensation == "3000.000000")
    #expect(decision.humanFindings.contains { $0.article == "Interpretation [2022] No.3 Art.12; Interpretation [2022] No.3 Art.13 para.2" })
}
