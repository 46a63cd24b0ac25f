import Foundation
import Testing
@testable import ZhixingCore

/// Citations as values: the catalogue, the Chinese and English forms, and reading back what was stored.
@Suite("Citations")
struct CitationTests {
    @Test("Interpretation [2022] No.3 Art.2 item 1 in Chinese: full title, 第二条第（一）项")
    func chineseForm() {
        let citation = EnforcementArticles.erroneousEnforcementItem1
        #expect(citation.english == "Interpretation [2022] No.3 Art.2 item 1")
        #expect(citation.chinese == "《最高人民法院关于审理涉执行司法赔偿案件适用法律若干问题的解释》第二条第（一）项")
        #expect(citation.documentNumber == "法释〔2022〕3号")
        #expect(EnforcementArticles.termination(1, item: 1).chineseShort == "《终本规定》第一条第（一）项")
        #expect(EnforcementArticles.cpl(236).chinese == "《中华人民共和国民事诉讼法》第二百三十六条")
        #expect(CalendarArticles.crimplCounting.chinese == "《中华人民共和国刑事诉讼法》第一百零五条第一款、第二款")
        #expect(EnforcementArticles.timeLimits(9, through: 11).chinese == "《最高人民法院关于人民法院办理执行案件若干期限的规定》第九条至第十一条")
        #expect(RefusalArticles.npcsc(item: 1).chinese == "《全国人民代表大会常务委员会关于〈中华人民共和国刑法〉第三百一十三条的解释》第（一）项")
        #expect(CreditArticles.opinions(17, item: 2).chinese == "《最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见》第17条第（二）项")
        #expect(CalendarArticles.holidayNotice(year: 2025).chinese == "《国务院办公厅关于2025年部分节假日安排的通知》")
        #expect(CalendarArticles.holidayNotice(year: 2025).documentNumber == "国办发明电〔2024〕12号")
        #expect(EnforcementArticles.lifecycle.chinese == "本系统流程规则")
        #expect(!EnforcementArticles.lifecycle.isLaw && EnforcementArticles.lifecycle.isCatalogued)
        #expect(CompensationArticles.humanFinding.chinese == "赔偿委员会认定")
    }

