/// What an institution reports back on an assistance notice, and whether the report fits what was asked and what
/// the institution itself said was already on the asset. A report that does not fit is bad input (400, naming the
/// field), never recorded: the court would otherwise rely on a rank or a sum that cannot be.
///
/// - CPL 2023 Art.253 para.1: the institution freezes at most the sum the notice states.
/// - Sealing Provisions 2020 Art.26 para.1: a later measure on an asset already under a measure is a waiting-list
///   measure (轮候), and takes effect in the order of registration when the earlier one is lifted.
public enum ControlReportRules {
    /// Checks `report` against the order, the sum requested, the measures the institution reported on the asset
    /// when it answered the inquiry (`known`), and the balance it reported (money only).
    public static func validate(_ report: ControlReport, order: ControlOrder, known: [ExistingMeasure],
                                balance: Money?) throws(FieldError) {
        let money = ControlRules.bindsMoney(order.kind, order.asset)
        guard report.executed else {
            if report.note?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
                throw FieldError(field: "note", code: "report.reason_missing", message: LocalizedText(
                    zh: "未能协助执行的，应当说明理由", en: "A notice not carried out needs the reason"))
            }
            return
        }
        if money {
            guard let frozen = report.amountFrozen else {
                throw FieldError(field: "amountFrozen", code: "report.amount_missing", message: LocalizedText(
                    zh: "请填写实际冻结金额", en: "Give the sum actually frozen"))
            }
            if !frozen.isPositive {
                throw FieldError(field: "amountFrozen", code: "report.amount_not_positive", message: LocalizedText(
                    zh: "实际冻结金额应当大于零；没有可冻结的款项的，请报告未能执行并说明理由",
                    en: "The sum frozen must be more than zero; where nothing could be frozen, report the notice as not carried out, with the reason"))
            }
            if let requested = order.amount, frozen > requested {
                throw FieldError(field: "amountFrozen", code: "report.amount_above_requested", message: LocalizedText(
                    zh: "实际冻结金额 \(frozen.formatted) 超过协助执行通知书要求冻结的 \(requested.formatted)",
                    en: "The sum frozen, \(frozen.formatted), exceeds the \(requested.formatted) the notice asks to freeze"))
            }
        }
        let inForce = known.filter { $0.rank == .first }
        switch report.rank {
        case .first:
            guard !inForce.isEmpty else { return }
            if money, let balance, let frozen = report.amountFrozen {
                // A deposit can bear a first-rank freeze on what the earlier freezes leave free.
                let bound = inForce.reduce(Money.zero) { $0.addingClamped($1.amount ?? balance) }
                if bound < balance && frozen <= balance - bound { return }
            }
            throw FieldError(field: "rank", code: "report.rank_conflicts", message: LocalizedText(
                zh: "该财产上已有\(inForce.count)项在先的查封、冻结（\(inForce.map(\.court).joined(separator: "、"))），本措施应为轮候",
                en: "The asset is already under \(inForce.count) earlier measure(s) (\(inForce.map(\.court).joined(separator: ", "))): this one is a waiting-list measure"))
        case .waitingList:
            guard let position = report.position, position >= 1 else {
                throw FieldError(field: "position", code: "report.position_missing", message: LocalizedText(
                    zh: "轮候的，请填写轮候顺序（1 为下一个生效）", en: "Give the place on the waiting list (1 takes effect next)"))
            }
            if known.isEmpty && report.ahead.isEmpty {
                throw FieldError(field: "rank", code: "report.rank_conflicts", message: LocalizedText(
                    zh: "查询时该财产上没有其他措施；如其间已有其他法院查封、冻结，请在“在先措施”中列明",
                    en: "The asset had no other measure when the inquiry was answered; if another court's measure came meanwhile, list it under the measures ahead"))
            }
            let ahead = max(known.count, report.ahead.count)
            if position > ahead {
                throw FieldError(field: "position", code: "report.position_beyond_queue", message: LocalizedText(
                    zh: "轮候顺序 \(position) 超过在先措施的数量 \(ahead)", en: "Place \(position) on the waiting list is beyond the \(ahead) measure(s) ahead"))
            }
        }
    }
}

/// A measure already on an asset, as an institution reports it (another court's, or an earlier one of this court).
public struct ExistingMeasure: Sendable, Hashable, Codable {
    /// The court that took it, as the institution names it.
    public let court: String
    public let kind: ControlMeasureKind
    public let rank: SealRank
    /// The sum it binds (money only).
    public let amount: Money?
    public let registeredOn: LocalDate?

    public init(court: String, kind: ControlMeasureKind, rank: SealRank, amount: Money? = nil, registeredOn: LocalDate? = nil) {
        self.court = court
        self.kind = kind
        self.rank = rank
        self.amount = amount
        self.registeredOn = registeredOn
    }
}

/// An institution's report on an assistance notice (协助执行回执).
public struct ControlReport: Sendable, Hashable, Codable {
    /// Whether the notice was carried out.
    public let executed: Bool
    /// The sum actually frozen (money only).
    public let amountFrozen: Money?
    public let rank: SealRank
    /// For a waiting-list measure: its place, 1 taking effect next.
    public let position: Int?
    /// The measures ahead of it, where they differ from what the inquiry's answer reported.
    public let ahead: [ExistingMeasure]
    /// Why it was not carried out, or anything the institution adds.
    public let note: String?

    public init(executed: Bool, amountFrozen: Money? = nil, rank: SealRank = .first, position: Int? = nil,
                ahead: [ExistingMeasure] = [], note: String? = nil) {
        self.executed = executed
        self.amountFrozen = amountFrozen
        self.rank = rank
        self.position = position
        self.ahead = ahead
        self.note = note
    }
}
