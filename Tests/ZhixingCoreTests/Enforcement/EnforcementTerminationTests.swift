import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: termination of the current procedure (终本)")
struct EnforcementTerminationTests {
    private func checklist(_ events: [EnforcementEvent], asOf: String = "2025-06-10", findings: CaseFindings? = nil,
                           applied: String = "350000.00") throws -> TerminationChecklist {
        try enfAssess(enfFacts(applied: applied, events: events, asOf: asOf, findings: findings)).terminationChecklist
    }

    /// `enfTerminable` without the events of `kinds`.
    private func terminable(without kinds: Set<EnforcementEventKind>) -> [EnforcementEvent] {
        enfTerminable.filter { !kinds.contains($0.kind) }
    }

    @Test func art1_allConditionsHold_allowed_andTheRulingStatesThem() throws {
        let list = try checklist(enfTerminable)
        #expect(list.applicable)
        #expect(list.missing.isEmpty)
        #expect(list.allowed)
        #expect(list.reasonsForRuling.count >= 8)
        #expect(list.reasonsForRuling.contains { $0.message.zh.contains("限制消费令") })
        let facts = enfFacts(events: enfTerminable, asOf: "2025-06-10")
        #expect(try enfRefusal(enfEvent(.closedCurrentProcedureTerminated, "2025-06-10"), after: facts) == nil)
        #expect(try enfAssess(facts).allowedNext.contains(.closedCurrentProcedureTerminated))
    }

    @Test func art1_conditionsMissing_refusedWithWhatIsMissing() throws {
        let facts = enfFacts(events: terminable(without: [.consumptionRestricted, .applicantHeard]), asOf: "2025-06-10")
        let refusal = try #require(try enfRefusal(enfEvent(.closedCurrentProcedureTerminated, "2025-06-10"), after: facts))
        #expect(refusal.code == "termination.conditions_missing")
        #expect(refusal.reasons.contains { $0.article == "Termination Provisions 2016 Art.1 item 2" })
        #expect(refusal.reasons.contains { $0.article == "Termination Provisions 2016 Art.5" })
        let list = try checklist(terminable(without: [.consumptionRestricted, .applicantHeard]))
        #expect(Set(list.missing) == ["art1_item2_consumptionRestriction", "art5_applicantHeard"])
    }

    @Test("Art.1 and Art.5: what is missing is said by its title in both languages, never by the condition's internal id")
    func art1_conditionsMissing_namedByTitle() throws {
        let list = try checklist(terminable(without: [.consumptionRestricted, .applicantHeard]))
        let summary = try #require(list.reasons.last)
        for id in list.missing {
            #expect(!summary.message.en.contains(id) && !summary.message.zh.contains(id), "\(id)")
            let title = try #require(list.item(id)?.title)
            #expect(summary.message.en.contains(title.en) && summary.message.zh.contains(title.zh), "\(id)")
        }
    }

    @Test func art1_item1_noEnforcementNotice_missing() throws {
        let list = try checklist(terminable(without: [.enforcementNoticeServed]))
        #expect(list.item("art1_item1_enforcementNotice")?.state == .missing)
    }

    @Test func art2_item1_noPropertyReportOrder_missing() throws {
        let list = try checklist(terminable(without: [.propertyReportOrderServed]))
        #expect(list.item("art2_item1_propertyReportOrder")?.state == .missing)
    }

    @Test func art2_item2_reportedPropertyNotVerified_missing() throws {
        let events = enfOpening + [enfEvent(.propertyInquiry, "2025-03-10", found: false), enfEvent(.propertyReported, "2025-03-12"),
                                   enfEvent(.consumptionRestricted, "2025-04-02"), enfEvent(.applicantHeard, "2025-06-05")]
        let list = try checklist(events)
        #expect(list.item("art2_item2_reportVerified")?.state == .missing)
        #expect(list.item("art2_item3_reportSanctions")?.state == .notApplicable)
        let verified = try checklist(events + [enfEvent(.propertyInquiry, "2025-06-06", found: false)])
        #expect(verified.item("art2_item2_reportVerified")?.state == .satisfied)
        #expect(verified.allowed)
    }

    @Test func art2_item3_noReportAndNoSanction_missing() throws {
        let list = try checklist(terminable(without: [.obstructionSanctioned]))
        let item = try #require(list.item("art2_item3_reportSanctions"))
        #expect(item.state == .missing)
        #expect(item.article.contains("Termination Provisions 2016 Art.2 item 3"))
    }

