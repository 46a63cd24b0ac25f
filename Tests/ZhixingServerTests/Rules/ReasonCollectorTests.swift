import Foundation
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The case page's folded reasons come from the assessment itself (`DecisionView(reasonsOf:)`), not from its JSON
/// read back (`DecisionView(json:)`, which the rules explorer still uses): both must find the same reasons, each once,
/// with the same warnings marked — for demo cases at every stage, and for each rule set's worked example.
final class ReasonCollectorTests: AppTestCase {
    private struct Shown: Hashable, CustomStringConvertible {
        let article: String
        let message: String
        let isWarning: Bool
        var description: String { (isWarning ? "⚠ " : "") + article + " " + message }
    }

    private func shown(_ view: DecisionView) -> Set<Shown> {
        Set(view.reasons.map { Shown(article: $0.article, message: $0.message, isWarning: $0.isWarning) })
    }

    private func assertSameReasons(_ decision: some Encodable, _ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let json = try JSONEncoder().encode(decision)
        for language in ["zh-CN", "en"] {
            let walked = DecisionView(json: json, language: language)
            let collected = DecisionView(reasonsOf: decision, language: language)
            XCTAssertFalse(collected.reasons.isEmpty, "\(label): no reasons", file: file, line: line)
            XCTAssertEqual(collected.reasons.count, walked.reasons.count, "\(label) \(language): each reason once", file: file, line: line)
            XCTAssertEqual(shown(collected), shown(walked), "\(label) \(language)", file: file, line: line)
        }
    }

    func test_demoCases_atEveryStage_showTheReasonsTheirJSONHolds() async throws {
        try await DemoCases.seed(count: 80, on: app, batchSize: 80) { _ in }
        let judgeID = try await userID("command.spc")
        let loaded = try await CurrentUser.load(userID: judgeID, on: app.db)
        let judge = try XCTUnwrap(loaded)
        let cases = try await EnforcementCase.query(on: app.db).all()
        XCTAssertGreaterThanOrEqual(cases.count, 80)
        var statuses = Set<CaseStatus>(), warned = 0
        for row in cases {
            let id = try row.requireID()
            let detail = try await CaseDetail.load(id, as: judge, effects: app.effects, on: app.db)
            statuses.insert(detail.assessment.status)
            try assertSameReasons(detail.assessment, "case \(row.caseNumber)")
            if DecisionView(reasonsOf: detail.assessment, language: "en").reasons.contains(where: \.isWarning) { warned += 1 }
        }
        // The sample reaches every status, and warnings (which the page marks) are among what is compared.
        XCTAssertEqual(statuses, Set(CaseStatus.allCases), "statuses reached: \(statuses)")
        XCTAssertGreaterThan(warned, 0)
    }

    func test_aReasonGivenAsAWarning_isMarkedAsOne_andCitationsAreNotReasons() throws {
        struct Decision: Encodable {
            let reasons: [Reason]
            let warning: Reason
            let nested: [String: [Reason]]
            let citations: [Citation]
        }
        let cited = Reason(citation: EnforcementArticles.cpl(264), message: .init(zh: "迟延履行", en: "Delay"))
        let warned = Reason(citation: EnforcementArticles.cplInterpretation(485, para: 2), message: .init(zh: "续行", en: "Renew"))
        let decision = Decision(reasons: [cited, cited], warning: warned, nested: ["filingWarnings": [cited]],
                                citations: [EnforcementArticles.cpl(264)])
        let view = DecisionView(reasonsOf: decision, language: "en")
        XCTAssertEqual(view.reasons.map(\.message), ["Delay", "Renew"], "each reason once, in order met")
        XCTAssertEqual(view.reasons.map(\.isWarning), [true, true], "Delay is given as a filing warning too")
        XCTAssertEqual(view.reasons.first?.article, "CPL 2023 Art.264")
        XCTAssertEqual(DecisionView(reasonsOf: decision, language: "zh-CN").reasons.first?.article, "《中华人民共和国民事诉讼法》第二百六十四条")
        try assertSameReasons(decision, "hand-made")
    }
}
