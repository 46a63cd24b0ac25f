import Testing
import ZhixingCore

/// `2025-10-01` → LocalDate (test helper; the literals here are all valid dates).
private func calTestDay(_ iso: String) -> LocalDate {
    try! LocalDate(iso: iso)
}

private func calTestCalendar() throws -> StatutoryCalendar {
    StatutoryCalendar(schedule: try HolidaySchedule.bundled())
}

// MARK: - CPL 2023 Art.85 para.3: last day on a holiday or rest day

@Test func cpl85_lastDayOnNationalDay_extendsToFirstWorkingDay() throws {
    // 2025-09-24 + 7 days = 2025-10-01, inside the National Day / Mid-Autumn holiday (Oct 1-8, 2025).
    let deadline = try calTestCalendar().deadline(from: calTestDay("2025-09-24"), days: 7)
    #expect(deadline.start == calTestDay("2025-09-24"))
    #expect(deadline.nominalLastDay == calTestDay("2025-10-01"))
    #expect(deadline.dueDate == calTestDay("2025-10-09"))
    #expect(deadline.extendedForHolidays)
    #expect(deadline.warnings.isEmpty)
    let articles = deadline.reasons.map(\.article)
    #expect(articles.contains("CPL 2023 Art.85 para.2; Civil Code Art.201 para.1"))
    #expect(articles.contains("CPL 2023 Art.85 para.3; Civil Code Art.203 para.1"))
    let notice = deadline.reasons.first { $0.article == "State Council holiday notice 2025" }
    #expect(notice?.message.zh.contains("2025-10-01 至 2025-10-08") == true)
    #expect(notice?.message.zh.contains("国办发明电〔2024〕12号") == true)
    let extension_ = deadline.reasons.first { $0.article.hasPrefix("CPL 2023 Art.85 para.3") }
    #expect(extension_?.message.zh.contains("2025-10-09") == true)
    #expect(extension_?.message.en.contains("2025-10-09") == true)
}

@Test func cpl85_lastDayOnSaturday_extendsToMonday() throws {
    // 2025-06-04 (Wed) + 10 days = 2025-06-14 (Saturday, an ordinary weekend).
    let deadline = try calTestCalendar().deadline(from: calTestDay("2025-06-04"), days: 10)
    #expect(deadline.nominalLastDay == calTestDay("2025-06-14"))
    #expect(deadline.dueDate == calTestDay("2025-06-16"))
    #expect(deadline.extendedForHolidays)
    let weekend = deadline.reasons.first { $0.article == "State Council Working Hours Provisions Art.7" }
    #expect(weekend?.message.zh.contains("2025-06-14（星期六）") == true)
    #expect(weekend?.message.zh.contains("2025-06-15（星期日）") == true)
    #expect(deadline.warnings.isEmpty)
}

@Test func cpl85_lastDayOnMakeupWorkingSunday_notExtended() throws {
    // 2025-09-18 + 10 days = 2025-09-28, a Sunday declared a working day by 国办发明电〔2024〕12号.
    let calendar = try calTestCalendar()
    #expect(calendar.dayKind(calTestDay("2025-09-28")) == .makeupWorkday)
    #expect(calendar.isWorkingDay(calTestDay("2025-09-28")))
    let deadline = calendar.deadline(from: calTestDay("2025-09-18"), days: 10)
    #expect(deadline.nominalLastDay == calTestDay("2025-09-28"))
    #expect(deadline.dueDate == calTestDay("2025-09-28"))
    #expect(!deadline.extendedForHolidays)
    let makeup = deadline.reasons.first { $0.article.hasPrefix("State Council holiday notice 2025") }
    #expect(makeup?.message.zh.contains("调休上班日") == true)
    #expect(makeup?.article.contains("CPL 2023 Art.85 para.3") == true)
}

@Test func cpl85_lastDayOnWorkingDay_notExtended() throws {
    let deadline = try calTestCalendar().deadline(from: calTestDay("2025-03-03"), days: 15)
    #expect(deadline.dueDate == calTestDay("2025-03-18"))
    #expect(deadline.nominalLastDay == deadline.dueDate)
    #expect(!deadline.extendedForHolidays)
    #expect(deadline.reasons.count == 1)
}

@Test func cpl85_covidExtendedSpringFestival2020_extendsToFebruary3() throws {
    // 2020-01-24 + 7 = 2020-01-31: a working day under the first notice, a day off after 国办发明电〔2020〕1号;
    // 2020-02-01 (Saturday) was to be a make-up working day and no longer is.
    let calendar = try calTestCalendar()
    #expect(!calendar.schedule.isMakeupWorkday(calTestDay("2020-02-01")))
    let deadline = calendar.deadline(from: calTestDay("2020-01-24"), days: 7)
    #expect(deadline.nominalLastDay == calTestDay("2020-01-31"))
    #expect(deadline.dueDate == calTestDay("2020-02-03"))
    #expect(deadline.extendedForHolidays)
}

