import Testing
@testable import ZhixingCore

private let creditNotice = #""enforcement": {"enforcementNotice": {"servedOn": "2025-05-06", "periodDays": 10}}"#

@Suite("Consumption Restriction Provisions 2015")
struct CreditConsumptionRestrictionTests {
    // MARK: - Art.1: when a restriction may or must be ordered

    @Test func cr_art1_para1_noticePeriodExpired_mayRestrict() throws {
        // Served 2025-05-06 + 10 days = 2025-05-16 (Friday).
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-05-19", creditNotice))
        let restriction = decision.consumptionRestriction
        #expect(restriction.outcome == .mayRestrict)
        #expect(restriction.mayOrder)
        #expect(restriction.noticePerformBy == creditDay("2025-05-16"))
        #expect(restriction.reasons.creditArticles.contains("Consumption Restriction Provisions 2015 Art.1 para.1"))
    }

    @Test func cr_art1_para1_noticePeriodRunning_mayNotRestrictYet() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-05-16", creditNotice))
        #expect(decision.consumptionRestriction.outcome == .mayNotRestrict)
        #expect(!decision.consumptionRestriction.mayOrder)
        #expect(decision.consumptionRestriction.reasons.creditMentions("尚未届满"))
    }

    @Test func cr_art1_para1_noticePeriodEndingOnHoliday_extended() throws {
        // Served 2025-09-26 + 5 days = 2025-10-01 → extended to 2025-10-09.
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-10-09",
            #""enforcement": {"enforcementNotice": {"servedOn": "2025-09-26", "periodDays": 5}}"#))
        #expect(decision.consumptionRestriction.noticePerformBy == creditDay("2025-10-09"))
        #expect(decision.consumptionRestriction.outcome == .mayNotRestrict)
    }

    @Test func cr_art1_para1_noticeDateGiven_used() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16",
            #""enforcement": {"enforcementNotice": {"performBy": "2025-06-01"}}"#))
        #expect(decision.consumptionRestriction.noticePerformBy == creditDay("2025-06-01"))
        #expect(decision.consumptionRestriction.outcome == .mayRestrict)
    }

    @Test func cr_art1_para1_noNotice_insufficientFacts() throws {
        let decision = try creditDecide(creditPersonFacts())
        #expect(decision.consumptionRestriction.outcome == .insufficientFacts)
    }

    @Test func cr_art1_para2_listedDebtor_mustRestrict() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"ableToPerformButRefuses": true}"#))
        #expect(decision.consumptionRestriction.outcome == .mustRestrict)
        #expect(decision.consumptionRestriction.reasons.creditArticles.contains("Consumption Restriction Provisions 2015 Art.1 para.2"))
    }

    @Test func cr_art1_para2_existingListingInForce_mustRestrict() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "existingListing": {"listedOn": "2025-01-10", "grounds": ["violatesPropertyReporting"]}
            """#))
        #expect(decision.consumptionRestriction.outcome == .mustRestrict)
    }

    @Test func cr_art1_performed_noRestriction() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16",
            #""enforcement": {"fullyPerformedOn": "2025-06-02", "enforcementNotice": {"performBy": "2025-05-01"}}"#))
        #expect(decision.consumptionRestriction.outcome == .mayNotRestrict)
    }

    // MARK: - Art.2: factors

    @Test func cr_art2_factorsReliedOn() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-05-19", #"""
            "enforcement": {"enforcementNotice": {"servedOn": "2025-05-06", "periodDays": 10}},
            "consumptionRestriction": {"initiatedBy": "applicant", "factors": {"negativePerformance": true, "abilityToPerform": false}}
            """#))
        let reasons = decision.consumptionRestriction.reasons
        #expect(reasons.creditMentions("法院认定：有消极履行"))
        #expect(reasons.creditMentions("法院认定：无履行能力"))
        #expect(decision.reliedArticles.contains("Consumption Restriction Provisions 2015 Art.2"))
    }

    @Test func cr_art2_noFactorFindings_warned() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-05-19", creditNotice))
        #expect(decision.warnings.creditArticles.contains("Consumption Restriction Provisions 2015 Art.2"))
    }

    // MARK: - Art.3: what is forbidden, whom it binds

    @Test func cr_art3_para1_nineForbiddenItems() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"ableToPerformButRefuses": true}"#))
        let forbidden = decision.consumptionRestriction.forbidden
        #expect(forbidden.map(\.item) == Array(1...9))
        #expect(forbidden[0].text.zh.contains("飞机"))
        #expect(forbidden[0].text.zh.contains("轮船二等以上舱位"))
        #expect(forbidden[6].text.zh == "子女就读高收费私立学校")
        #expect(forbidden[8].text.zh.contains("G字头动车组列车全部座位"))
        #expect(forbidden[8].text.zh.contains("其他非生活和工作必需的消费行为"))
    }

    @Test(arguments: Array(1...9))
    func cr_art3_para1_eachItem_isForbidden(_ item: Int) throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"ableToPerformButRefuses": true}"#))
        let entry = try #require(decision.consumptionRestriction.forbidden.first { $0.item == item })
        #expect(!entry.code.isEmpty && !entry.text.zh.isEmpty && !entry.text.en.isEmpty)
        let expected = ["飞机", "夜总会", "购买不动产", "高档写字楼", "非经营必需车辆", "旅游", "高收费私立学校", "高额保费", "G字头动车组"]
        #expect(entry.text.zh.contains(expected[item - 1]))
    }

    @Test func cr_art3_para1_naturalPerson_boundInPerson() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"ableToPerformButRefuses": true}"#))
        let bound = decision.consumptionRestriction.boundPersons
        #expect(bound.count == 1)
        #expect(bound[0].isDebtor && bound[0].bound)
    }

    @Test func cr_art3_para2_organisation_bindsFourKindsOfPersons() throws {
        let decision = try creditDecide(creditOrganisationFacts(persons: #"""
            [{"name": "李某", "roles": ["principalResponsiblePerson"]},
             {"name": "周某", "roles": ["directlyResponsiblePerson"]},
             {"name": "吴某", "roles": ["actualController"]}]
            """#, #""findings": {"ableToPerformButRefuses": true}"#))
        let bound = decision.consumptionRestriction.boundPersons
        #expect(bound.map(\.name) == ["北京某某贸易有限公司", "李某", "周某", "吴某"])
        #expect(bound.allSatisfy { $0.bound })
        #expect(bound[1].roles == [.legalRepresentative, .principalResponsiblePerson])
        #expect(bound[3].reasons.creditMentions("实际控制人"))
        #expect(bound[0].reasons.creditArticles == ["Consumption Restriction Provisions 2015 Art.3 para.2"])
    }

    @Test func cr_art3_para2_privateConsumptionWithPersonalFunds_verified_shallPermit() throws {
        let decision = try creditDecide(creditOrganisationFacts(persons: #"[{"name": "吴某", "roles": ["actualController"]}]"#, #"""
            "consumptionRestriction": {"orderedOn": "2025-03-01", "privateConsumptionApplications": [
              {"person": "李某", "purpose": "乘飞机赴上海探望病重的母亲", "verifiedPrivateWithPersonalFunds": true},
              {"person": "吴某", "verifiedPrivateWithPersonalFunds": false}]}
            """#))
        let outcomes = decision.consumptionRestriction.privateConsumption
        #expect(outcomes.map(\.outcome) == [.shallPermit, .refused])
        #expect(outcomes[0].reasons.creditMentions("应予准许"))
        #expect(decision.reliedArticles.contains("Consumption Restriction Provisions 2015 Art.3 para.2"))
    }

    @Test func cr_art3_para2_privateConsumption_notYetExamined_pending() throws {
        let decision = try creditDecide(creditOrganisationFacts(#"""
            "consumptionRestriction": {"orderedOn": "2025-03-01", "privateConsumptionApplications": [{"person": "李某"}]}
            """#))
        #expect(decision.consumptionRestriction.privateConsumption.first?.outcome == .pendingExamination)
    }

    @Test func cr_art3_para2_privateConsumption_notForNaturalPersonDebtor() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "consumptionRestriction": {"orderedOn": "2025-03-01", "privateConsumptionApplications": [
              {"person": "王某某", "verifiedPrivateWithPersonalFunds": true}]}
            """#))
        let outcome = try #require(decision.consumptionRestriction.privateConsumption.first)
        #expect(outcome.outcome == .refused)
        #expect(outcome.reasons.creditMentions("第八条"))
    }

    // MARK: - Art.4-7, 8, 11: procedure and consequences

    @Test func cr_art4_applicantWrittenApplication() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-05-19", #"""
            "enforcement": {"enforcementNotice": {"servedOn": "2025-05-06", "periodDays": 10}},
            "consumptionRestriction": {"initiatedBy": "applicant"}
            """#))
        #expect(decision.consumptionRestriction.reasons.creditMentions("由申请执行人提出书面申请"))
    }

    @Test func cr_art4_courtOwnMotionWithoutNecessity_warned() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-05-19", #"""
            "enforcement": {"enforcementNotice": {"servedOn": "2025-05-06", "periodDays": 10}},
            "consumptionRestriction": {"initiatedBy": "court"}
            """#))
        #expect(decision.warnings.creditArticles.contains("Consumption Restriction Provisions 2015 Art.4"))
        let withNecessity = try creditDecide(creditPersonFacts(asOf: "2025-05-19", #"""
            "enforcement": {"enforcementNotice": {"servedOn": "2025-05-06", "periodDays": 10}},
            "consumptionRestriction": {"initiatedBy": "court", "necessityFound": true}
            """#))
        #expect(withNecessity.reliedArticles.contains("Consumption Restriction Provisions 2015 Art.4"))
    }

    @Test func cr_art5to7_orderSignedByPresident_noticesAndCosts() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"ableToPerformButRefuses": true}"#))
        let articles = decision.consumptionRestriction.reasons.creditArticles
        #expect(articles.contains("Consumption Restriction Provisions 2015 Art.5"))
        #expect(articles.contains("Consumption Restriction Provisions 2015 Art.6"))
        #expect(decision.consumptionRestriction.reasons.creditMentions("院长签发"))
    }

    @Test func cr_art8_and_art11_statedWithTheOrder() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"ableToPerformButRefuses": true}"#))
        let articles = decision.consumptionRestriction.reasons.creditArticles
        #expect(articles.contains("Consumption Restriction Provisions 2015 Art.8"))
        #expect(articles.contains("Consumption Restriction Provisions 2015 Art.11"))
    }

    // MARK: - Art.9: lifting

    @Test func cr_art9_fullPerformance_mustLift() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "enforcement": {"fullyPerformedOn": "2025-06-13"},
            "consumptionRestriction": {"orderedOn": "2025-03-01"}
            """#))
        #expect(decision.consumptionRestriction.status == .mustLift)
        #expect(decision.consumptionRestriction.reasons.creditArticles.contains("Consumption Restriction Provisions 2015 Art.9"))
    }

    @Test func cr_art9_guaranteeOrConsent_mayLift() throws {
        let guarantee = try creditDecide(creditPersonFacts(#""consumptionRestriction": {"orderedOn": "2025-03-01", "effectiveGuaranteeProvided": true}"#))
        #expect(guarantee.consumptionRestriction.status == .mayLift)
        #expect(guarantee.reliedOnFindings.creditMentions("确实有效的担保"))
        let consent = try creditDecide(creditPersonFacts(#""consumptionRestriction": {"orderedOn": "2025-03-01", "applicantConsentsToLifting": true}"#))
        #expect(consent.consumptionRestriction.status == .mayLift)
    }

    @Test func cr_art9_guaranteeButStillListed_staysInForce() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", #"""
            "existingListing": {"listedOn": "2025-01-10", "grounds": ["violatesPropertyReporting"]},
            "consumptionRestriction": {"orderedOn": "2025-01-10", "effectiveGuaranteeProvided": true}
            """#))
        #expect(decision.consumptionRestriction.status == .inForce)
        #expect(decision.consumptionRestriction.reasons.creditMentions("失信被执行人名单上期间"))
    }

    @Test func cr_art9_noGround_inForce_andLiftedIsLifted() throws {
        let inForce = try creditDecide(creditPersonFacts(#""consumptionRestriction": {"orderedOn": "2025-03-01"}"#))
        #expect(inForce.consumptionRestriction.status == .inForce)
        let lifted = try creditDecide(creditPersonFacts(#""consumptionRestriction": {"orderedOn": "2025-03-01", "liftedOn": "2025-05-01"}"#))
        #expect(lifted.consumptionRestriction.status == .lifted)
        let none = try creditDecide(creditPersonFacts())
        #expect(none.consumptionRestriction.status == .notOrdered)
    }
}
