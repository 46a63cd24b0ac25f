import Foundation
import Testing
@testable import ZhixingCore

/// `2025-10-01` → LocalDate (test helper; the literals are valid dates).
func enfDay(_ iso: String) -> LocalDate {
    try! LocalDate(iso: iso)
}

/// `"1234.56"` → Money (test helper; the literals are valid amounts).
func enfMoney(_ text: String) -> Money {
    try! Money(parsing: text)
}

func enfCalendar() throws -> StatutoryCalendar {
    StatutoryCalendar(schedule: try HolidaySchedule.bundled())
}

/// An event.
func enfEvent(_ kind: EnforcementEventKind, _ date: String, amount: String? = nil, measure: ControlMeasure? = nil,
              found: Bool? = nil, note: String? = nil) -> EnforcementEvent {
    EnforcementEvent(kind: kind, date: enfDay(date), amount: amount.map(enfMoney), measure: measure, propertyFound: found, note: note)
}

/// A control measure.
func enfMeasure(_ id: String, _ kind: ControlMeasureKind = .freeze, _ asset: AssetKind = .bankDeposit,
                rank: SealRank = .first, startsOn: String, months: Int? = 12) -> ControlMeasure {
    ControlMeasure(id: id, kind: kind, asset: asset, rank: rank, startsOn: enfDay(startsOn), termMonths: months)
}

/// The facts of a case filed on 2025-03-03 (a Monday) at the court of first instance on a civil judgment of
/// 2025-01-10 awarding ¥350,000.00, of which all is applied for.
func enfFacts(caseType: CaseType = .enforcement, filedOn: String = "2025-03-03", effectiveOn: String? = "2025-01-10",
              basisKind: ExecutionBasisKind = .civilJudgment, awarded: String? = "350000.00", applied: String = "350000.00",
              nonLitigation: Bool = false, jurisdiction: JurisdictionFacts? = nil, events: [EnforcementEvent] = [],
              asOf: String = "2025-03-03", uncounted: [UncountedPeriod]? = nil, extensions: [TimeLimitExtension]? = nil,
              findings: CaseFindings? = nil, objection: ObjectionFacts? = nil, entrustment: EntrustmentFacts? = nil) -> EnforcementFacts {
    EnforcementFacts(
        caseType: caseType, filedOn: enfDay(filedOn),
        basis: ExecutionBasisFacts(kind: basisKind, issuingBody: "北京市朝阳区人民法院", documentNumber: "（2024）京0105民初5678号",
                                   effectiveOn: effectiveOn.map(enfDay), amountAwarded: awarded.map(enfMoney)),
        jurisdiction: jurisdiction ?? JurisdictionFacts(isFirstInstanceCourt: true, propertyInCourtArea: false, sameLevelAsFirstInstance: true),
        amountApplied: enfMoney(applied), nonLitigation: nonLitigation, events: events, asOf: enfDay(asOf),
        uncountedPeriods: uncounted, timeLimitExtensions: extensions, findings: findings, objection: objection, entrustment: entrustment)
}

/// The same facts with `events` and `asOf` replaced.
func enfWith(_ facts: EnforcementFacts, events: [EnforcementEvent], asOf: String) -> EnforcementFacts {
    EnforcementFacts(caseType: facts.caseType, filedOn: facts.filedOn, basis: facts.basis, jurisdiction: facts.jurisdiction,
                     amountApplied: facts.amountApplied, nonLitigation: facts.nonLitigation, events: events, asOf: enfDay(asOf),
                     uncountedPeriods: facts.uncountedPeriods, timeLimitExtensions: facts.timeLimitExtensions,
                     findings: facts.findings, objection: facts.objection, entrustment: facts.entrustment)
}

func enfAssess(_ facts: EnforcementFacts) throws -> EnforcementAssessment {
    EnforcementRules.assess(facts, calendar: try enfCalendar())
}

/// The refusal of `next` after `facts`, or `nil` when it is allowed.
func enfRefusal(_ next: EnforcementEvent, after facts: EnforcementFacts) throws -> ActionRefusal? {
    let calendar = try enfCalendar()
    do {
        try EnforcementRules.check(next, after: facts, calendar: calendar)
        return nil
    } catch {
        return error
    }
}

/// The `FieldError` `decide` throws on `facts`, if any.
func enfFieldError(_ facts: EnforcementFacts) throws -> FieldError? {
    let context = RuleContext(calendar: try enfCalendar())
    do {
        _ = try EnforcementRules.decide(facts, context: context)
        return nil
    } catch let error as FieldError {
        return error
    }
}

/// The usual opening of a case: filed 2025-03-03, handler 03-04, notice and report order served 03-06.
let enfOpening: [EnforcementEvent] = [
    enfEvent(.filed, "2025-03-03"),
    enfEvent(.handlerAssigned, "2025-03-04"),
    enfEvent(.enforcementNoticeServed, "2025-03-06"),
    enfEvent(.propertyReportOrderServed, "2025-03-06"),
]

/// A case that meets every 终本 condition on 2025-06-10: notices, a sanction for not reporting, consumption
/// restriction, listing, an inquiry that found nothing, the applicant heard; filed more than 3 months before.
let enfTerminable: [EnforcementEvent] = enfOpening + [
    enfEvent(.propertyInquiry, "2025-03-10", found: false),
    enfEvent(.obstructionSanctioned, "2025-04-01", note: "拒不报告财产，罚款一万元"),
    enfEvent(.consumptionRestricted, "2025-04-02"),
    enfEvent(.listedDishonest, "2025-04-02"),
    enfEvent(.propertyInquiry, "2025-05-20", found: false),
    enfEvent(.applicantHeard, "2025-06-05"),
]

extension EnforcementAssessment {
    func deadline(_ duty: String) -> CaseDeadline? { deadlines.first { $0.duty == duty } }
}

extension TerminationChecklist {
    func item(_ id: String) -> TerminationCondition? { items.first { $0.id == id } }
}