@Test func cpl85_newYear2023BeginningDecember31_extendsAcrossTheYear() throws {
    // The 2023 notice's New Year holiday runs 2022-12-31 to 2023-01-02.
    let deadline = try calTestCalendar().deadline(from: calTestDay("2022-12-21"), days: 10)
    #expect(deadline.nominalLastDay == calTestDay("2022-12-31"))
    #expect(deadline.dueDate == calTestDay("2023-01-03"))
    #expect(deadline.reasons.contains { $0.article == "State Council holiday notice 2023" })
    #expect(deadline.warnings.isEmpty)
}

// MARK: - Civil Code Art.202: months and years

@Test func civilCode202_january31PlusOneMonth_clampsToFebruaryEnd() throws {
    let calendar = try calTestCalendar()
    let common = calendar.deadline(from: calTestDay("2025-01-31"), months: 1)
    #expect(common.nominalLastDay == calTestDay("2025-02-28"))
    #expect(common.dueDate == calTestDay("2025-02-28"))
    #expect(!common.extendedForHolidays)
    #expect(common.reasons.first?.article == "CPL 2023 Art.85 para.2; Civil Code Art.202")
    #expect(common.reasons.first?.message.zh.contains("到期月没有对应日") == true)

    let leap = calendar.deadline(from: calTestDay("2024-01-31"), months: 1)
    #expect(leap.dueDate == calTestDay("2024-02-29"))
}

@Test func civilCode202_monthEndingOnNationalDay_extends() throws {
    let deadline = try calTestCalendar().deadline(from: calTestDay("2025-09-01"), months: 1)
    #expect(deadline.nominalLastDay == calTestDay("2025-10-01"))
    #expect(deadline.dueDate == calTestDay("2025-10-09"))
    #expect(deadline.extendedForHolidays)
}

@Test func civilCode202_leapDayPlusOneYear_endsFebruary28() throws {
    let deadline = try calTestCalendar().deadline(from: calTestDay("2024-02-29"), years: 1)
    #expect(deadline.nominalLastDay == calTestDay("2025-02-28"))
    #expect(deadline.dueDate == calTestDay("2025-02-28"))
    #expect(deadline.period == .years(1))
}

// MARK: - Working days

@Test func workingDays_acrossSpringFestival2025_skipsHolidayAndCountsMakeupSunday() throws {
    // From Friday 2025-01-24: Sat 25 rest, Sun 26 make-up (1), Mon 27 (2), Jan 28-Feb 4 holiday,
    // Wed Feb 5 (3), Thu 6 (4), Fri 7 (5).
    let deadline = try calTestCalendar().deadline(from: calTestDay("2025-01-24"), workingDays: 5)
    #expect(deadline.dueDate == calTestDay("2025-02-07"))
    #expect(deadline.nominalLastDay == deadline.dueDate)
    #expect(!deadline.extendedForHolidays)
    #expect(deadline.warnings.isEmpty)
    let notices = deadline.reasons.filter { $0.article == "State Council holiday notice 2025" }
    #expect(notices.contains { $0.message.zh.contains("2025-01-28 至 2025-02-04") })
    #expect(notices.contains { $0.message.zh.contains("2025-01-26（星期日）") && $0.message.zh.contains("调休上班日") })
}

@Test func workingDays_endingOnMakeupSaturday_countsIt() throws {
    // Thu Feb 6 (1), Fri Feb 7 (2), Sat Feb 8 make-up working day (3).
    let deadline = try calTestCalendar().deadline(from: calTestDay("2025-02-05"), workingDays: 3)
    #expect(deadline.dueDate == calTestDay("2025-02-08"))
}

// MARK: - Missing schedule

@Test func noScheduleFor2031_warnsAndConsidersWeekendsOnly() throws {
    let calendar = try calTestCalendar()
    let plain = calendar.deadline(from: calTestDay("2031-03-01"), days: 10)
    #expect(plain.dueDate == calTestDay("2031-03-11"))
    #expect(plain.warnings.count == 1)
    #expect(plain.warnings.first?.article == "State Council holiday notice")
    #expect(plain.warnings.first?.message.en == "no official holiday schedule for 2031; weekends only were considered")

    let weekend = calendar.deadline(from: calTestDay("2031-03-05"), days: 10)  // 2031-03-15 is a Saturday
    #expect(weekend.dueDate == calTestDay("2031-03-17"))
    #expect(weekend.extendedForHolidays)
    #expect(weekend.hasWarnings)
}

