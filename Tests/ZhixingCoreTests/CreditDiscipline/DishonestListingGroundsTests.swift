import Testing
@testable import ZhixingCore

@Suite("Dishonest List Provisions 2017: Art.1, 3, 4, 5, 10 paras.3-4")
struct CreditDishonestListingGroundsTests {
    // MARK: - Art.1: the six grounds

    @Test func art1_item1_ableButRefuses_shallListWithoutTerm() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"ableToPerformButRefuses": true}"#))
        #expect(decision.listing.outcome == .shallList)
        #expect(decision.listing.mayList)
        #expect(decision.availableGrounds == [.refusesDespiteAbility])
        #expect(decision.listing.term?.kind == .indefinite)
        #expect(decision.listing.term?.lastDay == nil)
        #expect(decision.reliedArticles.contains("Dishonest List Provisions 2017 Art.1 item 1"))
        #expect(decision.reliedOnFindings.creditMentions("有履行能力而拒不履行"))
        #expect(decision.listingArticles.contains("Dishonest List Provisions 2017 Art.1"))
        #expect(decision.listingArticles.contains("Dishonest List Provisions 2017 Art.5 para.3"))
    }

    @Test func art1_item2_obstructionByForgedEvidence_shallListTwoYears() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"obstruction": {"methods": ["forgedEvidence"]}}"#))
        #expect(decision.availableGrounds == [.obstructsEnforcement])
        #expect(decision.listing.term?.kind == .fixed)
        #expect(decision.listing.term?.totalYears == 2)
        let ground = try #require(decision.listing.availableGrounds.first)
        #expect(ground.reasons.creditMentions("伪造证据"))
    }

    @Test func art1_item3_evasionByTransferringProperty_shallList() throws {
        let decision = try creditDecide(creditPersonFacts(
            #""findings": {"evasion": {"methods": ["shamLitigation", "transferringProperty"]}}"#))
        #expect(decision.availableGrounds == [.evadesEnforcement])
        #expect(decision.listing.availableGrounds.first?.reasons.creditMentions("转移财产") == true)
    }

    @Test func art1_item4_propertyReportingViolation_shallList() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"violatedPropertyReporting": true}"#))
        #expect(decision.availableGrounds == [.violatesPropertyReporting])
        #expect(decision.listing.term?.totalYears == 2)
    }

    @Test func art1_item5_consumptionOrderViolated_needsAnOrder() throws {
        let without = try creditDecide(creditPersonFacts(#""findings": {"violatedConsumptionRestrictionOrder": true}"#))
        #expect(without.listing.outcome == .noGroundEstablished)
        #expect(without.refusal(.violatesConsumptionRestriction)?.reasons.creditMentions("orderedOn") == true)

        let with = try creditDecide(creditPersonFacts(#"""
            "findings": {"violatedConsumptionRestrictionOrder": true},
            "consumptionRestriction": {"orderedOn": "2025-03-01"}
            """#))
        #expect(with.availableGrounds == [.violatesConsumptionRestriction])
        #expect(with.listing.availableGrounds.first?.reasons.creditArticles.contains("Consumption Restriction Provisions 2015 Art.11") == true)
    }

    @Test func art1_item6_settlementRefused_shallList() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"refusedSettlementAgreementWithoutProperReason": true}"#))
        #expect(decision.availableGrounds == [.refusesSettlementAgreement])
        #expect(decision.listing.term?.kind == .fixed)
    }

    @Test func art1_noFinding_noGroundEstablished() throws {
        let decision = try creditDecide(creditPersonFacts())
        #expect(decision.listing.outcome == .noGroundEstablished)
        #expect(!decision.listing.mayList)
        #expect(decision.refusedGrounds.count == 6)
        #expect(decision.refusal(.refusesDespiteAbility)?.reasons.creditMentions("法院未认定") == true)
        #expect(decision.reliedOnFindings.isEmpty)
    }

    @Test func art1_chapeau_fullyPerformed_mustNotList() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"violatedPropertyReporting": true},
            "enforcement": {"fullyPerformedOn": "2025-06-10"}
            """#))
        #expect(decision.listing.outcome == .mustNotList)
        #expect(decision.listing.reasons.creditMentions("不再有未履行的义务"))
        #expect(decision.refusedGrounds.contains(.violatesPropertyReporting))
        #expect(decision.reliedOnFindings.isEmpty)
    }

    @Test func art1_chapeau_settlementPerformed_mustNotList() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"ableToPerformButRefuses": true},
            "enforcement": {"settlementPerformedOn": "2025-06-01"}
            """#))
        #expect(decision.listing.outcome == .mustNotList)
    }

    @Test func art1_enforcementSuspendedForBankruptcy_mustNotList() throws {
        let decision = try creditDecide(creditOrganisationFacts(#"""
            "findings": {"violatedPropertyReporting": true},
            "enforcement": {"suspendedOn": "2025-05-01", "suspensionCause": "bankruptcy"}
            """#))
        #expect(decision.listing.outcome == .mustNotList)
        #expect(decision.listingArticles.contains { $0.contains("Art.10 para.1 item 5") })
    }

    @Test func art1_organisation_listsOnlyTheOrganisation() throws {
        let decision = try creditDecide(creditOrganisationFacts(#""findings": {"ableToPerformButRefuses": true}"#))
        #expect(decision.listing.outcome == .shallList)
        #expect(decision.listing.reasons.creditMentions("纳入失信名单的是单位本身"))
        #expect(decision.listingArticles.contains("Dishonest List Provisions 2017 Art.1; Good-Faith Enforcement Opinions 2019 No.16"))
    }

    @Test func art1_severalGrounds_allAvailable() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"ableToPerformButRefuses": true, "violatedPropertyReporting": true,
                         "evasion": {"methods": ["concealingProperty"]}}
            """#))
        #expect(decision.availableGrounds == [.refusesDespiteAbility, .evadesEnforcement, .violatesPropertyReporting])
        #expect(decision.listing.term?.kind == .fixed)
        #expect(decision.listing.term?.reasons.creditMentions("同时具有第一条第一项情形") == true)
    }

    // MARK: - Art.3: situations barring ground 1 only

    @Test func art3_item1_adequateGuarantee_barsGround1() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"ableToPerformButRefuses": true},
            "listingBars": {"adequateGuaranteeProvided": true}
            """#))
        #expect(decision.listing.outcome == .noGroundEstablished)
        let refusal = try #require(decision.refusal(.refusesDespiteAbility))
        #expect(refusal.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.3 item 1"))
        #expect(decision.reliedArticles.contains("Dishonest List Provisions 2017 Art.3 item 1"))
    }

    @Test func art3_item2_controlledPropertySufficient_barsGround1ButNotGround2() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"ableToPerformButRefuses": true, "obstruction": {"methods": ["violence"]}},
            "listingBars": {"controlledPropertySufficient": true}
            """#))
        #expect(decision.listing.outcome == .shallList)
        #expect(decision.availableGrounds == [.obstructsEnforcement])
        #expect(decision.refusal(.refusesDespiteAbility)?.reasons.creditArticles
            .contains("Dishonest List Provisions 2017 Art.3 item 2") == true)
        #expect(decision.listing.availableGrounds.first?.reasons.creditMentions("只限制依第一条第一项纳入") == true)
    }

    @Test func art3_item3_laterInOrderOfPerformance_barsGround1() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"ableToPerformButRefuses": true},
            "listingBars": {"laterInOrderOfPerformance": true}
            """#))
        #expect(decision.listing.outcome == .noGroundEstablished)
        #expect(decision.refusal(.refusesDespiteAbility)?.reasons.creditArticles
            .contains("Dishonest List Provisions 2017 Art.3 item 3") == true)
    }

    @Test func art3_item4_otherNotRefusal_barsGround1WithDescription() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"ableToPerformButRefuses": true},
            "listingBars": {"otherNotRefusalDespiteAbility": true, "otherNotRefusalDescription": "因重病住院无法处分财产"}
            """#))
        #expect(decision.listing.outcome == .noGroundEstablished)
        let refusal = try #require(decision.refusal(.refusesDespiteAbility))
        #expect(refusal.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.3 item 4"))
        #expect(refusal.reasons.creditMentions("因重病住院无法处分财产"))
    }

    @Test func art3_noBar_saysSo() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"ableToPerformButRefuses": true}"#))
        #expect(decision.listing.availableGrounds.first?.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.3") == true)
    }

    @Test func art10_item4_noPropertyAfterTermination_barsNewListingOnGround1() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"ableToPerformButRefuses": true},
            "enforcement": {"currentProcedureTerminatedOn": "2025-01-10",
                            "onlineInquiries": [{"on": "2025-03-01", "propertyFound": false}, {"on": "2025-05-01", "propertyFound": false}]}
            """#))
        #expect(decision.listing.outcome == .noGroundEstablished)
        #expect(decision.refusal(.refusesDespiteAbility)?.reasons.creditArticles
            .contains("Dishonest List Provisions 2017 Art.10 para.1 item 4") == true)
    }

    // MARK: - Art.4: minors

    @Test func art4_minor_neverListed_evenForViolence() throws {
        let decision = try creditDecide(creditPersonFacts(id: CreditIDs.minorFemale, #"""
            "findings": {"obstruction": {"methods": ["violence"], "seriousCircumstances": true}}
            """#))
        #expect(decision.listing.outcome == .mustNotList)
        #expect(!decision.listing.mayList)
        #expect(decision.listingArticles.contains("Dishonest List Provisions 2017 Art.4"))
        #expect(decision.listing.reasons.creditMentions("未成年人"))
        #expect(decision.refusedGrounds.contains(.obstructsEnforcement))
        #expect(decision.listing.term == nil)
        #expect(decision.listing.publication == nil)
    }

    @Test func art4_eighteenthBirthday_isTheFirstDayOfAdulthood() throws {
        let before = try creditDecide(creditPersonFacts(asOf: "2025-06-15", id: CreditIDs.turns18On20250616,
                                                       #""findings": {"ableToPerformButRefuses": true}"#))
        #expect(before.listing.outcome == .mustNotList)
        let on = try creditDecide(creditPersonFacts(asOf: "2025-06-16", id: CreditIDs.turns18On20250616,
                                                   #""findings": {"ableToPerformButRefuses": true}"#))
        #expect(on.listing.outcome == .shallList)
    }

    @Test func art4_ageFromBirthDateWithoutIdentityNumber() throws {
        let json = """
        {"asOf": "2025-06-16",
         "debtor": {"kind": "naturalPerson", "name": "John Smith", "birthDate": "2009-01-01", "sex": "male"},
         "findings": {"ableToPerformButRefuses": true}}
        """
        let decision = try creditDecide(json)
        #expect(decision.listing.outcome == .mustNotList)
        #expect(decision.listing.reasons.creditMentions("16 周岁"))
    }

    @Test func art4_ageUnknown_insufficientFacts() throws {
        let json = """
        {"asOf": "2025-06-16", "debtor": {"kind": "naturalPerson", "name": "John Smith"},
         "findings": {"ableToPerformButRefuses": true}}
        """
        let decision = try creditDecide(json)
        #expect(decision.listing.outcome == .insufficientFacts)
        #expect(!decision.listing.mayList)
        #expect(decision.listing.reasons.creditMentions("debtor.birthDate"))
    }

    // MARK: - Art.5: application and decision

    @Test func art5_para2_applicantApplication_decidedWithin15Days() throws {
        // Received 2025-09-16 (Tue): 15 days end on 2025-10-01, inside the National Day holiday → 2025-10-09.
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-09-20", #"""
            "findings": {"ableToPerformButRefuses": true},
            "listingRequest": {"initiatedBy": "applicant", "appliedOn": "2025-09-16"}
            """#))
        let review = try #require(decision.listing.applicationReview)
        #expect(review.dueDate == creditDay("2025-10-09"))
        #expect(review.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.5 para.2"))
        #expect(review.reasons.creditArticles.contains("CPL 2023 Art.85 para.3; Civil Code Art.203 para.1"))
    }

    @Test func art5_para2_courtOfOwnMotion_noReviewDeadline() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"violatedPropertyReporting": true},
            "listingRequest": {"initiatedBy": "court"}
            """#))
        #expect(decision.listing.applicationReview == nil)
        #expect(decision.listing.reasons.creditMentions("依职权"))
    }

    @Test func art5_para3_decisionEffectiveWhenMade_termStartsOnDecisionDate() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-20", #"""
            "findings": {"violatedPropertyReporting": true},
            "listingRequest": {"initiatedBy": "applicant", "appliedOn": "2025-06-03", "decidedOn": "2025-06-10"}
            """#))
        #expect(decision.listing.decidedOn == creditDay("2025-06-10"))
        #expect(decision.listing.term?.startsOn == creditDay("2025-06-10"))
        #expect(decision.listing.term?.lastDay == creditDay("2027-06-10"))
        #expect(decision.listing.reasons.creditMentions("院长签发"))
    }

    @Test func art5_para1_enforcementNoticeRiskWarningRecalled() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"violatedPropertyReporting": true}"#))
        #expect(decision.listingArticles.contains("Dishonest List Provisions 2017 Art.5 para.1"))
    }

    // MARK: - Art.10 paras.3-4: re-listing

    @Test func art10_para4_applicantReapplyingWithinSixMonths_notSupported() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "findings": {"ableToPerformButRefuses": true},
            "listingRequest": {"initiatedBy": "applicant", "appliedOn": "2025-06-16"},
            "existingListing": {"listedOn": "2024-03-01", "grounds": ["refusesDespiteAbility"],
                                "applicantDeletionRequest": {"requestedOn": "2024-12-10", "approvedOn": "2024-12-16"},
                                "deletedOn": "2024-12-18", "deletionSituation": "applicantRequest"}
            """#))
        #expect(decision.listing.outcome == .applicationNotSupported)
        #expect(!decision.listing.mayList)
        #expect(decision.listingArticles.contains("Dishonest List Provisions 2017 Art.10 para.4"))
        #expect(decision.existingListing?.applicantRelistingBarredThrough == creditDay("2025-06-18"))
    }

    @Test func art10_para4_courtOfOwnMotion_notBarred() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "findings": {"ableToPerformButRefuses": true},
            "listingRequest": {"initiatedBy": "court"},
            "existingListing": {"listedOn": "2024-03-01", "grounds": ["refusesDespiteAbility"],
                                "deletedOn": "2024-12-18", "deletionSituation": "applicantRequest"}
            """#))
        #expect(decision.listing.outcome == .shallList)
        #expect(decision.listingArticles.contains("Dishonest List Provisions 2017 Art.10 para.3"))
    }

    @Test func art10_para4_applicantAfterSixMonths_supported() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-19", #"""
            "findings": {"ableToPerformButRefuses": true},
            "listingRequest": {"initiatedBy": "applicant", "appliedOn": "2025-06-19"},
            "existingListing": {"listedOn": "2024-03-01", "grounds": ["refusesDespiteAbility"],
                                "deletedOn": "2024-12-18", "deletionSituation": "applicantRequest"}
            """#))
        #expect(decision.listing.outcome == .shallList)
    }
}
