import Testing
import ZhixingCore

private let transferred = rxTransferred("2025-08-04", received: "2025-08-05")

/// Decides with every Art.4 category except `left`, and checks that exactly it is reported missing.
private func checkArt4Missing(_ left: TransferEvidence, article: String) throws {
    let evidence = TransferEvidence.allCases.filter { $0 != left }
    let decision = try rxDecide("2025-08-06", transferred, documents: TransferDocument.allCases, evidence: evidence)
    #expect(decision.transferChecklist.missing == [left.rawValue])
    #expect(!decision.transferChecklist.complete)
    let item = try #require(decision.transferChecklist.items.first { $0.code == left.rawValue })
    #expect(item.article == article)
    #expect(decision.transferChecklist.reasons.contains { $0.article == article && $0.message.en.hasPrefix("Missing:") })
}

// MARK: - Opinions 2025 Art.3: the transfer letter and the explanation of the enforcement situation

@Test func art3_transferDocuments_missingLetterListed() throws {
    let decision = try rxDecide("2025-08-06", transferred, documents: [.enforcementSituationExplanation],
                                evidence: TransferEvidence.allCases)
    #expect(decision.transferChecklist.missing == ["transferLetter"])
    #expect(decision.transferChecklist.items.first { $0.code == "transferLetter" }?.article == "Opinions 2025 Art.3")
}

@Test func art3_art4_everythingProvided_complete() throws {
    let decision = try rxDecide("2025-08-06", transferred, documents: TransferDocument.allCases, evidence: TransferEvidence.allCases)
    #expect(decision.transferChecklist.complete)
    #expect(decision.transferChecklist.missing.isEmpty)
    #expect(decision.transferChecklist.items.count == 7)
}

@Test func art3_notYetTransferred_checklistStillListsWhatIsNeeded() throws {
    let decision = try rxDecide("2025-08-06", [])
    #expect(decision.transferChecklist.missing.count == 7)
    #expect(decision.transferChecklist.reasons.first?.message.en.hasPrefix("Not yet transferred") == true)
}

// MARK: - Opinions 2025 Art.4 items 1-5

@Test func art4_item1_identityMissing_listed() throws { try checkArt4Missing(.identity, article: "Opinions 2025 Art.4 item 1") }
@Test func art4_item2_dutyToPerformMissing_listed() throws { try checkArt4Missing(.dutyToPerform, article: "Opinions 2025 Art.4 item 2") }
@Test func art4_item3_abilityToPerformMissing_listed() throws { try checkArt4Missing(.abilityToPerform, article: "Opinions 2025 Art.4 item 3") }
@Test func art4_item4_refusalMissing_listed() throws { try checkArt4Missing(.refusal, article: "Opinions 2025 Art.4 item 4") }
@Test func art4_item5_circumstancesOrConsequencesMissing_listed() throws {
    try checkArt4Missing(.circumstancesOrConsequences, article: "Opinions 2025 Art.4 item 5")
}

// MARK: - Opinions 2025 Art.13 items 1-6

private let allBasic: [PrivateProsecutionMaterial] = [
    .complaintStatement, .prosecutorIdentity, .executionBasisAndAcceptanceNotice, .dutyAbilityRefusalEvidence, .publicNonPursuitProof,
]

private func art13Missing(_ materials: [PrivateProsecutionMaterial], representative: Bool = false,
                          otherRequested: Bool = false) throws -> RefusalChecklist {
    try rxDecide("2025-08-05", [rxEvent(.complaint, "2025-08-01", .applicant), rxEvent(.complaintRefused, "2025-08-01", .police)],
                 privateProsecution: PrivateProsecutionFacts(rightsInfringed: true, materials: materials,
                                                             filedByRepresentative: representative,
                                                             courtRequestedOtherMaterials: otherRequested))
        .privateProsecutionMaterials
}

@Test func art13_items1to5_allProvided_complete() throws {
    let list = try art13Missing(allBasic)
    #expect(list.complete)
    // Items 2 (representative) and 6 are not required here.
    #expect(list.items.filter { !$0.required }.map(\.code).sorted() == ["otherRequiredByCourt", "prosecutorUnableToAct", "representativeRelationship"])
}

@Test func art13_item1_complaintStatementMissing() throws {
    let list = try art13Missing(allBasic.filter { $0 != .complaintStatement })
    #expect(list.missing == ["complaintStatement"])
    #expect(list.items.first { $0.code == "complaintStatement" }?.article == "Opinions 2025 Art.13 item 1")
}

@Test func art13_item2_identityMissing_andRepresentativeNeedsTwoMore() throws {
    #expect(try art13Missing(allBasic.filter { $0 != .prosecutorIdentity }).missing == ["prosecutorIdentity"])
    let byRepresentative = try art13Missing(allBasic, representative: true)
    #expect(byRepresentative.missing == ["representativeRelationship", "prosecutorUnableToAct"])
    #expect(byRepresentative.items.first { $0.code == "prosecutorUnableToAct" }?.article == "Opinions 2025 Art.13 item 2")
}

@Test func art13_item3_executionBasisMissing() throws {
    #expect(try art13Missing(allBasic.filter { $0 != .executionBasisAndAcceptanceNotice }).missing == ["executionBasisAndAcceptanceNotice"])
}

@Test func art13_item4_dutyAbilityRefusalEvidenceMissing() throws {
    #expect(try art13Missing(allBasic.filter { $0 != .dutyAbilityRefusalEvidence }).missing == ["dutyAbilityRefusalEvidence"])
}

@Test func art13_item5_nonPursuitProofMissing_namesTheDocumentTheRecordCallsFor() throws {
    let list = try art13Missing(allBasic.filter { $0 != .publicNonPursuitProof })
    #expect(list.missing == ["publicNonPursuitProof"])
    let item = try #require(list.items.first { $0.code == "publicNonPursuitProof" })
    #expect(item.article == "Opinions 2025 Art.13 item 5")
    #expect(item.note?.en.contains("refused the complaint materials") == true)
}

@Test func art13_item6_otherMaterialsRequiredOnlyWhenCourtAsks() throws {
    #expect(try art13Missing(allBasic).complete)
    let asked = try art13Missing(allBasic, otherRequested: true)
    #expect(asked.missing == ["otherRequiredByCourt"])
    #expect(asked.items.first { $0.code == "otherRequiredByCourt" }?.article == "Opinions 2025 Art.13 item 6")
}