@Test func noScheduleFor2027_workingDaysIntoJanuary_warns() throws {
    // 2027's notice is not shipped: 2027-01-01 (Friday) is counted as a working day, with a warning.
    let deadline = try calTestCalendar().deadline(from: calTestDay("2026-12-30"), workingDays: 2)
    #expect(deadline.dueDate == calTestDay("2027-01-01"))
    #expect(deadline.warnings.map(\.message.en) == ["no official holiday schedule for 2027; weekends only were considered"])
}

@Test func emptySchedule_warnsForEveryYearTouched() {
    let calendar = StatutoryCalendar(schedule: .empty)
    let deadline = calendar.deadline(from: calTestDay("2025-12-30"), workingDays: 5)
    #expect(deadline.warnings.map(\.message.en) == [
        "no official holiday schedule for 2025; weekends only were considered",
        "no official holiday schedule for 2026; weekends only were considered",
    ])
}

// MARK: - Criminal procedure

@Test func crimpl105_custodyPeriodEndingOnHoliday_notExtended() throws {
    let deadline = try calTestCalendar().deadline(from: calTestDay("2025-09-24"), days: 7, basis: .criminalCustody)
    #expect(deadline.dueDate == calTestDay("2025-10-01"))
    #expect(!deadline.extendedForHolidays)
    #expect(deadline.reasons.map(\.article) == ["CrimPL 2018 Art.105 paras.1-2", "CrimPL 2018 Art.105 para.4"])
}

@Test func crimpl105_ordinaryPeriodEndingOnHoliday_extends() throws {
    let deadline = try calTestCalendar().deadline(from: calTestDay("2025-09-24"), days: 7, basis: .criminalProcedure)
    #expect(deadline.dueDate == calTestDay("2025-10-09"))
    #expect(deadline.reasons.contains { $0.article == "CrimPL 2018 Art.105 para.4" })
}

// MARK: - Period entry point and input range

@Test func period_entryPointMatchesConvenienceMethods() throws {
    let calendar = try calTestCalendar()
    let start = calTestDay("2025-04-30")
    #expect(calendar.deadline(from: start, period: .days(15)) == calendar.deadline(from: start, days: 15))
    #expect(calendar.deadline(from: start, period: .months(2)) == calendar.deadline(from: start, months: 2))
    #expect(calendar.deadline(from: start, period: .years(1)) == calendar.deadline(from: start, years: 1))
    #expect(calendar.deadline(from: start, period: .workingDays(3)) == calendar.deadline(from: start, workingDays: 3))
}

@Test func period_outOfRange_isClampedWithWarningAndRejectedByValidation() throws {
    let calendar = try calTestCalendar()
    let zero = calendar.deadline(from: calTestDay("2025-03-03"), days: 0)
    #expect(zero.dueDate == calTestDay("2025-03-04"))
    #expect(zero.period == .days(0))
    #expect(zero.warnings.contains { $0.message.en.contains("period length 0 is invalid") })
    let huge = calendar.deadline(from: calTestDay("2025-03-03"), workingDays: Int.max)
    #expect(huge.hasWarnings)
    #expect(throws: FieldError.self) { try Period.days(-1).validated() }
    #expect((try? Period.months(6).validated()) == .months(6))
}

@Test func period_jsonForm_roundTrips() throws {
    let period = Period.workingDays(3)
    #expect(period.unit == .workingDays && period.count == 3)
    #expect(Period(unit: .months, count: 6) == .months(6))
    #expect(period.description == "3 working days")
    #expect(period.zhDescription == "3 个工作日")
}

@Test func dayKind_classifiesHolidaysWeekendsAndMakeupDays() throws {
    let calendar = try calTestCalendar()
    #expect(calendar.dayKind(calTestDay("2025-10-04")) == .publicHoliday)  // Saturday inside the holiday block
    #expect(calendar.dayKind(calTestDay("2025-10-11")) == .makeupWorkday)
    #expect(calendar.dayKind(calTestDay("2025-10-12")) == .weekend)
    #expect(calendar.dayKind(calTestDay("2025-10-13")) == .workingDay)
    #expect(calendar.isRestDay(calTestDay("2025-10-04")) && !calendar.isWorkingDay(calTestDay("2025-10-04")))
    #expect(calendar.dayKind(calTestDay("2024-02-09")) == .workingDay)  // New Year's Eve 2024: only "encouraged" off
}
