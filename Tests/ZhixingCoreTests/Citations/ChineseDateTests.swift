import Testing
@testable import ZhixingCore

/// Dates as courts print them: 2026年12月1日 on pages, 二〇二六年十二月一日 in rulings and notices.
@Suite("Dates in Chinese")
struct ChineseDateTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) throws -> LocalDate { try #require(LocalDate(year: y, month: m, day: d)) }

    @Test("Pages: Arabic figures, no padding") func pageForm() throws {
        #expect(try day(2026, 12, 1).chinese == "2026年12月1日")
        #expect(try day(2025, 3, 10).chinese == "2025年3月10日")
        #expect(try day(2000, 1, 31).chinese == "2000年1月31日")
    }

    @Test("Rulings: year digit by digit with 〇, month and day in Chinese numerals")
    func rulingForm() throws {
        #expect(try day(2026, 12, 1).chineseFormal == "二〇二六年十二月一日")
        #expect(try day(2026, 10, 10).chineseFormal == "二〇二六年十月十日")
        #expect(try day(2026, 11, 11).chineseFormal == "二〇二六年十一月十一日")
        #expect(try day(2026, 1, 20).chineseFormal == "二〇二六年一月二十日")
        #expect(try day(2026, 1, 21).chineseFormal == "二〇二六年一月二十一日")
        #expect(try day(2026, 4, 30).chineseFormal == "二〇二六年四月三十日")
        #expect(try day(2026, 5, 31).chineseFormal == "二〇二六年五月三十一日")
        #expect(try day(2000, 2, 29).chineseFormal == "二〇〇〇年二月二十九日")
        #expect(try day(2010, 6, 15).chineseFormal == "二〇一〇年六月十五日")
    }

    @Test("Numerals of articles: 第一百二十五条, 第一百零五条, 第三百一十三条")
    func numerals() {
        let cases: [(Int, String)] = [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"),
                                      (21, "二十一"), (30, "三十"), (99, "九十九"), (100, "一百"), (101, "一百零一"),
                                      (105, "一百零五"), (110, "一百一十"), (125, "一百二十五"), (201, "二百零一"),
                                      (313, "三百一十三"), (517, "五百一十七"), (1000, "一千"), (1005, "一千零五"),
                                      (1050, "一千零五十"), (2024, "二千零二十四")]
        for (number, text) in cases { #expect(ChineseNumerals.numeral(number) == text, "\(number)") }
        #expect(ChineseNumerals.digitByDigit(2010) == "二〇一〇")
    }
}
