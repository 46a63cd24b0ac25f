import Foundation
import Testing
@testable import ZhixingCore

/// Every rule set's worked example (`Resources/RuleExamples/<name>.json`): every reason and warning of every
/// decision cites at least one catalogued instrument, and its Chinese citation is Chinese (no "Art.", no English
/// name, no internal key).
@Suite("Citations: the worked examples")
struct CitationCoverageTests {
    private func decision(_ engine: RuleEngine) throws -> Any {
        let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        let file = here.appendingPathComponent("../../../Resources/RuleExamples/\(engine.name).json").standardizedFileURL
        let context = RuleContext(calendar: StatutoryCalendar(schedule: try HolidaySchedule.bundled()))
        let data = try engine.decide(json: try Data(contentsOf: file), context: context)
        return try JSONSerialization.jsonObject(with: data)
    }

    /// Every object that carries an English `article` next to its citations: reasons, deadlines, conditions.
    private func citedObjects(in value: Any, path: String = "") -> [(path: String, object: [String: Any])] {
        if let dictionary = value as? [String: Any] {
            let here: [(String, [String: Any])] = dictionary["article"] is String ? [(path, dictionary)] : []
            return here + dictionary.sorted { $0.key < $1.key }.flatMap { citedObjects(in: $0.value, path: path + "." + $0.key) }
        }
        if let array = value as? [Any] {
            return array.enumerated().flatMap { citedObjects(in: $0.element, path: "\(path)[\($0.offset)]") }
        }
        return []
    }

    private static let asciiLetters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    @Test("Every reason and warning cites a catalogued instrument, in Chinese without ASCII letters",
          arguments: RuleEngine.all.map(\.name))
    func everyCitationIsCataloguedAndChinese(_ name: String) throws {
        let engine = try #require(RuleEngine.named(name))
        let cited = citedObjects(in: try decision(engine))
        #expect(cited.count > 3, "\(name): too few reasons to mean anything")
        for (path, object) in cited {
            let citations = try #require(object["citations"] as? [[String: Any]], "\(name)\(path): no citations")
            let catalogued = citations.contains { $0["instrument"] is String }
            #expect(catalogued, "\(name)\(path): no catalogued citation")
            let zh = try #require(object["articleZh"] as? String, "\(name)\(path): no articleZh")
            #expect(!zh.isEmpty, "\(name)\(path)")
            #expect(zh.rangeOfCharacter(from: Self.asciiLetters) == nil, "\(name)\(path): \(zh)")
            for citation in citations {
                let text = citation["zh"] as? String ?? ""
                #expect(text.rangeOfCharacter(from: Self.asciiLetters) == nil, "\(name)\(path): \(text)")
            }
        }
    }

    @Test("No internal key (art1_item2_…, camelCase) reaches a Chinese message", arguments: RuleEngine.all.map(\.name))
    func noInternalKeysInChineseMessages(_ name: String) throws {
        let engine = try #require(RuleEngine.named(name))
        let key = try NSRegularExpression(pattern: "[a-z][a-z0-9]*_[A-Za-z0-9_]+|[a-z]+[A-Z][a-zA-Z]+")
        func visit(_ value: Any, _ path: String) {
            if let dictionary = value as? [String: Any] {
                if let zh = dictionary["zh"] as? String, dictionary["en"] is String {
                    let found = key.firstMatch(in: zh, range: NSRange(zh.startIndex..., in: zh))
                    #expect(found == nil, "\(name)\(path): \(zh)")
                }
                for (k, v) in dictionary { visit(v, path + "." + k) }
            } else if let array = value as? [Any] {
                for (i, v) in array.enumerated() { visit(v, "\(path)[\(i)]") }
            }
        }
        visit(try decision(engine), "")
    }

    @Test("Every citation the examples print in English parses back to the same citation",
          arguments: RuleEngine.all.map(\.name))
    func everyPrintedCitationParses(_ name: String) throws {
        let engine = try #require(RuleEngine.named(name))
        for (path, object) in citedObjects(in: try decision(engine)) {
            let article = try #require(object["article"] as? String)
            let parsed = Citation.parse(article)
            let allCatalogued = parsed.allSatisfy(\.isCatalogued)
            #expect(allCatalogued, "\(name)\(path): \(article)")
            #expect(parsed.english == article, "\(name)\(path)")
            let zh = object["articleZh"] as? String
            #expect(parsed.chinese == zh, "\(name)\(path)")
        }
    }
}
