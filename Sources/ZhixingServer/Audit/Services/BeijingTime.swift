import Foundation
import ZhixingCore

/// The audit log's instants as a court reads them: Beijing time (北京时间, UTC+8; China has kept no
/// daylight saving time since 1991). The log stores UTC (`AuditLog.timestamp`); pages show this.
enum BeijingTime {
    static let offsetSeconds = 8 * 3600

    /// `2026年11月18日 16:13:20` on Chinese pages, `2026-11-18 16:13:20` on English ones, for a stored
    /// timestamp; the stored text itself when it is not one.
    static func text(stored: String, language: String) -> String {
        guard let date = parse(stored) else { return stored }
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        let day = LocalDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        let clock = String(format: "%02d:%02d:%02d", secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
        return (language.lowercased().hasPrefix("en") ? day.iso : day.chinese) + " " + clock
    }

    /// The first instant of `day` in Beijing (00:00 UTC+8, which is 16:00 UTC the day before).
    static func start(of day: LocalDate) -> Date {
        Date(timeIntervalSince1970: Double(day.dayNumber * 86_400 - offsetSeconds))
    }

    static func parse(_ stored: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: stored) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: stored)
    }
}
