import Foundation
import Testing
@testable import ZhixingCore

@Test func money_operators_addAndSubtractExactly() {
    let a = Money(fen: 10), b = Money(fen: 20)
    #expect(a + b == Money(fen: 30))  // 0.10 + 0.20 is exactly 0.30: no floating point
    #expect(a - b == Money(fen: -10))
    #expect(-b == Money(fen: -20))
    var total = Money.zero
    total += Money(yuan: 5)
    total -= Money(fen: 1)
    #expect(total == Money(fen: 499))
}

@Test func money_adding_withinRange_returnsSum() throws {
    #expect(try Money(fen: Money.maxFen - 1).adding(Money(fen: 1)) == Money(fen: Money.maxFen))
    #expect(try Money(fen: 5).subtracting(Money(fen: 7)) == Money(fen: -2))
}

@Test func money_adding_beyondRange_throwsOverflow() {
    let error = #expect(throws: FieldError.self) {
        try Money(fen: Money.maxFen).adding(Money(fen: 1), field: "total")
    }
    #expect(error?.code == "money.overflow")
    #expect(error?.field == "total")
}

@Test func money_subtracting_beyondRange_throwsOverflow() {
    let error = #expect(throws: FieldError.self) {
        try Money(fen: -Money.maxFen).subtracting(Money(fen: 1))
    }
    #expect(error?.code == "money.overflow")
}

@Test(arguments: [
    // (fen, factor, rule, expected fen)
    (Int64(100), "0.5", Money.RoundingRule.halfUp, Int64(50)),
    (5, "0.5", .halfUp, 3),      // 2.5 fen → 3
    (5, "0.5", .down, 2),
    (5, "0.5", .up, 3),
    (-5, "0.5", .halfUp, -3),    // −2.5 fen → −3: away from zero
    (-5, "0.5", .down, -2),      // toward zero
    (-5, "0.5", .up, -3),        // away from zero
    (7, "0.3", .halfUp, 2),      // 2.1 → 2
    (7, "0.3", .up, 3),          // 2.1 → 3
    (9, "0.3", .halfUp, 3),      // 2.7 → 3
    (9, "0.3", .down, 2),        // 2.7 → 2
    (5, "-1", .halfUp, -5),
    (0, "123.456", .up, 0),
])
func money_multiplied_roundsByRule(fen: Int64, factor: String, rule: Money.RoundingRule, expected: Int64) throws {
    let decimal = try #require(Decimal(string: factor))
    #expect(try Money(fen: fen).multiplying(by: decimal, rounding: rule) == Money(fen: expected))
}

@Test func money_multiplied_defaultRuleIsHalfUp() throws {
    // Daily interest at the doubled rate for delayed performance: 1,000,000.00 × 0.000175 = 175.00.
    let rate = try #require(Decimal(string: "0.000175"))
    #expect(try Money(yuan: 1_000_000).multiplying(by: rate) == Money(yuan: 175))
    // 333.33 × 0.015 = 4.99995 yuan = 499.995 fen → 500 fen.
    let fee = try #require(Decimal(string: "0.015"))
    #expect(try Money(fen: 33_333).multiplying(by: fee) == Money(fen: 500))
}

@Test func money_multiplying_beyondRange_throwsOverflow() {
    let error = #expect(throws: FieldError.self) {
        try Money(fen: Money.maxFen).multiplying(by: Decimal(2), field: "interest")
    }
    #expect(error?.code == "money.overflow")
    #expect(error?.field == "interest")
}

@Test func money_multiplying_byNaN_isInvalidFactor() {
    let error = #expect(throws: FieldError.self) {
        try Money(yuan: 1).multiplying(by: Decimal.nan)
    }
    #expect(error?.code == "money.invalid_factor")
}

@Test func money_multiplying_atTheBound_isExact() throws {
    let half = try Money(fen: Money.maxFen).multiplying(by: Decimal(string: "0.5") ?? 0)
    #expect(half == Money(fen: Money.maxFen / 2))
    #expect(try Money(fen: -Money.maxFen).multiplying(by: 1) == Money(fen: -Money.maxFen))
}

private struct Policy: Codable {
    let rounding: Money.RoundingRule
}

@Test func money_roundingRule_json_isItsName_andUnknownIsRejected() throws {
    let policy = try JSONDecoder().decode(Policy.self, from: Data(#"{"rounding":"down"}"#.utf8))
    #expect(policy.rounding == .down)
    #expect(String(decoding: try JSONEncoder().encode(policy), as: UTF8.self) == #"{"rounding":"down"}"#)
    let error = #expect(throws: FieldError.self) {
        try JSONDecoder().decode(Policy.self, from: Data(#"{"rounding":"bankers"}"#.utf8))
    }
    #expect(error?.code == "money.rounding_rule")
    #expect(error?.field == "rounding")
}
