/// The provisions the refusal-to-execute rule set rests on, as citations of the catalogue (`InstrumentID`).
///
/// - 《最高人民法院 最高人民检察院 公安部关于办理拒不执行判决、裁定刑事案件若干问题的意见》(法发〔2025〕8号,
///   in force 2025-07-01, Art.20): "Opinions 2025". Text: seed 002 (a commentary quoting every article) and,
///   for Arts.1-8, the Chinese text as republished by law-lib.com and Wen Wei Po (2025-06-27).
/// - 《中华人民共和国刑法》Art.313 (拒不执行判决、裁定罪): "Criminal Law Art.313".
/// - 《全国人民代表大会常务委员会关于〈中华人民共和国刑法〉第三百一十三条的解释》(2002-08-29): the four named
///   "serious" circumstances and the catch-all of item 5: "NPCSC Interpretation 2002".
/// - 《最高人民法院 最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》(法释〔2024〕13号,
///   in force 2024-12-01): "Interpretation 2024". Art.3 (ten further "serious" circumstances), Art.4 (five
///   "particularly serious" ones), Art.5 (ability to execute), Art.6 (concealment after suit began),
///   Art.10 (heavier punishment), Art.11 (not a crime / no prosecution / lighter punishment), Art.14
///   (private prosecution), as published by the SPP (e.g. nmlinxi.jcy.gov.cn, 2024-11-25).
/// - 《中华人民共和国刑事诉讼法》(2018): "CrimPL 2018" Arts.91, 105, 172, 175, 180, 208, 210, 212.
public enum RefusalArticles {
    /// `Opinions 2025`, the instrument as a whole.
    public static let opinionsAsAWhole = Citation(.refusalOpinions2025)

    /// `Opinions 2025 Art.5`
    public static func opinions(_ article: Int) -> Citation { Citation(.refusalOpinions2025, article: article) }
    /// `Opinions 2025 Art.5 para.2`
    public static func opinions(_ article: Int, para: Int) -> Citation {
        Citation(.refusalOpinions2025, article: article, paragraph: para)
    }
    /// `Opinions 2025 Art.4 item 3`
    public static func opinions(_ article: Int, item: Int) -> Citation {
        Citation(.refusalOpinions2025, article: article, item: item)
    }

    public static let criminalLaw313 = Citation(.criminalLaw, article: 313)
    public static let criminalLaw313Para1 = Citation(.criminalLaw, article: 313, paragraph: 1)
    public static let criminalLaw313Para2 = Citation(.criminalLaw, article: 313, paragraph: 2)

    /// `NPCSC Interpretation 2002 item 1`: the interpretation has items, not articles.
    public static func npcsc(item: Int) -> Citation { Citation(.npcscInterpretationCriminalLaw313, item: item) }

    /// `Interpretation 2024 Art.11`
    public static func interpretation(_ article: Int) -> Citation { Citation(.refusalInterpretation2024, article: article) }
    /// `Interpretation 2024 Art.3 item 4`
    public static func interpretation(_ article: Int, item: Int) -> Citation {
        Citation(.refusalInterpretation2024, article: article, item: item)
    }

    /// `CrimPL 2018 Art.91 para.3`
    public static func crimPL(_ article: Int, para: Int? = nil) -> Citation {
        Citation(.criminalProcedureLaw2018, article: article, paragraph: para)
    }

    /// The Opinions take effect on 2025-07-01 (Art.20).
    public static let opinionsInForce = InstrumentID.refusalOpinions2025.instrument.inForce ?? LocalDate(dayNumber: 20_270)
}
