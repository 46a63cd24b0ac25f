import Foundation
import Testing
@testable import ZhixingCore

/// 委托执行: Entrusted Enforcement Provisions 2011 Art.1 (conditions) and Art.2 (filing there, 委托结案 here).
@Suite("Enforcement: entrusting a whole case to another court")
struct EnforcementEntrustmentTests {
    private let beijing = try! CourtCode(parsing: "京0105")
    private let fengtai = try! CourtCode(parsing: "京0106")
    private let pudong = try! CourtCode(parsing: "沪0115")
    private let shanghaiNo1 = try! CourtCode(parsing: "沪01")

    private func request(type: CaseType = .enforcement, status: CaseStatus = .active, already: Bool = false,
                         noPropertyHere: Bool = true, propertyElsewhere: Bool = true, to: CourtCode? = nil,
                         toLevel: CourtLevel? = .basic) -> EntrustmentRequest {
        EntrustmentRequest(caseType: type, status: status, alreadyEntrusted: already, noPropertyInArea: noPropertyHere,
                           propertyInOtherProvince: propertyElsewhere, entrustingCourt: beijing, entrustingLevel: .basic,
                           entrustedCourt: to ?? pudong, entrustedLevel: toLevel)
    }

    private func codes(_ request: EntrustmentRequest) -> [String] { EntrustmentRules.refusals(request).map(\.code) }

