/// A fixed table of choices with integer weights, drawn from in logarithmic time.
struct DemoWeightedTable<Element: Sendable>: Sendable {
    private let elements: [Element]
    private let cumulative: [Int]

    /// `entries` must not be empty and every weight must be positive.
    init(_ entries: [(Element, Int)]) {
        elements = entries.map(\.0)
        var running = 0
        cumulative = entries.map { running += max(1, $0.1); return running }
    }

    func draw(_ random: inout DemoRandom) -> Element {
        let target = random.int(below: cumulative.last ?? 1)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return elements[low]
    }
}
