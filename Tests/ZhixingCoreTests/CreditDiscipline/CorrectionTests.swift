import Testing
@testable import ZhixingCore

private func creditCorrectionFacts(asOf: String = "2025-06-30", _ correction: String) -> String {
    creditPersonFacts(asOf: asOf, """
    "existingListing": {"listedOn": "2025-03-03", "grounds": ["refusesDespiteAbility"]},
    "correction": \(correction)
    """)
}

@Suite("Dishonest List Provisions 2017 Art.9, 11, 12: correction")
struct CreditCorrectionTests {
    // MARK: - Art.11: grounds for correction

    @Test func art11_items1to3_groundsRecorded() throws {
        let decision = try creditDecide(creditCorrectionFacts(
            #"{"receivedOn": "2025-06-16", "grounds": ["shouldBeDeleted", "shouldNotHaveBeenListed", "inaccurateInformation"]}"#))
        let correction = try #require(decision.correction)
        #expect(correction.reasons.creditArticles == ["Dishonest List Provisions 2017 Art.11 item 1",
                                                      "Dishonest List Provisions 2017 Art.11 item 2",
                                                      "Dishonest List Provisions 2017 Art.11 item 3"])
    }

    // MARK: - Art.12 para.1: review in 15 days, correction in 3 working days, reconsideration 10 + 15 days

    @Test func art12_para1_reviewWithin15Days() throws {
        // Received 2025-09-19 (Fri): 15 days end on 2025-10-04, inside the National Day holiday → 2025-10-09.
        let decision = try creditDecide(creditCorrectionFacts(asOf: "2025-09-22",
            #"{"receivedOn": "2025-09-19", "grounds": ["inaccurateInformation"]}"#))
        let correction = try #require(decision.correction)
        #expect(correction.status == .pendingReview)
        #expect(correction.review.dueDate == creditDay("2025-10-09"))
        #expect(correction.review.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.12 para.1"))
    }

    @Test func art12_para1_reviewOverdue_warned() throws {
        let decision = try creditDecide(creditCorrectionFacts(asOf: "2025-07-10",
            #"{"receivedOn": "2025-06-16", "grounds": ["inaccurateInformation"]}"#))
        #expect(decision.correction?.review.dueDate == creditDay("2025-07-01"))
        #expect(decision.warnings.creditMentions("审查期限 2025-07-01 已过"))
    }

    @Test func art12_para1_reasonsValid_correctWithinThreeWorkingDays() throws {
        let decision = try creditDecide(creditCorrectionFacts(
            #"{"receivedOn": "2025-06-16", "grounds": ["inaccurateInformation"], "reasonsFoundValid": true, "reviewedOn": "2025-06-27"}"#))
        let correction = try #require(decision.correction)
        #expect(correction.status == .reasonsValid)
        // Friday 2025-06-27 → Mon 30, Tue 1, Wed 2 July.
        #expect(correction.correction?.dueDate == creditDay("2025-07-02"))
        #expect(correction.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.9 para.2"))
        #expect(decision.reliedOnFindings.creditMentions("纠正申请理由成立"))
    }

    @Test func art9_para2_inaccurateInformation_correctedWithinThreeWorkingDays() throws {
        let decision = try creditDecide(creditCorrectionFacts(
            #"{"receivedOn": "2025-06-16", "grounds": ["inaccurateInformation"], "reasonsFoundValid": true, "reviewedOn": "2025-06-20"}"#))
        let correction = try #require(decision.correction)
        #expect(correction.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.9 para.2"))
        #expect(correction.reasons.creditMentions("更正失信信息"))
        #expect(correction.correction?.dueDate == creditDay("2025-06-25"))
    }

    @Test(arguments: CorrectionGround.allCases)
    func art11_eachItem_isAGroundForCorrection(_ ground: CorrectionGround) throws {
        let decision = try creditDecide(creditCorrectionFacts(#"{"receivedOn": "2025-06-16", "grounds": ["\#(ground.rawValue)"]}"#))
        #expect(decision.correction?.reasons.creditArticles == ["Dishonest List Provisions 2017 Art.11 item \(ground.item)"])
    }

    @Test func art9_para1_wronglyListed_revokedWithinThreeWorkingDays() throws {
        let decision = try creditDecide(creditCorrectionFacts(
            #"{"receivedOn": "2025-06-16", "grounds": ["shouldNotHaveBeenListed"], "reasonsFoundValid": true, "reviewedOn": "2025-06-20"}"#))
        let correction = try #require(decision.correction)
        #expect(correction.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.9 para.1"))
        #expect(correction.reasons.creditMentions("撤销失信信息"))
        #expect(correction.correction?.dueDate == creditDay("2025-06-25"))
    }

    @Test func art12_para1_rejected_reconsiderationWithin10DaysThenDecisionWithin15() throws {
        let decision = try creditDecide(creditCorrectionFacts(asOf: "2025-07-15", #"""
            {"receivedOn": "2025-06-16", "grounds": ["shouldNotHaveBeenListed"], "reasonsFoundValid": false,
             "reviewedOn": "2025-06-25", "rejectionServedOn": "2025-06-27", "reconsiderationReceivedOn": "2025-07-04"}
            """#))
        let correction = try #require(decision.correction)
        #expect(correction.status == .rejected)
        #expect(correction.correction == nil)
        #expect(correction.reconsiderationWindow?.dueDate == creditDay("2025-07-07"))
        #expect(correction.reconsiderationDecision?.dueDate == creditDay("2025-07-21"))
        #expect(decision.reliedOnFindings.creditMentions("纠正申请理由不成立"))
    }

    @Test func art12_para1_lateReconsideration_warned() throws {
        let decision = try creditDecide(creditCorrectionFacts(asOf: "2025-07-15", #"""
            {"receivedOn": "2025-06-16", "grounds": ["inaccurateInformation"], "reasonsFoundValid": false,
             "reviewedOn": "2025-06-25", "rejectionServedOn": "2025-06-27", "reconsiderationReceivedOn": "2025-07-10"}
            """#))
        #expect(decision.warnings.creditMentions("晚于申请期限 2025-07-07"))
    }

    @Test func art12_para2_reconsiderationDoesNotSuspend() throws {
        let decision = try creditDecide(creditCorrectionFacts(#"""
            {"receivedOn": "2025-06-16", "grounds": ["inaccurateInformation"], "reasonsFoundValid": false, "reviewedOn": "2025-06-25"}
            """#))
        #expect(decision.correction?.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.12 para.2") == true)
        #expect(decision.correction?.reasons.creditMentions("不停止原决定的执行") == true)
    }

    @Test func art12_para1_art9_para1_successfulCorrection_revokesTheListing() throws {
        let decision = try creditDecide(creditCorrectionFacts(
            #"{"receivedOn": "2025-06-16", "grounds": ["shouldNotHaveBeenListed"], "reasonsFoundValid": true, "reviewedOn": "2025-06-20"}"#))
        let existing = try #require(decision.existingListing)
        #expect(existing.status == .mustRevoke)
        #expect(existing.deletion?.dueDate == creditDay("2025-06-25"))
        #expect(decision.consumptionRestriction.outcome != .mustRestrict)
    }

    @Test func art12_para1_inaccurateInformationCorrected_listingStays() throws {
        let decision = try creditDecide(creditCorrectionFacts(
            #"{"receivedOn": "2025-06-16", "grounds": ["inaccurateInformation"], "reasonsFoundValid": true, "reviewedOn": "2025-06-20"}"#))
        #expect(decision.existingListing?.status == .inForce)
    }
}
