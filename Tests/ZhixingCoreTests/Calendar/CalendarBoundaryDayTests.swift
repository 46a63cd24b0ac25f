import Testing
import ZhixingCore

private func day(_ iso: String) -> LocalDate { try! LocalDate(iso: iso) }
private func calendar() throws -> StatutoryCalendar { StatutoryCalendar(schedule: try HolidaySchedule.bundled()) }

// The counting rules themselves at their edges: the first day counted, the last day, the day after the rest days.

@Test("CPL Art.85 para.2: one day from Tue 2025-03-04 ends Wed 03-05 — the starting day is not counted")
func cpl85_para2_oneDay_endsTheNextDay() throws {
    let deadline = try calendar().deadline(from: day("2025-03-04"), days: 1)
    #expect(deadline.nominalLastDay == day("2025-03-05"))
    #expect(deadline.dueDate == day("2025-03-05"))
}

@Test("CPL Art.85 para.2: fifteen days from Mon 2025-03-03 end Tue 03-18, not 03-17 or 03-19")
func cpl85_para2_fifteenDays_lastDay() throws {
    #expect(try calendar().deadline(from: day("2025-03-03"), days: 15).dueDate == day("2025-03-18"))
}

@Test("CPL Art.85 para.3: a last day on Sunday 2025-03-09 moves to Monday 03-10, the first day after the rest days — not further")
func cpl85_para3_sunday_movesToMondayOnly() throws {
    let deadline = try calendar().deadline(from: day("2025-03-02"), days: 7)
    #expect(deadline.nominalLastDay == day("2025-03-09"))
    #expect(deadline.dueDate == day("2025-03-10"))
}

@Test("CPL Art.85 para.3: a last day on Friday 2025-03-07 stays — the Saturday after is not reached")
func cpl85_para3_fridayBeforeWeekend_notMoved() throws {
    let deadline = try calendar().deadline(from: day("2025-02-28"), days: 7)
    #expect(deadline.dueDate == day("2025-03-07"))
    #expect(!deadline.extendedForHolidays)
}

@Test("Working days: three working days from Friday 2025-03-07 are Mon 10, Tue 11, Wed 12 — the third is 03-12")
func workingDays_three_fromFriday() throws {
    #expect(try calendar().deadline(from: day("2025-03-07"), period: .workingDays(3)).dueDate == day("2025-03-12"))
    #expect(try calendar().deadline(from: day("2025-03-07"), period: .workingDays(1)).dueDate == day("2025-03-10"))
}

@Test("Civil Code Art.202: one month from 2025-03-31 ends 2025-04-30 (no 31st); from 2025-04-30 ends 05-30, not 05-31")
func civilCode202_months_correspondingDay() throws {
    #expect(try calendar().deadline(from: day("2025-03-31"), months: 1).nominalLastDay == day("2025-04-30"))
    #expect(try calendar().deadline(from: day("2025-04-30"), months: 1).nominalLastDay == day("2025-05-30"))
}

@Test("CrimPL Art.105 para.4 proviso: custody of seven days from 2025-09-24 ends on National Day 10-01 itself")
func crimpl105_custody_lastDayNotMoved() throws {
    let deadline = try calendar().deadline(from: day("2025-09-24"), period: .days(7), basis: .criminalCustody)
    #expect(deadline.dueDate == day("2025-10-01"))
    let ordinary = try calendar().deadline(from: day("2025-09-24"), period: .days(7), basis: .criminalProcedure)
    #expect(ordinary.dueDate == day("2025-10-09"))
}
