import Fluent
import Foundation
import ZhixingCore

/// A year of the statutory calendar as an administrator entered it from the State Council General
/// Office's notice (国务院办公厅关于XXXX年部分节假日安排的通知). It overrides the bundled data for
/// its year; `removed` rows are kept (their `revision` keeps the generation growing) and ignored.
final class HolidayYearRecord: Model, @unchecked Sendable {
    static let schema = "holiday_years"

    @ID(key: .id) var id: UUID?
    @Field(key: "year") var year: Int
    @Field(key: "notice_title") var noticeTitle: String
    @Field(key: "notice_number") var noticeNumber: String
    /// ISO date the notice was published.
    @Field(key: "notice_date") var noticeDate: String
    /// JSON array of ISO dates: every day off.
    @Field(key: "holidays") var holidays: String
    /// JSON array of ISO dates: every make-up working day.
    @Field(key: "makeup_workdays") var makeupWorkdays: String
    @OptionalField(key: "entered_by_id") var enteredByID: UUID?
    @Field(key: "entered_by_name") var enteredByName: String
    @Field(key: "entered_at") var enteredAt: Date
    /// Unique; one more than the highest in the table at every change (save or removal).
    @Field(key: "revision") var revision: Int
    @Field(key: "removed") var removed: Bool

    init() {}

    /// A new row, its id from `Effects.ids`; the fields are set from the entry before it is saved.
    init(id: UUID) { self.id = id }

    /// The entry as typed, read back from the row.
    ///
    /// `@inline(never)` here and below: inlined into an async caller, Swift 6.3.1's optimiser crashed on a
    /// release build (signal 11 in LLVM's coroutine splitting, `CalendarYears.all`, `CalendarStore`).
    @inline(never)
    func entry() throws -> HolidayYearEntry {
        HolidayYearEntry(year: year, noticeTitle: noticeTitle, noticeNumber: noticeNumber,
                         noticeDate: try LocalDate(iso: noticeDate, field: "noticeDate"),
                         holidays: try Self.decodeDates(holidays, field: "holidays"),
                         makeupWorkdays: try Self.decodeDates(makeupWorkdays, field: "makeupWorkdays"))
    }

    /// The row's year for the schedule, validated again as it is read.
    @inline(never)
    func holidayYear() throws -> HolidayYear { try entry().validated() }

    func set(_ entry: HolidayYearEntry) throws {
        year = entry.year
        noticeTitle = entry.noticeTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        noticeNumber = entry.noticeNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        noticeDate = entry.noticeDate.iso
        holidays = try Self.encodeDates(entry.holidays)
        makeupWorkdays = try Self.encodeDates(entry.makeupWorkdays)
    }

    @inline(never)
    static func encodeDates(_ dates: [LocalDate]) throws -> String {
        String(decoding: try JSONEncoder().encode(Set(dates).sorted()), as: UTF8.self)
    }

    @inline(never)
    static func decodeDates(_ json: String, field: String) throws -> [LocalDate] {
        try JSONDecoder().decode([String].self, from: Data(json.utf8)).map { try LocalDate(iso: $0, field: field) }
    }

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $year, $noticeTitle, $noticeNumber, $noticeDate, $holidays, $makeupWorkdays, $enteredByID,
         $enteredByName, $enteredAt, $revision, $removed]
    }
}
