import Testing
import ZhixingCore

private func penalty(_ found: [RefusalCircumstance], ability: Bool? = true, kind: RefusalDebtorKind = .naturalPerson,
                     events: [RefusalEvent] = [], asOf: String = "2025-12-01", support: Bool = false,
                     manifestlyMinor: Bool? = nil, minor: Bool? = nil,
                     performance: RefusalPerformance? = nil) throws -> RefusalPenaltyReport {
    try rxDecide(asOf, events, circumstances: RefusalCircumstanceFacts(
        debtorKind: kind, abilityToPerform: ability, found: found, foundBy: "合议庭", supportOrWagesJudgment: support,
        manifestlyMinorAndHarmless: manifestlyMinor, minorCircumstances: minor, performance: performance)).penalty
}

/// One circumstance found, with ability: the band it points to, citing its provision.
private func checkBand(_ circumstance: RefusalCircumstance, _ band: RefusalPenaltyBand, article: String) throws {
    let report = try penalty([circumstance])
    #expect(report.band == band)
    #expect(circumstance.article == article)
    #expect(report.reasons.contains { $0.article == article && $0.message.en.hasPrefix("Relying on a person's finding (found by: 合议庭)") })
    #expect(report.reliedOnFindings)
    #expect(report.checklist.first { $0.code == circumstance }?.found == true)
}

private let prosecutedEvents = rxTransferred("2025-08-04", received: "2025-08-05") + [
    rxEvent(.filingDecision, "2025-08-11", .police), rxEvent(.prosecutionTransfer, "2025-08-15", .police),
    rxEvent(.publicProsecution, "2025-09-10", .procuratorate),
]

// MARK: - Criminal Law Art.313: the two bands; organisations

@Test func criminalLaw313_para1_seriousCircumstance_firstBand() throws {
    let report = try penalty([.interp2024Art3Item4])
    #expect(report.band == .serious)
    #expect(report.maxImprisonmentYears == 3)
    #expect(report.minImprisonmentYears == nil)
    #expect(report.criminalDetentionAvailable)
    #expect(report.fine == .alternative)
    #expect(report.penalty?.zh == "处三年以下有期徒刑、拘役或者罚金")
    #expect(!report.conditional)
    #expect(report.organisation == nil)
}

@Test func criminalLaw313_para1_particularlySerious_secondBand() throws {
    let report = try penalty([.interp2024Art3Item4, .interp2024Art4Item2])
    #expect(report.band == .particularlySerious)
    #expect(report.minImprisonmentYears == 3)
    #expect(report.maxImprisonmentYears == 7)
    #expect(report.fine == .mandatory)
    #expect(!report.criminalDetentionAvailable)
    #expect(report.penalty?.zh == "处三年以上七年以下有期徒刑，并处罚金")
}

@Test func criminalLaw313_para2_organisation_finedAndResponsiblePersonsPunished() throws {
    let report = try penalty([.interp2024Art3Item1], kind: .organisation)
    #expect(report.band == .serious)
    #expect(report.organisation?.zh.contains("对单位判处罚金") == true)
    #expect(report.reasons.contains { $0.article == "Criminal Law Art.313 para.2" })
}

@Test func criminalLaw313_noSeriousCircumstanceFound_notSerious() throws {
    let report = try penalty([])
    #expect(report.band == .notSerious)
    #expect(report.penalty == nil)
}

@Test func criminalLaw313_noFindingsGiven_notAssessed() throws {
    let report = try rxDecide("2025-08-06", []).penalty
    #expect(report.band == .notAssessed)
    #expect(!report.reliedOnFindings)
    #expect(report.checklist.count == RefusalCircumstance.allCases.count)
}

// MARK: - NPCSC Interpretation 2002 items 1-4

