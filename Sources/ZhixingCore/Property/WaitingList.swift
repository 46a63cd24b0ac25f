/// 轮候: the order in which waiting-list measures on one asset take effect. Sealing Provisions 2020 Art.26 para.1:
/// when the measure in effect is lifted, the waiting-list measure registered first takes effect by itself, its term
/// counted from then; the others move up one place.
public enum WaitingList {
    /// A measure on the asset with its place: registration day, then the order the institution registered it in.
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let rank: SealRank
        public let registeredOn: LocalDate
        /// The institution's registration sequence, breaking ties on one day.
        public let sequence: Int
        public let lifted: Bool

        public init(id: String, rank: SealRank, registeredOn: LocalDate, sequence: Int, lifted: Bool = false) {
            self.id = id
            self.rank = rank
            self.registeredOn = registeredOn
            self.sequence = sequence
            self.lifted = lifted
        }
    }

    /// The waiting-list entries not lifted, in the order they take effect.
    public static func queue(_ entries: [Entry]) -> [Entry] {
        entries.filter { $0.rank == .waitingList && !$0.lifted }
            .sorted { ($0.registeredOn, $0.sequence) < ($1.registeredOn, $1.sequence) }
    }

    /// The entry that takes effect when the measure in effect is lifted: `nil` while one is still in effect, or when
    /// none is waiting.
    public static func next(after entries: [Entry]) -> Entry? {
        guard !entries.contains(where: { $0.rank == .first && !$0.lifted }) else { return nil }
        return queue(entries).first
    }

    /// The place of `id` on the waiting list (1 takes effect next), or `nil` if it is not waiting.
    public static func position(of id: String, in entries: [Entry]) -> Int? {
        queue(entries).firstIndex { $0.id == id }.map { $0 + 1 }
    }

    /// Why a promotion reported by the institution is, or is not, the one the order of registration gives.
    public static func promotionRefusal(_ promoted: String, entries: [Entry]) -> FieldError? {
        if entries.contains(where: { $0.rank == .first && !$0.lifted && $0.id != promoted }) {
            return FieldError(field: "rank", code: "report.earlier_measure_in_force", message: LocalizedText(
                zh: "在先的查封、冻结尚未解除，轮候措施不能生效", en: "The earlier measure is not lifted: a waiting-list measure cannot take effect"))
        }
        guard let next = queue(entries).first, next.id != promoted else { return nil }
        return FieldError(field: "rank", code: "report.out_of_order", message: LocalizedText(
            zh: "按登记顺序应由 \(next.id)（\(next.registeredOn.iso) 登记）先行生效",
            en: "By the order of registration \(next.id) (registered \(next.registeredOn.iso)) takes effect first"))
    }
}