    @Test func art2_item3_debtorMissing_searched_sanctionImpossible() throws {
        let events = terminable(without: [.obstructionSanctioned]) + [enfEvent(.debtorSearched, "2025-06-06")]
        let list = try checklist(events, findings: CaseFindings(debtorWhereaboutsUnknown: true))
        #expect(list.item("art2_item3_reportSanctions")?.state == .notApplicable)
        #expect(list.item("art1_item5_debtorSearched")?.state == .satisfied)
        #expect(list.allowed)
    }

    @Test func art1_item2_noConsumptionRestriction_missing() throws {
        #expect(try checklist(terminable(without: [.consumptionRestricted])).item("art1_item2_consumptionRestriction")?.state == .missing)
    }

    @Test func art1_item2_dishonestListing_onlyWhereTheConditionsHold() throws {
        let unlisted = terminable(without: [.listedDishonest])
        // No finding: the engine relies on the court not having listed, and says so.
        let relied = try #require(try checklist(unlisted).item("art1_item2_dishonestList"))
        #expect(relied.state == .notApplicable)
        #expect(relied.reasons.first?.message.zh.contains("依赖") == true)
        // The court found a ground for listing: listing is required before 终本.
        let found = try checklist(unlisted, findings: CaseFindings(dishonestListingConditionsMet: true))
        #expect(found.item("art1_item2_dishonestList")?.state == .missing)
        #expect(!found.allowed)
        // The court found none.
        #expect(try checklist(unlisted, findings: CaseFindings(dishonestListingConditionsMet: false)).allowed)
    }

    @Test func art1_item3_lastInquiryFoundProperty_missing() throws {
        let list = try checklist(enfTerminable + [enfEvent(.propertyInquiry, "2025-06-06", found: true)])
        #expect(list.item("art1_item3_noDisposableProperty")?.state == .missing)
    }

    @Test func art1_item3_inquiryWithoutResult_missing() throws {
        let list = try checklist(enfTerminable + [enfEvent(.propertyInquiry, "2025-06-06")])
        #expect(list.item("art1_item3_noDisposableProperty")?.state == .missing)
    }

    @Test func art1_item3_propertyFoundAfterTheLastInquiry_missing() throws {
        let list = try checklist(enfTerminable + [enfEvent(.assetFound, "2025-06-06")])
        #expect(list.item("art1_item3_noDisposableProperty")?.state == .missing)
    }

    @Test func art4_measureInForceButNotDisposable_reliedOnTheInquiryFinding() throws {
        let seal = enfMeasure("S1", .seal, .vehicle, startsOn: "2025-03-20", months: 24)
        let events = Array(enfTerminable.prefix(5)) + [enfEvent(.measureTaken, "2025-03-20", measure: seal)] + Array(enfTerminable.dropFirst(5))
        let item = try #require(try checklist(events).item("art1_item3_noDisposableProperty"))
        #expect(item.state == .satisfied)
        #expect(item.reasons.contains { $0.article == "Termination Provisions 2016 Art.4" && $0.message.zh.contains("S1") })
    }

    @Test func art3_item1_cluesNotVerified_missing() throws {
        let list = try checklist(enfTerminable + [enfEvent(.propertyCluesGiven, "2025-06-06")])
        #expect(list.item("art3_item1_cluesVerified")?.state == .missing)
        let verified = try checklist(enfTerminable + [enfEvent(.propertyCluesGiven, "2025-06-06"), enfEvent(.propertyInquiry, "2025-06-08", found: false)])
        #expect(verified.item("art3_item1_cluesVerified")?.state == .satisfied)
    }

    @Test func art3_item2_noOnlineInquiry_missing() throws {
        let list = try checklist(terminable(without: [.propertyInquiry]))
        #expect(list.item("art3_item2_onlineInquiry")?.state == .missing)
        #expect(list.item("art1_item3_noDisposableProperty")?.state == .missing)
    }