@Test func npcsc2002_item1_concealmentOrTransfer_serious() throws { try checkBand(.npcsc2002Item1, .serious, article: "NPCSC Interpretation 2002 item 1") }
@Test func npcsc2002_item2_guaranteedProperty_serious() throws { try checkBand(.npcsc2002Item2, .serious, article: "NPCSC Interpretation 2002 item 2") }
@Test func npcsc2002_item3_assistanceRefused_serious() throws { try checkBand(.npcsc2002Item3, .serious, article: "NPCSC Interpretation 2002 item 3") }
@Test func npcsc2002_item4_collusionWithStateOrganWorker_serious() throws { try checkBand(.npcsc2002Item4, .serious, article: "NPCSC Interpretation 2002 item 4") }

// MARK: - Interpretation 2024 Art.3 items 1-10: serious

@Test func interp2024_art3_item1_maliciousGratuitousDisposal_serious() throws { try checkBand(.interp2024Art3Item1, .serious, article: "Interpretation 2024 Art.3 item 1") }
@Test func interp2024_art3_item2_maliciousReductionOfAssets_serious() throws { try checkBand(.interp2024Art3Item2, .serious, article: "Interpretation 2024 Art.3 item 2") }
@Test func interp2024_art3_item3_evidenceOfAbilityDestroyed_serious() throws { try checkBand(.interp2024Art3Item3, .serious, article: "Interpretation 2024 Art.3 item 3") }
@Test func interp2024_art3_item4_falseReportAfterFineOrDetention_serious() throws { try checkBand(.interp2024Art3Item4, .serious, article: "Interpretation 2024 Art.3 item 4") }
@Test func interp2024_art3_item5_refusesToHandOverOrVacate_serious() throws { try checkBand(.interp2024Art3Item5, .serious, article: "Interpretation 2024 Art.3 item 5") }
@Test func interp2024_art3_item6_refusesActOfPersonalRights_serious() throws { try checkBand(.interp2024Art3Item6, .serious, article: "Interpretation 2024 Art.3 item 6") }
@Test func interp2024_art3_item7_breachesProtectionOrder_serious() throws { try checkBand(.interp2024Art3Item7, .serious, article: "Interpretation 2024 Art.3 item 7") }
@Test func interp2024_art3_item8_keepsOfficersOffSite_serious() throws { try checkBand(.interp2024Art3Item8, .serious, article: "Interpretation 2024 Art.3 item 8") }
@Test func interp2024_art3_item9_damagesFilesOrVehicles_serious() throws { try checkBand(.interp2024Art3Item9, .serious, article: "Interpretation 2024 Art.3 item 9") }
@Test func interp2024_art3_item10_otherSerious_serious() throws { try checkBand(.interp2024Art3Item10, .serious, article: "Interpretation 2024 Art.3 item 10") }

// MARK: - Interpretation 2024 Art.4 items 1-5: particularly serious

@Test func interp2024_art4_item1_shamLitigation_particularlySerious() throws { try checkBand(.interp2024Art4Item1, .particularlySerious, article: "Interpretation 2024 Art.4 item 1") }
@Test func interp2024_art4_item2_crowdStormsSite_particularlySerious() throws { try checkBand(.interp2024Art4Item2, .particularlySerious, article: "Interpretation 2024 Art.4 item 2") }
@Test func interp2024_art4_item3_violenceAgainstOfficers_particularlySerious() throws { try checkBand(.interp2024Art4Item3, .particularlySerious, article: "Interpretation 2024 Art.4 item 3") }
@Test func interp2024_art4_item4_applicantSuicideOrSelfHarm_particularlySerious() throws { try checkBand(.interp2024Art4Item4, .particularlySerious, article: "Interpretation 2024 Art.4 item 4") }
@Test func interp2024_art4_item5_otherParticularlySerious_particularlySerious() throws { try checkBand(.interp2024Art4Item5, .particularlySerious, article: "Interpretation 2024 Art.4 item 5") }

// MARK: - Interpretation 2024 Arts.5-7: ability, concealment before judgment, "cannot be executed"

@Test func interp2024_art5_noAbilityToExecute_noCrime() throws {
    let report = try penalty([.interp2024Art4Item1], ability: false)
    #expect(report.band == .noCrime)
    #expect(report.reasons.contains { $0.article.contains("Interpretation 2024 Art.5") })
}

