import Foundation
import Testing
@testable import ZhixingCore

@Suite("Property: institutions' reports, the waiting list, the answer time")
struct PropertyReportTests {
    private let freeze = ControlOrder(kind: .freeze, asset: .bankDeposit, institution: .bank, termMonths: 12, amount: enfMoney("50000.00"))
    private let seal = ControlOrder(kind: .seal, asset: .realEstate, institution: .realEstateRegistry, termMonths: 36)
    private let other = ExistingMeasure(court: "上海市浦东新区人民法院", kind: .freeze, rank: .first, amount: enfMoney("20000.00"))

    private func fieldError(_ report: ControlReport, _ order: ControlOrder, known: [ExistingMeasure] = [],
                            balance: String? = nil) -> FieldError? {
        do {
            try ControlReportRules.validate(report, order: order, known: known, balance: balance.map(enfMoney))
            return nil
        } catch {
            return error
        }
    }

    // MARK: CPL 2023 Art.253 para.1 — at most the sum the notice states

    @Test func art253_frozenAboveTheSumRequested_namesTheField() {
        let error = fieldError(ControlReport(executed: true, amountFrozen: enfMoney("50000.01")), freeze)
        #expect(error?.field == "amountFrozen")
        #expect(error?.code == "report.amount_above_requested")
        #expect(fieldError(ControlReport(executed: true, amountFrozen: enfMoney("31000.00")), freeze) == nil)
        #expect(fieldError(ControlReport(executed: true, amountFrozen: .zero), freeze)?.field == "amountFrozen")
        #expect(fieldError(ControlReport(executed: false), freeze)?.field == "note")
        #expect(fieldError(ControlReport(executed: false, note: "账户余额为零"), freeze) == nil)
    }

    // MARK: Sealing Provisions 2020 Art.26 para.1 — a later measure waits

    @Test func art26_firstRankWhereAnotherCourtSealed_namesTheRank() {
        let error = fieldError(ControlReport(executed: true, rank: .first), seal, known: [other])
        #expect(error?.field == "rank")
        #expect(fieldError(ControlReport(executed: true, rank: .waitingList, position: 1), seal, known: [other]) == nil)
        #expect(fieldError(ControlReport(executed: true, rank: .waitingList, position: 2), seal, known: [other])?.field == "position")
        #expect(fieldError(ControlReport(executed: true, rank: .waitingList), seal, known: [other])?.field == "position")
    }

    @Test func art26_waitingWhereNothingWasSealed_needsWhatIsAhead() {
        #expect(fieldError(ControlReport(executed: true, rank: .waitingList, position: 1), seal)?.field == "rank")
        #expect(fieldError(ControlReport(executed: true, rank: .waitingList, position: 1, ahead: [other]), seal) == nil)
    }

    @Test func art26_aDepositBearsAFirstFreezeOnWhatIsLeftFree() {
        // Balance 100,000, another court froze 20,000: 50,000 more can be frozen first-rank; on 60,000 not.
        let report = ControlReport(executed: true, amountFrozen: enfMoney("50000.00"), rank: .first)
        #expect(fieldError(report, freeze, known: [other], balance: "100000.00") == nil)
        #expect(fieldError(report, freeze, known: [other], balance: "60000.00")?.field == "rank")
    }

    @Test func reportWithSumsBeyondTheRange_isRefusedNotTrapped() {
        // Two earlier freezes of the maximum sum each: their total is held at the maximum, and the rank is refused.
        let huge = ExistingMeasure(court: "甲法院", kind: .freeze, rank: .first, amount: Money(fen: Money.maxFen))
        let report = ControlReport(executed: true, amountFrozen: enfMoney("50000.00"), rank: .first)
        #expect(fieldError(report, freeze, known: [huge, huge], balance: "100000.00")?.field == "rank")
    }

