import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: what a party sees in the portal")
struct EnforcementDisclosureTests {
    @Test("Process Disclosure Opinions 2014 Art.3 item 1: the filing is disclosed to the parties")
    func filing_disclosed() {
        #expect(EnforcementEventKind.filed.isDisclosedToParties)
    }

    @Test("Process Disclosure Opinions 2014 Art.3: measures, money, changes of procedure and closure are disclosed")
    func measuresMoneyProcedureClosure_disclosed() {
        for kind in [EnforcementEventKind.measureTaken, .measureLifted, .consumptionRestricted, .listedDishonest,
                     .paymentReceived, .paymentDisbursed, .settlementAgreed, .settlementPerformed, .suspended, .resumed,
                     .restored, .enforcementNoticeServed, .propertyReportOrderServed] {
            #expect(kind.isDisclosedToParties, "\(kind.rawValue)")
        }
    }

    @Test("Every closure a party's case can end with is disclosed, except 委托结案 (the entrusted court's case carries on)")
    func closures_disclosed_exceptEntrusted() {
        let closures = EnforcementEventKind.allCases.filter { $0.rawValue.hasPrefix("closed") }
        #expect(closures.count == 5)
        for kind in closures where kind != .closedEntrusted { #expect(kind.isDisclosedToParties, "\(kind.rawValue)") }
        #expect(!EnforcementEventKind.closedEntrusted.isDisclosedToParties)
    }

    @Test("The court's working steps are not shown: a debtor is not warned of inquiries before property is controlled")
    func internalWork_notDisclosed() {
        for kind in [EnforcementEventKind.handlerAssigned, .propertyInquiry, .assetFound, .propertyCluesGiven, .propertyReported,
                     .debtorSearched, .obstructionSanctioned, .applicantHeard, .followUpCheck, .measureRenewed, .settlementBreached] {
            #expect(!kind.isDisclosedToParties, "\(kind.rawValue)")
        }
    }

    @Test("The set is exactly the one the portal has always shown (18 kinds)")
    func set_size() {
        #expect(EnforcementEventKind.disclosedToParties.count == 18)
        #expect(EnforcementEventKind.allCases.filter(\.isDisclosedToParties).count == 18)
    }
}
