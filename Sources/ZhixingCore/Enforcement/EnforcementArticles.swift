/// The provisions the enforcement rule set rests on, as citations of the catalogue (`InstrumentID`).
///
/// - 《中华人民共和国民事诉讼法》(2023 amendment), cited `CPL 2023 Art.n`: Art.235 (jurisdiction), Art.236
///   (objection to an enforcement act: 15 days; reconsideration within 10 days of service), Art.238 (third-party
///   objection: 15 days; action within 15 days of service), Art.241 (settlement; restoration), Art.267-268
///   (suspension, termination). The numbers are those of the 2021 text (Art.231, 232, 234, 237, 263, 264) plus four.
/// - 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》(法释〔2022〕11号), cited `CPL Interpretation 2022`:
///   Art.168 (preservation measures continue in enforcement), Art.485 (maximum terms of freezes and seals, renewal),
///   Art.517 (termination of the current procedure).
/// - 《最高人民法院关于人民法院办理执行案件若干期限的规定》(法发〔2006〕35号, in force 2007-01-01), cited
///   `Time Limits Provisions 2006`: Art.1-6, 13, 14.
/// - 《最高人民法院关于严格执行案件审理期限制度的若干规定》(法释〔2000〕29号, amended 2008), cited
///   `Trial Time Limits Provisions 2008`: Art.5 (6 / 3 months; extension of 3 months by the president), Art.9.
/// - 《最高人民法院关于民事执行中财产调查若干问题的规定》(法释〔2017〕8号, amended 2020), cited
///   `Property Investigation Provisions 2020`: Art.2 (clues verified within 7 days), Art.3 (the property report
///   order goes out with the enforcement notice).
/// - 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》(法〔2016〕373号), cited `Termination Provisions 2016`.
/// - 《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》(法释〔2004〕15号, amended 法释〔2020〕21号),
///   cited `Sealing Provisions 2020`.
/// - 《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》(法释〔2015〕10号), cited
///   `Objection Provisions 2015`: Art.11 para.3 (those who implemented may not review).
/// - 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉执行程序若干问题的解释》(法释〔2008〕13号, amended 2020),
///   cited `Enforcement Procedure Interpretation 2020`: Art.8 (reconsideration decided within 30 days).
/// - 《最高人民法院关于人民法院执行工作若干问题的规定（试行）》(法释〔1998〕15号, amended 2020), cited
///   `Enforcement Work Provisions 2020`: Art.16 (conditions of filing; item 18 of the 1998 text).
/// - 《最高人民法院关于执行案件立案、结案若干问题的意见》(法发〔2014〕26号), cited `Filing and Closing Opinions 2014`.
/// - 《最高人民法院关于执行和解若干问题的规定》(法释〔2018〕3号), cited `Settlement Provisions 2018`.
/// - 《最高人民法院关于审理涉执行司法赔偿案件适用法律若干问题的解释》(法释〔2022〕3号): `Interpretation [2022] No.3`.
/// - 《最高人民法院关于深化执行改革健全解决执行难长效机制的意见——人民法院执行工作纲要（2019—2023）》
///   (法发〔2019〕16号), seed 004: `Outline 2019-2023 item 13`.
/// - Seed 003 (China Justice Observer) on jurisdiction; the 2018 SPC provisions on arbitral awards
///   (法释〔2018〕5号) and on notarised debt instruments (法释〔2018〕18号); the Administrative Litigation Law
///   Interpretation (法释〔2018〕1号) Art.157.
/// See `docs/rules/enforcement.md` for the texts used and the doubts.
public enum EnforcementArticles {
    /// The system's own workflow (not a provision of law): 本系统流程规则.
    public static let lifecycle = Citation(.zhixingLifecycle)
    public static let outlineItem13 = Citation(.enforcementOutline2019, point: 13)
    public static let objectionSeparation = Citation(.objectionProvisions2015, article: 11, paragraph: 3)
    public static let reconsiderationLimit = Citation(.enforcementProcedureInterpretation2020, article: 8)
    public static let filingConditions = Citation(.enforcementWorkProvisions2020, article: 16)
    public static let erroneousEnforcementItem1 = Citation(.enforcementCompensationInterpretation2022, article: 2, item: 1)
    public static let erroneousEnforcementItem2 = Citation(.enforcementCompensationInterpretation2022, article: 2, item: 2)
    public static let fundsManagement = Citation(.fundsManagementProvisions2017)
    public static let arbitralAwardJurisdiction = Citation(.arbitralAwardEnforcementProvisions2018, article: 2)
    public static let notarizedJurisdiction = Citation(.notarizedDebtInstrumentProvisions2018, article: 2)
    public static let administrativeJurisdiction = Citation(.administrativeLitigationInterpretation2018, article: 157)
    /// Seed 003, a research source (not a provision of law).
    public static let seed003 = Citation(.seed003)