    @Test func art26_theFirstRegisteredTakesEffect() {
        let entries = [
            WaitingList.Entry(id: "A", rank: .first, registeredOn: enfDay("2025-01-05"), sequence: 1, lifted: true),
            WaitingList.Entry(id: "C", rank: .waitingList, registeredOn: enfDay("2025-03-01"), sequence: 4),
            WaitingList.Entry(id: "B", rank: .waitingList, registeredOn: enfDay("2025-02-01"), sequence: 2),
            WaitingList.Entry(id: "D", rank: .waitingList, registeredOn: enfDay("2025-02-01"), sequence: 3),
        ]
        #expect(WaitingList.next(after: entries)?.id == "B")
        #expect(WaitingList.position(of: "D", in: entries) == 2)
        #expect(WaitingList.promotionRefusal("B", entries: entries) == nil)
        #expect(WaitingList.promotionRefusal("C", entries: entries)?.code == "report.out_of_order")
        var inForce = entries
        inForce[0] = WaitingList.Entry(id: "A", rank: .first, registeredOn: enfDay("2025-01-05"), sequence: 1)
        #expect(WaitingList.next(after: inForce) == nil)
        #expect(WaitingList.promotionRefusal("B", entries: inForce)?.code == "report.earlier_measure_in_force")
    }

    // MARK: CPL 2023 Art.85 para.2 — the starting hour of a period in hours is not counted

    private func at(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    @Test func art85_para2_answerTimeRunsFromTheNextFullHour() {
        #expect(InquiryRules.deadline(from: at("2025-03-10T02:17:00Z"), hours: 24) == at("2025-03-11T03:00:00Z"))
        #expect(InquiryRules.deadline(from: at("2025-03-10T02:00:00Z"), hours: 24) == at("2025-03-11T03:00:00Z"))
    }

    @Test func overdueRequestIsResentOnce_thenFlagged() {
        let sent = at("2025-03-10T02:17:00Z")
        #expect(InquiryRules.standing(InquiryTiming(sentAt: sent), now: at("2025-03-11T02:59:59Z")).state == .pending)
        let overdue = InquiryRules.standing(InquiryTiming(sentAt: sent), now: at("2025-03-11T03:00:00Z"))
        #expect(overdue.state == .overdue)
        #expect(overdue.mayResend)
        let resent = InquiryTiming(sentAt: sent, resentAt: at("2025-03-11T03:05:00Z"))
        #expect(InquiryRules.standing(resent, now: at("2025-03-12T03:59:00Z")).state == .pending)
        let again = InquiryRules.standing(resent, now: at("2025-03-12T04:00:00Z"))
        #expect(again.state == .overdueAfterResend)
        #expect(!again.mayResend)
        let late = InquiryRules.standing(InquiryTiming(sentAt: sent, answeredAt: at("2025-03-11T05:00:00Z")), now: at("2025-03-12T00:00:00Z"))
        #expect(late.state == .answered && late.late)
    }

    // MARK: CPL 2023 Art.253 para.1; Termination Provisions 2016 Art.9; CPL 2023 Art.267

    @Test func art253_whichCasesMayInquire() throws {
        let calendar = try enfCalendar()
        #expect(InquiryRules.refusal(enfFacts(events: enfOpening, asOf: "2025-03-20"), calendar: calendar) == nil)
        let terminated = enfFacts(events: enfTerminable + [enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")], asOf: "2025-12-10")
        #expect(InquiryRules.refusal(terminated, calendar: calendar) == nil)
        let suspended = enfFacts(events: enfOpening + [enfEvent(.suspended, "2025-03-12")], asOf: "2025-03-20")
        #expect(InquiryRules.refusal(suspended, calendar: calendar)?.code == "lifecycle.suspended")
    }

    @Test func everyKindOfInstitutionHoldsAssetsTheLawControls() {
        for kind in InstitutionKind.allCases {
            #expect(!kind.assets.isEmpty)
            for asset in kind.assets {
                #expect(ControlMeasureKind.allCases.contains { MeasureRules.kindFits($0, asset) })
            }
        }
        #expect(InstitutionKind.bank.holds(.bankDeposit) && !InstitutionKind.bank.holds(.realEstate))
    }
}
