import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: freezes, seals, seizures")
struct EnforcementMeasureTests {
    private func facts(_ extra: [EnforcementEvent], asOf: String) -> EnforcementFacts {
        enfFacts(events: enfOpening + extra, asOf: asOf)
    }

    // MARK: CPL Interpretation 2022 Art.485 para.1

    @Test func art485_para1_maximumTerms() {
        #expect(MeasureRules.maximumMonths(.bankDeposit) == 12)
        #expect(MeasureRules.maximumMonths(.movable) == 24)
        #expect(MeasureRules.maximumMonths(.vehicle) == 24)
        #expect(MeasureRules.maximumMonths(.realEstate) == 36)
        #expect(MeasureRules.maximumMonths(.equity) == 36)
        #expect(MeasureRules.maximumMonths(.securities) == 36)
        #expect(MeasureRules.maximumMonths(.otherRight) == 36)
    }

    @Test func art485_para1_depositFrozenForMoreThanAYear_refused() throws {
        let refusal = try enfRefusal(enfEvent(.measureTaken, "2025-03-10", measure: enfMeasure("F1", startsOn: "2025-03-10", months: 13)),
                                     after: facts([], asOf: "2025-03-20"))
        #expect(refusal?.code == "measure.term_exceeds_maximum")
        #expect(refusal?.reasons.first?.article == "CPL Interpretation 2022 Art.485 para.1")
    }

    @Test func art485_para1_realEstateSealedThreeYears_allowed() throws {
        let seal = enfMeasure("S1", .seal, .realEstate, startsOn: "2025-03-10", months: 36)
        #expect(try enfRefusal(enfEvent(.measureTaken, "2025-03-10", measure: seal), after: facts([], asOf: "2025-03-20")) == nil)
    }

    @Test func cpl253_255_depositsAreFrozenNotSealed() throws {
        let seal = enfMeasure("S1", .seal, .bankDeposit, startsOn: "2025-03-10")
        let refusal = try enfRefusal(enfEvent(.measureTaken, "2025-03-10", measure: seal), after: facts([], asOf: "2025-03-20"))
        #expect(refusal?.code == "measure.kind_asset_mismatch")
        let seizeCar = enfMeasure("K1", .seize, .vehicle, startsOn: "2025-03-10", months: 24)
        #expect(try enfRefusal(enfEvent(.measureTaken, "2025-03-10", measure: seizeCar), after: facts([], asOf: "2025-03-20")) == nil)
    }

