import Foundation
import Vapor
import ZhixingCore

/// One year of the statutory calendar over the API (`GET /api/v1/calendar/years[/{year}]`).
struct CalendarYearDTO: Content {
    let year: Int
    /// `bundled` (shipped with Zhixing), `file` (`ZHIXING_HOLIDAYS_FILE`) or `entered` (by an administrator).
    let origin: String
    /// The notice as deadlines cite it.
    let source: String
    let noticeTitle: String?
    let noticeNumber: String?
    let noticeDate: String?
    let holidays: [String]
    let makeupWorkdays: [String]
    /// Who entered the year and when (`entered` only).
    let enteredBy: String?
    let enteredAt: Date?
    /// Whether an entered year replaces a shipped default, and that default's origin and notice.
    let overridesDefault: Bool
    let defaultOrigin: String?
    let defaultSource: String?
    /// After a change: how many open cases had their stored deadlines recomputed and changed.
    var recomputedCases: Int?

    init(_ year: CalendarYears.Year, recomputedCases: Int? = nil) {
        self.year = year.year
        origin = year.origin.rawValue
        source = year.effective.source
        if let record = year.record {
            noticeTitle = record.noticeTitle
            noticeNumber = record.noticeNumber
            noticeDate = record.noticeDate
            enteredBy = record.enteredByName
            enteredAt = record.enteredAt
        } else {
            noticeTitle = nil
            noticeNumber = CalendarYearInput.noticeNumber(in: year.effective.source)
            noticeDate = nil
            enteredBy = nil
            enteredAt = nil
        }
        holidays = year.effective.holidays.map(\.iso)
        makeupWorkdays = year.effective.makeupWorkdays.map(\.iso)
        overridesDefault = year.record != nil && year.defaultYear != nil
        defaultOrigin = year.record != nil ? year.defaultOrigin?.rawValue : nil
        defaultSource = year.record != nil ? year.defaultYear?.source : nil
        self.recomputedCases = recomputedCases
    }
}

struct CalendarYearListDTO: Content {
    let items: [CalendarYearDTO]
}

/// The body of `PUT /api/v1/calendar/years/{year}`: dates as `YYYY-MM-DD` (or `YYYY-MM-DD..YYYY-MM-DD`).
struct CalendarYearRequest: Content {
    let noticeTitle: String?
    let noticeNumber: String?
    let noticeDate: String?
    let holidays: [String]?
    let makeupWorkdays: [String]?

    var input: CalendarYearInput {
        CalendarYearInput(noticeTitle: noticeTitle, noticeNumber: noticeNumber, noticeDate: noticeDate,
                          holidays: holidays?.joined(separator: "\n"), makeupWorkdays: makeupWorkdays?.joined(separator: "\n"))
    }
}
