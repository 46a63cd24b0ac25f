/// The provisions the compensation rule set rests on, as citations of the catalogue (`InstrumentID`).
///
/// - 《最高人民法院关于审理涉执行司法赔偿案件适用法律若干问题的解释》(法释〔2022〕3号, adopted 2021-12-20,
///   in force 2022-03-01): seeds 000 (commentary) and 001 (the Chinese text). The seed copy of the Chinese text
///   drops Art.13 item 1, Art.15 item 3 and Art.16 para.1 items 1-2; seed 000 gives Art.13 item 1, the
///   others follow the text as published by the SPC (see `docs/rules/compensation.md`).
/// - 《中华人民共和国国家赔偿法》(2012 amendment) Art.36 (remedies for damage to property), Art.38 (court
///   compensation in civil proceedings follows the criminal compensation procedure), Art.39 (limitation).
/// - 《最高人民法院关于审理民事、行政诉讼中司法赔偿案件适用法律若干问题的解释》(法释〔2016〕20号) Art.15
///   para.1: the "bank deposit interest of the same period" is computed at the one-year time-deposit benchmark
///   rate published by the People's Bank of China when the effective compensation decision is made, simple interest.
public enum CompensationArticles {
    /// `Interpretation [2022] No.3 Art.<n>[ para.<p>][ item <i>]`.
    public static func art(_ article: Int, para: Int? = nil, item: Int? = nil) -> Citation {
        Citation(.enforcementCompensationInterpretation2022, article: article, paragraph: para, item: item)
    }

    /// `State Compensation Law Art.<n>[ para.<p>][ item <i>]` (2012 amendment).
    public static func scl(_ article: Int, para: Int? = nil, item: Int? = nil) -> Citation {
        Citation(.stateCompensationLaw, article: article, paragraph: para, item: item)
    }

    /// 法释〔2016〕20号 Art.15 para.1: deposit interest at the PBOC one-year benchmark when the decision is made.
    public static let interest2016 = Citation(.civilAdministrativeCompensationInterpretation2016, article: 15, paragraph: 1)

    /// The People's Bank of China's benchmark rate announcement in force on the decision date.
    public static func benchmarkRate(_ effectiveFrom: LocalDate) -> Citation { Citation(.depositBenchmarkRate, date: effectiveFrom) }

    /// 银发〔2005〕129号: how deposit interest is counted (whole years, then days at annual rate ÷ 360).
    public static let dayCount = Citation(.depositInterestNotice2005)

    /// Where the engine relied on a finding the law leaves to the committee (not a provision of law).
    public static let humanFinding = Citation(.compensationCommitteeFinding)
}