@Test func interp2024_art5_abilityNotRecorded_bandIsConditional() throws {
    let report = try penalty([.interp2024Art3Item4], ability: nil)
    #expect(report.band == .serious)
    #expect(report.conditional)
}

@Test func interp2024_art6_concealmentAfterSuitBegan_serious() throws {
    try checkBand(.interp2024Art6, .serious, article: "Interpretation 2024 Art.6")
}

@Test func interp2024_art7_cannotBeExecuted_definitionGivenWhenTheItemRequiresIt() throws {
    #expect(try penalty([.npcsc2002Item1]).reasons.contains { $0.article == "Interpretation 2024 Art.7" })
    #expect(try !penalty([.interp2024Art3Item4]).reasons.contains { $0.article == "Interpretation 2024 Art.7" })
}

// MARK: - Interpretation 2024 Art.10: heavier; Art.11: not a crime, no prosecution, lighter

@Test func interp2024_art10_supportOrWagesJudgment_heavierPunishment() throws {
    let report = try penalty([.interp2024Art3Item4], support: true)
    #expect(report.adjustments.contains { $0.article == "Interpretation 2024 Art.10" && $0.message.zh.contains("从重处罚") })
}

@Test func interp2024_art11_sentence1_manifestlyMinor_notACrime() throws {
    let report = try penalty([.interp2024Art3Item4], manifestlyMinor: true)
    #expect(report.band == .noCrime)
    #expect(report.reasons.contains { $0.article == "Interpretation 2024 Art.11" })
}

@Test func interp2024_art11_sentence2_performedBeforeProsecution_minor_mayNotProsecute() throws {
    let report = try penalty([.interp2024Art3Item4], events: rxTransferred("2025-08-04", received: "2025-08-05"),
                             asOf: "2025-09-01", minor: true,
                             performance: RefusalPerformance(date: rxDay("2025-08-20"), extent: .partial))
    #expect(report.adjustments.contains { $0.article.contains("CrimPL 2018 Art.177 para.2") && $0.message.zh.contains("可以依法不起诉") })
    #expect(report.adjustments.contains { $0.message.zh.contains("可以依法从轻或者免除处罚") })
}

@Test func interp2024_art11_sentence3_performedAfterProsecutionBeforeJudgment_lighterOnly() throws {
    let report = try penalty([.interp2024Art3Item4], events: prosecutedEvents, asOf: "2025-10-01", minor: true,
                             performance: RefusalPerformance(date: rxDay("2025-09-20"), extent: .full))
    #expect(!report.adjustments.contains { $0.message.zh.contains("不起诉") })
    #expect(report.adjustments.contains { $0.article == "Interpretation 2024 Art.11" && $0.message.en.contains("lighter punishment or exemption may be given") })
}

@Test func interp2024_art11_minorNotYetFound_conditionalWording() throws {
    let report = try penalty([.interp2024Art3Item4], events: prosecutedEvents, asOf: "2025-10-01",
                             performance: RefusalPerformance(date: rxDay("2025-09-20"), extent: .full))
    #expect(report.adjustments.contains { $0.message.en.contains("if found minor") })
}

@Test func interp2024_art11_performanceAfterJudgment_noLeniency() throws {
    let report = try penalty([.interp2024Art3Item4],
                             events: prosecutedEvents + [rxEvent(.judgment, "2025-10-20", .court)], asOf: "2025-11-01", minor: true,
                             performance: RefusalPerformance(date: rxDay("2025-10-25"), extent: .full))
    #expect(report.adjustments.count == 1)
    #expect(report.adjustments.first?.message.en.contains("does not apply") == true)
}

@Test func interp2024_art11_performanceAfterAsOf_rejected() {
    let error = rxFieldError {
        _ = try penalty([.interp2024Art3Item4], asOf: "2025-09-01",
                        performance: RefusalPerformance(date: rxDay("2025-09-02"), extent: .full))
    }
    #expect(error?.field == "circumstances.performance.date")
}
