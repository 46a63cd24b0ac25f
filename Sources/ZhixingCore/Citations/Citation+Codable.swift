/// In JSON a citation carries its structured parts and both renderings:
/// `{"instrument":"civilProcedureLaw2023","title":"《中华人民共和国民事诉讼法》","shortTitle":"《民事诉讼法》",
///   "documentNumber":null,"article":85,"paragraph":2,"isLaw":true,"zh":"《中华人民共和国民事诉讼法》第八十五条第二款",
///   "en":"CPL 2023 Art.85 para.2"}`. Titles, number and texts are written for readers; reading back uses the
/// instrument id and the parts (an unknown id keeps the English text as an uncatalogued citation).
extension Citation: Codable {
    private enum CodingKeys: String, CodingKey {
        case instrument, title, shortTitle, documentNumber, article, articleThrough, paragraph, paragraphThrough
        case item, point, year, date, isLaw, zh, en
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decodeIfPresent(String.self, forKey: .instrument)
        guard let name, let id = InstrumentID(rawValue: name) else {
            let text = try container.decodeIfPresent(String.self, forKey: .en)
                ?? container.decodeIfPresent(String.self, forKey: .zh) ?? name ?? ""
            self = Citation.parse(text).first ?? Citation(uncatalogued: text)
            return
        }
        self.init(id,
                  article: try container.decodeIfPresent(Int.self, forKey: .article),
                  through: try container.decodeIfPresent(Int.self, forKey: .articleThrough),
                  paragraph: try container.decodeIfPresent(Int.self, forKey: .paragraph),
                  paragraphThrough: try container.decodeIfPresent(Int.self, forKey: .paragraphThrough),
                  item: try container.decodeIfPresent(Int.self, forKey: .item),
                  point: try container.decodeIfPresent(Int.self, forKey: .point),
                  year: try container.decodeIfPresent(Int.self, forKey: .year),
                  date: try container.decodeIfPresent(LocalDate.self, forKey: .date))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let instrument = self.instrument?.instrument
        try container.encode(self.instrument?.rawValue, forKey: .instrument)
        try container.encode(instrument?.title, forKey: .title)
        try container.encode(instrument?.shortTitle, forKey: .shortTitle)
        try container.encode(documentNumber, forKey: .documentNumber)
        try container.encodeIfPresent(article, forKey: .article)
        try container.encodeIfPresent(articleThrough, forKey: .articleThrough)
        try container.encodeIfPresent(paragraph, forKey: .paragraph)
        try container.encodeIfPresent(paragraphThrough, forKey: .paragraphThrough)
        try container.encodeIfPresent(item, forKey: .item)
        try container.encodeIfPresent(point, forKey: .point)
        try container.encodeIfPresent(year, forKey: .year)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encode(isLaw, forKey: .isLaw)
        try container.encode(chinese, forKey: .zh)
        try container.encode(english, forKey: .en)
    }
}
