/// The provisions the property rule set (inquiry and control) rests on, as citations of the catalogue.
///
/// - CPL 2023 Art.253 para.1: the court may inquire into the debtor's deposits, bonds, shares, fund units and other
///   property, and freeze, transfer or sell it, within the scope of what the debtor owes (不得超出被执行人应当履行义务
///   的范围); para.2: a ruling and an assistance notice (协助执行通知书) go to the body that must assist.
/// - CPL Interpretation 2022 Art.485: maximum terms and renewal (`MeasureRules`).
/// - Sealing Provisions 2020 (法释〔2004〕15号, amended 2020) Art.19 para.2 (sealing beyond need released for the
///   excess), Art.26 para.1 (waiting-list measures take effect in order when the earlier one is lifted).
/// - Interpretation [2022] No.3 (法释〔2022〕3号) Art.2 item 1: enforcing beyond the scope of the basis is erroneous
///   enforcement for which the state compensates — the reason an over-freeze is refused, not merely warned of.
/// - Online Freezing Provisions 2013 (法释〔2013〕20号): online inquiry and freezing notices with electronic seals
///   have the effect of paper ones (cited as an instrument: RULES.md marks the article numbers to verify).
/// - Litigation Costs Measures 2006 (《诉讼费用交纳办法》, 国务院令第481号) Art.14 item 1: the enforcement application
///   fee by the sum enforced, paid after enforcement (Art.20 para.1) and borne by the debtor (Art.38 para.1).
/// - CPL 2023 Art.85 para.2: a period in hours does not count its starting hour (the institutions' answer time).
/// See `docs/property.md` for the texts used and the doubts.
public enum PropertyArticles {
    /// `CPL 2023 Art.253[ para.p]`.
    public static func cpl(_ article: Int, para: Int? = nil) -> Citation {
        Citation(.civilProcedureLaw2023, article: article, paragraph: para)
    }

    /// `Interpretation [2022] No.3 Art.2 item 1`: enforcing beyond the basis or its amount.
    public static let beyondTheBasis = Citation(.enforcementCompensationInterpretation2022, article: 2, item: 1)
    /// `Sealing Provisions 2020 Art.19 para.2`: the excess of a seal beyond what is needed is released.
    public static let excessReleased = Citation(.sealingProvisions2020, article: 19, paragraph: 2)
    /// `Sealing Provisions 2020 Art.26 para.1`: waiting-list measures take effect in order.
    public static let waitingListInOrder = Citation(.sealingProvisions2020, article: 26, paragraph: 1)
    /// `Online Freezing Provisions 2013`.
    public static let onlineFreezing = Citation(.onlineFreezingProvisions2013)
    /// `Litigation Costs Measures 2006 Art.14 item 1`: the enforcement application fee.
    public static let enforcementFee = Citation(.litigationCostsMeasures2006, article: 14, item: 1)
    /// `Litigation Costs Measures 2006 Art.38 para.1`: the debtor bears the enforcement application fee.
    public static let feeBorneByDebtor = Citation(.litigationCostsMeasures2006, article: 38, paragraph: 1)
    /// `CPL 2023 Art.85 para.2`: the starting hour of a period in hours is not counted.
    public static let hoursCounting = Citation(.civilProcedureLaw2023, article: 85, paragraph: 2)
    /// `CPL 2023 Art.267`: suspension of enforcement.
    public static let suspension = Citation(.civilProcedureLaw2023, article: 267)
    /// `Termination Provisions 2016 Art.9`: after 终本 the court keeps inquiring through the online system.
    public static let followUpInquiry = Citation(.terminationProvisions2016, article: 9)
    /// The system's own workflow (not a provision of law).
    public static let lifecycle = Citation(.zhixingLifecycle)
}
