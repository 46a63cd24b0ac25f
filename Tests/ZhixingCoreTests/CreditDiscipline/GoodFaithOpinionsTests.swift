import Testing
@testable import ZhixingCore

@Suite("Good-Faith Enforcement Opinions 2019 Nos.15-17")
struct CreditGoodFaithOpinionsTests {
    // MARK: - Good-Faith Enforcement Opinions 2019 No.15: grace period

    @Test func opinions15_gracePeriod_publicationDeferred() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "findings": {"violatedPropertyReporting": true},
            "listingRequest": {"initiatedBy": "court", "gracePeriodMonths": 2}
            """#))
        let grace = try #require(decision.listing.gracePeriod)
        #expect(grace.months == 2)
        #expect(grace.lastDay == creditDay("2025-08-16"))
        #expect(grace.publishFrom == creditDay("2025-08-17"))
        #expect(grace.reasons.creditArticles.contains("Good-Faith Enforcement Opinions 2019 No.15"))
        // The term still runs from the decision (Art.5 para.3).
        #expect(decision.listing.term?.startsOn == creditDay("2025-06-16"))
    }

    // MARK: - No.16: who is not disciplined

    @Test func opinions16_campusLoanStudent_notListedNorRestricted() throws {
        let json = """
        {"asOf": "2025-06-16",
         "debtor": {"kind": "naturalPerson", "name": "孙某", "identityNumber": "\(CreditIDs.adultMale)",
                    "fullTimeStudentInCampusLoanDispute": true},
         "enforcement": {"enforcementNotice": {"performBy": "2025-05-01"}},
         "findings": {"ableToPerformButRefuses": true}}
        """
        let decision = try creditDecide(json)
        #expect(decision.listing.outcome == .mustNotList)
        #expect(decision.listingArticles.contains("Good-Faith Enforcement Opinions 2019 No.16"))
        #expect(decision.consumptionRestriction.outcome == .mayNotRestrict)
    }

    @Test func opinions16_campusLoanStudent_exceptionFound_listed() throws {
        let json = """
        {"asOf": "2025-06-16",
         "debtor": {"kind": "naturalPerson", "name": "孙某", "identityNumber": "\(CreditIDs.adultMale)",
                    "fullTimeStudentInCampusLoanDispute": true},
         "listingBars": {"campusLoanExceptionFound": true},
         "findings": {"ableToPerformButRefuses": true}}
        """
        let decision = try creditDecide(json)
        #expect(decision.listing.outcome == .shallList)
        #expect(decision.reliedArticles.contains("Good-Faith Enforcement Opinions 2019 No.16"))
    }

    @Test func opinions16_applicantAsksForNoMeasures_noRestriction() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "enforcement": {"enforcementNotice": {"performBy": "2025-05-01"}},
            "listingBars": {"applicantRequestedNoDisciplinaryMeasures": true}
            """#))
        #expect(decision.consumptionRestriction.outcome == .mayNotRestrict)
        #expect(decision.consumptionRestriction.reasons.creditMentions("申请执行人申请暂不采取惩戒措施"))
    }

    @Test func opinions16_controlledPropertySufficient_noDiscretionaryRestriction() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "enforcement": {"enforcementNotice": {"performBy": "2025-05-01"}},
            "listingBars": {"controlledPropertySufficient": true}
            """#))
        #expect(decision.consumptionRestriction.outcome == .mayNotRestrict)
        #expect(decision.consumptionRestriction.reasons.creditArticles.contains("Good-Faith Enforcement Opinions 2019 No.16"))
    }

    @Test func opinions16_controlledPropertyButListedOnGround2_restrictionStillMandatory() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "findings": {"obstruction": {"methods": ["threat"]}},
            "listingBars": {"controlledPropertySufficient": true}
            """#))
        #expect(decision.listing.outcome == .shallList)
        #expect(decision.consumptionRestriction.outcome == .mustRestrict)
    }

    // MARK: - No.17 item 2: a replaced legal representative

    @Test func opinions17_item2_replacedLegalRepresentative_verified_released() throws {
        let decision = try creditDecide(creditOrganisationFacts(persons: #"""
            [{"name": "郑某", "roles": ["legalRepresentative"], "replacedForBusinessNeeds": true,
              "verifiedNotControllerNorDirectlyResponsible": true}]
            """#, #""consumptionRestriction": {"orderedOn": "2025-03-01"}"#))
        let person = try #require(decision.consumptionRestriction.boundPersons.first { $0.name == "郑某" })
        #expect(!person.bound)
        #expect(person.reasons.creditArticles == ["Good-Faith Enforcement Opinions 2019 No.17 item 2"])
        #expect(person.reasons.creditMentions("变更后的法定代表人"))
        #expect(decision.consumptionRestriction.boundPersons.first { $0.name == "李某" }?.bound == true)
    }

    @Test func opinions17_item2_replacedButUnverifiedOrController_staysBound() throws {
        let decision = try creditDecide(creditOrganisationFacts(persons: #"""
            [{"name": "郑某", "roles": ["legalRepresentative"], "replacedForBusinessNeeds": true},
             {"name": "冯某", "roles": ["principalResponsiblePerson", "actualController"], "replacedForBusinessNeeds": true,
              "verifiedNotControllerNorDirectlyResponsible": true}]
            """#, #""consumptionRestriction": {"orderedOn": "2025-03-01"}"#))
        let bound = decision.consumptionRestriction.boundPersons
        #expect(bound.first { $0.name == "郑某" }?.bound == true)
        #expect(bound.first { $0.name == "郑某" }?.reasons.creditMentions("方可解除") == true)
        #expect(bound.first { $0.name == "冯某" }?.bound == true)
    }
}
