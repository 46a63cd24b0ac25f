import Foundation
import Testing
@testable import ZhixingCore

@Test func validation_moneyAsJSONNumber_namesTheFullPath() {
    let error = compError(compWith(compBaseFacts(), "acts[0].losses[0].amount", 10000))
    #expect(error?.field == "acts[0].losses[0].amount")
    #expect(error?.code == "money.must_be_string")
}

@Test func validation_badDate_namesTheFullPath() {
    let error = compError(compWith(compBaseFacts(), "claim.filedOn", "2024-02-30"))
    #expect(error?.field == "claim.filedOn")
    #expect(error?.code == "date.invalid")
}

@Test func validation_badCaseNumber_namesTheField() {
    let error = compError(compWith(compBaseFacts(), "enforcement.caseNumber", "京0105执5678"))
    #expect(error?.field == "enforcement.caseNumber")
}

@Test func validation_badShare_namesTheField() {
    let error = compError(compWith(compBaseFacts(), "acts[0].courtShare", "40%"))
    #expect(error?.field == "acts[0].courtShare")
    #expect(error?.code == "compensation.share_invalid")
}

@Test func validation_duplicateActIds() {
    let facts = compWith(compBaseFacts(), "acts[1]", ["id": "A1", "kind": "unlawfulDisposal"] as CompJSON)
    #expect(compError(facts)?.field == "acts[1].id")
}

@Test func validation_reviewOfUnknownAct() {
    let facts = compWith(compBaseFacts(), "reviews", [["kind": "objection", "actIds": ["X9"], "filedOn": "2024-01-01"] as CompJSON])
    #expect(compError(facts)?.field == "reviews[0].actIds[0]")
}

@Test func validation_knowledgeAfterFiling() {
    #expect(compError(compWith(compBaseFacts(), "limitation.knewOn", "2024-04-01"))?.field == "limitation.knewOn")
}

@Test func validation_claimAfterDecisionDate() {
    #expect(compError(compWith(compBaseFacts(), "claim.filedOn", "2025-07-01"))?.field == "claim.filedOn")
}

@Test func validation_endedProcedureWithoutEndDate() {
    #expect(compError(compWith(compBaseFacts(), "enforcement.endedOn", nil))?.field == "enforcement.endedOn")
}

@Test func validation_negativeAmount() {
    let error = compError(compWith(compBaseFacts(), "acts[0].losses[0].amount", "-1.00"))
    #expect(error?.field == "acts[0].losses[0].amount")
    #expect(error?.code == "compensation.negative_amount")
}

@Test func validation_noActs() {
    #expect(compError(compWith(compBaseFacts(), "acts", [] as [Any]))?.field == "acts")
}

@Test func validation_missingRequiredField_namesIt() {
    let error = compError(compWith(compBaseFacts(), "claim.filedOn", nil))
    #expect(error?.field == "claim.filedOn")
    #expect(error?.code == "field.required")
}

@Test func validation_lossKindNeedsItsFields() {
    #expect(compError(compWith(compBaseFacts(), "acts[0].losses[0]", ["kind": "rent"] as CompJSON))?.field == "acts[0].losses[0].amount")
    #expect(compError(compWith(compBaseFacts(), "acts[0].losses[0]", ["kind": "depositInterest", "principal": "1.00"] as CompJSON))?.field
            == "acts[0].losses[0].from")
}

@Test func validation_reversedRange() {
    let facts = compWith(compBaseFacts(), "limitation.custodyPeriods", [["from": "2022-03-01", "to": "2022-01-01"] as CompJSON])
    #expect(compError(facts)?.field == "limitation.custodyPeriods[0].to")
}