    @Test func art485_para1_noTermSet_maximumAssumedAndWarned() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-10", months: nil)
        let assessment = try enfAssess(facts([enfEvent(.measureTaken, "2025-03-10", measure: freeze)], asOf: "2025-03-20"))
        let measure = try #require(assessment.measures.first)
        #expect(measure.termMonths == 12)
        #expect(measure.expiresOn == enfDay("2026-03-10"))
        #expect(measure.warnings.contains { $0.message.zh.contains("未载明期限") })
    }

    // MARK: Expiry on the calendar, not moved for holidays

    @Test func expiry_byCalendarMonths_andRenewalWindow() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-14")
        let assessment = try enfAssess(facts([enfEvent(.measureTaken, "2025-03-14", measure: freeze)], asOf: "2025-06-01"))
        let measure = try #require(assessment.measures.first)
        #expect(measure.state == .inForce)
        #expect(measure.expiresOn == enfDay("2026-03-14"))
        #expect(measure.renewalWindowOpens == enfDay("2026-02-12"))
        // 2026-03-14 is a Saturday: registries act by Friday 03-13.
        #expect(measure.lastWorkingDayToRenew == enfDay("2026-03-13"))
        #expect(measure.warnings.allSatisfy { !$0.message.zh.contains("续行提醒") })
    }

    @Test func cplInterpretation168_preservationTermCountedOn_cpl85_expiryOnNationalDayNotExtended() throws {
        // A preservation freeze of 2024-10-01 continues in enforcement (Art.168); its year ends on 2025-10-01.
        let freeze = enfMeasure("F0", startsOn: "2024-10-01")
        let assessment = try enfAssess(facts([enfEvent(.measureTaken, "2025-03-07", measure: freeze)], asOf: "2025-09-20"))
        let measure = try #require(assessment.measures.first)
        #expect(measure.expiresOn == enfDay("2025-10-01"))
        #expect(measure.lastWorkingDayToRenew == enfDay("2025-09-30"))
        #expect(measure.reasons.contains { $0.article == "CPL Interpretation 2022 Art.168" })
        #expect(measure.reasons.contains { $0.article.contains("CPL 2023 Art.85 para.3") && $0.message.zh.contains("不顺延") })
        // Within 30 days of expiry: the renewal warning, at measure and case level.
        #expect(measure.warnings.contains { $0.message.zh.contains("续行提醒") })
        #expect(assessment.warnings.contains { $0.message.zh.contains("续行提醒") })
    }

    @Test func sealing_art27_unrenewedMeasureLapses() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-14")
        let assessment = try enfAssess(facts([enfEvent(.measureTaken, "2025-03-14", measure: freeze)], asOf: "2026-03-15"))
        let measure = try #require(assessment.measures.first)
        #expect(measure.state == .expired)
        #expect(measure.warnings.contains { $0.article == "Sealing Provisions 2020 Art.27" })
    }

    // MARK: Renewal (Art.485 para.2)

    @Test func art485_para2_renewalBeforeExpiry_extendsTheTerm() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-14")
        let renewal = enfMeasure("F1", startsOn: "2026-03-14")
        let before = facts([enfEvent(.measureTaken, "2025-03-14", measure: freeze)], asOf: "2026-03-05")
        #expect(try enfRefusal(enfEvent(.measureRenewed, "2026-03-05", measure: renewal), after: before) == nil)
        let renewed = enfWith(before, events: before.events + [enfEvent(.measureRenewed, "2026-03-05", measure: renewal)], asOf: "2026-03-20")
        let measure = try #require(try enfAssess(renewed).measures.first)
        #expect(measure.renewals == 1)
        #expect(measure.expiresOn == enfDay("2027-03-14"))
        #expect(measure.state == .inForce)
        #expect(measure.reasons.contains { $0.article == "CPL Interpretation 2022 Art.485 para.2" })
    }

    @Test func art485_para3_courtMayRenewOfItsOwnMotion_stated() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-14")
        let measure = try #require(try enfAssess(facts([enfEvent(.measureTaken, "2025-03-14", measure: freeze)], asOf: "2025-06-01")).measures.first)
        #expect(measure.reasons.contains { $0.article.contains("CPL Interpretation 2022 Art.485 para.3") && $0.message.zh.contains("依职权") })
    }

    @Test func art485_para2_renewalAfterExpiry_refused() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-14")
        let lapsed = facts([enfEvent(.measureTaken, "2025-03-14", measure: freeze)], asOf: "2026-03-20")
        let refusal = try enfRefusal(enfEvent(.measureRenewed, "2026-03-15", measure: enfMeasure("F1", startsOn: "2026-03-15")), after: lapsed)
        #expect(refusal?.code == "measure.expired")
    }

    @Test func art485_para2_renewalBeyondTheMaximum_refused() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-14")
        let before = facts([enfEvent(.measureTaken, "2025-03-14", measure: freeze)], asOf: "2026-03-05")
        let refusal = try enfRefusal(enfEvent(.measureRenewed, "2026-03-05", measure: enfMeasure("F1", startsOn: "2026-03-14", months: 18)), after: before)
        #expect(refusal?.code == "measure.term_exceeds_maximum")
        #expect(refusal?.reasons.contains { $0.article == "CPL Interpretation 2022 Art.485 para.2" } == true)
    }

    @Test func art485_para2_renewalLeavingAGap_refused() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-14")
        let before = facts([enfEvent(.measureTaken, "2025-03-14", measure: freeze)], asOf: "2026-03-05")
        let refusal = try enfRefusal(enfEvent(.measureRenewed, "2026-03-05", measure: enfMeasure("F1", startsOn: "2026-03-20")), after: before)
        #expect(refusal?.code == "measure.renewal_gap")
    }

    @Test func renewal_unknownOrLiftedMeasure_refused() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-14")
        let base = facts([enfEvent(.measureTaken, "2025-03-14", measure: freeze)], asOf: "2025-06-01")
        #expect(try enfRefusal(enfEvent(.measureRenewed, "2025-06-01", measure: enfMeasure("F9", startsOn: "2026-03-14")), after: base)?.code == "measure.unknown")
        let lifted = enfWith(base, events: base.events + [enfEvent(.measureLifted, "2025-05-01", measure: freeze)], asOf: "2025-06-01")
        #expect(try enfRefusal(enfEvent(.measureRenewed, "2025-06-01", measure: enfMeasure("F1", startsOn: "2026-03-14")), after: lifted)?.code == "measure.lifted")
        #expect(try enfRefusal(enfEvent(.measureLifted, "2025-06-01", measure: freeze), after: lifted)?.code == "measure.lifted")
        #expect(try enfAssess(lifted).measures.first?.state == .lifted)
    }

    @Test func measure_duplicateId_refused() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-14")
        let base = facts([enfEvent(.measureTaken, "2025-03-14", measure: freeze)], asOf: "2025-06-01")
        #expect(try enfRefusal(enfEvent(.measureTaken, "2025-04-01", measure: freeze), after: base)?.code == "measure.duplicate")
    }

    // MARK: Waiting-list measures (Sealing Provisions 2020 Art.26)

    @Test func sealing_art26_waitingListSeal_takesEffectWhenTheEarlierIsLifted() throws {
        let waiting = enfMeasure("W1", .seal, .realEstate, rank: .waitingList, startsOn: "2025-03-20", months: 36)
        let base = facts([enfEvent(.measureTaken, "2025-03-20", measure: waiting)], asOf: "2025-06-01")
        let before = try #require(try enfAssess(base).measures.first)
        #expect(before.state == .waiting)
        #expect(before.expiresOn == nil)
        #expect(before.reasons.contains { $0.article == "Sealing Provisions 2020 Art.26 para.1" && $0.message.zh.contains("自动生效") })
        // Not in effect: nothing to renew.
        let renewal = enfMeasure("W1", .seal, .realEstate, startsOn: "2026-03-20", months: 36)
        #expect(try enfRefusal(enfEvent(.measureRenewed, "2025-06-01", measure: renewal), after: base)?.code == "measure.not_in_effect")
        // The first seal (another court's) was lifted on 2025-05-10: recorded as the same id, rank first.
        let effective = enfMeasure("W1", .seal, .realEstate, rank: .first, startsOn: "2025-05-10", months: 36)
        #expect(try enfRefusal(enfEvent(.measureTaken, "2025-05-12", measure: effective), after: base) == nil)
        let promoted = enfWith(base, events: base.events + [enfEvent(.measureTaken, "2025-05-12", measure: effective)], asOf: "2025-06-01")
        let after = try #require(try enfAssess(promoted).measures.first)
        #expect(after.state == .inForce)
        #expect(after.rank == .first)
        #expect(after.expiresOn == enfDay("2028-05-10"))
    }

    // MARK: After closure (Sealing Provisions 2020 Art.28; Termination Provisions 2016)

    @Test func sealing_art28_measureInForceAfterFullPerformance_mustBeLifted() throws {
        let freeze = enfMeasure("F1", startsOn: "2025-03-14")
        let closed = facts([enfEvent(.measureTaken, "2025-03-14", measure: freeze),
                            enfEvent(.paymentReceived, "2025-04-10", amount: "350000.00"),
                            enfEvent(.closedFullyPerformed, "2025-04-11")], asOf: "2025-05-01")
        let assessment = try enfAssess(closed)
        #expect(assessment.warnings.contains { $0.article == "Sealing Provisions 2020 Art.28" })
        #expect(assessment.allowedNext.contains(.measureLifted))
        #expect(try enfRefusal(enfEvent(.measureLifted, "2025-04-15", measure: freeze), after: closed) == nil)
        #expect(try enfRefusal(enfEvent(.measureRenewed, "2025-04-15", measure: enfMeasure("F1", startsOn: "2026-03-14")), after: closed)?.code == "lifecycle.closed")
    }

    @Test func termination_measuresStayAfter终本_andMayBeRenewed() throws {
        let events = enfTerminable + [enfEvent(.measureTaken, "2025-06-06", measure: enfMeasure("F1", startsOn: "2025-06-06")),
                                      enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")]
        let closed = enfFacts(events: events, asOf: "2026-06-01")
        #expect(try enfRefusal(enfEvent(.measureRenewed, "2026-06-01", measure: enfMeasure("F1", startsOn: "2026-06-06")), after: closed) == nil)
        #expect(try enfAssess(closed).warnings.allSatisfy { $0.article != "Sealing Provisions 2020 Art.28" })
    }
}