    @Test func art1_item4_moreThanThreeMonthsSinceFiling() throws {
        // Filed 2025-03-03: the three months end on 2025-06-03; 终本 from 06-04.
        let onTheDay = try checklist(terminable(without: [.applicantHeard]) + [enfEvent(.applicantHeard, "2025-06-02")], asOf: "2025-06-03")
        #expect(onTheDay.item("art1_item4_threeMonths")?.state == .missing)
        #expect(!onTheDay.allowed)
        let dayAfter = try checklist(terminable(without: [.applicantHeard]) + [enfEvent(.applicantHeard, "2025-06-02")], asOf: "2025-06-04")
        #expect(dayAfter.item("art1_item4_threeMonths")?.state == .satisfied)
        #expect(dayAfter.allowed)
    }

    @Test func art1_item5_debtorWhoseWhereaboutsAreUnknown_mustBeSearchedFor() throws {
        let list = try checklist(enfTerminable, findings: CaseFindings(debtorWhereaboutsUnknown: true))
        #expect(list.item("art1_item5_debtorSearched")?.state == .missing)
        #expect(try checklist(enfTerminable).item("art1_item5_debtorSearched")?.state == .notApplicable)
    }

    @Test func art1_item5_obstructionFound_mustBeSanctioned() throws {
        let unsanctioned = terminable(without: [.obstructionSanctioned]) + [enfEvent(.propertyReported, "2025-06-06"), enfEvent(.propertyInquiry, "2025-06-07", found: false)]
        let list = try checklist(unsanctioned, findings: CaseFindings(obstructionOccurred: true))
        #expect(list.item("art1_item5_obstructionSanctioned")?.state == .missing)
        #expect(list.item("art2_item3_reportSanctions")?.state == .missing)
        #expect(try checklist(unsanctioned).allowed)
    }

    @Test func art5_applicantNotHeard_missing() throws {
        #expect(try checklist(terminable(without: [.applicantHeard])).item("art5_applicantHeard")?.state == .missing)
    }

    @Test func cplInterpretation517_confirmationNotRecorded_unverifiedButNotBlocking() throws {
        let assessment = try enfAssess(enfFacts(events: enfTerminable, asOf: "2025-06-10"))
        #expect(assessment.terminationChecklist.item("cplInterp517_confirmation")?.state == .unverified)
        #expect(assessment.terminationChecklist.allowed)
        #expect(assessment.warnings.contains { $0.article == "CPL Interpretation 2022 Art.517 para.1" })
        let refused = try checklist(enfTerminable, findings: CaseFindings(terminationConfirmed: false))
        #expect(!refused.allowed)
        #expect(try checklist(enfTerminable, findings: CaseFindings(terminationConfirmed: true)).item("cplInterp517_confirmation")?.state == .satisfied)
    }

    @Test func nothingOutstanding_closeAsPerformedNot终本() throws {
        let list = try checklist(enfTerminable + [enfEvent(.paymentReceived, "2025-06-06", amount: "350000.00")])
        #expect(list.item("outstanding")?.state == .missing)
        #expect(!list.allowed)
    }

    @Test func suspendedCase_cannotBeClosedBy终本() throws {
        let list = try checklist(enfTerminable + [enfEvent(.suspended, "2025-06-06")])
        #expect(list.missing.isEmpty)
        #expect(!list.allowed)
        #expect(list.reasons.contains { $0.article == "CPL 2023 Art.267" })
    }

    @Test func closedBy终本_checklistAsOfTheClosureDay_allowedForTheRuling() throws {
        let facts = enfFacts(events: enfTerminable + [enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")], asOf: "2025-09-01")
        let assessment = try enfAssess(facts)
        #expect(assessment.terminationChecklist.evaluatedOn == enfDay("2025-06-10"))
        #expect(assessment.terminationChecklist.allowed)
        #expect(assessment.closure == .currentProcedureTerminated)
    }

    @Test func closedBy终本WithoutTheConditions_warnedInTheAssessment() throws {
        // Imported history: 终本 recorded although the applicant was never heard.
        let facts = enfFacts(events: terminable(without: [.applicantHeard]) + [enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")], asOf: "2025-09-01")
        let assessment = try enfAssess(facts)
        #expect(assessment.terminationChecklist.missing == ["art5_applicantHeard"])
        #expect(assessment.warnings.contains { $0.message.en.contains("art5_applicantHeard") })
    }

    @Test func objectionCase_checklistNotApplicable() throws {
        let list = try enfAssess(enfFacts(caseType: .objection, events: [enfEvent(.filed, "2025-03-03")])).terminationChecklist
        #expect(!list.applicable)
        #expect(!list.allowed)
    }
}
