import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: restoration (执恢) and filing defaults")
struct EnforcementRestorationTests {
    /// The original case after 终本 had been reached with `received` paid in (the lifecycle's own checks aside:
    /// only the money matters here).
    private func amounts(applied: String = "350000.00", received: [String]) throws -> CaseAmounts {
        var events = [enfEvent(.filed, "2025-03-03"), enfEvent(.handlerAssigned, "2025-03-05")]
        for (i, amount) in received.enumerated() { events.append(enfEvent(.paymentReceived, "2025-04-0\(i + 1)", amount: amount)) }
        return try enfAssess(enfFacts(applied: applied, events: events, asOf: "2025-06-30")).amounts
    }

    @Test("Termination Provisions 2016 Art.9; CPL Interpretation 2022 Art.465: the restored case enforces what is outstanding")
    func restoration_enforcesOutstanding() throws {
        let original = try amounts(received: ["100000.00", "20000.50"])
        #expect(original.outstanding == enfMoney("229999.50"))
        #expect(RestorationRules.amountApplied(afterRestoring: original) == enfMoney("229999.50"))
    }

    @Test("Restoration with nothing received: the whole sum applied for")
    func restoration_nothingReceived_wholeSum() throws {
        let original = try amounts(received: [])
        #expect(RestorationRules.amountApplied(afterRestoring: original) == enfMoney("350000.00"))
    }

    @Test("Restoration one fen short of full payment: one fen, the last of the debt")
    func restoration_oneFenOutstanding() throws {
        let original = try amounts(received: ["349999.99"])
        #expect(RestorationRules.amountApplied(afterRestoring: original) == enfMoney("0.01"))
        #expect(original.outstanding == enfMoney("0.01"))
    }

    @Test("Restoration with nothing outstanding in money: one fen, the least positive sum a case carries")
    func restoration_nothingOutstanding_oneFen() throws {
        let paid = try amounts(received: ["350000.00"])
        #expect(paid.outstanding == .zero)
        #expect(RestorationRules.amountApplied(afterRestoring: paid) == Money(fen: 1))
        let overpaid = try amounts(received: ["350000.00", "1200.00"])
        #expect(overpaid.excessReceived == enfMoney("1200.00"))
        #expect(RestorationRules.amountApplied(afterRestoring: overpaid) == Money(fen: 1))
    }

    @Test("Filing and Closing Opinions 2014 Art.1-2: 执, 执恢 and 执保 are filed; review cases and 执协 are not")
    func filedTypes_implementationOnly() {
        #expect(FilingDefaults.caseType == .enforcement)
        #expect(FilingDefaults.filedTypes.contains(FilingDefaults.caseType))
        for type in [CaseType.enforcement, .restoredEnforcement, .preservation] { #expect(FilingDefaults.filedTypes.contains(type)) }
        for type in [CaseType.objection, .reconsideration, .supervision, .requestForInstructions, .coordination, .courtCompensation] {
            #expect(!FilingDefaults.filedTypes.contains(type), "\(type.rawValue)")
        }
    }

    @Test("Time Limits Provisions 2006 Art.1 para.1: an administrative decision is a non-litigation case unless the filing says otherwise")
    func nonLitigation_followsTheBasis() throws {
        #expect(FilingDefaults.nonLitigation(nil, basis: .administrativeDecision))
        #expect(!FilingDefaults.nonLitigation(nil, basis: .civilJudgment))
        #expect(!FilingDefaults.nonLitigation(nil, basis: .arbitralAward))
        // A value given is kept (the filing check warns when it disagrees with the basis).
        #expect(!FilingDefaults.nonLitigation(false, basis: .administrativeDecision))
        #expect(FilingDefaults.nonLitigation(true, basis: .civilJudgment))
        let warned = EnforcementRules.checkFiling(enfFacts(nonLitigation: FilingDefaults.nonLitigation(nil, basis: .civilJudgment)),
                                                  calendar: try enfCalendar())
        #expect(!warned.issues.contains { $0.code == "non_litigation.mismatch" })
    }

    @Test("A filing without a date is filed on the day it is entered; a date given is kept")
    func filedOn_todayUnlessGiven() {
        #expect(FilingDefaults.filedOn(nil, today: enfDay("2025-03-03")) == enfDay("2025-03-03"))
        #expect(FilingDefaults.filedOn(enfDay("2025-02-28"), today: enfDay("2025-03-03")) == enfDay("2025-02-28"))
    }
}
