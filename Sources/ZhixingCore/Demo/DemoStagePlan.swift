/// Which stage case `index` is in. Indices come in blocks of 100 whose stages follow fixed shares; the
/// first eleven of every block hold one case of each stage, so even a small demo shows them all.
enum DemoStagePlan {
    /// Cases per 100, roughly as a court's docket looks on a given day: about as many closed by
    /// full performance as by 终本, the rest spread over the open stages.
    static let shares: [(DemoStage, Int)] = [
        (.filed, 5), (.noticeServed, 7), (.investigating, 9), (.measuresTaken, 9), (.partlyPaid, 7),
        (.settlement, 5), (.suspended, 4), (.closedFullyPerformed, 22), (.closedCurrentProcedureTerminated, 22),
        (.closedTerminated, 5), (.restored, 5),
    ]

    static let blockSize = 100

    static func stage(index: Int, seed: UInt64) -> DemoStage {
        let block = index.magnitude / UInt(blockSize), position = Int(index.magnitude % UInt(blockSize))
        var random = DemoRandom(seed: seed, stream: UInt64(truncatingIfNeeded: block), salt: 0x57A6E)
        let firsts = random.shuffled(shares.map(\.0))
        if position < firsts.count { return firsts[position] }
        var rest: [DemoStage] = []
        for (stage, share) in shares { rest += Array(repeating: stage, count: share - 1) }
        return random.shuffled(rest)[position - firsts.count]
    }

    /// Simpler stages to fall back on when the dates given leave too little time for a lifecycle.
    static func fallback(after stage: DemoStage) -> DemoStage? {
        switch stage {
        case .filed: nil
        case .noticeServed: .filed
        default: .noticeServed
        }
    }
}
