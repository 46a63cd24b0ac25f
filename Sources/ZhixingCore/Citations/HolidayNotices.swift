/// The State Council General Office's annual notices on holiday arrangements
/// (国务院办公厅关于XXXX年部分节假日安排的通知), by year: document number and date published,
/// as listed in `docs/rules/calendar.md` (checked against the republished notice texts).
public enum HolidayNotices {
    /// 国办发明电〔…〕号 of the notice for `year`; `nil` for a year not listed.
    public static func documentNumber(year: Int) -> String? { table[year]?.number }

    /// The day the notice for `year` was published; `nil` for a year not listed.
    public static func published(year: Int) -> LocalDate? { table[year]?.published }

    /// The years listed, in order.
    public static var years: [Int] { table.keys.sorted() }

    private static let table: [Int: (number: String, published: LocalDate?)] = [
        2020: ("国办发明电〔2019〕16号", LocalDate(year: 2019, month: 11, day: 21)),
        2021: ("国办发明电〔2020〕27号", LocalDate(year: 2020, month: 11, day: 25)),
        2022: ("国办发明电〔2021〕11号", LocalDate(year: 2021, month: 10, day: 25)),
        2023: ("国办发明电〔2022〕16号", LocalDate(year: 2022, month: 12, day: 8)),
        2024: ("国办发明电〔2023〕7号", LocalDate(year: 2023, month: 10, day: 25)),
        2025: ("国办发明电〔2024〕12号", LocalDate(year: 2024, month: 11, day: 12)),
        2026: ("国办发明电〔2025〕7号", LocalDate(year: 2025, month: 11, day: 4)),
    ]
}
