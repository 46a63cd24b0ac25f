import Foundation
import Testing
@testable import ZhixingCore

// MARK: - Parsing

@Test(arguments: [
    ("1234", Int64(123_400)),
    ("1234.5", 123_450),
    ("1234.56", 123_456),
    ("0.01", 1),
    ("0", 0),
    ("-0.00", 0),
    ("-1234.56", -123_456),
    ("1,234.56", 123_456),
    ("12,345,678.9", 1_234_567_890),
    ("¥1,234.56", 123_456),
    ("￥88", 8_800),
    ("-¥5.00", -500),
    ("¥-5.00", -500),
    ("  1234.56\n", 123_456),
    ("999", 99_900),
    ("900000000000000", 90_000_000_000_000_000),
    ("-900,000,000,000,000.00", -90_000_000_000_000_000),
])
func money_parsing_acceptsCommonForms(text: String, fen: Int64) throws {
    #expect(try Money(parsing: text).fen == fen)
}

@Test(arguments: ["", "   ", "\n"])
func money_parsing_empty_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try Money(parsing: text) }
    #expect(error?.code == "money.empty")
    #expect(error?.field == "amount")
}

@Test(arguments: ["12a", "abc", "1 234", "1234 .56", "1.2.3", ".5", "5.", "-", "¥", "--5", "+5",
                  "1e3", "１２３", "1234.5６", "¥¥5", "-¥-5", "1,234.5a", "1.-5", "五百"])
func money_parsing_malformed_isInvalid(text: String) {
    let error = #expect(throws: FieldError.self) { try Money(parsing: text) }
    #expect(error?.code == "money.invalid")
}

@Test(arguments: ["1.234", "0.001", "1234.560", "1,234.567"])
func money_parsing_moreThanTwoDecimals_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try Money(parsing: text) }
    #expect(error?.code == "money.too_many_decimals")
}

@Test(arguments: ["1,23", "12,34.56", "1234,567", ",123", "1,,234", "1,234,", "1,2345", "1,234,56"])
func money_parsing_misplacedThousandsSeparator_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try Money(parsing: text) }
    #expect(error?.code == "money.grouping")
}

@Test(arguments: ["900000000000000.01", "-900000000000000.01", "92233720368547758.07", "99999999999999999999999"])
func money_parsing_beyondRange_overflows(text: String) {
    let error = #expect(throws: FieldError.self) { try Money(parsing: text) }
    #expect(error?.code == "money.overflow")
}

@Test func money_parsing_errorNamesGivenField() {
    let error = #expect(throws: FieldError.self) { try Money(parsing: "x", field: "principal") }
    #expect(error?.field == "principal")
    #expect(error?.message.zh.contains("金额") == true)
    #expect(error?.message.en.contains("amount") == true)
}

// MARK: - Construction and properties

@Test func money_initYuan_isHundredFen() {
    #expect(Money(yuan: 1234).fen == 123_400)
    #expect(Money(yuan: -7) == Money(fen: -700))
}

@Test func money_validatingFen_rejectsBeyondRange() throws {
    #expect(try Money(validatingFen: Money.maxFen).fen == Money.maxFen)
    let error = #expect(throws: FieldError.self) { try Money(validatingFen: Money.maxFen + 1, field: "paid") }
    #expect(error?.code == "money.overflow")
    #expect(error?.field == "paid")
}

@Test func money_signPredicates_reflectTheAmount() {
    #expect(Money.zero.isZero && !Money.zero.isNegative && !Money.zero.isPositive)
    #expect(Money(fen: -1).isNegative && !Money(fen: -1).isZero)
    #expect(Money(fen: 1).isPositive)
    #expect(Money(fen: -250).magnitude == Money(fen: 250))
}

@Test func money_comparable_ordersByFen() {
    #expect(Money(fen: -1) < Money.zero)
    #expect(Money(fen: 99) < Money(yuan: 1))
    #expect([Money(fen: 3), Money(fen: -5), Money(fen: 0)].sorted() == [Money(fen: -5), Money(fen: 0), Money(fen: 3)])
}

// MARK: - Formatting

@Test(arguments: [
    (Int64(123_456), "1234.56"), (-123_456, "-1234.56"), (0, "0.00"), (5, "0.05"), (-50, "-0.50"),
    (100, "1.00"), (90_000_000_000_000_000, "900000000000000.00"),
])
func money_description_isCanonical(fen: Int64, text: String) {
    #expect(Money(fen: fen).description == text)
}

@Test(arguments: [
    (Int64(123_456), "¥1,234.56"), (-123_456, "-¥1,234.56"), (0, "¥0.00"), (99_999, "¥999.99"),
    (100_000, "¥1,000.00"), (123_456_789_012, "¥1,234,567,890.12"),
])
func money_formatted_groupsThousandsWithYuanSign(fen: Int64, text: String) {
    #expect(Money(fen: fen).formatted == text)
}

@Test(arguments: ["1234.56", "-0.01", "0.00", "900000000000000.00"])
func money_description_roundTripsThroughParsing(text: String) throws {
    #expect(try Money(parsing: text).description == text)
}

// MARK: - JSON

private struct Payment: Codable, Equatable {
    let paid: Money
}

@Test func money_json_encodesAsCanonicalString() throws {
    let data = try JSONEncoder().encode(Payment(paid: Money(fen: 123_456)))
    #expect(String(decoding: data, as: UTF8.self) == #"{"paid":"1234.56"}"#)
}

@Test func money_json_decodesFromString() throws {
    let payment = try JSONDecoder().decode(Payment.self, from: Data(#"{"paid":"1,234.5"}"#.utf8))
    #expect(payment.paid == Money(fen: 123_450))
}

@Test(arguments: [#"{"paid":1234.56}"#, #"{"paid":100}"#, #"{"paid":true}"#])
func money_json_nonString_isRejected(json: String) {
    let error = #expect(throws: FieldError.self) {
        try JSONDecoder().decode(Payment.self, from: Data(json.utf8))
    }
    #expect(error?.code == "money.must_be_string")
    #expect(error?.field == "paid")
}

@Test func money_json_invalidText_namesCodingKey() {
    let error = #expect(throws: FieldError.self) {
        try JSONDecoder().decode(Payment.self, from: Data(#"{"paid":"1.005"}"#.utf8))
    }
    #expect(error?.code == "money.too_many_decimals")
    #expect(error?.field == "paid")
}
