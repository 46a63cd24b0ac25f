import Foundation
import ZhixingCore

/// The page models of the calendar's administration pages.
enum CalendarPages {
    struct ListPage: Encodable, Sendable {
        let rows: [Row]
        let mayEdit: Bool
        let openAction: String
        let openYear: String
        let error: String?
        let errorField: String?
        let removedYear: String?
    }

    struct Row: Encodable, Sendable {
        let year: Int
        /// `bundled`, `file`, `entered` or `missing`.
        let origin: String
        let originLabel: String
        let noticeNumber: String
        let citation: String
        let enteredBy: String?
        let enteredAt: String?
        let overridesDefault: Bool
        let href: String?
    }

    struct FormPage: Encodable, Sendable {
        let year: Int
        let action: String
        let listHref: String
        let removeAction: String?
        let noticeTitle: String
        let noticeNumber: String
        let noticeDate: String
        let holidays: String
        let makeupWorkdays: String
        let isEntered: Bool
        let enteredBy: String?
        let enteredAt: String?
        /// The shipped default of this year, which a save overrides and a removal restores.
        let defaultSource: String?
        let prefilledFromDefault: Bool
        let error: String?
        let errorField: String?
        let saved: Bool
        let recomputedCases: String?
    }

    /// `2026-11-18 09:30`, China time (UTC+8), as the court reads it.
    static func chinaTime(_ date: Date) -> String {
        let seconds = Int((date.timeIntervalSince1970 + 8 * 3600).rounded(.down))
        let day = LocalDate.inChina(date)
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        return "\(day.iso) \(String(format: "%02d:%02d", minutes / 60, minutes % 60))"
    }
}
