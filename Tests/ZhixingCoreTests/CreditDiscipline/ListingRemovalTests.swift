import Testing
@testable import ZhixingCore

/// An existing listing on ground 1 (no term) made on 2024-03-01, with `enforcement` events.
private func creditGround1Listing(asOf: String, enforcement: String, listing extra: String = "") -> String {
    creditPersonFacts(asOf: asOf, """
    "enforcement": \(enforcement),
    "existingListing": {"listedOn": "2024-03-01", "grounds": ["refusesDespiteAbility"]\(extra)}
    """)
}

@Suite("Dishonest List Provisions 2017 Art.2 para.2, 9, 10: removal")
struct CreditListingRemovalTests {
    // MARK: - Art.10 para.1: the seven situations (listing without a term)

    @Test func art10_item1_performed_deleteWithinThreeWorkingDays() throws {
        // Performed on Tuesday 2025-09-30; 1-8 October 2025 are holidays, 11 October a make-up working day.
        let decision = try creditDecide(creditGround1Listing(asOf: "2025-10-09", enforcement: #"{"fullyPerformedOn": "2025-09-30"}"#))
        let existing = try #require(decision.existingListing)
        #expect(existing.status == .mustDelete)
        #expect(existing.deletion?.dueDate == creditDay("2025-10-11"))
        #expect(!existing.deletionOverdue)
        let situation = try #require(existing.situations.first)
        #expect(situation.situation == .performed)
        #expect(situation.applies)
        #expect(situation.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.10 para.1 item 1"))
        #expect(existing.deletion?.reasons.creditMentions("调休上班日") == true)
    }

    @Test func art10_item2_settlementPerformed_delete() throws {
        let decision = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: #"{"settlementPerformedOn": "2025-06-12"}"#))
        let existing = try #require(decision.existingListing)
        #expect(existing.status == .mustDelete)
        #expect(existing.situations.map(\.item) == [2])
        // Thursday 2025-06-12 → Fri 13, Mon 16, Tue 17.
        #expect(existing.deletion?.dueDate == creditDay("2025-06-17"))
    }

    @Test func art10_item3_applicantRequestApproved_deleteAndSixMonthBar() throws {
        let pending = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: "{}",
            listing: #", "applicantDeletionRequest": {"requestedOn": "2025-06-10"}"#))
        #expect(pending.existingListing?.status == .inForce)
        #expect(pending.existingListing?.reasons.creditMentions("尚待人民法院审查同意") == true)

        let approved = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: "{}",
            listing: #", "applicantDeletionRequest": {"requestedOn": "2025-06-10", "approvedOn": "2025-06-13"}"#))
        let existing = try #require(approved.existingListing)
        #expect(existing.status == .mustDelete)
        #expect(existing.situations.map(\.situation) == [.applicantRequest])
        #expect(existing.deletion?.dueDate == creditDay("2025-06-18"))

        let deleted = try creditDecide(creditGround1Listing(asOf: "2025-06-20", enforcement: "{}",
            listing: #", "applicantDeletionRequest": {"requestedOn": "2025-06-10", "approvedOn": "2025-06-13"}, "deletedOn": "2025-06-16", "deletionSituation": "applicantRequest""#))
        #expect(deleted.existingListing?.status == .deleted)
        #expect(deleted.existingListing?.applicantRelistingBarredThrough == creditDay("2025-12-16"))
        #expect(deleted.existingListing?.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.10 para.4") == true)
    }

    @Test func art10_item4_twoPropertylessInquiriesAfterTermination_delete() throws {
        let decision = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: #"""
            {"currentProcedureTerminatedOn": "2024-12-20",
             "onlineInquiries": [{"on": "2024-12-20", "propertyFound": false}, {"on": "2025-03-03", "propertyFound": false},
                                 {"on": "2025-06-03", "propertyFound": false}]}
            """#))
        let existing = try #require(decision.existingListing)
        #expect(existing.status == .mustDelete)
        let situation = try #require(existing.situations.first)
        #expect(situation.item == 4)
        // The inquiry on the day of the ruling is not "after" it: the second later one is 2025-06-03.
        #expect(situation.arisesOn == creditDay("2025-06-03"))
        #expect(existing.deletion?.dueDate == creditDay("2025-06-06"))
        #expect(existing.deletionOverdue)
    }

    @Test func art10_item4_propertyClueOrFoundProperty_noDeletion() throws {
        let clue = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: #"""
            {"currentProcedureTerminatedOn": "2024-12-20", "effectivePropertyClueProvided": true,
             "onlineInquiries": [{"on": "2025-03-03", "propertyFound": false}, {"on": "2025-06-03", "propertyFound": false}]}
            """#))
        #expect(clue.existingListing?.status == .inForce)
        let found = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: #"""
            {"currentProcedureTerminatedOn": "2024-12-20",
             "onlineInquiries": [{"on": "2025-03-03", "propertyFound": true}, {"on": "2025-06-03", "propertyFound": false}]}
            """#))
        #expect(found.existingListing?.status == .inForce)
        let once = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: #"""
            {"currentProcedureTerminatedOn": "2024-12-20", "onlineInquiries": [{"on": "2025-03-03", "propertyFound": false}]}
            """#))
        #expect(once.existingListing?.status == .inForce)
    }

    @Test func art10_item5_suspensionForRetrial_delete_otherCauseDoesNot() throws {
        let retrial = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: #"{"suspendedOn": "2025-06-09", "suspensionCause": "retrial"}"#))
        #expect(retrial.existingListing?.situations.map(\.item) == [5])
        #expect(retrial.existingListing?.status == .mustDelete)
        let other = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: #"{"suspendedOn": "2025-06-09", "suspensionCause": "other"}"#))
        #expect(other.existingListing?.status == .inForce)
    }

    @Test func art10_item6_nonEnforcementRuling_delete() throws {
        let decision = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: #"{"nonEnforcementRuledOn": "2025-06-16"}"#))
        #expect(decision.existingListing?.situations.map(\.item) == [6])
        #expect(decision.existingListing?.deletion?.dueDate == creditDay("2025-06-19"))
    }

    @Test func art10_item7_terminationRuling_delete() throws {
        let decision = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: #"{"enforcementTerminatedOn": "2025-06-11"}"#))
        #expect(decision.existingListing?.situations.map(\.item) == [7])
        #expect(decision.existingListing?.status == .mustDelete)
    }

    @Test func art10_para1_severalSituations_earliestDeadlineGoverns() throws {
        let decision = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: #"""
            {"fullyPerformedOn": "2025-06-12", "enforcementTerminatedOn": "2025-06-05"}
            """#))
        let existing = try #require(decision.existingListing)
        #expect(existing.situations.map(\.item) == [1, 7])
        #expect(existing.deletion?.dueDate == creditDay("2025-06-10"))
    }

    @Test func art10_para1_noSituation_listingStays() throws {
        let decision = try creditDecide(creditGround1Listing(asOf: "2025-06-16", enforcement: "{}"))
        #expect(decision.existingListing?.status == .inForce)
        #expect(decision.existingListing?.deletion == nil)
    }

    // MARK: - Art.10 para.2: listings with a term

    @Test func art10_para2_fixedTerm_performanceDoesNotOblige_butEarlyDeletionPossible() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "enforcement": {"fullyPerformedOn": "2025-06-10"},
            "existingListing": {"listedOn": "2024-09-01", "grounds": ["violatesPropertyReporting"]}
            """#))
        let existing = try #require(decision.existingListing)
        #expect(existing.status == .inForce)
        #expect(existing.deletion == nil)
        let situation = try #require(existing.situations.first)
        #expect(!situation.applies)
        #expect(situation.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.10 para.2"))
        #expect(existing.earlyDeletionAvailable)
        #expect(existing.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.2 para.2"))
    }

    @Test func art10_para2_termExpired_deleteWithinThreeWorkingDays() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "existingListing": {"listedOn": "2023-06-12", "grounds": ["evadesEnforcement"]}
            """#))
        let existing = try #require(decision.existingListing)
        #expect(existing.term.lastDay == creditDay("2025-06-12"))
        #expect(existing.status == .mustDelete)
        #expect(existing.deletion?.dueDate == creditDay("2025-06-17"))
        #expect(!existing.deletionOverdue)
    }

    @Test func art10_para2_extendedTerm_runsLonger() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "existingListing": {"listedOn": "2023-06-12", "grounds": ["obstructsEnforcement"], "extensionYears": 1}
            """#))
        let existing = try #require(decision.existingListing)
        #expect(existing.term.lastDay == creditDay("2026-06-12"))
        #expect(existing.status == .inForce)
    }

    @Test func art10_para3_afterDeletion_relistingPossible() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "enforcement": {"fullyPerformedOn": "2025-01-10"},
            "existingListing": {"listedOn": "2024-03-01", "grounds": ["refusesDespiteAbility"],
                                "deletedOn": "2025-01-13", "deletionSituation": "performed"}
            """#))
        let existing = try #require(decision.existingListing)
        #expect(existing.status == .deleted)
        #expect(existing.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.10 para.3"))
        #expect(existing.applicantRelistingBarredThrough == nil)
    }

    // MARK: - Art.2 para.2: early deletion

    @Test func art2_para2_activeCorrection_courtMayDeleteEarly() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "findings": {"activelyPerformedOrCorrected": true},
            "existingListing": {"listedOn": "2025-01-10", "grounds": ["violatesPropertyReporting"]}
            """#))
        let existing = try #require(decision.existingListing)
        #expect(existing.earlyDeletionAvailable)
        #expect(existing.status == .inForce)
        #expect(existing.reasons.creditMentions("可以决定提前删除"))
        #expect(decision.reliedArticles.contains("Dishonest List Provisions 2017 Art.2 para.2"))
    }

    @Test func art2_para2_noActiveConduct_noEarlyDeletion() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "existingListing": {"listedOn": "2025-01-10", "grounds": ["violatesPropertyReporting"]}
            """#))
        #expect(decision.existingListing?.earlyDeletionAvailable == false)
    }

    // MARK: - Art.4 with Art.9 para.1: a minor on the list

    @Test func art9_para1_art4_minorOnTheList_mustBeRevoked() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", id: CreditIDs.minorFemale, #"""
            "existingListing": {"listedOn": "2025-03-03", "grounds": ["violatesPropertyReporting"]}
            """#))
        let existing = try #require(decision.existingListing)
        #expect(existing.status == .mustRevoke)
        #expect(existing.deletion?.dueDate == creditDay("2025-06-19"))
        #expect(existing.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.4; Dishonest List Provisions 2017 Art.9 para.1"))
        #expect(decision.consumptionRestriction.outcome != .mustRestrict)
    }

    // MARK: - A listing already in force

    @Test func art1_alreadyListedOnSameGround_noSecondListing() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "findings": {"ableToPerformButRefuses": true},
            "existingListing": {"listedOn": "2025-01-10", "grounds": ["refusesDespiteAbility"]}
            """#))
        #expect(decision.listing.outcome == .alreadyListed)
        #expect(!decision.listing.mayList)
        #expect(decision.consumptionRestriction.outcome == .mustRestrict)
    }

    @Test func art1_listedOnGround1_newViolentObstruction_newListingWithTerm() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "findings": {"ableToPerformButRefuses": true, "obstruction": {"methods": ["violence"]}},
            "existingListing": {"listedOn": "2025-01-10", "grounds": ["refusesDespiteAbility"]}
            """#))
        #expect(decision.listing.outcome == .shallList)
        #expect(decision.listing.reasons.creditMentions("新增失信情形（第一条第2项）"))
        #expect(decision.listing.term?.kind == .fixed)
    }
}