    /// `CPL 2023 Art.n[ para.p][ item i]`.
    public static func cpl(_ article: Int, para: Int? = nil, item: Int? = nil) -> Citation {
        Citation(.civilProcedureLaw2023, article: article, paragraph: para, item: item)
    }

    /// `CPL Interpretation 2022 Art.n[ para.p]`.
    public static func cplInterpretation(_ article: Int, para: Int? = nil, item: Int? = nil) -> Citation {
        Citation(.cplInterpretation2022, article: article, paragraph: para, item: item)
    }

    /// `Time Limits Provisions 2006 Art.n[-m][ para.p][ item i]`.
    public static func timeLimits(_ article: Int, through: Int? = nil, para: Int? = nil, item: Int? = nil) -> Citation {
        Citation(.timeLimitsProvisions2006, article: article, through: through, paragraph: para, item: item)
    }

    /// `Trial Time Limits Provisions 2008 Art.n[ item i]`.
    public static func trialTimeLimits(_ article: Int, item: Int? = nil) -> Citation {
        Citation(.trialTimeLimitsProvisions2008, article: article, item: item)
    }

    /// `Termination Provisions 2016 Art.n[ para.p][ item i]`.
    public static func termination(_ article: Int, para: Int? = nil, item: Int? = nil) -> Citation {
        Citation(.terminationProvisions2016, article: article, paragraph: para, item: item)
    }

    /// `Sealing Provisions 2020 Art.n[ para.p][ item i]`.
    public static func sealing(_ article: Int, para: Int? = nil, item: Int? = nil) -> Citation {
        Citation(.sealingProvisions2020, article: article, paragraph: para, item: item)
    }

    /// `Property Investigation Provisions 2020 Art.n[ para.p]`.
    public static func propertyInvestigation(_ article: Int, para: Int? = nil) -> Citation {
        Citation(.propertyInvestigationProvisions2020, article: article, paragraph: para)
    }

    /// `Settlement Provisions 2018 Art.n`.
    public static func settlement(_ article: Int) -> Citation { Citation(.settlementProvisions2018, article: article) }

    /// `Filing and Closing Opinions 2014 Art.n[ item i]`.
    public static func filingClosing(_ article: Int, item: Int? = nil) -> Citation {
        Citation(.filingClosingOpinions2014, article: article, item: item)
    }

    /// `Enforcement Procedure Interpretation 2020 Art.n`.
    public static func enforcementProcedure(_ article: Int) -> Citation {
        Citation(.enforcementProcedureInterpretation2020, article: article)
    }

    /// `Enforcement Work Provisions 2020 Art.n[ item i]`.
    public static func enforcementWork(_ article: Int, item: Int? = nil) -> Citation {
        Citation(.enforcementWorkProvisions2020, article: article, item: item)
    }

    /// `Dishonest List Provisions 2017 Art.n` (for the termination conditions).
    public static func dishonestList(_ article: Int) -> Citation { Citation(.dishonestListProvisions2017, article: article) }
}
