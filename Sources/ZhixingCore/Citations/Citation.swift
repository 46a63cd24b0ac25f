/// A provision cited as the basis of a decision: an instrument of the catalogue and where in it
/// (article, paragraph, item; or the numbered point of an opinion; or the year of a holiday notice,
/// the date of a benchmark rate). Renders in Chinese as courts print it and in English as we always have:
/// `《最高人民法院关于审理涉执行司法赔偿案件适用法律若干问题的解释》第二条第（一）项` /
/// `Interpretation [2022] No.3 Art.2 item 1`.
public struct Citation: Sendable, Hashable {
    /// The instrument cited; `nil` for an uncatalogued citation kept as `raw` text (old stored data).
    public let instrument: InstrumentID?
    /// 第N条; with `articleThrough`, the range 第N条至第M条.
    public let article: Int?
    public let articleThrough: Int?
    /// 第N款; with `paragraphThrough`, the range (`paras.1-2`).
    public let paragraph: Int?
    public let paragraphThrough: Int?
    /// 第（N）项.
    public let item: Int?
    /// A numbered point of a document without articles: `No.15` of the 2019 Opinions, `item 13` of the Outline.
    public let point: Int?
    /// The year of an annual notice (the State Council holiday notice).
    public let year: Int?
    /// The date of a dated announcement (a PBOC benchmark rate in force from that day).
    public let date: LocalDate?
    /// The text of an uncatalogued citation, as it was stored.
    public let raw: String?

    public init(_ instrument: InstrumentID, article: Int? = nil, through articleThrough: Int? = nil,
                paragraph: Int? = nil, paragraphThrough: Int? = nil, item: Int? = nil, point: Int? = nil,
                year: Int? = nil, date: LocalDate? = nil) {
        self.instrument = instrument
        self.article = article
        self.articleThrough = articleThrough
        self.paragraph = paragraph
        self.paragraphThrough = paragraphThrough
        self.item = item
        self.point = point
        self.year = year
        self.date = date
        self.raw = nil
    }

    /// A citation the catalogue does not know, kept as its text so that nothing stored is lost.
    public init(uncatalogued text: String) {
        instrument = nil
        article = nil; articleThrough = nil
        paragraph = nil; paragraphThrough = nil
        item = nil; point = nil; year = nil; date = nil
        raw = text
    }

    /// Whether the citation names an instrument of the catalogue.
    public var isCatalogued: Bool { instrument != nil }

    /// Whether it is a citation of law (catalogued, and not the system's own rules, a finding or research).
    public var isLaw: Bool { instrument?.instrument.isLaw ?? false }

    /// The document number: the instrument's, or for a holiday notice that of its year.
    public var documentNumber: String? {
        if instrument == .holidayNotice, let year { return HolidayNotices.documentNumber(year: year) }
        return instrument?.instrument.documentNumber
    }

    /// The citation in the other language's text, keyed by a language tag (`zh-CN` unless `en…`).
    public func text(for language: String) -> String {
        language.lowercased().hasPrefix("en") ? english : chinese
    }
}
