/// The generator's source of randomness: SplitMix64 (Steele, Lea and Flood, 2014), a 64-bit
/// generator defined by integer arithmetic alone, so a seed yields the same numbers on every platform
/// and Swift version. Not for anything secret.
///
/// Every draw is integer-only (no floating point, no `SystemRandomNumberGenerator`, no standard
/// library shuffles whose algorithm may change).
struct DemoRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for (`seed`, `stream`, `salt`): case `index` of a generator, a block of
    /// stage slots, a named institution...
    init(seed: UInt64, stream: UInt64, salt: UInt64) {
        state = DemoRandom.mix(seed ^ DemoRandom.mix(stream &* 0x9E37_79B9_7F4A_7C15 &+ salt))
    }

    /// The SplitMix64 output function (a bijective 64-bit mixer).
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// FNV-1a over UTF-8: a stable hash of a text (Swift's `hashValue` changes from run to run).
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return DemoRandom.mix(state)
    }

    /// A number in `0..<bound` (0 when `bound` ≤ 0), by the multiply-high method.
    mutating func int(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool {
        int(below: 100) < percent
    }

    /// True with probability `perMille` / 1000.
    mutating func chance(perMille: Int) -> Bool {
        int(below: 1000) < perMille
    }

    /// One element of a non-empty array (the generator's tables are never empty).
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(below: elements.count)]
    }

    /// The index of a weight, chosen with probability proportional to it.
    mutating func weighted(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        var draw = int(below: total)
        for (index, weight) in weights.enumerated() {
            if draw < weight { return index }
            draw -= weight
        }
        return max(0, weights.count - 1)
    }

    /// One element of a table of (element, weight) pairs.
    mutating func weighted<Element>(_ table: [(Element, Int)]) -> Element {
        table[weighted(table.map(\.1))].0
    }

    /// `count` decimal digits.
    mutating func digits(_ count: Int) -> String {
        var text = ""
        for _ in 0..<max(0, count) {
            text.append(Character(Unicode.Scalar(UInt8(48 + int(below: 10)))))
        }
        return text
    }

    /// A Fisher–Yates shuffle of `elements`.
    mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var copy = elements
        var index = copy.count - 1
        while index > 0 {
            copy.swapAt(index, int(below: index + 1))
            index -= 1
        }
        return copy
    }
}
