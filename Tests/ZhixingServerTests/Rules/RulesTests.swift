import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The rule sets through the CLI, the API and the rules explorer (issue #3, "How it is used").
final class RulesTests: AppTestCase {
    private func post(_ name: String, _ json: String, token: String) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.internalServerError, "")
        try await app.test(.POST, "/api/v1/rules/\(name)", headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                           body: ByteBuffer(string: json), afterResponse: { res async in result = (res.status, res.body.string) })
        return result
    }

    func test_api_calendar_nationalDay2025_extendsTheDeadline() async throws {
        let token = try await token("judge")
        // CPL 2023 Art.85: served 2025-09-26, 7 days end on 2025-10-03, inside the National Day holiday
        // (2025-10-01 to 10-08, 国办发明电〔2024〕12号), so the period ends on 2025-10-09.
        let (status, body) = try await post("calendar", #"{"start":"2025-09-26","period":{"unit":"days","count":7}}"#, token: token)
        XCTAssertEqual(status, .ok, body)
        XCTAssertTrue(body.contains("\"dueDate\" : \"2025-10-09\""), body)
        XCTAssertTrue(body.contains("CPL 2023 Art.85"))
    }

    func test_api_badFacts_name_theField() async throws {
        let token = try await token("judge")
        let (status, body) = try await post("calendar", #"{"start":"2025-13-01","period":{"unit":"days","count":7}}"#, token: token)
        XCTAssertEqual(status, .badRequest)
        XCTAssertTrue(body.contains("\"field\":\"start\""), body)
        let (missing, missingBody) = try await post("calendar", #"{"start":"2025-01-01"}"#, token: token)
        XCTAssertEqual(missing, .badRequest)
        XCTAssertTrue(missingBody.contains("\"field\":\"period\""), missingBody)
    }

    func test_api_unknownRuleSet_is404() async throws {
        let token = try await token("judge")
        let (status, _) = try await post("astrology", "{}", token: token)
        XCTAssertEqual(status, .notFound)
    }

    func test_cli_printsTheDecision_andExits2OnBadInput() throws {
        let ok = RulesCommand.run(["calendar", "--input", "-"], readStdin: {
            Data(#"{"start":"2025-01-24","period":{"unit":"workingDays","count":3}}"#.utf8)
        })
        XCTAssertEqual(ok.code, 0, ok.stderr)
        XCTAssertTrue(ok.stdout.contains("\"dueDate\""))
        let bad = RulesCommand.run(["calendar", "--input", "-"], readStdin: { Data(#"{"start":"x","period":{"unit":"days","count":1}}"#.utf8) })
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.stdout.contains("\"field\" : \"start\""), bad.stdout)
        let unknown = RulesCommand.run(["astrology", "--input", "-"], readStdin: { Data() })
        XCTAssertEqual(unknown.code, 2)
    }

    func test_everyRuleSet_decidesItsShippedExample() async throws {
        let context = try await app.effects.calendars.ruleContext(on: app.db)
        for engine in RuleEngine.all {
            let example = RuleExamples.facts(for: engine.name, in: app)
            XCTAssertNotEqual(example, "{}", "\(engine.name) has no worked example in Resources/RuleExamples")
            let decision = try engine.decide(json: Data(example.utf8), context: context)
            XCTAssertTrue(String(decoding: decision, as: UTF8.self).contains("\"article\""), "\(engine.name): no reasons")
        }
    }

    func test_explorer_showsReasons_inTheChosenLanguage() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let form = try await web.get("/rules/calendar")
        XCTAssertEqual(form.status, .ok)
        XCTAssertTrue(form.body.contains("2025-09-26"), "the worked example is filled in")
        let decided = try await web.post("/rules/calendar", form: ["_csrf": form.csrf ?? "", "facts": #"{"start":"2025-09-26","period":{"unit":"days","count":7}}"#])
        XCTAssertEqual(decided.status, .ok)
        XCTAssertTrue(decided.body.contains("CPL 2023 Art.85"))
        XCTAssertTrue(decided.body.contains("期间开始的日不计算在期间内"))
        _ = try await web.get("/lang/en?next=%2Frules")
        let english = try await web.post("/rules/calendar", form: ["_csrf": form.csrf ?? "", "facts": #"{"start":"2025-09-26","period":{"unit":"days","count":7}}"#])
        XCTAssertTrue(english.body.contains("The day on which the period begins is not counted"))
        let bad = try await web.post("/rules/calendar", form: ["_csrf": form.csrf ?? "", "facts": "{"])
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertTrue(bad.body.contains("data-testid=\"rule-error\""))
    }
}
