/// The basis of enforcement named by its kind, as a court names it in an enforcement document:
/// "……人民法院作出的（2026）京0105民初88号民事判决书已经发生法律效力".
///
/// - Judgments and rulings of the civil courts, mediation statements, and the property part of criminal
///   judgments are enforced by the court of first instance (CPL 2023 Art.235 para.1) on a party's application
///   (Art.247 paras.1-2): 民事判决书, 民事裁定书, 民事调解书, 刑事判决书.
/// - Other instruments the law has the courts enforce (Art.235 para.2): 仲裁裁决书 (Art.248), the notarised
///   instrument of debt made enforceable (公证债权文书, Art.249), the foreign and Hong Kong, Macao and Taiwan
///   judgments and awards a court recognised, and the administrative decision a court allowed to be enforced.
///
/// The CPL numbers are those of the 2021 text (Art.231, 243, 244, 245) plus four, as in `EnforcementArticles`.
extension ExecutionBasisKind {
    /// 执行依据的文书名称: 民事判决书, 民事调解书, 仲裁裁决书, 公证债权文书, …
    public var documentName: String {
        switch self {
        case .civilJudgment: "民事判决书"
        case .civilRuling: "民事裁定书"
        case .mediationStatement: "民事调解书"
        case .criminalJudgmentPropertyPart: "刑事判决书"
        case .arbitralAward: "仲裁裁决书"
        case .notarizedDebtInstrument: "公证债权文书"
        case .recognizedForeignJudgment, .hongKongMacauTaiwanJudgment: "判决书"
        case .recognizedForeignAward, .hongKongMacauTaiwanAward: "仲裁裁决书"
        case .administrativeDecision: "行政决定书"
        }
    }

    /// What of the basis is enforced, after its name: only the property part of a criminal judgment
    /// (CPL 2023 Art.235 para.1 "刑事判决、裁定中的财产部分"); empty for every other kind.
    public var enforcedPart: String {
        self == .criminalJudgmentPropertyPart ? "（财产部分）" : ""
    }

    /// The articles the naming rests on.
    public var documentNameCitations: [Citation] {
        switch self {
        case .civilJudgment, .civilRuling: [EnforcementArticles.cpl(235, para: 1), EnforcementArticles.cpl(247, para: 1)]
        case .mediationStatement: [EnforcementArticles.cpl(235, para: 1), EnforcementArticles.cpl(247, para: 2)]
        case .criminalJudgmentPropertyPart: [EnforcementArticles.cpl(235, para: 1)]
        case .arbitralAward: [EnforcementArticles.cpl(235, para: 2), EnforcementArticles.cpl(248)]
        case .notarizedDebtInstrument: [EnforcementArticles.cpl(235, para: 2), EnforcementArticles.cpl(249)]
        case .recognizedForeignJudgment, .recognizedForeignAward, .hongKongMacauTaiwanJudgment, .hongKongMacauTaiwanAward,
             .administrativeDecision:
            [EnforcementArticles.cpl(235, para: 2)]
        }
    }
}
