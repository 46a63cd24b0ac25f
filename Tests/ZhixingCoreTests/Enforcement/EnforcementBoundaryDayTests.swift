import Foundation
import Testing
@testable import ZhixingCore

/// Every time limit of the enforcement rule set on its last day, the day before and the day after.
@Suite("Enforcement: boundary days")
struct EnforcementBoundaryDayTests {
    // MARK: - CPL 2023 Art.250: the two-year application period

    private func filing(effectiveOn: String, filedOn: String = "2025-03-03") throws -> FilingCheck {
        EnforcementRules.checkFiling(enfFacts(filedOn: filedOn, effectiveOn: effectiveOn, asOf: filedOn), calendar: try enfCalendar())
    }

    private func late(_ check: FilingCheck) -> Bool { check.issues.contains { $0.code == "application_period.doubtful" } }

    @Test("CPL Art.250: filed Wed 2025-03-05 on a basis effective 2023-03-06 or 2023-03-05 (the last day) — no warning; effective 2023-03-04 — warned")
    func cpl250_twoYears_lastDayInTime() throws {
        #expect(!late(try filing(effectiveOn: "2023-03-06", filedOn: "2025-03-05")))
        #expect(!late(try filing(effectiveOn: "2023-03-05", filedOn: "2025-03-05")))
        #expect(late(try filing(effectiveOn: "2023-03-04", filedOn: "2025-03-05")))
        #expect(try filing(effectiveOn: "2023-03-04", filedOn: "2025-03-05").mayFile)
    }

    @Test("CPL Art.250 with Civil Code Art.203: two years from 2023-03-02 end on Sunday 2025-03-02 — a filing on Monday 03-03 is in time (Sat 03-01 too); two years ending Fri 02-28 are not")
    func cpl250_lastDayOnSunday_extendedToMonday() throws {
        #expect(!late(try filing(effectiveOn: "2023-03-02", filedOn: "2025-03-03")))
        #expect(late(try filing(effectiveOn: "2023-02-28", filedOn: "2025-03-03")))
    }

    @Test("CPL Art.250 with Civil Code Art.203: two years from 2023-10-01 end on National Day 2025-10-01 — filed 10-09 in time, 10-10 warned")
    func cpl250_lastDayOnNationalDay_extendedToFirstWorkingDay() throws {
        #expect(!late(try filing(effectiveOn: "2023-10-01", filedOn: "2025-10-09")))
        #expect(late(try filing(effectiveOn: "2023-10-01", filedOn: "2025-10-10")))
    }

    // MARK: - CPL Interpretation 2022 Art.485: a measure's last day in force, the renewal window

