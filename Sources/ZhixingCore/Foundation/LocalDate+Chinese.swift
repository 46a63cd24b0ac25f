/// Dates as Chinese courts print them.
extension LocalDate {
    /// `2026年12月1日`: pages and lists.
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    /// `二〇二六年十二月一日`: rulings, notices and other documents of the court.
    public var chineseFormal: String {
        "\(ChineseNumerals.digitByDigit(year))年\(ChineseNumerals.numeral(month))月\(ChineseNumerals.numeral(day))日"
    }
}
