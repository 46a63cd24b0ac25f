import Foundation

extension Money {
    /// `self + other`; throws `money.overflow` if the sum exceeds `Money.maxFen`.
    public func adding(_ other: Money, field: String = "amount") throws -> Money {
        try Money(validatingFen: fen + other.fen, field: field)  // |fen| ≤ 9e16: no Int64 overflow
    }

    /// `self - other`; throws `money.overflow` if the difference exceeds `Money.maxFen`.
    public func subtracting(_ other: Money, field: String = "amount") throws -> Money {
        try Money(validatingFen: fen - other.fen, field: field)
    }

    /// `self × factor` rounded to the fen by `rounding` (e.g. an amount times a daily interest rate).
    /// Throws `money.overflow` if the result exceeds `Money.maxFen`, `money.invalid_factor` if `factor`
    /// is NaN. The product is computed in `Decimal` (38 significant digits), never in binary floating point.
    public func multiplying(by factor: Decimal, rounding: RoundingRule = .halfUp,
                            field: String = "amount") throws -> Money {
        let product = Decimal(fen) * factor
        guard !product.isNaN else {
            throw FieldError(field: field, code: "money.invalid_factor", message: LocalizedText(
                zh: "乘数不是有效数字", en: "The factor to multiply the amount by is not a number"))
        }
        var magnitude = product.magnitude
        var rounded = Decimal()
        let mode: NSDecimalNumber.RoundingMode
        switch rounding {
        case .halfUp: mode = .plain  // on a magnitude: half goes up
        case .down: mode = .down     // on a magnitude: floor = toward zero
        case .up: mode = .up         // on a magnitude: ceiling = away from zero
        }
        NSDecimalRound(&rounded, &magnitude, 0, mode)
        guard rounded <= Decimal(Money.maxFen), let value = Int64(rounded.description) else {
            throw Money.overflowError(field: field, detail: "\(self) × \(factor)")
        }
        return Money(uncheckedFen: product < 0 ? -value : value)
    }

    /// `self + other`, held at ±`Money.maxFen` instead of trapping: for sums of amounts that come from input
    /// (several freezes, an institution's report) where "more than can be handled" answers as well as the exact sum.
    public func addingClamped(_ other: Money) -> Money {
        Money(uncheckedFen: min(max(fen + other.fen, -Money.maxFen), Money.maxFen))  // |fen| ≤ 9e16: no Int64 overflow
    }

    /// Sum. **Traps** if the result exceeds `Money.maxFen` (±9×10¹⁶ fen); use `adding(_:)` to get
    /// a thrown `money.overflow` instead.
    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(fen: lhs.fen + rhs.fen)
    }

    /// Difference. **Traps** if the result exceeds `Money.maxFen` (±9×10¹⁶ fen); use
    /// `subtracting(_:)` to get a thrown `money.overflow` instead.
    public static func - (lhs: Money, rhs: Money) -> Money {
        Money(fen: lhs.fen - rhs.fen)
    }

    /// The same amount with the opposite sign (never overflows: the range is symmetric).
    public static prefix func - (operand: Money) -> Money {
        Money(uncheckedFen: -operand.fen)
    }

    /// **Traps** like `+`.
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }

    /// **Traps** like `-`.
    public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }
}
