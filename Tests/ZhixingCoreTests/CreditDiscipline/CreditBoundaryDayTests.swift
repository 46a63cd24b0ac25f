import Testing
@testable import ZhixingCore

/// Every time limit of the credit rule set on its last day, the day before and the day after. Periods count from
/// the day after the event (Civil Code Art.201) and end on the corresponding day (Art.202); a term or a bar is
/// never moved for a rest day (see `StatutoryCalendar.creditTermEnd`), a deadline to act is (Art.203).
@Suite("Credit: boundary days")
struct CreditBoundaryDayTests {
    // MARK: - Art.10 para.4: the six-month bar on re-listing at the applicant's request

    private func relisting(appliedOn: String) throws -> CreditDecision {
        try creditDecide(creditPersonFacts(asOf: appliedOn, #"""
            "findings": {"ableToPerformButRefuses": true},
            "listingRequest": {"initiatedBy": "applicant", "appliedOn": "\#(appliedOn)"},
            "existingListing": {"listedOn": "2024-03-01", "grounds": ["refusesDespiteAbility"],
                                "applicantDeletionRequest": {"requestedOn": "2024-12-10", "approvedOn": "2024-12-16"},
                                "deletedOn": "2024-12-18", "deletionSituation": "applicantRequest"}
            """#))
    }

    @Test("Art.10 para.4: deleted 2024-12-18; the six months end 2025-06-18 — applied 06-17 and on 06-18 not supported, 06-19 supported")
    func art10_para4_sixMonthBar_lastDayStillBarred() throws {
        #expect(try relisting(appliedOn: "2025-06-17").listing.outcome == .applicationNotSupported)
        let lastDay = try relisting(appliedOn: "2025-06-18")
        #expect(lastDay.listing.outcome == .applicationNotSupported)
        #expect(lastDay.existingListing?.applicantRelistingBarredThrough == creditDay("2025-06-18"))
        #expect(try relisting(appliedOn: "2025-06-19").listing.outcome == .shallList)
    }

    // MARK: - Art.2 para.1, Art.10 para.2: the end of a two-year term and the three working days to delete

    private func termListing(asOf: String) throws -> ExistingListingAssessment {
        try #require(try creditDecide(creditPersonFacts(asOf: asOf, #"""
            "existingListing": {"listedOn": "2023-06-12", "grounds": ["evadesEnforcement"]}
            """#)).existingListing)
    }

    @Test("Art.2 para.1: listed 2023-06-12 for two years — in force on 2025-06-11 and on the last day 06-12, to be deleted from 06-13")
    func art2_para1_twoYearTerm_lastDayInForce() throws {
        #expect(try termListing(asOf: "2025-06-11").status == .inForce)
        let lastDay = try termListing(asOf: "2025-06-12")
        #expect(lastDay.term.lastDay == creditDay("2025-06-12"))
        #expect(lastDay.status == .inForce)
        #expect(try termListing(asOf: "2025-06-13").status == .mustDelete)
    }

    @Test("Art.10 para.2: term ended Thu 2025-06-12; three working days end Tue 06-17 — not overdue on 06-16 or 06-17, overdue on 06-18")
    func art10_para2_deletionWithinThreeWorkingDays_lastDayNotOverdue() throws {
        #expect(try termListing(asOf: "2025-06-16").deletionOverdue == false)
        let lastDay = try termListing(asOf: "2025-06-17")
        #expect(lastDay.deletion?.dueDate == creditDay("2025-06-17"))
        #expect(lastDay.deletionOverdue == false)
        #expect(try termListing(asOf: "2025-06-18").deletionOverdue == true)
    }

    // MARK: - Art.5 para.2: fifteen days to decide on the applicant's application

    private func listingDecided(on decidedOn: String) throws -> CreditDecision {
        try creditDecide(creditPersonFacts(asOf: decidedOn, #"""
            "findings": {"ableToPerformButRefuses": true},
            "listingRequest": {"initiatedBy": "applicant", "appliedOn": "2025-06-03", "decidedOn": "\#(decidedOn)"}
            """#))
    }

    @Test("Art.5 para.2: applied 2025-06-03; fifteen days end 06-18 — decided 06-17 or 06-18 in time, 06-19 late")
    func art5_para2_fifteenDays_lastDayInTime() throws {
        #expect(try listingDecided(on: "2025-06-18").listing.applicationReview?.dueDate == creditDay("2025-06-18"))
        #expect(!(try listingDecided(on: "2025-06-17").warnings.creditMentions("晚于审查期限")))
        #expect(!(try listingDecided(on: "2025-06-18").warnings.creditMentions("晚于审查期限")))
        #expect(try listingDecided(on: "2025-06-19").warnings.creditMentions("晚于审查期限"))
    }

    // MARK: - Art.12 para.1: fifteen days to review a correction application

    private func correction(asOf: String, reviewedOn: String? = nil) throws -> CreditDecision {
        let reviewed = reviewedOn.map { #", "reasonsFoundValid": false, "reviewedOn": "\#($0)""# } ?? ""
        return try creditDecide(creditPersonFacts(asOf: asOf, #"""
            "existingListing": {"listedOn": "2025-03-03", "grounds": ["violatesPropertyReporting"]},
            "correction": {"receivedOn": "2025-06-16", "grounds": ["inaccurateInformation"]\#(reviewed)}
            """#))
    }

    @Test("Art.12 para.1: received 2025-06-16; the review is due 07-01 — pending on 06-30 and 07-01 without warning, overdue on 07-02")
    func art12_para1_reviewPending_lastDayNotOverdue() throws {
        #expect(try correction(asOf: "2025-07-01").correction?.review.dueDate == creditDay("2025-07-01"))
        #expect(!(try correction(asOf: "2025-06-30").warnings.creditMentions("仍未审查")))
        #expect(!(try correction(asOf: "2025-07-01").warnings.creditMentions("仍未审查")))
        #expect(try correction(asOf: "2025-07-02").warnings.creditMentions("仍未审查"))
    }

    @Test("Art.12 para.1: received 2025-06-16 — reviewed 06-30 or on the last day 07-01 in time, 07-02 late")
    func art12_para1_reviewedOnLastDay_inTime() throws {
        #expect(!(try correction(asOf: "2025-07-05", reviewedOn: "2025-06-30").warnings.creditMentions("晚于期限")))
        #expect(!(try correction(asOf: "2025-07-05", reviewedOn: "2025-07-01").warnings.creditMentions("晚于期限")))
        #expect(try correction(asOf: "2025-07-05", reviewedOn: "2025-07-02").warnings.creditMentions("晚于期限"))
    }

    @Test("Art.12 para.1: rejection served 2025-07-01; ten days end Fri 07-11 — reconsideration received 07-11 in time, 07-12 late")
    func art12_para1_reconsiderationWindow_lastDayInTime() throws {
        func late(_ received: String) throws -> Bool {
            try creditDecide(creditPersonFacts(asOf: "2025-07-20", #"""
                "existingListing": {"listedOn": "2025-03-03", "grounds": ["violatesPropertyReporting"]},
                "correction": {"receivedOn": "2025-06-16", "grounds": ["inaccurateInformation"], "reasonsFoundValid": false,
                               "reviewedOn": "2025-06-27", "rejectionServedOn": "2025-07-01", "reconsiderationReceivedOn": "\#(received)"}
                """#)).warnings.creditMentions("晚于申请期限")
        }
        #expect(try !late("2025-07-10"))
        #expect(try !late("2025-07-11"))
        #expect(try late("2025-07-12"))
    }

    // MARK: - Consumption Restriction Provisions Art.1 para.1: the period of the enforcement notice

    @Test("Consumption Art.1 para.1: notice served Mon 2025-06-02 with ten days — no restriction on 06-11 or the last day 06-12; may restrict from 06-13")
    func consumption_art1_noticePeriod_lastDayNoRestriction() throws {
        func outcome(_ asOf: String) throws -> RestrictionOutcome {
            try creditDecide(creditPersonFacts(asOf: asOf, #"""
                "enforcement": {"enforcementNotice": {"servedOn": "2025-06-02", "periodDays": 10}}
                """#)).consumptionRestriction.outcome
        }
        #expect(try outcome("2025-06-11") == .mayNotRestrict)
        #expect(try outcome("2025-06-12") == .mayNotRestrict)
        #expect(try outcome("2025-06-13") == .mayRestrict)
    }

    // MARK: - Opinions 2019 No.15: the grace period

    @Test("Opinions 2019 No.15: a two-month grace period from 2025-06-16 ends 08-16; publication from 08-17")
    func opinions15_gracePeriod_publishedFromTheDayAfter() throws {
        let calendar = try creditContext().calendar
        let grace = ListingAssessor.gracePeriod(months: 2, decidedOn: creditDay("2025-06-16"), calendar: calendar)
        #expect(grace.lastDay == creditDay("2025-08-16"))
        #expect(grace.publishFrom == creditDay("2025-08-17"))
    }

    // MARK: - Art.4: eighteen on the listing date

    @Test("Art.4: born 2007-06-16 — a minor on 2025-06-15, eighteen on the birthday 2025-06-16")
    func art4_eighteenthBirthday_adultThatDay() throws {
        let debtor = try JSONFacts.decode(CreditFacts.self, from: .init(creditPersonFacts(id: CreditIDs.turns18On20250616).utf8)).debtor
        #expect(debtor.age(on: creditDay("2025-06-15")) == 17)
        #expect(debtor.age(on: creditDay("2025-06-16")) == 18)
        #expect(debtor.age(on: creditDay("2025-06-17")) == 18)
        let byBirthDate = CreditDebtor(naturalPerson: "王某", birthDate: creditDay("2007-06-16"))
        #expect(byBirthDate.age(on: creditDay("2025-06-15")) == 17)
        #expect(byBirthDate.age(on: creditDay("2025-06-16")) == 18)
    }
}