    @Test("English forms are exactly the strings printed before citations were values")
    func englishForms() throws {
        let rate = try LocalDate(iso: "2015-10-24")
        let expected: [(Citation, String)] = [
            (CalendarArticles.crimplCounting, "CrimPL 2018 Art.105 paras.1-2"),
            (CalendarArticles.holidayNotice, "State Council holiday notice"),
            (CalendarArticles.holidayNotice(year: 2031), "State Council holiday notice 2031"),
            (CalendarArticles.weeklyRestDays, "State Council Working Hours Provisions Art.7"),
            (EnforcementArticles.outlineItem13, "Outline 2019-2023 item 13"),
            (EnforcementArticles.timeLimits(9, through: 11), "Time Limits Provisions 2006 Art.9-11"),
            (EnforcementArticles.enforcementWork(16, item: 6), "Enforcement Work Provisions 2020 Art.16 item 6"),
            (CreditArticles.opinions(17, item: 2), "Good-Faith Enforcement Opinions 2019 No.17 item 2"),
            (CreditArticles.dishonest(10, para: 1, item: 4), "Dishonest List Provisions 2017 Art.10 para.1 item 4"),
            (CompensationArticles.benchmarkRate(rate), "PBOC deposit benchmark rate of 2015-10-24"),
            (CompensationArticles.dayCount, "PBOC Notice 银发〔2005〕129号"),
            (CompensationArticles.interest2016, "SPC Interpretation [2016] No.20 Art.15 para.1"),
            (RefusalArticles.npcsc(item: 5), "NPCSC Interpretation 2002 item 5"),
            (RefusalArticles.opinionsAsAWhole, "Opinions 2025"),
            (EnforcementArticles.seed003, "seed 003"),
            (EnforcementArticles.fundsManagement, "Funds Management Provisions 2017"),
        ]
        for (citation, text) in expected { #expect(citation.english == text) }
    }

    @Test("Every shape of every instrument prints back to itself through the parser")
    func parserRoundTrip() throws {
        let date = try LocalDate(iso: "2015-10-24")
        for id in InstrumentID.allCases {
            let shapes: [Citation] = [
                Citation(id), Citation(id, article: 85), Citation(id, article: 85, paragraph: 2),
                Citation(id, article: 105, paragraph: 1, paragraphThrough: 2), Citation(id, article: 9, through: 11),
                Citation(id, article: 10, paragraph: 1, item: 4), Citation(id, article: 2, item: 1), Citation(id, item: 3),
                Citation(id, year: 2025), Citation(id, date: date), Citation(id, item: 2, point: 17), Citation(id, point: 13),
            ]
            for citation in shapes {
                // A shape the instrument cannot take (a year on a statute) need not parse; every other one must.
                let parsed = Citation.parse(citation.english)
                if parsed == [citation] { continue }
                let plausible = (citation.year == nil || id == .holidayNotice) && (citation.date == nil || id == .depositBenchmarkRate)
                    && (citation.point == nil || id.instrument.englishPointPrefix != nil)
                    && !(citation.item != nil && citation.article == nil && citation.point == nil && id.instrument.englishPointPrefix == "item ")
                #expect(!plausible, "\(citation.english) parsed as \(parsed)")
            }
        }
    }

    @Test("Joined strings split on \"; \"; unknown text stays, uncatalogued")
    func parsingJoinedAndUnknown() {
        let parsed = Citation.parse("CPL 2023 Art.85 para.2; Civil Code Art.202")
        #expect(parsed == [CalendarArticles.cplCounting, CalendarArticles.civilCodeMonths])
        #expect(parsed.chinese == "《中华人民共和国民事诉讼法》第八十五条第二款；《中华人民共和国民法典》第二百零二条")
        let unknown = Citation.parse("Some Regulation 1999 Art.3")
        #expect(unknown == [Citation(uncatalogued: "Some Regulation 1999 Art.3")])
        #expect(unknown.english == "Some Regulation 1999 Art.3")
        #expect(Citation.parse("CPL 2023 Art.x").first?.isCatalogued == false)
        #expect(Citation.parse("") == [])
    }

    @Test("A second citation of the same instrument in a list uses its short title")
    func listFormatter() {
        let list = [EnforcementArticles.termination(1, item: 2), EnforcementArticles.termination(3, item: 1)]
        #expect(list.chinese == "《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条第（二）项；《终本规定》第三条第（一）项")
        #expect(list.english == "Termination Provisions 2016 Art.1 item 2; Termination Provisions 2016 Art.3 item 1")
    }

    @Test("Reason JSON: article (English), articleZh, citations (id, parts, texts; the instrument's own fields only in the catalogue); older shapes still decode")
    func reasonCoding() throws {
        let reason = Reason(citations: [EnforcementArticles.cpl(236), EnforcementArticles.erroneousEnforcementItem1],
                            message: LocalizedText(zh: "中文", en: "English"))
        let data = try JSONEncoder().encode(reason)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["article"] as? String == "CPL 2023 Art.236; Interpretation [2022] No.3 Art.2 item 1")
        #expect(object["articleZh"] as? String == reason.articleZh)
        let first = try #require((object["citations"] as? [[String: Any]])?.first)
        #expect(first["instrument"] as? String == "civilProcedureLaw2023")
        #expect(first["article"] as? Int == 236)
        #expect(Set(first.keys) == ["instrument", "article", "zh", "en"], "\(first.keys.sorted())")
        #expect(first["zh"] as? String == "《中华人民共和国民事诉讼法》第二百三十六条")
        #expect(first["en"] as? String == "CPL 2023 Art.236")
        #expect(try JSONDecoder().decode(Reason.self, from: data) == reason)

        // As written until 2026-12, with the instrument's fields in each citation.
        let withTitles = #"{"article":"CPL 2023 Art.236","articleZh":"x","citations":[{"instrument":"civilProcedureLaw2023","title":"《中华人民共和国民事诉讼法》","shortTitle":"《民事诉讼法》","documentNumber":null,"article":236,"isLaw":true,"zh":"…","en":"CPL 2023 Art.236"}],"message":{"zh":"甲","en":"A"}}"#
        #expect(try JSONDecoder().decode(Reason.self, from: Data(withTitles.utf8)).citations == [EnforcementArticles.cpl(236)])

        let old = #"{"article":"Termination Provisions 2016 Art.1 item 1; CPL 2023 Art.268","message":{"zh":"甲","en":"A"}}"#
        let decoded = try JSONDecoder().decode(Reason.self, from: Data(old.utf8))
        #expect(decoded.citations == [EnforcementArticles.termination(1, item: 1), EnforcementArticles.cpl(268)])
        #expect(decoded.article == "Termination Provisions 2016 Art.1 item 1; CPL 2023 Art.268")
        #expect(decoded.articleZh == "《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条第（一）项；《中华人民共和国民事诉讼法》第二百六十八条")

        let unknown = #"{"article":"Old Rule 7","message":{"zh":"乙","en":"B"}}"#
        #expect(try JSONDecoder().decode(Reason.self, from: Data(unknown.utf8)).citations == [Citation(uncatalogued: "Old Rule 7")])
    }

    @Test("The catalogue: titles in 《》, document numbers where known, unverified dates left nil")
    func catalogue() {
        for instrument in InstrumentID.catalogue where instrument.isLaw && instrument.id != .depositBenchmarkRate {
            #expect(instrument.title.hasPrefix("《") && instrument.title.hasSuffix("》"), "\(instrument.id)")
        }
        let compensation = InstrumentID.enforcementCompensationInterpretation2022.instrument
        #expect(compensation.adopted?.iso == "2021-12-20")
        #expect(compensation.inForce?.iso == "2022-03-01")
        #expect(InstrumentID.terminationProvisions2016.instrument.documentNumber == "法〔2016〕373号")
        #expect(InstrumentID.civilProcedureLaw2023.instrument.inForce == nil)
        #expect(Set(InstrumentID.catalogue.map(\.englishShort)).count == InstrumentID.allCases.count)
    }
}
