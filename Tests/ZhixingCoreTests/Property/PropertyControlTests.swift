import Foundation
import Testing
@testable import ZhixingCore

@Suite("Property: what a control order may bind")
struct PropertyControlTests {
    private func order(_ amount: String?, kind: ControlMeasureKind = .freeze, asset: AssetKind = .bankDeposit,
                       institution: InstitutionKind = .bank, months: Int = 12) -> ControlOrder {
        ControlOrder(kind: kind, asset: asset, institution: institution, termMonths: months, amount: amount.map(enfMoney))
    }

    private func refusal(_ order: ControlOrder, events: [EnforcementEvent] = [], asOf: String = "2025-03-20") throws -> ActionRefusal? {
        ControlRules.refusal(order, facts: enfFacts(events: enfOpening + events, asOf: asOf), calendar: try enfCalendar(), asOf: enfDay(asOf))
    }

    // MARK: Litigation Costs Measures 2006 Art.14 item 1

    @Test func art14_item1_feeByBands() {
        // "执行金额或者价额不超过1万元的，每件交纳50元；超过1万元至50万元的部分，按照1.5%交纳 …"
        #expect(EnforcementFee.fee(on: enfMoney("8000.00")) == enfMoney("50.00"))
        #expect(EnforcementFee.fee(on: enfMoney("10000.00")) == enfMoney("50.00"))
        #expect(EnforcementFee.fee(on: enfMoney("100000.00")) == enfMoney("1400.00"))       // 50 + 90,000 × 1.5%
        #expect(EnforcementFee.fee(on: enfMoney("350000.00")) == enfMoney("5150.00"))
        #expect(EnforcementFee.fee(on: enfMoney("1000000.00")) == enfMoney("12400.00"))     // 50 + 7,350 + 5,000
        #expect(EnforcementFee.fee(on: enfMoney("20000000.00")) == enfMoney("87400.00"))    // 7,400 + 45,000 + 25,000 + 10,000
        #expect(EnforcementFee.fee(on: enfMoney("10000.01")) == enfMoney("50.00"))          // 0.015 fen rounds away
        #expect(EnforcementFee.fee(on: enfMoney("10000.34")) == enfMoney("50.01"))          // 0.51 fen rounds up
        #expect(EnforcementFee.fee(on: .zero) == .zero)
    }

    // MARK: CPL 2023 Art.253 para.1; Interpretation [2022] No.3 Art.2 item 1

    @Test func art253_needIsOutstandingPlusFee() throws {
        let need = ControlRules.need(enfFacts(events: enfOpening, asOf: "2025-03-20"), calendar: try enfCalendar(), asOf: enfDay("2025-03-20"))
        #expect(need.total == enfMoney("355150.00"))
        #expect(need.headroom == enfMoney("355150.00"))
        #expect(need.reasons.first?.article.hasPrefix("Litigation Costs Measures 2006 Art.14 item 1") == true)
    }

    @Test func art2_item1_freezeAboveWhatTheCaseNeeds_refused() throws {
        let refused = try refusal(order("355150.01"))
        #expect(refused?.code == "control.exceeds_need")
        #expect(refused?.reasons.last?.article.contains("Interpretation [2022] No.3 Art.2 item 1") == true)
        #expect(try refusal(order("355150.00")) == nil)
    }

    @Test func art2_item1_moneyAlreadyFrozenCounts_andPaymentsLowerTheNeed() throws {
        var first = ControlMeasure(id: "F1", kind: .freeze, asset: .bankDeposit, rank: .first, startsOn: enfDay("2025-03-10"),
                                   termMonths: 12, institution: "工商银行", account: "6222", amount: enfMoney("300000.00"))
        let frozen = [enfEvent(.measureTaken, "2025-03-10", measure: first)]
        #expect(try refusal(order("55150.00"), events: frozen) == nil)
        #expect(try refusal(order("55150.01"), events: frozen)?.code == "control.exceeds_need")
        // A waiting-list freeze binds nothing yet; a payment received lowers what is outstanding.
        first = ControlMeasure(id: "F1", kind: .freeze, asset: .bankDeposit, rank: .waitingList, startsOn: enfDay("2025-03-10"),
                               termMonths: 12, amount: enfMoney("300000.00"))
        let waiting = [enfEvent(.measureTaken, "2025-03-10", measure: first), enfEvent(.paymentReceived, "2025-03-12", amount: "100000.00")]
        #expect(try refusal(order("255150.00"), events: waiting) == nil)
        #expect(try refusal(order("255150.01"), events: waiting)?.code == "control.exceeds_need")
    }

    @Test func art253_sealOfRealEstateHasNoSumToCheck() throws {
        #expect(try refusal(order(nil, kind: .seal, asset: .realEstate, institution: .realEstateRegistry, months: 36)) == nil)
        #expect(try refusal(order(nil))?.code == "control.amount_missing")
    }

    // MARK: CPL Interpretation 2022 Art.485 para.1

    @Test func art485_para1_termBeyondTheMaximum_refused() throws {
        #expect(try refusal(order("1000.00", months: 13))?.code == "measure.term_exceeds_maximum")
        #expect(try refusal(order(nil, kind: .seal, asset: .realEstate, institution: .realEstateRegistry, months: 37))?.code == "measure.term_exceeds_maximum")
        #expect(try refusal(order("1000.00", months: 0))?.code == "measure.term_exceeds_maximum")
    }

    @Test func cpl253_255_theMeasureAndTheInstitutionMustFitTheAsset() throws {
        #expect(try refusal(order("1000.00", kind: .seal))?.code == "measure.kind_asset_mismatch")
        #expect(try refusal(order(nil, kind: .seal, asset: .realEstate, institution: .bank, months: 36))?.code == "control.institution_asset_mismatch")
    }

    // MARK: CPL 2023 Art.267; Termination Provisions 2016 Art.9

    @Test func art267_suspended_noNewMeasure() throws {
        #expect(try refusal(order("1000.00"), events: [enfEvent(.suspended, "2025-03-12")])?.code == "lifecycle.suspended")
    }

    @Test func terminationArt9_after终本_restoreFirst() throws {
        let terminated = ControlRules.refusal(order("1000.00"),
            facts: enfFacts(events: enfTerminable + [enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")], asOf: "2025-07-01"),
            calendar: try enfCalendar(), asOf: enfDay("2025-07-01"))
        #expect(terminated?.code == "control.terminated")
        #expect(terminated?.reasons.first?.article == "Termination Provisions 2016 Art.9")
    }
}
