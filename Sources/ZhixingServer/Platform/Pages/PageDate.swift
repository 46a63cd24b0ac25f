import ZhixingCore

/// Dates as people read them on pages: `2026年12月1日` in Chinese, `2026-12-01` in English. Rulings and
/// notices print `二〇二六年十二月一日` instead (`LocalDate.chineseFormal`, in the documents).
enum PageDate {
    static func text(_ iso: String, language: String) -> String {
        if language.lowercased().hasPrefix("en") { return iso }
        return (try? LocalDate(iso: iso))?.chinese ?? iso
    }
}
