import Testing
@testable import ZhixingCore

/// A date from outside (issue 8, finding 1.1): a real day from 1949-10-01, the founding of the People's Republic,
/// to 2100-12-31 — the server's `InputBounds.date` is this parse, so one rule holds for the API, the forms and
/// the core.
@Suite("Court days: the dates a user may send")
struct CourtDaysTests {
    @Test("Finding 1.1: 1949-10-01 and 2100-12-31 are the first and last day accepted; the days around them are refused")
    func boundaries() throws {
        #expect(try LocalDate(inputText: "1949-10-01", field: "filedOn").iso == "1949-10-01")
        #expect(try LocalDate(inputText: "2100-12-31", field: "filedOn").iso == "2100-12-31")
        for text in ["1949-09-30", "2101-01-01", "1948-12-31", "1900-01-01", "0001-01-01", "9999-12-31"] {
            #expect(throws: FieldError.self, "\(text)") { try LocalDate(inputText: text, field: "filedOn") }
            do { _ = try LocalDate(inputText: text, field: "filedOn") } catch let error as FieldError {
                #expect(error.code == "date.out_of_range")
                #expect(error.field == "filedOn")
                #expect(error.message.zh.contains("一九四九年十月一日") || error.message.zh.contains("1949年10月1日"))
            }
        }
    }

    @Test("Finding 1.1: a day that does not exist is refused as invalid, naming the field")
    func notARealDay() {
        for text in ["2026-02-29", "2026-13-01", "2026-1-1", "", "二〇二六年"] {
            do {
                _ = try LocalDate(inputText: text, field: "date")
                Issue.record("accepted \(text)")
            } catch let error as FieldError {
                #expect(error.code != "date.out_of_range", "\(text)")
                #expect(error.field == "date")
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test("The court days lie within the years the rule sets accept in facts")
    func withinFactYears() {
        #expect(LocalDate.factYears.contains(LocalDate.courtDays.lowerBound.year))
        #expect(LocalDate.factYears.contains(LocalDate.courtDays.upperBound.year))
    }
}
