import Testing
import ZhixingCore

/// Pins the bundled data to the notices: every holiday block (first and last day, and every day between),
/// and every make-up working day, typed here from the notice text independently of the JSON files.
private struct NoticePin: Sendable, CustomStringConvertible {
    let year: Int
    let number: String
    /// (first day off, last day off) of each holiday.
    let blocks: [(String, String)]
    let makeupWorkdays: [String]
    var description: String { "\(year) \(number)" }
}

private func calTestDay(_ iso: String) -> LocalDate {
    try! LocalDate(iso: iso)
}

private func checkPin(_ pin: NoticePin) throws {
    let schedule = try HolidaySchedule.bundled()
    let entry = try #require(schedule.entry(for: pin.year))
    #expect(entry.source.contains(pin.number))
    var expected: [LocalDate] = []
    for (first, last) in pin.blocks {
        let from = calTestDay(first), to = calTestDay(last)
        #expect(schedule.isHoliday(from), "first day \(first)")
        #expect(schedule.isHoliday(to), "last day \(last)")
        #expect(!schedule.isHoliday(from.adding(days: -1)), "day before \(first)")
        #expect(!schedule.isHoliday(to.adding(days: 1)), "day after \(last)")
        var date = from
        while date <= to {
            expected.append(date)
            date = date.adding(days: 1)
        }
    }
    #expect(entry.holidays == expected.sorted())
    #expect(entry.makeupWorkdays == pin.makeupWorkdays.map(calTestDay).sorted())
    for makeup in pin.makeupWorkdays {
        #expect(schedule.isMakeupWorkday(calTestDay(makeup)), "make-up day \(makeup)")
        #expect(calTestDay(makeup).isWeekend, "make-up day \(makeup) is a weekend day")
    }
}

@Test func notice2020_guobanfamingdian2019_16_withCovidExtension() throws {
    try checkPin(NoticePin(
        year: 2020, number: "国办发明电〔2019〕16号",
        blocks: [("2020-01-01", "2020-01-01"), ("2020-01-24", "2020-02-02"), ("2020-04-04", "2020-04-06"),
                 ("2020-05-01", "2020-05-05"), ("2020-06-25", "2020-06-27"), ("2020-10-01", "2020-10-08")],
        makeupWorkdays: ["2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10"]))
    let entry = try #require(try HolidaySchedule.bundled().entry(for: 2020))
    #expect(entry.source.contains("国办发明电〔2020〕1号"))
    #expect(entry.citation == "国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号，2019年11月21日发布）")
}

@Test func notice2021_guobanfamingdian2020_27() throws {
    try checkPin(NoticePin(
        year: 2021, number: "国办发明电〔2020〕27号",
        blocks: [("2021-01-01", "2021-01-03"), ("2021-02-11", "2021-02-17"), ("2021-04-03", "2021-04-05"),
                 ("2021-05-01", "2021-05-05"), ("2021-06-12", "2021-06-14"), ("2021-09-19", "2021-09-21"),
                 ("2021-10-01", "2021-10-07")],
        makeupWorkdays: ["2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26",
                         "2021-10-09"]))
}

@Test func notice2022_guobanfamingdian2021_11() throws {
    try checkPin(NoticePin(
        year: 2022, number: "国办发明电〔2021〕11号",
        blocks: [("2022-01-01", "2022-01-03"), ("2022-01-31", "2022-02-06"), ("2022-04-03", "2022-04-05"),
                 ("2022-04-30", "2022-05-04"), ("2022-06-03", "2022-06-05"), ("2022-09-10", "2022-09-12"),
                 ("2022-10-01", "2022-10-07")],
        makeupWorkdays: ["2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08",
                         "2022-10-09"]))
}

@Test func notice2023_guobanfamingdian2022_16() throws {
    try checkPin(NoticePin(
        year: 2023, number: "国办发明电〔2022〕16号",
        blocks: [("2022-12-31", "2023-01-02"), ("2023-01-21", "2023-01-27"), ("2023-04-05", "2023-04-05"),
                 ("2023-04-29", "2023-05-03"), ("2023-06-22", "2023-06-24"), ("2023-09-29", "2023-10-06")],
        makeupWorkdays: ["2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07",
                         "2023-10-08"]))
}

@Test func notice2024_guobanfamingdian2023_7() throws {
    try checkPin(NoticePin(
        year: 2024, number: "国办发明电〔2023〕7号",
        blocks: [("2023-12-30", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
                 ("2024-05-01", "2024-05-05"), ("2024-06-08", "2024-06-10"), ("2024-09-15", "2024-09-17"),
                 ("2024-10-01", "2024-10-07")],
        makeupWorkdays: ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
                         "2024-09-29", "2024-10-12"]))
}

@Test func notice2025_guobanfamingdian2024_12_revisedRegulation() throws {
    try checkPin(NoticePin(
        year: 2025, number: "国办发明电〔2024〕12号",
        blocks: [("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
                 ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08")],
        makeupWorkdays: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]))
}

@Test func notice2026_guobanfamingdian2025_7() throws {
    try checkPin(NoticePin(
        year: 2026, number: "国办发明电〔2025〕7号",
        blocks: [("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
                 ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
                 ("2026-10-01", "2026-10-07")],
        makeupWorkdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]))
}

@Test func bundledYears_are2020Through2026_and2027IsNotShipped() throws {
    let schedule = try HolidaySchedule.bundled()
    #expect(schedule.knownYears == Array(2020...2026))
    #expect(schedule.source(for: 2027) == nil)
    #expect(!schedule.hasSchedule(for: 2027))
}

@Test func bundledFiles_haveSourcesAndNeverOverlap() throws {
    let schedule = try HolidaySchedule.bundled()
    #expect(!schedule.years.isEmpty)
    for entry in schedule.years {
        #expect(!entry.source.isEmpty, "\(entry.year) source")
        #expect(entry.source.contains("国务院办公厅关于\(entry.year)年部分节假日安排的通知"), "\(entry.year) title")
        #expect(Set(entry.holidays).isDisjoint(with: entry.makeupWorkdays), "\(entry.year) overlap")
        #expect(entry.holidays.allSatisfy { abs($0.year - entry.year) <= 1 })
        #expect(entry.makeupWorkdays.allSatisfy { $0.isWeekend }, "\(entry.year) make-up days are weekends")
    }
    // Across files too: no date is a holiday and a make-up working day at once.
    let allHolidays = Set(schedule.years.flatMap(\.holidays))
    let allMakeups = Set(schedule.years.flatMap(\.makeupWorkdays))
    #expect(allHolidays.isDisjoint(with: allMakeups))
}

@Test func bundledHolidayDayCounts_matchNotices() throws {
    // Days off per year as listed (weekend days inside holiday blocks included).
    let counts = try HolidaySchedule.bundled().years.map { ($0.year, $0.holidays.count, $0.makeupWorkdays.count) }
    #expect(counts.map(\.0) == [2020, 2021, 2022, 2023, 2024, 2025, 2026])
    #expect(counts.map(\.1) == [30, 31, 31, 27, 32, 28, 33])
    #expect(counts.map(\.2) == [6, 7, 7, 7, 8, 5, 6])
}