    @Test("Art.1 para.1: no property here, property in another province, a same-level court there — entrusted")
    func art1_allConditions_entrusts() {
        #expect(EntrustmentRules.refusals(request()).isEmpty)
        #expect(EntrustmentRules.reasons(request()).map(\.article) == ["Entrusted Enforcement Provisions 2011 Art.1 para.1",
                                                                      "Entrusted Enforcement Provisions 2011 Art.2 para.1"])
    }

    @Test("Art.1 para.1: property still in the court's area — refused, field noPropertyInArea")
    func art1_propertyHere_refused() {
        let refusal = EntrustmentRules.refusals(request(noPropertyHere: false)).first
        #expect(refusal?.code == "entrustment.property_in_area")
        #expect(refusal?.field == "noPropertyInArea")
        #expect(refusal?.reasons.first?.article == "Entrusted Enforcement Provisions 2011 Art.1 para.1")
    }

    @Test("Art.1 para.1 and Art.2 para.2: no property found in another province — refused, field propertyInOtherProvince")
    func art1_noPropertyElsewhere_refused() {
        let refusal = EntrustmentRules.refusals(request(propertyElsewhere: false)).first
        #expect(refusal?.code == "entrustment.no_property_elsewhere")
        #expect(refusal?.field == "propertyInOtherProvince")
        #expect(refusal?.reasons.first?.message.zh.contains("事项委托") == true)
    }

    @Test("Art.1 para.1, Art.3 para.1: a court in the same province — refused, field courtCode")
    func art1_sameProvince_refused() {
        let refusals = EntrustmentRules.refusals(request(to: fengtai))
        #expect(refusals.map(\.code) == ["entrustment.same_province"])
        #expect(refusals.first?.field == "courtCode")
        #expect(codes(request(to: beijing)) == ["entrustment.same_court"])
    }

    @Test("Art.1 para.1: a court of another level — refused, field courtCode")
    func art1_otherLevel_refused() {
        let refusals = EntrustmentRules.refusals(request(to: shanghaiNo1, toLevel: .intermediate))
        #expect(refusals.map(\.code) == ["entrustment.level"])
        #expect(refusals.first?.field == "courtCode")
        #expect(codes(request(toLevel: nil)) == ["entrustment.level"])
    }

    @Test("Art.2 para.1: only an open implementation case not yet entrusted — state refusals carry no field")
    func art2_state_refused() {
        #expect(codes(request(type: .objection)) == ["entrustment.case_type"])
        #expect(codes(request(type: .preservation)) == ["entrustment.case_type"])
        #expect(codes(request(type: .restoredEnforcement)).isEmpty)
        #expect(codes(request(status: .closed)) == ["entrustment.closed"])
        #expect(codes(request(already: true)) == ["entrustment.pending"])
        #expect(EntrustmentRules.refusals(request(status: .closed, already: true)).allSatisfy { $0.field == nil })
    }

    // MARK: 委托结案 (Art.2 para.1)

    private var opening: [EnforcementEvent] { enfOpening }

    @Test("Art.2 para.1: closure as entrusted before the entrusted court has filed — refused")
    func art2_closedEntrusted_beforeFiling_refused() throws {
        let none = enfFacts(events: opening, asOf: "2025-06-30")
        #expect(try enfRefusal(enfEvent(.closedEntrusted, "2025-06-30"), after: none)?.code == "entrustment.none")
        let pending = enfFacts(events: opening, asOf: "2025-06-30",
                               entrustment: EntrustmentFacts(entrustedOn: enfDay("2025-06-20"), entrustedCourt: "沪0115"))
        let refusal = try enfRefusal(enfEvent(.closedEntrusted, "2025-06-30"), after: pending)
        #expect(refusal?.code == "entrustment.not_filed")
        #expect(refusal?.reasons.first?.article == "Entrusted Enforcement Provisions 2011 Art.2 para.1")
        #expect(try enfAssess(pending).allowedNext.contains(.closedEntrusted) == false)
    }

    @Test("Art.2 para.1: once the entrusted court has filed, closed as entrusted (委托结案)")
    func art2_closedEntrusted_afterFiling_closes() throws {
        let filed = EntrustmentFacts(entrustedOn: enfDay("2025-06-20"), entrustedCourt: "沪0115", filedOn: enfDay("2025-06-25"),
                                     caseNumber: "（2025）沪0115执88号")
        let facts = enfFacts(events: opening, asOf: "2025-06-30", entrustment: filed)
        #expect(try enfRefusal(enfEvent(.closedEntrusted, "2025-06-24"), after: facts)?.code == "entrustment.not_filed")
        #expect(try enfRefusal(enfEvent(.closedEntrusted, "2025-06-25"), after: facts) == nil)
        let closed = try enfAssess(enfFacts(events: opening + [enfEvent(.closedEntrusted, "2025-06-25")], asOf: "2025-06-30", entrustment: filed))
        #expect(closed.status == .closed)
        #expect(closed.closure == .entrusted)
        #expect(closed.closure?.rawValue == "entrusted")
        #expect(closed.reasons.contains { $0.article == "Entrusted Enforcement Provisions 2011 Art.2 para.1" && $0.message.zh.contains("委托结案") })
        #expect(!closed.warnings.contains { $0.message.zh.contains("本不应记录") })
        #expect(try enfRefusal(enfEvent(.propertyInquiry, "2025-06-30"), after: closed.facts(opening + [enfEvent(.closedEntrusted, "2025-06-25")], filed))?.code == "lifecycle.closed")
    }

    @Test("Art.2 para.1: adjudication and preservation cases are not closed as entrusted")
    func art2_closedEntrusted_notForOtherTypes() throws {
        let filed = EntrustmentFacts(entrustedOn: enfDay("2025-03-05"), entrustedCourt: "沪0115", filedOn: enfDay("2025-03-06"))
        let objection = enfFacts(caseType: .objection, events: [enfEvent(.filed, "2025-03-03")], asOf: "2025-03-10", entrustment: filed)
        #expect(try enfRefusal(enfEvent(.closedEntrusted, "2025-03-10"), after: objection)?.code == "lifecycle.not_for_case_type")
        let preservation = enfFacts(caseType: .preservation, events: [enfEvent(.filed, "2025-03-03")], asOf: "2025-03-10", entrustment: filed)
        #expect(try enfRefusal(enfEvent(.closedEntrusted, "2025-03-10"), after: preservation)?.code == "lifecycle.not_for_case_type")
    }
}

private extension EnforcementAssessment {
    /// The facts of the same case with `events` (for asking what may follow).
    func facts(_ events: [EnforcementEvent], _ entrustment: EntrustmentFacts) -> EnforcementFacts {
        enfFacts(events: events, asOf: asOf.iso, entrustment: entrustment)
    }
}
