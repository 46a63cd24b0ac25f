/// How a citation is printed: English as the core has always printed it, Chinese as courts do.
extension Citation {
    /// `Interpretation [2022] No.3 Art.2 item 1`, `CrimPL 2018 Art.105 paras.1-2`, `Outline 2019-2023 item 13`,
    /// `Good-Faith Enforcement Opinions 2019 No.17 item 2`, `State Council holiday notice 2025`,
    /// `PBOC deposit benchmark rate of 2015-10-24`.
    public var english: String {
        guard let instrument = instrument?.instrument else { return raw ?? "" }
        var text = instrument.englishShort
        if let year { text += " \(year)" }
        if let date { text += " of \(date.iso)" }
        if let point { text += " \(instrument.englishPointPrefix ?? "No.")\(point)" }
        if let article {
            text += " Art.\(article)"
            if let articleThrough { text += "-\(articleThrough)" }
        }
        if let paragraph {
            text += paragraphThrough.map { " paras.\(paragraph)-\($0)" } ?? " para.\(paragraph)"
        }
        if let item { text += " item \(item)" }
        return text
    }

    /// `《最高人民法院关于审理涉执行司法赔偿案件适用法律若干问题的解释》第二条第（一）项`, with the full title.
    public var chinese: String { chinese(shortTitle: false) }

    /// The Chinese citation with the instrument's short title (《民事诉讼法》第二百三十六条).
    public var chineseShort: String { chinese(shortTitle: true) }

    func chinese(shortTitle: Bool) -> String {
        guard let id = instrument else { return raw ?? "" }
        let instrument = id.instrument
        var text: String
        switch id {
        case .holidayNotice:
            text = year.map { "《国务院办公厅关于\($0)年部分节假日安排的通知》" } ?? "国务院办公厅当年部分节假日安排的通知"
        case .depositBenchmarkRate:
            text = date.map { "中国人民银行自\($0.chinese)起执行的金融机构人民币存款基准利率" } ?? instrument.title
        default:
            text = shortTitle ? instrument.shortTitle : instrument.title
        }
        // The numbered points of an opinion or outline are numbered 1., 2., … in Arabic figures in the text.
        if let point { text += "第\(point)条" }
        if let article {
            text += "第\(ChineseNumerals.numeral(article))条"
            if let articleThrough { text += "至第\(ChineseNumerals.numeral(articleThrough))条" }
        }
        if let paragraph {
            text += "第\(ChineseNumerals.numeral(paragraph))款"
            if let last = paragraphThrough {
                text += (last == paragraph + 1 ? "、" : "至") + "第\(ChineseNumerals.numeral(last))款"
            }
        }
        if let item { text += "第（\(ChineseNumerals.numeral(item))）项" }
        return text
    }
}

extension Array where Element == Citation {
    /// `CPL 2023 Art.85 para.2; Civil Code Art.202`: joined with "; " as `Reason.article` always was.
    public var english: String { map(\.english).joined(separator: "; ") }

    /// Joined with "；"; an instrument cited again in the list is named by its short title.
    public var chinese: String {
        var seen = Set<InstrumentID>()
        return map { citation in
            guard let id = citation.instrument else { return citation.chinese }
            return citation.chinese(shortTitle: !seen.insert(id).inserted)
        }.joined(separator: "；")
    }

    /// The list in a language (`en…` English, otherwise Chinese).
    public func text(for language: String) -> String {
        language.lowercased().hasPrefix("en") ? english : chinese
    }
}
