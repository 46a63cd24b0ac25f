import Foundation
import Testing
import ZhixingCore

/// `2025-08-04` → LocalDate (test helper; the literals here are all valid dates).
func rxDay(_ iso: String) -> LocalDate {
    try! LocalDate(iso: iso)
}

func rxCalendar() throws -> StatutoryCalendar {
    StatutoryCalendar(schedule: try HolidaySchedule.bundled())
}

/// One event: `rxEvent(.courtTransfer, "2025-08-04", .court)`.
func rxEvent(_ kind: RefusalEventKind, _ date: String, _ actor: RefusalOrgan, receivedOn: String? = nil,
             outcome: ArrestOutcome? = nil, extensionDays: Int? = nil, roamingRepeatedOrGang: Bool? = nil,
             fastTrack: Bool? = nil, inCustody: Bool? = nil) -> RefusalEvent {
    RefusalEvent(kind, rxDay(date), by: actor, receivedOn: receivedOn.map(rxDay), outcome: outcome,
                 extensionDays: extensionDays, roamingRepeatedOrGang: roamingRepeatedOrGang, fastTrack: fastTrack,
                 inCustody: inCustody)
}

func rxDecide(_ asOf: String, _ events: [RefusalEvent], documents: [TransferDocument] = [],
              evidence: [TransferEvidence] = [], privateProsecution: PrivateProsecutionFacts? = nil,
              circumstances: RefusalCircumstanceFacts? = nil) throws -> RefusalRules.Decision {
    let facts = RefusalRules.Facts(asOf: rxDay(asOf), events: events, transferDocuments: documents,
                                   transferEvidence: evidence, privateProsecution: privateProsecution,
                                   circumstances: circumstances)
    return try RefusalRules.decide(facts, context: RuleContext(calendar: try rxCalendar()))
}

/// Decides on JSON facts through the same path as the API (`JSONFacts`).
func rxDecideJSON(_ json: String) throws -> RefusalRules.Decision {
    let facts = try JSONFacts.decode(RefusalRules.Facts.self, from: Data(json.utf8))
    return try RefusalRules.decide(facts, context: RuleContext(calendar: try rxCalendar()))
}

/// The FieldError thrown by `body`, or nil (recorded as a test failure) when it does not throw one.
func rxFieldError(_ body: () throws -> Void) -> FieldError? {
    do {
        try body()
        Issue.record("expected a FieldError")
        return nil
    } catch let error as FieldError {
        return error
    } catch {
        Issue.record("expected a FieldError, got \(error)")
        return nil
    }
}

extension RefusalRules.Decision {
    func running(_ duty: RefusalDuty) -> RefusalDeadline? { deadlines.first { $0.duty == duty } }
    func overdueEntry(_ duty: RefusalDuty) -> RefusalDeadline? { overdue.first { $0.duty == duty } }
    func completedEntry(_ duty: RefusalDuty) -> RefusalCompletedDuty? { completed.last { $0.duty == duty } }
    /// Running or overdue.
    func anyOpen(_ duty: RefusalDuty) -> RefusalDeadline? { running(duty) ?? overdueEntry(duty) }
}

/// A court transfer received and accepted on `received` (the usual start of the police's periods).
func rxTransferred(_ sent: String, received: String) -> [RefusalEvent] {
    [rxEvent(.courtTransfer, sent, .court, receivedOn: received), rxEvent(.policeAcceptance, received, .police)]
}
