import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: validation of the facts (decide)")
struct EnforcementValidationTests {
    @Test func decide_validFacts_assess() throws {
        let facts = enfFacts(events: enfOpening, asOf: "2025-03-20")
        let decision = try EnforcementRules.decide(facts, context: RuleContext(calendar: try enfCalendar()))
        #expect(decision.ruleSet == "enforcement")
        #expect(decision.status == .active)
        #expect(EnforcementRules.name == "enforcement")
    }

    @Test func decide_eventOutOfOrder_namesTheField() throws {
        let events = enfOpening + [enfEvent(.propertyInquiry, "2025-03-05")]
        let error = try #require(try enfFieldError(enfFacts(events: events, asOf: "2025-03-20")))
        #expect(error.field == "events[4].date")
        #expect(error.code == "event.out_of_order")
    }

    @Test func decide_eventAfterAsOf_namesTheField() throws {
        let error = try #require(try enfFieldError(enfFacts(events: enfOpening, asOf: "2025-03-05")))
        #expect(error.field == "events[2].date")
        #expect(error.code == "event.after_as_of")
    }

    @Test func decide_eventBeforeFiling_namesTheField() throws {
        let error = try #require(try enfFieldError(enfFacts(events: [enfEvent(.handlerAssigned, "2025-03-01")], asOf: "2025-03-20")))
        #expect(error.field == "events[0].date")
    }

    @Test func decide_asOfBeforeFiling_refused() throws {
        #expect(try enfFieldError(enfFacts(events: [], asOf: "2025-03-01"))?.field == "asOf")
    }

    @Test func decide_paymentWithoutAmount_namesTheField() throws {
        let error = try enfFieldError(enfFacts(events: enfOpening + [enfEvent(.paymentReceived, "2025-03-10")], asOf: "2025-03-20"))
        #expect(error?.field == "events[4].amount")
    }

    @Test func decide_moreDisbursedThanReceived_namesTheField() throws {
        let events = enfOpening + [enfEvent(.paymentReceived, "2025-03-10", amount: "10.00"), enfEvent(.paymentDisbursed, "2025-03-11", amount: "10.01")]
        let error = try enfFieldError(enfFacts(events: events, asOf: "2025-03-20"))
        #expect(error?.field == "events[5].amount")
        #expect(error?.code == "amount.disbursed_exceeds_received")
    }

    @Test func decide_renewalOfAnUnknownMeasure_namesTheField() throws {
        let events = enfOpening + [enfEvent(.measureRenewed, "2025-03-10", measure: enfMeasure("F9", startsOn: "2025-03-10"))]
        let error = try enfFieldError(enfFacts(events: events, asOf: "2025-03-20"))
        #expect(error?.field == "events[4].measure.id")
        #expect(error?.code == "measure.unknown")
    }

    @Test func decide_measureEventWithoutMeasure_namesTheField() throws {
        let error = try enfFieldError(enfFacts(events: enfOpening + [enfEvent(.measureTaken, "2025-03-10")], asOf: "2025-03-20"))
        #expect(error?.field == "events[4].measure")
    }

    @Test func decide_filingEventNotFirst_namesTheField() throws {
        let events = [enfEvent(.handlerAssigned, "2025-03-04"), enfEvent(.filed, "2025-03-04")]
        #expect(try enfFieldError(enfFacts(events: events, asOf: "2025-03-20"))?.field == "events[1].kind")
    }

    @Test func decide_compensationCaseType_refused() throws {
        #expect(try enfFieldError(enfFacts(caseType: .compensationCommittee))?.field == "caseType")
    }

    @Test func decide_uncountedPeriodEndingBeforeItBegins_namesTheField() throws {
        let period = UncountedPeriod(kind: .deferral, from: enfDay("2025-04-10"), to: enfDay("2025-04-01"))
        #expect(try enfFieldError(enfFacts(events: enfOpening, asOf: "2025-05-01", uncounted: [period]))?.field == "uncountedPeriods[0].to")
    }

    @Test func decide_extensionInYears_refused() throws {
        let ext = TimeLimitExtension(requestedOn: nil, approvedOn: enfDay("2025-04-01"), period: .years(1))
        #expect(try enfFieldError(enfFacts(events: enfOpening, asOf: "2025-05-01", extensions: [ext]))?.field == "timeLimitExtensions[0].period.unit")
    }

    @Test func decide_jsonWithBadEnum_isADecodingError() {
        let json = #"{"caseType": "执", "filedOn": "2025-03-03", "basis": {"kind": "poem", "issuingBody": "x", "documentNumber": "y"}, "jurisdiction": {"isFirstInstanceCourt": true, "propertyInCourtArea": false, "sameLevelAsFirstInstance": true}, "amountApplied": "1.00", "nonLitigation": false, "events": [], "asOf": "2025-03-03"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(EnforcementFacts.self, from: Data(json.utf8)) }
    }

    @Test func decide_optionalFactsDecodeFromJSON() throws {
        let json = #"""
        {"caseType": "执异", "filedOn": "2025-03-03",
         "basis": {"kind": "civilJudgment", "issuingBody": "北京市朝阳区人民法院", "documentNumber": "（2024）京0105民初5678号", "effectiveOn": "2025-01-10", "amountAwarded": "350000.00"},
         "jurisdiction": {"isFirstInstanceCourt": true, "propertyInCourtArea": false, "sameLevelAsFirstInstance": true, "enforcingCourtLevel": "basic"},
         "amountApplied": "0.00", "nonLitigation": false, "events": [{"kind": "filed", "date": "2025-03-03"}], "asOf": "2025-03-10",
         "uncountedPeriods": [{"kind": "publicNoticeService", "from": "2025-03-04"}],
         "timeLimitExtensions": [{"approvedOn": "2025-03-05", "period": {"unit": "days", "count": 10}}],
         "findings": {"obstructionOccurred": false},
         "objection": {"kind": "thirdPartyClaim"}}
        """#
        let facts = try JSONDecoder().decode(EnforcementFacts.self, from: Data(json.utf8))
        #expect(facts.objection?.kind == .thirdPartyClaim)
        #expect(facts.jurisdiction.enforcingCourtLevel == .basic)
        #expect(facts.uncountedPeriods?.first?.to == nil)
        let decision = try EnforcementRules.decide(facts, context: RuleContext(calendar: try enfCalendar()))
        #expect(decision.deadline("objectionDecision")?.article == "CPL 2023 Art.238")
    }
}
