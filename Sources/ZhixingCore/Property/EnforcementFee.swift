/// 申请执行费: the enforcement application fee, by the sum or value enforced (Litigation Costs Measures 2006
/// Art.14 item 1): 50 yuan up to 10,000 yuan; of the part above 10,000 up to 500,000, 1.5%; above 500,000 up to
/// 5,000,000, 1%; above 5,000,000 up to 10,000,000, 0.5%; above 10,000,000, 0.1%. (Without a sum or value, 50 to 500
/// yuan a case; not computed here.) Paid after enforcement (Art.20 para.1), borne by the debtor (Art.38 para.1), so a
/// freeze may cover it on top of what is outstanding.
public enum EnforcementFee {
    /// The bands: (upper bound in yuan, rate in thousandths) after the first 10,000 yuan.
    static let bands: [(upTo: Int64?, perMille: Int64)] = [
        (500_000, 15), (5_000_000, 10), (10_000_000, 5), (nil, 1),
    ]

    /// The fee on `amount`, to the fen, rounded half up once at the end (the parts are summed exactly first).
    public static func fee(on amount: Money) -> Money {
        guard amount.isPositive else { return .zero }
        let base: Int64 = 10_000 * 100
        var fee: Int64 = 50 * 100
        guard amount.fen > base else { return Money(fen: fee) }
        // Thousandths of a fen, summed exactly. No overflow: the bounded bands hold at most 10^9 fen each, and the
        // open band (above 10^7 yuan) is at 1‰, so the sum stays below Money.maxFen plus 10^11.
        var milliFen: Int64 = 0
        var lower = base
        for band in bands {
            let upper = band.upTo.map { $0 * 100 } ?? amount.fen
            let top = min(amount.fen, upper)
            if top > lower {
                milliFen += (top - lower) * band.perMille
                lower = top
            }
            if amount.fen <= upper { break }
        }
        fee += (milliFen + 500) / 1000
        return Money(fen: fee)
    }

    /// Why the fee is what it is.
    public static func reason(on amount: Money) -> Reason {
        let fee = fee(on: amount)
        return Reason(citations: [PropertyArticles.enforcementFee, PropertyArticles.feeBorneByDebtor], message: LocalizedText(
            zh: "申请执行费按执行金额 \(amount.formatted) 计算为 \(fee.formatted)（不超过1万元的每件50元；超过1万元至50万元的部分1.5%，至500万元的部分1%，至1000万元的部分0.5%，超过1000万元的部分0.1%），执行后交纳，由被执行人负担",
            en: "The enforcement application fee on \(amount.formatted) is \(fee.formatted) (50 yuan up to 10,000; 1.5% of the part above 10,000 up to 500,000, 1% up to 5,000,000, 0.5% up to 10,000,000, 0.1% above), paid after enforcement and borne by the debtor"))
    }
}
