import Testing
import ZhixingCore

private func entryDay(_ iso: String) -> LocalDate {
    try! LocalDate(iso: iso)
}

/// Test data shaped like a notice (not the State Council's 2027 notice, unpublished when written).
private func entry2027(holidays: [String] = ["2027-10-01", "2027-10-02", "2027-10-03"],
                       makeup: [String] = ["2027-10-09"], year: Int = 2027, title: String = "国务院办公厅关于2027年部分节假日安排的通知",
                       number: String = "国办发明电〔2026〕99号", date: String = "2026-11-10") -> HolidayYearEntry {
    HolidayYearEntry(year: year, noticeTitle: title, noticeNumber: number, noticeDate: entryDay(date),
                     holidays: holidays.map(entryDay), makeupWorkdays: makeup.map(entryDay))
}

private func field(of entry: HolidayYearEntry) -> String? {
    do throws(FieldError) { _ = try entry.validated(); return nil } catch { return error.field }
}

@Test("A valid entry becomes the year, cited by title, number and date as the bundled data is")
func holidayYearEntry_valid_becomesTheYear() throws {
    let year = try entry2027().validated()
    #expect(year.year == 2027)
    #expect(year.holidays.count == 3)
    #expect(year.source == "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕99号，2026年11月10日发布）")
    #expect(year.citation == year.source)
    let calendar = StatutoryCalendar(schedule: HolidaySchedule(years: [year]))
    #expect(calendar.isRestDay(entryDay("2027-10-01")))
    #expect(calendar.isWorkingDay(entryDay("2027-10-09")))
}

@Test("Each rule names its field")
func holidayYearEntry_eachRule_namesItsField() {
    #expect(field(of: entry2027(holidays: ["1999-10-01"], makeup: [], year: 1999, date: "1999-01-01")) == "year")
    #expect(field(of: entry2027(holidays: ["2101-10-01"], makeup: [], year: 2101, date: "2101-01-01")) == "year")
    #expect(field(of: entry2027(title: "  ")) == "noticeTitle")
    #expect(field(of: entry2027(number: "")) == "noticeNumber")
    #expect(field(of: entry2027(date: "2025-12-31")) == "noticeDate")
    #expect(field(of: entry2027(date: "2028-01-01")) == "noticeDate")
    #expect(field(of: entry2027(holidays: [])) == "holidays")
    #expect(field(of: entry2027(holidays: ["2029-01-01"])) == "holidays")
    #expect(field(of: entry2027(makeup: ["2025-12-27"])) == "makeupWorkdays")
    #expect(field(of: entry2027(makeup: ["2027-10-02"])) == "makeupWorkdays")  // both off and working
    #expect(field(of: entry2027(makeup: ["2027-10-08"])) == "makeupWorkdays")  // a Friday
}

@Test("The existing rule is kept: a block may reach into the neighbouring years (2023 began its New Year holiday on 2022-12-31)")
func holidayYearEntry_neighbouringYears_areAccepted() throws {
    let year = try entry2027(holidays: ["2026-12-31", "2027-01-01", "2028-01-01"]).validated()
    #expect(year.holidays.first == entryDay("2026-12-31"))
}

@Test("Dates typed by hand: single dates, ranges, Chinese separators; a bad piece names the field")
func holidayYearEntry_parseDates() throws {
    let dates = try HolidayYearEntry.parseDates("2027-10-01..2027-10-03、2027-10-05\n2027-10-06至2027-10-07，2027-10-05", field: "holidays")
    #expect(dates.map(\.iso) == ["2027-10-01", "2027-10-02", "2027-10-03", "2027-10-05", "2027-10-06", "2027-10-07"])
    #expect(HolidayYearEntry.format(dates) == "2027-10-01..2027-10-03\n2027-10-05..2027-10-07")
    #expect(try HolidayYearEntry.parseDates("  ", field: "holidays").isEmpty)
    for bad in ["2027-10-32", "2027-10-07..2027-10-01", "2027-01-01..2027-03-01", "1.10", "2027-10-01..2027-10-02..2027-10-03"] {
        #expect(throws: FieldError.self) { try HolidayYearEntry.parseDates(bad, field: "makeupWorkdays") }
        do throws(FieldError) { _ = try HolidayYearEntry.parseDates(bad, field: "makeupWorkdays") } catch { #expect(error.field == "makeupWorkdays") }
    }
}