    private func freeze(asOf: String) throws -> MeasureStatus {
        let measure = enfMeasure("F1", startsOn: "2025-03-14")
        return try #require(try enfAssess(enfFacts(events: enfOpening + [enfEvent(.measureTaken, "2025-03-14", measure: measure)],
                                                   asOf: asOf)).measures.first)
    }

    @Test("Art.485: a one-year freeze from 2025-03-14 binds on 2026-03-13 and on its last day 03-14, and has lapsed on 03-15")
    func art485_freeze_lastDayInForce() throws {
        #expect(try freeze(asOf: "2026-03-13").state == .inForce)
        let lastDay = try freeze(asOf: "2026-03-14")
        #expect(lastDay.expiresOn == enfDay("2026-03-14"))
        #expect(lastDay.state == .inForce)
        #expect(try freeze(asOf: "2026-03-15").state == .expired)
    }

    @Test("Art.485 para.2: the renewal reminder opens 30 days before expiry, 2026-02-12 — not on 02-11, from 02-12")
    func art485_para2_renewalWindow_opensOnItsFirstDay() throws {
        func reminded(_ asOf: String) throws -> Bool { try freeze(asOf: asOf).warnings.contains { $0.message.zh.contains("续行提醒") } }
        #expect(try !reminded("2026-02-11"))
        #expect(try reminded("2026-02-12"))
        #expect(try reminded("2026-02-13"))
    }

    @Test("Art.485 para.2: a freeze ending 2026-03-14 may be renewed on 03-13 and on the last day 03-14, not on 03-15; the renewal may count from 03-14, not 03-15")
    func art485_para2_renewalOnTheLastDay_accepted() throws {
        func renewal(on date: String, startsOn: String) throws -> ActionRefusal? {
            let facts = enfFacts(events: enfOpening + [enfEvent(.measureTaken, "2025-03-14", measure: enfMeasure("F1", startsOn: "2025-03-14"))],
                                 asOf: date)
            return try enfRefusal(enfEvent(.measureRenewed, date, measure: enfMeasure("F1", startsOn: startsOn)), after: facts)
        }
        #expect(try renewal(on: "2026-03-13", startsOn: "2026-03-14") == nil)
        #expect(try renewal(on: "2026-03-14", startsOn: "2026-03-14") == nil)
        #expect(try renewal(on: "2026-03-15", startsOn: "2026-03-14")?.code == "measure.expired")
        #expect(try renewal(on: "2026-03-10", startsOn: "2026-03-13") == nil)
        #expect(try renewal(on: "2026-03-10", startsOn: "2026-03-15")?.code == "measure.renewal_gap")
    }

    // MARK: - Time Limits Provisions 2006 Art.1: six months to conclude

    private func conclusion(asOf: String, closedOn: String? = nil) throws -> CaseDeadline {
        let closing = closedOn.map { [enfEvent(.closedTerminated, $0)] } ?? []
        return try #require(try enfAssess(enfFacts(events: enfOpening + closing, asOf: asOf)).deadline("conclusion"))
    }

    @Test("2006 Art.1: filed 2025-03-03, six months end 09-03 — running on 09-02 and 09-03, overdue on 09-04")
    func art1_conclusion_lastDayRunning() throws {
        #expect(try conclusion(asOf: "2025-09-02").state == .running)
        #expect(try conclusion(asOf: "2025-09-03").state == .running)
        #expect(try conclusion(asOf: "2025-09-04").state == .overdue)
    }

    @Test("2006 Art.1: concluded on the last day 2025-09-03 — met; on 09-04 — met late")
    func art1_conclusion_closedOnLastDay_met() throws {
        #expect(try conclusion(asOf: "2025-09-10", closedOn: "2025-09-02").state == .met)
        #expect(try conclusion(asOf: "2025-09-10", closedOn: "2025-09-03").state == .met)
        #expect(try conclusion(asOf: "2025-09-10", closedOn: "2025-09-04").state == .metLate)
    }

    @Test("2006 Art.1 para.3: the extension request lapses after the last day 2025-09-03 — running on 09-03, lapsed on 09-04")
    func art1_para3_extensionRequest_lapsesTheDayAfter() throws {
        func request(_ asOf: String) throws -> DeadlineState? {
            try enfAssess(enfFacts(events: enfOpening, asOf: asOf)).deadline("extensionRequest")?.state
        }
        #expect(try request("2025-09-03") == .running)
        #expect(try request("2025-09-04") == .lapsed)
    }

    @Test("2006 Art.1 para.3: the limit ends 2025-09-03 — an extension requested on 09-03 is in time, on 09-04 late")
    func art1_para3_extensionRequestedOnLastDay_inTime() throws {
        func warned(_ requested: String, filedOn: String = "2025-03-03") throws -> Bool {
            let ext = TimeLimitExtension(requestedOn: enfDay(requested), approvedOn: enfDay(requested), period: .months(3))
            let facts = enfFacts(filedOn: filedOn, events: [enfEvent(.filed, filedOn)], asOf: requested, extensions: [ext])
            return try enfAssess(facts).warnings.contains { $0.message.zh.contains("晚于期限届满") }
        }
        #expect(try !warned("2025-09-02"))
        #expect(try !warned("2025-09-03"))
        #expect(try warned("2025-09-04"))
        // Filed 2025-04-01: six months end on National Day 10-01, moved to 10-09 (CPL 2023 Art.85 para.3).
        #expect(try !warned("2025-10-09", filedOn: "2025-04-01"))
        #expect(try warned("2025-10-10", filedOn: "2025-04-01"))
    }

    // MARK: - 2006 Art.2: seven days to assign a handler

    private func handler(asOf: String, assignedOn: String? = nil) throws -> CaseDeadline {
        let events = [enfEvent(.filed, "2025-03-03")] + (assignedOn.map { [enfEvent(.handlerAssigned, $0)] } ?? [])
        return try #require(try enfAssess(enfFacts(events: events, asOf: asOf)).deadline("handlerAssignment"))
    }

    @Test("2006 Art.2: filed Mon 2025-03-03, seven days end Mon 03-10 — assigned 03-10 met, 03-11 late; unassigned running on 03-10, overdue on 03-11")
    func art2_handler_lastDay() throws {
        #expect(try handler(asOf: "2025-03-10").dueDate == enfDay("2025-03-10"))
        #expect(try handler(asOf: "2025-03-12", assignedOn: "2025-03-09").state == .met)
        #expect(try handler(asOf: "2025-03-12", assignedOn: "2025-03-10").state == .met)
        #expect(try handler(asOf: "2025-03-12", assignedOn: "2025-03-11").state == .metLate)
        #expect(try handler(asOf: "2025-03-10").state == .running)
        #expect(try handler(asOf: "2025-03-11").state == .overdue)
    }

    // MARK: - Termination Provisions 2016 Art.9 para.2: a check every six months

    private func followUp(asOf: String, checkedOn: String? = nil) throws -> FollowUpCheck {
        let closed = enfTerminable + [enfEvent(.closedCurrentProcedureTerminated, "2025-06-10")]
        let check = checkedOn.map { [enfEvent(.followUpCheck, $0, found: false)] } ?? []
        return try enfAssess(enfFacts(events: closed + check, asOf: asOf)).followUpChecks[0]
    }

    @Test("2016 Art.9 para.2: the first six-month check is due 2025-12-10 — still due on 12-10, overdue on 12-11; a check on 12-10 counts")
    func art9_followUp_lastDay() throws {
        #expect(try followUp(asOf: "2025-12-09").state == .due)
        #expect(try followUp(asOf: "2025-12-10").state == .due)
        #expect(try followUp(asOf: "2025-12-11").state == .overdue)
        #expect(try followUp(asOf: "2025-12-20", checkedOn: "2025-12-10").state == .done)
        #expect(try followUp(asOf: "2025-12-20", checkedOn: "2025-12-11").state != .done)
    }

    // MARK: - CPL 2023 Art.236: 15 days to decide an objection; 10 days to apply for reconsideration

    private func objection(asOf: String, decidedOn: String? = nil) throws -> CaseDeadline {
        let events = [enfEvent(.filed, "2025-03-03")] + (decidedOn.map { [enfEvent(.closedDismissed, $0)] } ?? [])
        return try #require(try enfAssess(enfFacts(caseType: .objection, events: events, asOf: asOf,
                                                   objection: ObjectionFacts(kind: .enforcementAct))).deadline("objectionDecision"))
    }

    @Test("CPL Art.236: objection filed 2025-03-03, fifteen days end 03-18 — decided 03-18 met, 03-19 late; undecided overdue from 03-19")
    func cpl236_objection_lastDay() throws {
        #expect(try objection(asOf: "2025-03-20", decidedOn: "2025-03-18").state == .met)
        #expect(try objection(asOf: "2025-03-20", decidedOn: "2025-03-19").state == .metLate)
        #expect(try objection(asOf: "2025-03-17").state == .running)
        #expect(try objection(asOf: "2025-03-18").state == .running)
        #expect(try objection(asOf: "2025-03-19").state == .overdue)
    }

    @Test("CPL Art.236: served 2025-03-20, ten days end Sun 03-30 → Mon 03-31 — running on 03-31, lapsed on 04-01")
    func cpl236_reconsiderationWindow_lastDay() throws {
        let served = ObjectionFacts(kind: .enforcementAct, rulingServedOn: enfDay("2025-03-20"))
        let events = [enfEvent(.filed, "2025-03-03"), enfEvent(.closedDismissed, "2025-03-17")]
        func window(_ asOf: String) throws -> CaseDeadline? {
            try enfAssess(enfFacts(caseType: .objection, events: events, asOf: asOf, objection: served)).deadline("reconsiderationApplication")
        }
        #expect(try window("2025-03-30")?.state == .running)
        #expect(try window("2025-03-31")?.state == .running)
        #expect(try window("2025-04-01")?.state == .lapsed)
    }

    @Test("CPL Art.238: served 2025-03-20, fifteen days end on Qingming 04-04 → Mon 04-07 — running on 04-07, lapsed on 04-08")
    func cpl238_lawsuitWindow_lastDayAfterHoliday() throws {
        let served = ObjectionFacts(kind: .thirdPartyClaim, rulingServedOn: enfDay("2025-03-20"))
        let events = [enfEvent(.filed, "2025-03-03"), enfEvent(.closedDismissed, "2025-03-18")]
        func window(_ asOf: String) throws -> CaseDeadline? {
            try enfAssess(enfFacts(caseType: .objection, events: events, asOf: asOf, objection: served)).deadline("objectionLawsuit")
        }
        #expect(try window("2025-04-07")?.dueDate == enfDay("2025-04-07"))
        #expect(try window("2025-04-07")?.state == .running)
        #expect(try window("2025-04-08")?.state == .lapsed)
    }

    @Test("Enforcement Procedure Interpretation Art.8: reconsideration filed 2025-03-03, thirty days end 04-02 — running on 04-02, overdue on 04-03")
    func reconsideration_thirtyDays_lastDayRunning() throws {
        func decision(_ asOf: String) throws -> CaseDeadline? {
            try enfAssess(enfFacts(caseType: .reconsideration, events: [enfEvent(.filed, "2025-03-03")], asOf: asOf)).deadline("reconsiderationDecision")
        }
        #expect(try decision("2025-04-01")?.state == .running)
        #expect(try decision("2025-04-02")?.state == .running)
        #expect(try decision("2025-04-03")?.state == .overdue)
    }

    @Test("2006 Art.4: handler assigned 2025-03-04, three days end Fri 03-07 — notice served 03-07 met, 03-08 late")
    func art4_notice_lastDay() throws {
        func served(_ on: String) throws -> DeadlineState? {
            let events = [enfEvent(.filed, "2025-03-03"), enfEvent(.handlerAssigned, "2025-03-04"),
                          enfEvent(.enforcementNoticeServed, on), enfEvent(.propertyReportOrderServed, on)]
            return try enfAssess(enfFacts(events: events, asOf: "2025-03-20")).deadline("enforcementNotice")?.state
        }
        #expect(try served("2025-03-06") == .met)
        #expect(try served("2025-03-07") == .met)
        #expect(try served("2025-03-08") == .metLate)
    }

    // MARK: - Funds management: 30 days to pay out

    @Test("Funds: received 2025-04-10, thirty days end Sat 05-10 → Mon 05-12 — paid 05-12 met, 05-13 late")
    func funds_disbursement_lastDay() throws {
        func paid(_ on: String) throws -> DeadlineState? {
            let events = enfOpening + [enfEvent(.paymentReceived, "2025-04-10", amount: "10000.00"),
                                       enfEvent(.paymentDisbursed, on, amount: "10000.00")]
            return try enfAssess(enfFacts(events: events, asOf: "2025-06-01")).deadline("disbursement.1")?.state
        }
        #expect(try paid("2025-05-09") == .met)
        #expect(try paid("2025-05-12") == .met)
        #expect(try paid("2025-05-13") == .metLate)
    }
}
