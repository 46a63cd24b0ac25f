/// 控制: what the court may order an institution to do with a found asset — freeze, seal, seize — and what it may
/// not. The order is checked before the assistance notice (协助执行通知书) goes out; a refusal names its article.
///
/// - CPL 2023 Art.253 para.1: within the scope of what the debtor owes. Interpretation [2022] No.3 Art.2 item 1:
///   enforcing beyond the basis or its amount is erroneous enforcement the state compensates, so an over-freeze
///   is refused here (a measure recorded after the fact, `measureTaken`, is only warned of: it happened).
/// - Sealing Provisions 2020 Art.19 para.2: what exceeds the need is released.
/// - CPL Interpretation 2022 Art.485 para.1: the term within the maximum for the asset (`MeasureRules`).
/// - CPL 2023 Art.267 (suspension) and Termination Provisions 2016 Art.9 (after 终本 the case is restored first).
public enum ControlRules {
    /// What the case still needs, and how much of it money already frozen covers.
    public struct Need: Sendable, Hashable, Codable {
        /// Applied − received (`EnforcementAssessment.amounts.outstanding`).
        public let outstanding: Money
        /// The enforcement application fee on the sum applied for (Litigation Costs Measures 2006 Art.14 item 1).
        public let fee: Money
        /// Other costs of enforcement actually incurred and borne by the debtor (valuation, auction), as recorded.
        public let otherCosts: Money
        /// outstanding + fee + other costs.
        public let total: Money
        /// Money already frozen in force with first rank on the case's measures.
        public let frozen: Money
        /// total − frozen, never below zero: the most a new freeze of money may bind.
        public let headroom: Money
        public let reasons: [Reason]
    }

    /// Whether a measure on `asset` binds a sum of money (a freeze of a deposit, or of a balance or cash value held
    /// as another right), so that its amount counts against the need.
    public static func bindsMoney(_ kind: ControlMeasureKind, _ asset: AssetKind) -> Bool {
        kind == .freeze && (asset == .bankDeposit || asset == .otherRight)
    }

    /// The need of the case as of `asOf`.
    public static func need(_ facts: EnforcementFacts, calendar: StatutoryCalendar, asOf: LocalDate,
                            otherCosts: Money = .zero) -> Need {
        let history = EnforcementHistory.replay(facts, calendar: calendar)
        return need(history, asOf: asOf, otherCosts: otherCosts)
    }

    static func need(_ history: EnforcementHistory, asOf: LocalDate, otherCosts: Money) -> Need {
        let outstanding = history.outstanding
        let fee = EnforcementFee.fee(on: history.facts.amountApplied)
        let total = outstanding.addingClamped(fee).addingClamped(otherCosts)
        let frozen = history.measures.reduce(Money.zero) { sum, record in
            guard bindsMoney(record.kind, record.asset), record.rank == .first, let amount = record.amount,
                  MeasureRules.state(record, on: asOf, calendar: history.calendar) == .inForce else { return sum }
            return sum.addingClamped(amount)
        }
        let headroom = frozen < total ? total - frozen : .zero
        let reasons = [
            EnforcementFee.reason(on: history.facts.amountApplied),
            Reason(citations: [PropertyArticles.cpl(253, para: 1), PropertyArticles.excessReleased], message: LocalizedText(
                zh: "本案尚需执行 \(total.formatted)（未执行到位 \(outstanding.formatted) + 申请执行费 \(fee.formatted) + 其他执行费用 \(otherCosts.formatted)）；已冻结在效的首封金额 \(frozen.formatted)，可再冻结至多 \(headroom.formatted)",
                en: "The case still needs \(total.formatted) (outstanding \(outstanding.formatted) + application fee \(fee.formatted) + other costs \(otherCosts.formatted)); \(frozen.formatted) is frozen in force with first rank, so at most \(headroom.formatted) more may be frozen")),
        ]
        return Need(outstanding: outstanding, fee: fee, otherCosts: otherCosts, total: total, frozen: frozen,
                    headroom: headroom, reasons: reasons)
    }

