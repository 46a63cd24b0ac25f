import Foundation
import Testing
import ZhixingCore

private func calTestDay(_ iso: String) -> LocalDate {
    try! LocalDate(iso: iso)
}

/// Writes `text` to a fresh temporary file and returns its URL.
private func calTestFile(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("zhixing-holidays-\(UUID().uuidString).json")
    try Data(text.utf8).write(to: url)
    return url
}

private let year2031 = """
{"year": 2031, "source": "测试用数据（非官方）", "holidays": ["2031-10-01", "2031-10-02"], "makeupWorkdays": ["2031-09-28"]}
"""

@Test func loadFromFile_singleYearObject() throws {
    let url = try calTestFile(year2031)
    defer { try? FileManager.default.removeItem(at: url) }
    let schedule = try HolidaySchedule.load(from: url)
    #expect(schedule.knownYears == [2031])
    #expect(schedule.isHoliday(calTestDay("2031-10-02")))
    #expect(schedule.isMakeupWorkday(calTestDay("2031-09-28")))
    #expect(schedule.source(for: 2031) == "测试用数据（非官方）")
}

@Test func loadFromFile_arrayOfYears() throws {
    let url = try calTestFile("""
    [\(year2031),
     {"year": 2032, "source": "test", "holidays": ["2032-01-01"], "makeupWorkdays": []}]
    """)
    defer { try? FileManager.default.removeItem(at: url) }
    let schedule = try HolidaySchedule.load(from: url)
    #expect(schedule.knownYears == [2031, 2032])
}

@Test func merging_extraYearRemovesWarningAndOverridesSameYear() throws {
    let extra = try HolidaySchedule.decode(Data(year2031.utf8))
    let merged = try HolidaySchedule.bundled().merging(extra)
    #expect(merged.knownYears == Array(2020...2026) + [2031])
    let calendar = StatutoryCalendar(schedule: merged)
    let deadline = calendar.deadline(from: calTestDay("2031-09-21"), days: 10)  // → 2031-10-01, a holiday
    #expect(deadline.warnings.isEmpty)
    #expect(deadline.dueDate == calTestDay("2031-10-03"))
    #expect(deadline.reasons.contains { $0.article == "State Council holiday notice 2031" })

    // A later entry for the same year replaces the earlier one.
    let replacement = try HolidaySchedule.decode(Data("""
    {"year": 2031, "source": "replacement", "holidays": ["2031-10-03"], "makeupWorkdays": []}
    """.utf8))
    let replaced = extra.merging(replacement)
    #expect(replaced.source(for: 2031) == "replacement")
    #expect(!replaced.isHoliday(calTestDay("2031-10-01")))
    #expect(replaced.isHoliday(calTestDay("2031-10-03")))
}

@Test func initYears_ownYearListingWinsOverNeighbouringNotice() throws {
    let y1 = try HolidayYear(year: 2030, source: "a", holidays: [calTestDay("2030-12-28")], makeupWorkdays: [])
    let y2 = try HolidayYear(year: 2031, source: "b", holidays: [], makeupWorkdays: [calTestDay("2030-12-28")])
    let schedule = HolidaySchedule(years: [y2, y1])
    #expect(schedule.knownYears == [2030, 2031])
    #expect(schedule.isHoliday(calTestDay("2030-12-28")))
    #expect(!schedule.isMakeupWorkday(calTestDay("2030-12-28")))
    #expect(schedule.notice(for: calTestDay("2030-12-28"))?.year == 2030)
}

@Test func loadFromFile_rejectsOverlap() {
    let json = """
    {"year": 2031, "source": "x", "holidays": ["2031-09-28"], "makeupWorkdays": ["2031-09-28"]}
    """
    let error = #expect(throws: FieldError.self) { try HolidaySchedule.decode(Data(json.utf8), name: "bad.json") }
    #expect(error?.code == "holiday_schedule.overlap")
    #expect(error?.field == "holidaySchedule")
    #expect(error?.message.en.hasPrefix("bad.json: ") == true)
}

@Test func loadFromFile_rejectsMakeupDayOnWeekday() {
    let json = """
    {"year": 2031, "source": "x", "holidays": [], "makeupWorkdays": ["2031-09-29"]}
    """
    let error = #expect(throws: FieldError.self) { try HolidaySchedule.decode(Data(json.utf8)) }
    #expect(error?.code == "holiday_schedule.makeup_not_weekend")
}

@Test func loadFromFile_rejectsEmptySourceBadDateAndMalformedJSON() {
    let cases: [(String, String)] = [
        (#"{"year": 2031, "source": "  ", "holidays": [], "makeupWorkdays": []}"#, "holiday_schedule.source_missing"),
        (#"{"year": 2031, "source": "x", "holidays": ["2031-02-30"], "makeupWorkdays": []}"#, "date.invalid"),
        (#"{"year": 2031, "source": "x", "holidays": ["2035-01-01"], "makeupWorkdays": []}"#,
         "holiday_schedule.date_out_of_range"),
        (#"{"year": 2031, "source": "x", "holidays": []}"#, "holiday_schedule.malformed"),
        (#"{"year": 2031, "#, "holiday_schedule.malformed"),
        ("42", "holiday_schedule.malformed"),
    ]
    for (json, code) in cases {
        let error = #expect(throws: FieldError.self, "\(json)") { try HolidaySchedule.decode(Data(json.utf8)) }
        #expect(error?.code == code, "\(json)")
        #expect(error?.field == "holidaySchedule", "\(json)")
    }
}

@Test func loadFromFile_missingFileIsUnreadable() {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhixing-no-such-\(UUID().uuidString).json")
    let error = #expect(throws: FieldError.self) { try HolidaySchedule.load(from: url) }
    #expect(error?.code == "holiday_schedule.unreadable")
}

@Test func holidayYear_roundTripsThroughJSON() throws {
    let schedule = try HolidaySchedule.bundled()
    let entry = try #require(schedule.entry(for: 2025))
    let data = try JSONEncoder().encode(entry)
    let decoded = try JSONDecoder().decode(HolidayYear.self, from: data)
    #expect(decoded == entry)
}

@Test func deadline_isCodable() throws {
    let calendar = StatutoryCalendar(schedule: try HolidaySchedule.bundled())
    let deadline = calendar.deadline(from: calTestDay("2025-09-24"), days: 7)
    let data = try JSONEncoder().encode(deadline)
    #expect(try JSONDecoder().decode(Deadline.self, from: data) == deadline)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains(#""period":{"#) && text.contains(#""unit":"days""#))
}
