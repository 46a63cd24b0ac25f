/// In JSON a citation carries its instrument's id, its structured parts and both renderings:
/// `{"instrument":"civilProcedureLaw2023","article":85,"paragraph":2,"zh":"《中华人民共和国民事诉讼法》第八十五条第二款",
///   "en":"CPL 2023 Art.85 para.2"}`. What belongs to the instrument (title, short title, document number, whether it
/// is law) is said once, in the catalogue (`GET /api/v1/instruments`), not in each of the hundreds of citations of
/// a case's assessment. Reading back uses the instrument id and the parts; the instrument's fields, which JSON
/// written before 2026-12 carried too, are ignored (an unknown id keeps the English text as an uncatalogued citation).
extension Citation: Codable {
    private enum CodingKeys: String, CodingKey {
        case instrument, article, articleThrough, paragraph, paragraphThrough, item, point, year, date, zh, en
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
        try container.encode(self.instrument?.rawValue, forKey: .instrument)
        try container.encodeIfPresent(article, forKey: .article)
        try container.encodeIfPresent(articleThrough, forKey: .articleThrough)
        try container.encodeIfPresent(paragraph, forKey: .paragraph)
        try container.encodeIfPresent(paragraphThrough, forKey: .paragraphThrough)
        try container.encodeIfPresent(item, forKey: .item)
        try container.encodeIfPresent(point, forKey: .point)
        try container.encodeIfPresent(year, forKey: .year)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encode(chinese, forKey: .zh)
        try container.encode(english, forKey: .en)
    }
}
