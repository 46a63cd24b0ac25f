/// 执行依据: the effective legal instrument a generated case enforces.
public struct DemoBasis: Sendable, Hashable, Codable {
    public let kind: DemoBasisKind
    /// The court, arbitration commission, notary office or administrative organ that made it,
    /// e.g. `北京市朝阳区人民法院`, `北京仲裁委员会`.
    public let issuingBody: String
    /// Its number as printed on it, e.g. `（2024）京0105民初12345号`, `（2024）京仲裁字第1234号`.
    public let documentNumber: String
    /// 生效日期: always before the case's filing date.
    public let effectiveOn: LocalDate
    /// The sum it orders the debtor to pay.
    public let amountAwarded: Money

    public init(kind: DemoBasisKind, issuingBody: String, documentNumber: String, effectiveOn: LocalDate, amountAwarded: Money) {
        self.kind = kind
        self.issuingBody = issuingBody
        self.documentNumber = documentNumber
        self.effectiveOn = effectiveOn
        self.amountAwarded = amountAwarded
    }
}

/// The kind of execution basis.
public enum DemoBasisKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 民事判决书
    case civilJudgment
    /// 民事裁定书 (e.g. judicial confirmation of a mediation agreement, 民特)
    case civilRuling
    /// 民事调解书
    case mediationStatement
    /// 刑事裁判涉财产部分
    case criminalJudgmentPropertyPart
    /// 仲裁裁决书 (commercial or labour arbitration)
    case arbitralAward
    /// 赋予强制执行效力的公证债权文书
    case notarizedDebtInstrument
    /// 准予强制执行的行政决定 (非诉行政执行)
    case administrativeDecision
}