    /// Why `order` may not go out on the case, if it may not.
    public static func refusal(_ order: ControlOrder, facts: EnforcementFacts, calendar: StatutoryCalendar,
                               asOf: LocalDate, otherCosts: Money = .zero) -> ActionRefusal? {
        let history = EnforcementHistory.replay(facts, calendar: calendar)
        if let closure = history.closure {
            if closure == .currentProcedureTerminated {
                return ActionRefusal(code: "control.terminated", reasons: [Reason(citations: [PropertyArticles.followUpInquiry],
                    message: LocalizedText(
                        zh: "本案已终结本次执行程序：发现可供执行的财产的，应当先恢复执行（执恢），在恢复的案件中采取控制措施",
                        en: "The current procedure was terminated (终本): where property is found the case is restored first (执恢), and the measure is taken in the restored case"))])
            }
            return ActionRefusal(code: "lifecycle.closed", reasons: [Reason(citations: [PropertyArticles.lifecycle], message: LocalizedText(
                zh: "案件已以“\(closure.zhName)”结案，不再采取查封、扣押、冻结措施", en: "The case is closed (\(closure.enName)); no measure is taken"))])
        }
        if history.suspendedSince != nil {
            return ActionRefusal(code: "lifecycle.suspended", reasons: [Reason(citations: [PropertyArticles.suspension], message: LocalizedText(
                zh: "案件中止执行期间不采取新的执行措施；恢复执行后再行控制", en: "While enforcement is suspended no new measure is taken; control after it resumes"))])
        }
        if !MeasureRules.kindFits(order.kind, order.asset) {
            return ActionRefusal(code: "measure.kind_asset_mismatch", reasons: [MeasureRules.kindMismatch(order.kind, order.asset)])
        }
        if !order.institution.holds(order.asset) {
            return ActionRefusal(code: "control.institution_asset_mismatch", reasons: [Reason(citations: [PropertyArticles.cpl(253, para: 2)],
                message: LocalizedText(
                    zh: "\(order.institution.name.zh)不登记或者保管\(order.asset.zhName)，协助执行通知书应当送达保管或者登记该财产的单位",
                    en: "A \(order.institution.name.en.lowercased()) does not hold or register \(order.asset.enName); the assistance notice goes to the body that does"))])
        }
        let maximum = MeasureRules.maximumMonths(order.asset)
        if order.termMonths < 1 || order.termMonths > maximum {
            return ActionRefusal(code: "measure.term_exceeds_maximum", reasons: [MeasureRules.maximumReason(order.asset), Reason(
                citations: [EnforcementArticles.cplInterpretation(485, para: 1)], message: LocalizedText(
                    zh: "所定期限 \(order.termMonths) 个月不在 1 至 \(maximum) 个月之内", en: "The term set, \(order.termMonths) months, is not within 1 to \(maximum) months"))])
        }
        guard bindsMoney(order.kind, order.asset) else { return nil }
        guard let amount = order.amount, amount.isPositive else {
            return ActionRefusal(code: "control.amount_missing", reasons: [Reason(citations: [PropertyArticles.cpl(253, para: 1)], message: LocalizedText(
                zh: "冻结款项须载明冻结金额（以被执行人应当履行义务的范围为限）", en: "A freeze of money states the sum to freeze (within what the debtor owes)"))])
        }
        let need = need(history, asOf: asOf, otherCosts: otherCosts)
        if amount > need.headroom {
            return ActionRefusal(code: "control.exceeds_need", reasons: need.reasons + [Reason(
                citations: [PropertyArticles.cpl(253, para: 1), PropertyArticles.beyondTheBasis, PropertyArticles.excessReleased],
                message: LocalizedText(
                    zh: "冻结 \(amount.formatted) 超过本案尚可冻结的 \(need.headroom.formatted)：冻结不得超出被执行人应当履行义务的范围；超标的冻结属于执行错误，国家承担赔偿责任",
                    en: "Freezing \(amount.formatted) exceeds the \(need.headroom.formatted) the case may still freeze: a freeze may not exceed what the debtor owes, and an over-freeze is erroneous enforcement the state compensates for"))])
        }
        return nil
    }
}

/// What the court orders an institution to do with one asset: the measure, its term and, for money, the sum.
public struct ControlOrder: Sendable, Hashable, Codable {
    public let kind: ControlMeasureKind
    public let asset: AssetKind
    public let institution: InstitutionKind
    public let termMonths: Int
    /// The sum to freeze (money only); `nil` for seals and seizures.
    public let amount: Money?

    public init(kind: ControlMeasureKind, asset: AssetKind, institution: InstitutionKind, termMonths: Int, amount: Money? = nil) {
        self.kind = kind
        self.asset = asset
        self.institution = institution
        self.termMonths = termMonths
        self.amount = amount
    }
}
