import Foundation
import Testing
@testable import ZhixingCore

@Suite("Credit facts: validation and determinism")
struct CreditFactsValidationTests {
    @Test func facts_invalidIdentityNumber_namesTheField() {
        let error = creditFieldError(creditPersonFacts(id: "110105199003071230"))
        #expect(error?.field == "debtor.identityNumber")
        #expect(error?.code == "resident_id.check_digit")
    }

    @Test func facts_birthDateContradictsIdentityNumber_refused() {
        let json = """
        {"asOf": "2025-06-16", "debtor": {"kind": "naturalPerson", "name": "王某某",
         "identityNumber": "\(CreditIDs.adultMale)", "birthDate": "1991-03-07"}}
        """
        #expect(creditFieldError(json)?.field == "debtor.birthDate")
    }

    @Test func facts_sexContradictsIdentityNumber_refused() {
        let json = """
        {"asOf": "2025-06-16", "debtor": {"kind": "naturalPerson", "name": "王某某",
         "identityNumber": "\(CreditIDs.adultMale)", "sex": "female"}}
        """
        #expect(creditFieldError(json)?.code == "credit.sex_mismatch")
    }

    @Test func facts_unknownField_refusedWithPath() {
        let error = creditFieldError(creditPersonFacts(#""findings": {"ableToPerformButRefuse": true}"#))
        #expect(error?.field == "findings.ableToPerformButRefuse")
        #expect(error?.code == "credit.unknown_field")
    }

    @Test func facts_unknownEnumValue_listsAllowedValues() {
        let error = creditFieldError(creditPersonFacts(#""findings": {"obstruction": {"methods": ["bribery"]}}"#))
        #expect(error?.field == "findings.obstruction.methods[0]")
        #expect(error?.message.en.contains("forgedEvidence") == true)
    }

    @Test func facts_obstructionWithoutMethod_refused() {
        let error = creditFieldError(creditPersonFacts(#""findings": {"obstruction": {"methods": []}}"#))
        #expect(error?.field == "findings.obstruction.methods")
    }

    @Test func facts_extensionOutOfRange_refused() {
        let error = creditFieldError(creditPersonFacts(#""listingRequest": {"initiatedBy": "court", "extensionYears": 4}"#))
        #expect(error?.field == "listingRequest.extensionYears")
        #expect(error?.code == "credit.out_of_range")
    }

    @Test func facts_gracePeriodOutOfRange_refused() {
        let error = creditFieldError(creditPersonFacts(#""listingRequest": {"initiatedBy": "court", "gracePeriodMonths": 6}"#))
        #expect(error?.field == "listingRequest.gracePeriodMonths")
    }

    @Test func facts_applicantRequestWithoutDate_refused() {
        let error = creditFieldError(creditPersonFacts(#""listingRequest": {"initiatedBy": "applicant"}"#))
        #expect(error?.field == "listingRequest.appliedOn")
    }

    @Test func facts_eventAfterAsOf_refused() {
        let error = creditFieldError(creditPersonFacts(asOf: "2025-06-16", #""enforcement": {"fullyPerformedOn": "2025-07-01"}"#))
        #expect(error?.field == "enforcement.fullyPerformedOn")
        #expect(error?.code == "credit.date_after_as_of")
    }

    @Test func facts_invalidDate_namesFullPath() {
        let error = creditFieldError(creditPersonFacts(#""existingListing": {"listedOn": "2025-02-30", "grounds": ["evadesEnforcement"]}"#))
        #expect(error?.field == "existingListing.listedOn")
    }

    @Test func facts_ground1ListingCannotBeExtended() {
        let error = creditFieldError(creditPersonFacts(
            #""existingListing": {"listedOn": "2025-02-03", "grounds": ["refusesDespiteAbility"], "extensionYears": 1}"#))
        #expect(error?.field == "existingListing.extensionYears")
    }

    @Test func facts_organisationFieldOnNaturalPerson_refused() {
        let json = """
        {"asOf": "2025-06-16", "debtor": {"kind": "naturalPerson", "name": "王某某", "legalRepresentative": "李某"}}
        """
        #expect(creditFieldError(json)?.field == "debtor.legalRepresentative")
    }

    @Test func facts_missingDebtor_refused() {
        #expect(creditFieldError(#"{"asOf": "2025-06-16"}"#)?.field == "debtor")
    }

    @Test func facts_moneyAsNumber_refused() {
        let error = creditFieldError(creditPersonFacts(#""enforcement": {"amountDue": 1234.5}"#))
        #expect(error?.field == "enforcement.amountDue")
    }

    @Test func facts_performedMoreThanDue_refused() {
        let error = creditFieldError(creditPersonFacts(#""enforcement": {"amountDue": "100.00", "amountPerformed": "100.01"}"#))
        #expect(error?.field == "enforcement.amountPerformed")
    }

    @Test func facts_privateConsumptionByStranger_refused() {
        let error = creditFieldError(creditOrganisationFacts(#"""
            "consumptionRestriction": {"orderedOn": "2025-03-01", "privateConsumptionApplications": [{"person": "陌生人"}]}
            """#))
        #expect(error?.field == "consumptionRestriction.privateConsumptionApplications[0].person")
    }

    @Test func facts_correctionRejectionServedWithoutRejection_refused() {
        let error = creditFieldError(creditPersonFacts(
            #""correction": {"receivedOn": "2025-06-02", "grounds": ["inaccurateInformation"], "rejectionServedOn": "2025-06-10"}"#))
        #expect(error?.field == "correction.reasonsFoundValid")
    }

    @Test func decision_isDeterministic() throws {
        let json = creditPersonFacts(#"""
            "findings": {"violatedPropertyReporting": true, "evasion": {"methods": ["concealingProperty"]}},
            "listingRequest": {"initiatedBy": "court", "extensionYears": 1}
            """#)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(try creditDecide(json))
        let second = try encoder.encode(try creditDecide(json))
        #expect(first == second)
    }
}
