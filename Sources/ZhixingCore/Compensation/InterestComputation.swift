import Foundation

/// Simple interest on a principal over a period, counted as `InterestConvention` says, with the formula
/// written out for the reasons.
struct InterestComputation: Sendable, Hashable {
    let principal: Money
    let from: LocalDate
    let to: LocalDate
    let basisPoints: Int
    let convention: InterestConvention
    /// Days from `from` to `to`: the first day counted, the last not (算头不算尾).
    let days: Int
    let wholeYears: Int
    let oddDays: Int
    let amount: ExactAmount
    let formula: LocalizedText

    init(principal: Money, from: LocalDate, to: LocalDate, basisPoints: Int, convention: InterestConvention) {
        self.principal = principal
        self.from = from
        self.to = to
        self.basisPoints = basisPoints
        self.convention = convention
        days = max(0, from.days(until: to))
        let rate = Self.percent(basisPoints)
        let per = convention.daysPerYear
        switch convention.dayCount {
        case .wholeYearsThenDays:
            var years = 0
            while from.adding(years: years + 1) <= to { years += 1 }
            let anniversary = from.adding(years: years)
            wholeYears = years
            oddDays = max(0, anniversary.days(until: to))
            let yearly = ExactAmount.yearlyInterest(principal: principal, basisPoints: basisPoints, years: years)
            let daily = ExactAmount.dailyInterest(principal: principal, basisPoints: basisPoints, days: oddDays)
            amount = yearly + daily
            formula = LocalizedText(
                zh: "利息＝本金×年利率×整年数＋本金×年利率÷\(per)×零头天数＝\(principal) 元×\(rate)×\(years)＋\(principal) 元×\(rate)÷\(per)×\(oddDays)＝\(yearly.displayText)＋\(daily.displayText)＝\(amount.displayText) 元（\(from.iso) 至 \(to.iso)，\(years) 整年又 \(oddDays) 日，单利）",
                en: "interest = principal × annual rate × whole years + principal × annual rate ÷ \(per) × odd days = \(principal) × \(rate) × \(years) + \(principal) × \(rate) ÷ \(per) × \(oddDays) = \(yearly.displayText) + \(daily.displayText) = \(amount.displayText) yuan (\(from.iso) to \(to.iso): \(years) whole year\(years == 1 ? "" : "s") and \(oddDays) day\(oddDays == 1 ? "" : "s"), simple interest)")
        case .actualDays:
            wholeYears = 0
            oddDays = days
            amount = ExactAmount.dailyInterest(principal: principal, basisPoints: basisPoints, days: days)
            formula = LocalizedText(
                zh: "利息＝本金×年利率÷\(per)×实际天数＝\(principal) 元×\(rate)÷\(per)×\(days)＝\(amount.displayText) 元（\(from.iso) 至 \(to.iso)，单利）",
                en: "interest = principal × annual rate ÷ \(per) × actual days = \(principal) × \(rate) ÷ \(per) × \(days) = \(amount.displayText) yuan (\(from.iso) to \(to.iso), simple interest)")
        }
    }

    /// `1.50%`, `4.35%`, `0.5%` → from basis points.
    static func percent(_ basisPoints: Int) -> String {
        let cents = basisPoints % 100
        return "\(basisPoints / 100)." + (cents < 10 ? "0" : "") + "\(cents)%"
    }
}

/// An annual interest rate given in the facts as a percentage string (`"4.35"` = 4.35 % a year), held in basis
/// points. Used for an actual interest loss at a contract rate (Art.14).
struct ContractInterestRate: Sendable, Hashable {
    let basisPoints: Int

    init(parsing text: String, field: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        let integer = parts.first.map(String.init) ?? ""
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard parts.count <= 2, !integer.isEmpty, integer.count <= 3,
              integer.allSatisfy({ $0.isASCII && $0.isNumber }), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
              fraction.count <= 2, parts.count == 1 || !fraction.isEmpty,
              let whole = Int(integer), let cents = Int(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)),
              whole * 100 + cents <= 100_00
        else {
            throw FieldError(field: field, code: "compensation.rate_invalid", message: LocalizedText(
                zh: "年利率应为百分数，最多两位小数，如 \"4.35\"（即 4.35%）：\(text)",
                en: "An annual rate is a percentage with at most two decimals, such as \"4.35\" (4.35 %): \(text)"))
        }
        basisPoints = whole * 100 + cents
    }
}
