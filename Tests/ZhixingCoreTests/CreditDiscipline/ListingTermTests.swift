import Testing
@testable import ZhixingCore

@Suite("Dishonest List Provisions 2017 Art.2 para.1: listing term")
struct CreditListingTermTests {
    // MARK: - Art.2 para.1: the term

    @Test func art2_para1_ground1Alone_noFixedTerm() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"ableToPerformButRefuses": true}"#))
        let term = try #require(decision.listing.term)
        #expect(term.kind == .indefinite)
        #expect(term.totalYears == nil)
        #expect(term.deletion == nil)
        #expect(term.reasons.creditArticles == ["Dishonest List Provisions 2017 Art.2 para.1"])
        #expect(term.reasons.creditMentions("第十条第一款"))
    }

    @Test func art2_para1_grounds2to6_twoYearsFromDecision() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #""findings": {"violatedPropertyReporting": true}"#))
        let term = try #require(decision.listing.term)
        #expect(term.kind == .fixed)
        #expect(term.baseYears == 2)
        #expect(term.extensionYears == 0)
        #expect(term.startsOn == creditDay("2025-06-16"))
        #expect(term.lastDay == creditDay("2027-06-16"))
        #expect(term.reasons.creditArticles.contains("CPL 2023 Art.85 para.2; Civil Code Art.202"))
        // 2027-06-16 is a Wednesday: three working days after it end on Monday 2027-06-21.
        #expect(term.deletion?.dueDate == creditDay("2027-06-21"))
    }

    @Test func art2_para1_leapDay_termEndsOnFebruary28() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2024-02-29", #""findings": {"violatedPropertyReporting": true}"#))
        #expect(decision.listing.term?.lastDay == creditDay("2026-02-28"))
    }

    @Test func art2_para1_termEndingOnRestDay_isNotExtended() throws {
        // 2024-06-15 is a Saturday, and so is... 2026-06-13; choose a decision on 2024-06-13 → 2026-06-13 (Saturday).
        let decision = try creditDecide(creditPersonFacts(asOf: "2024-06-13", #""findings": {"violatedPropertyReporting": true}"#))
        let term = try #require(decision.listing.term)
        #expect(term.lastDay == creditDay("2026-06-13"))
        #expect(term.reasons.creditMentions("不因节假日顺延"))
        // Deletion: three working days after Saturday 2026-06-13 → Mon 15, Tue 16, Wed 17.
        #expect(term.deletion?.dueDate == creditDay("2026-06-17"))
    }

    @Test func art2_para1_extension_seriousViolence_oneToThreeYears() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "findings": {"obstruction": {"methods": ["violence", "threat"], "seriousCircumstances": true}},
            "listingRequest": {"initiatedBy": "court", "extensionYears": 3}
            """#))
        let term = try #require(decision.listing.term)
        #expect(term.extensionYears == 3)
        #expect(term.totalYears == 5)
        #expect(term.lastDay == creditDay("2030-06-16"))
        #expect(term.reasons.creditMentions("以暴力、威胁方法妨碍、抗拒执行情节严重的，可以延长一至三年"))
        #expect(decision.reliedOnFindings.creditMentions("以暴力、威胁方法妨碍、抗拒执行情节严重"))
    }

    @Test func art2_para1_extension_seriousButForgedEvidence_refused() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"obstruction": {"methods": ["forgedEvidence"], "seriousCircumstances": true}},
            "listingRequest": {"initiatedBy": "court", "extensionYears": 1}
            """#))
        let term = try #require(decision.listing.term)
        #expect(term.extensionYears == 0)
        #expect(term.totalYears == 2)
        #expect(term.reasons.creditMentions("不是暴力、威胁"))
        #expect(term.reasons.creditMentions("不得延长"))
    }

    @Test func art2_para1_extension_multipleActs_countedFromGrounds() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"violatedPropertyReporting": true, "refusedSettlementAgreementWithoutProperReason": true},
            "listingRequest": {"initiatedBy": "court", "extensionYears": 2}
            """#))
        let term = try #require(decision.listing.term)
        #expect(term.totalYears == 4)
        #expect(term.reasons.creditMentions("成立 2 项失信情形"))
    }

    @Test func art2_para1_extension_multipleActs_courtFinding() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"violatedPropertyReporting": true, "multipleDishonestActs": true},
            "listingRequest": {"initiatedBy": "court", "extensionYears": 1}
            """#))
        #expect(decision.listing.term?.totalYears == 3)
        #expect(decision.reliedOnFindings.creditMentions("多项失信行为"))
    }

    @Test func art2_para1_extension_courtFindsNotMultiple_overridesCount() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"violatedPropertyReporting": true, "refusedSettlementAgreementWithoutProperReason": true,
                         "multipleDishonestActs": false},
            "listingRequest": {"initiatedBy": "court", "extensionYears": 1}
            """#))
        #expect(decision.listing.term?.totalYears == 2)
    }

    @Test func art2_para1_extension_notRequested_basisReported() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"obstruction": {"methods": ["threat"], "seriousCircumstances": true}}
            """#))
        let term = try #require(decision.listing.term)
        #expect(term.totalYears == 2)
        #expect(term.reasons.creditMentions("本次未决定延长"))
    }

    @Test func art2_para1_extension_ground1Only_nothingToExtend() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"ableToPerformButRefuses": true},
            "listingRequest": {"initiatedBy": "court", "extensionYears": 2}
            """#))
        let term = try #require(decision.listing.term)
        #expect(term.kind == .indefinite)
        #expect(term.reasons.creditMentions("不适用延长"))
    }

    @Test func art2_para1_termDeletionAcrossSpringFestival() throws {
        // Listed 2024-02-12; the term ends on Thursday 2026-02-12. Working days after it: Fri 13, Sat 14 (make-up
        // working day), then the Spring Festival 15-23 February 2026, then Tue 24.
        let decision = try creditDecide(creditPersonFacts(asOf: "2026-02-26", #"""
            "existingListing": {"listedOn": "2024-02-12", "grounds": ["violatesPropertyReporting"]}
            """#))
        let existing = try #require(decision.existingListing)
        #expect(existing.term.lastDay == creditDay("2026-02-12"))
        #expect(existing.status == .mustDelete)
        #expect(existing.deletion?.dueDate == creditDay("2026-02-24"))
        #expect(existing.deletionOverdue)
        #expect(existing.deletion?.reasons.creditArticles.contains("State Council holiday notice 2026") == true)
        #expect(decision.warnings.creditMentions("2026-02-24"))
    }
}
