/// 恢复执行 (执恢): what the restored case enforces. The case restored is closed and stays closed; the
/// restoration is filed as a new case (Filing and Closing Opinions 2014 Art.6), which `EnforcementLifecycle`
/// allows only after 终本 or a breached settlement.
public enum RestorationRules {
    /// The sum applied for in the restored case: what is still outstanding on the original (its sum applied
    /// for less what was received, `CaseAmounts.outstanding`).
    ///
    /// - After 终本 the applicant keeps the claim to what was not enforced and may ask for restoration when
    ///   property is found (Termination Provisions 2016 Art.9 para.1; the 终本 ruling records what was realised).
    /// - After a breached settlement the original instrument is enforced again, the part of the settlement
    ///   already performed deducted (CPL 2023 Art.241; CPL Interpretation 2022 Art.465 — 和解协议已履行的部分应当扣除).
    ///
    /// When nothing is outstanding in money (only what the basis fixes besides money is left, or more came in than
    /// was applied for), the sum is one fen: every filed case carries a positive sum applied for (the filing
    /// refuses anything else), and one fen enforces nothing beyond what was received. The case's other
    /// obligations come with the basis, copied to the restored case.
    public static func amountApplied(afterRestoring original: CaseAmounts) -> Money {
        original.outstanding.isPositive ? original.outstanding : Money(fen: 1)
    }
}
