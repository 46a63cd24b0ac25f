/// The provisions the credit-discipline rules rest on, as citations of the catalogue (`InstrumentID`).
///
/// - 《最高人民法院关于公布失信被执行人名单信息的若干规定》(法释〔2013〕17号, amended by 法释〔2017〕7号,
///   in force 2017-05-01), cited as `Dishonest List Provisions 2017`. Articles 1-13 of the amended text.
/// - 《最高人民法院关于限制被执行人高消费及有关消费的若干规定》(法释〔2010〕8号, amended by 法释〔2015〕17号,
///   in force 2015-07-22), cited as `Consumption Restriction Provisions 2015`. Articles 1-11.
/// - 《最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见》(法发〔2019〕35号), a normative document
///   (not a judicial interpretation), cited as `Good-Faith Enforcement Opinions 2019 No.n`.
/// - 《中华人民共和国民法典》Art.17 (a person under 18 is a minor) and the statutory calendar (`CalendarArticles`).
///
/// Texts used: the amended 2017 text as republished by courts (e.g. 黑龙江省汤原县人民法院, 2020-06-18, for
/// Art.11-12; 郑州大学中国司法案例研究中心 republication of the amended text) and the amending decision
/// 法释〔2017〕7号 (人民法院报 2017-03-02 p.3, as carried by law-lib.com); the 2015 text as republished with its
/// amending decision (Art.1-3, 9) and the SPC commentary by 刘贵祥、林莹. See `docs/rules/credit.md`.
public enum CreditArticles {
    /// `Dishonest List Provisions 2017 Art.10 para.1 item 4`.
    public static func dishonest(_ article: Int, para: Int? = nil, item: Int? = nil) -> Citation {
        Citation(.dishonestListProvisions2017, article: article, paragraph: para, item: item)
    }

    /// `Consumption Restriction Provisions 2015 Art.3 para.1 item 9`.
    public static func consumption(_ article: Int, para: Int? = nil, item: Int? = nil) -> Citation {
        Citation(.consumptionRestrictionProvisions2015, article: article, paragraph: para, item: item)
    }

    /// `Good-Faith Enforcement Opinions 2019 No.17 item 2` (the Opinions have numbered points, not articles).
    public static func opinions(_ number: Int, item: Int? = nil) -> Citation {
        Citation(.goodFaithEnforcementOpinions2019, item: item, point: number)
    }
}
