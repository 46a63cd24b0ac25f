import Foundation

/// The calendar's paths (kept with the capability; `Paths` is the one list all routes and links use).
extension Paths {
    static let calendarYears = "/admin/calendar"
    static let calendarYearOpen = "/admin/calendar/open"
    static let calendarYearPattern = "/admin/calendar/:year"
    static func calendarYear(_ year: Int) -> String { "/admin/calendar/\(year)" }
    static let calendarYearRemovePattern = "/admin/calendar/:year/remove"
    static func calendarYearRemove(_ year: Int) -> String { "/admin/calendar/\(year)/remove" }
}

extension Paths.API {
    static let calendarYears = "/api/v1/calendar/years"
    static let calendarYearPattern = "/api/v1/calendar/years/:year"
}
