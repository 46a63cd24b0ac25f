/// 一年期人民币整存整取定期存款基准利率: the People's Bank of China's one-year time-deposit benchmark rate, as dated
/// data. 法释〔2016〕20号 Art.15 para.1 takes the rate published when the effective compensation decision is made,
/// for the whole interest period (no splitting at earlier rate changes), simple interest, no compounding.
public struct DepositBenchmarkRate: Sendable, Hashable, Codable {
    /// The first day on which the rate applies.
    public let effectiveFrom: LocalDate
    /// The annual rate in basis points: 150 = 1.50 %.
    public let basisPoints: Int
    /// The announcement that set it.
    public let source: LocalizedText

    /// The rates, oldest first. Only the rate in force on or after the interpretation took effect
    /// (2022-03-01) can be needed; the 2015-10-24 rate has stood since (the 2019 LPR reform changed the loan
    /// reference rate, not this benchmark). Add a row here, with its announcement, if the PBOC changes it.
    public static let table: [DepositBenchmarkRate] = [
        DepositBenchmarkRate(
            effectiveFrom: LocalDate(year: 2015, month: 10, day: 24) ?? LocalDate(dayNumber: 16_732),
            basisPoints: 150,
            source: LocalizedText(
                zh: "中国人民银行决定自2015年10月24日起下调金融机构人民币存款基准利率，一年期存款基准利率下调0.25个百分点至1.5%（中国人民银行2015年10月23日公布）",
                en: "People's Bank of China, announced 2015-10-23: from 2015-10-24 the one-year deposit benchmark rate is lowered by 0.25 percentage points to 1.5%")),
    ]

    /// The rate in force on `date`, or `nil` before the first row.
    public static func inForce(on date: LocalDate) -> DepositBenchmarkRate? {
        table.last { $0.effectiveFrom <= date }
    }

    /// `1.50%`.
    public var percentText: String { InterestComputation.percent(basisPoints) }
}

/// How interest is counted over a period (计息方法), as dated data with its source.
///
/// 《中国人民银行关于人民币存贷款计结息问题的通知》(银发〔2005〕129号, from 2005-09-21): the daily rate is the annual
/// rate ÷ 360; a period of whole years bears the annual rate per year, and the days beyond the last whole year
/// bear the daily rate (对年对月对日); a bank may instead count the whole period in actual days at the daily rate.
/// Zhixing applies the first method (whole years, then days); `actualDays` is kept for a future change of the row.
public struct InterestConvention: Sendable, Hashable, Codable {
    public enum DayCount: String, Sendable, Hashable, Codable, CaseIterable {
        /// Whole years (anniversary to anniversary) at the annual rate, the remaining days at annual ÷ 360.
        case wholeYearsThenDays
        /// Every day of the period at annual ÷ 360.
        case actualDays
    }

    public let effectiveFrom: LocalDate
    public let dayCount: DayCount
    /// Days per year for the daily rate: 360.
    public let daysPerYear: Int
    public let source: LocalizedText

    public static let table: [InterestConvention] = [
        InterestConvention(
            effectiveFrom: LocalDate(year: 2005, month: 9, day: 21) ?? LocalDate(dayNumber: 13_047),
            dayCount: .wholeYearsThenDays,
            daysPerYear: 360,
            source: LocalizedText(
                zh: "《中国人民银行关于人民币存贷款计结息问题的通知》（银发〔2005〕129号）：日利率＝年利率÷360；计息期有整年又有零头天数的，利息＝本金×年数×年利率＋本金×零头天数×日利率",
                en: "PBOC Notice on interest on RMB deposits and loans (银发〔2005〕129号): daily rate = annual rate ÷ 360; for whole years plus odd days, interest = principal × years × annual rate + principal × odd days × daily rate")),
    ]

    public static func inForce(on date: LocalDate) -> InterestConvention? {
        table.last { $0.effectiveFrom <= date }
    }
}
