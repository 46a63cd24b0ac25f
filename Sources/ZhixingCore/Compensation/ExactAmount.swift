import Foundation

/// An amount of money held exactly until the single rounding at the end of a compensation decision.
///
/// Every figure the rule set produces is a whole number of units of 1/36 000 000 000 fen
/// (360 days × 10 000 basis points × 10 000ths of a liability share): an amount in fen, interest
/// `principal × rate(bp) ÷ 10 000 × days ÷ 360`, and such a sum times a share given to four decimals are all
/// whole in that unit, so sums, shares and caps are exact. The units are held in a `Decimal`, whose
/// 38-digit mantissa holds every integer that can arise here (at most about 10³² units).
struct ExactAmount: Sendable, Hashable, Comparable {
    /// Units per fen.
    static let unitsPerFen = Decimal(36_000_000_000)

    /// Whole units of 1/36 000 000 000 fen. Never negative in this rule set.
    let units: Decimal

    static let zero = ExactAmount(units: 0)

    init(units: Decimal) {
        self.units = units
    }

    init(_ money: Money) {
        units = Decimal(money.fen) * ExactAmount.unitsPerFen
    }

    /// `principal × basisPoints ÷ 10 000 × days ÷ 360`: interest for `days` days at the daily rate (annual ÷ 360).
    static func dailyInterest(principal: Money, basisPoints: Int, days: Int) -> ExactAmount {
        ExactAmount(units: Decimal(principal.fen) * Decimal(basisPoints) * Decimal(days) * 10_000)
    }

    /// `principal × basisPoints ÷ 10 000 × years`: interest for whole years at the annual rate.
    static func yearlyInterest(principal: Money, basisPoints: Int, years: Int) -> ExactAmount {
        ExactAmount(units: Decimal(principal.fen) * Decimal(basisPoints) * Decimal(years) * 3_600_000)
    }

    static func + (lhs: ExactAmount, rhs: ExactAmount) -> ExactAmount { ExactAmount(units: lhs.units + rhs.units) }

    /// The difference, never below zero.
    func subtractingFloored(_ other: ExactAmount) -> ExactAmount {
        other.units >= units ? .zero : ExactAmount(units: units - other.units)
    }

    static func < (lhs: ExactAmount, rhs: ExactAmount) -> Bool { lhs.units < rhs.units }

    /// The amount times `share`. Exact because every unshared amount is a multiple of 10 000 units.
    func applying(_ share: LiabilityShare) -> ExactAmount {
        ExactAmount(units: units * Decimal(share.tenThousandths) / 10_000)
    }

    /// Whole fen (toward zero) and the remaining units, both exact integers.
    var wholeFenAndRemainder: (fen: Decimal, remainder: Decimal) {
        var quotient = units / ExactAmount.unitsPerFen
        var floored = Decimal()
        NSDecimalRound(&floored, &quotient, 0, .down)
        var remainder = units - floored * ExactAmount.unitsPerFen
        // The quotient is correctly rounded to 38 digits; settle any last-digit slip exactly.
        while remainder < 0 {
            floored -= 1
            remainder += ExactAmount.unitsPerFen
        }
        while remainder >= ExactAmount.unitsPerFen {
            floored += 1
            remainder -= ExactAmount.unitsPerFen
        }
        return (floored, remainder)
    }

    /// Whether the amount is a whole number of fen.
    var isWholeFen: Bool { wholeFenAndRemainder.remainder == 0 }

    /// The amount rounded to the fen, half a fen up (四舍五入): the one rounding of the decision. Throws
    /// `money.overflow`, naming `field`, beyond `Money.maxFen`.
    func roundedHalfUp(field: String) throws -> Money {
        let (fen, remainder) = wholeFenAndRemainder
        let rounded = remainder * 2 >= ExactAmount.unitsPerFen ? fen + 1 : fen
        guard rounded <= Decimal(Money.maxFen) else {
            throw FieldError(field: field, code: "money.overflow", message: LocalizedText(
                zh: "金额超出可处理范围（绝对值不得超过 900 万亿元）", en: "Amount out of range (at most 900 trillion yuan)"))
        }
        return Money(fen: NSDecimalNumber(decimal: rounded).int64Value)
    }

    /// Yuan to six decimals, cut (not rounded) after the sixth: `4687.500000`, `12.345678`.
    var yuanText: String {
        let (fen, remainder) = wholeFenAndRemainder
        var scaled = remainder * 10_000 / ExactAmount.unitsPerFen
        var tail = Decimal()
        NSDecimalRound(&tail, &scaled, 0, .down)
        // A correctly rounded quotient can land exactly on the next integer only when it is one.
        if tail * ExactAmount.unitsPerFen > remainder * 10_000 { tail -= 1 }
        var yuanQuotient = fen / 100
        var yuan = Decimal()
        NSDecimalRound(&yuan, &yuanQuotient, 0, .down)
        let cents = NSDecimalNumber(decimal: fen - yuan * 100).intValue
        let tailText = NSDecimalNumber(decimal: tail).stringValue
        return NSDecimalNumber(decimal: yuan).stringValue + "." + (cents < 10 ? "0" : "") + String(cents)
            + String(repeating: "0", count: max(0, 4 - tailText.count)) + tailText
    }

    /// Whether `yuanText` shows the amount exactly (it ends within six decimals of a yuan).
    var isExactInYuanText: Bool {
        let remainder = wholeFenAndRemainder.remainder
        var quotient = remainder * 10_000 / ExactAmount.unitsPerFen
        var whole = Decimal()
        NSDecimalRound(&whole, &quotient, 0, .down)
        return whole * ExactAmount.unitsPerFen == remainder * 10_000
    }

    /// For reasons: `4687.50` when whole fen, `0.125000` when exact within six decimals, else `12.345678…`.
    var displayText: String {
        if isWholeFen { return String(yuanText.dropLast(4)) }
        return isExactInYuanText ? yuanText : yuanText + "…"
    }
}
