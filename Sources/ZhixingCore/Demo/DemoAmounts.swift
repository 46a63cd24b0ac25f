/// Amounts of money drawn from a log-normal-like distribution, in integer arithmetic only.
enum DemoAmounts {
    /// 10^(j/20) × 10⁶ for j = 0...20: the mantissas between which `powerOfTen` interpolates.
    private static let mantissas: [Int64] = [
        1_000_000, 1_122_018, 1_258_925, 1_412_538, 1_584_893, 1_778_279, 1_995_262, 2_238_721, 2_511_886,
        2_818_383, 3_162_278, 3_548_134, 3_981_072, 4_466_836, 5_011_872, 5_623_413, 6_309_573, 7_079_458,
        7_943_282, 8_912_509, 10_000_000,
    ]

    /// About 10^(`milli` / 1000), for `milli` in 0...11,000, as an integer.
    static func powerOfTen(milli: Int) -> Int64 {
        let clamped = min(max(milli, 0), 11_000)
        let exponent = clamped / 1000
        let fraction = clamped % 1000  // in 1/1000 of a decade
        let step = fraction / 50, within = Int64(fraction % 50)
        let mantissa = mantissas[step] + (mantissas[step + 1] - mantissas[step]) * within / 50
        var scale: Int64 = 1
        for _ in 0..<exponent { scale *= 10 }
        // mantissa carries 10^6; multiply first where that cannot overflow (≤ 10^11 × 10^7 < 9.2×10^18).
        return scale * mantissa / 1_000_000
    }

    /// A standard normal deviate in thousandths, approximated by the sum of twelve uniforms (Irwin–Hall).
    static func normalMilli(_ random: inout DemoRandom) -> Int {
        var sum = 0
        for _ in 0..<12 { sum += random.int(below: 1000) }
        return sum - 6000
    }

    /// An amount whose decimal logarithm (in yuan) is normal with mean `medianLog10Milli`/1000 and
    /// standard deviation `spreadMilli`/1000, kept within `floorYuan`...`ceilingYuan`, written the
    /// way such sums are: round thousands for principal-like sums, odd yuan and fen when interest and
    /// costs have been added.
    static func amount(medianLog10Milli: Int, spreadMilli: Int, floorYuan: Int64, ceilingYuan: Int64,
                       random: inout DemoRandom) -> Money {
        let log10Yuan = medianLog10Milli + normalMilli(&random) * spreadMilli / 1000
        var fen = powerOfTen(milli: log10Yuan + 2000)
        fen = min(max(fen, floorYuan * 100), ceilingYuan * 100)
        switch random.int(below: 10) {
        case 0..<4 where fen >= 2_000_000: fen = fen / 100_000 * 100_000  // whole thousands of yuan
        case 0..<7: fen = fen / 100 * 100                                 // whole yuan
        default: break                                                    // to the fen
        }
        return Money(fen: max(fen, floorYuan * 100))
    }

    /// `total` split into `parts` positive amounts (fewer if `total` has fewer fen) that add up to it,
    /// in whole yuan where the total allows.
    static func split(_ total: Money, into parts: Int, random: inout DemoRandom) -> [Money] {
        let count = Int(min(Int64(max(parts, 1)), max(total.fen, 1)))
        guard count > 1 else { return [total] }
        let unit: Int64 = total.fen >= Int64(count) * 10_000 ? 100 : 1
        let units = total.fen / unit
        var cuts = Set<Int64>()
        while cuts.count < count - 1 {
            let cut = 1 + Int64(random.int(below: Int(units - 1)))
            cuts.insert(cut)
        }
        let sorted = cuts.sorted()
        var result: [Money] = []
        var previous: Int64 = 0
        for cut in sorted {
            result.append(Money(fen: (cut - previous) * unit))
            previous = cut
        }
        result.append(Money(fen: total.fen - previous * unit))
        return result
    }

    /// `percent` of `amount`, rounded down to the yuan when it is at least 100 yuan.
    static func share(_ amount: Money, percent: Int) -> Money {
        let fen = amount.fen / 100 * Int64(percent) + amount.fen % 100 * Int64(percent) / 100
        return Money(fen: fen >= 10_000 ? fen / 100 * 100 : fen)
    }
}
