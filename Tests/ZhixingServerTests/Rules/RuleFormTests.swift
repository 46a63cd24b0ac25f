import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The judge's form of each rule set in the rules explorer (issue 9, item 7): filled with the worked example it
/// decides as the example's JSON does; a bad field comes back marked, named by its label, with everything kept.
final class RuleFormTests: AppTestCase {
    private let names = ["calendar", "compensation", "refusal", "credit", "enforcement"]

    /// The form's fields as the worked example fills them, as the page posts them.
    private func exampleFields(_ name: String) throws -> [String: String] {
        let form = try XCTUnwrap(RuleForm.named(name))
        return RuleFormValues.from(json: Data(RuleExamples.facts(for: name, in: app).utf8), form: form)
    }

    private func reasons(_ body: String) -> String {
        guard let start = body.range(of: "data-testid=\"reasons\">"), let end = body.range(of: "</ol>", range: start.upperBound..<body.endIndex) else {
            return ""
        }
        return String(body[start.upperBound..<end.lowerBound])
    }

    /// The element with `id` in the page (its opening tag).
    private func tag(_ id: String, in body: String) -> String {
        guard let at = body.range(of: "id=\"\(id)\""),
              let open = body.range(of: "<", options: .backwards, range: body.startIndex..<at.lowerBound),
              let close = body.range(of: ">", range: at.upperBound..<body.endIndex) else { return "" }
        return String(body[open.lowerBound..<close.upperBound])
    }

    func test_everyForm_filledWithTheWorkedExample_decidesExactlyAsItsJSON() async throws {
        let context = try await app.effects.calendars.ruleContext(on: app.db)
        for engine in RuleEngine.all {
            let form = try XCTUnwrap(RuleForm.named(engine.name), "\(engine.name) has a form")
            var builder = RuleFormFacts(values: try exampleFields(engine.name))
            let facts = builder.build(form)
            let problems = builder.problems.map { "\($0.id): \($0.problem)" }
            let built = try XCTUnwrap(facts, "\(engine.name): \(problems)")
            let fromForm = try engine.decide(json: try JSONFacts.encode(built), context: context)
            let fromJSON = try engine.decide(json: Data(RuleExamples.facts(for: engine.name, in: app).utf8), context: context)
            XCTAssertEqual(String(decoding: fromForm, as: UTF8.self), String(decoding: fromJSON, as: UTF8.self), engine.name)
        }
    }

    func test_everyFormPage_showsLabelledFields_inChineseAndEnglish_andTheJSONBox() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let labels = ["calendar": ("期间开始日", "First day of the period"), "compensation": ("赔偿请求人", "Claimant"),
                      "refusal": ("办理经过", "Events of the referral"), "credit": ("人民法院认定的失信情形", "Dishonest conduct found by the court"),
                      "enforcement": ("执行事件", "Events of the case")]
        for name in names {
            let page = try await web.get("/rules/\(name)")
            XCTAssertEqual(page.status, .ok, name)
            XCTAssertTrue(page.body.contains("data-testid=\"rule-form\""), name)
            XCTAssertTrue(page.body.contains(labels[name]?.0 ?? "?"), name)
            XCTAssertTrue(page.body.contains("开发者：以 JSON 填写事实"), name)
            XCTAssertTrue(page.body.contains("<textarea id=\"facts\""), "\(name): the JSON box stays")
            XCTAssertTrue(page.body.contains("data-testid=\"json-only\""), "\(name) says which facts are JSON-only")
            XCTAssertTrue(page.body.contains("type=\"date\""), "\(name) asks dates as dates")
            XCTAssertFalse(page.body.contains("rulesform_"), "\(name): every string is in the tables")
        }
        let enforcement = try await web.get("/rules/enforcement")
        XCTAssertTrue(enforcement.body.contains("<span class=\"unit\" id=\"amountApplied-unit\">元</span>"), "amounts in yuan")
        XCTAssertTrue(enforcement.body.contains("name=\"events-rows\""), "the events are rows")
        _ = try await web.get("/lang/en?next=%2Frules")
        for name in names {
            let page = try await web.get("/rules/\(name)")
            XCTAssertTrue(page.body.contains(labels[name]?.1 ?? "?"), name)
            XCTAssertTrue(page.body.contains("Developers: facts as JSON"), name)
        }
    }

    func test_everyForm_postedWithTheWorkedExample_showsTheSameReasonsAsItsJSON() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        for name in names {
            let page = try await web.get("/rules/\(name)")
            var fields = try exampleFields(name)
            fields["_csrf"] = page.csrf ?? ""
            let fromForm = try await web.post("/rules/\(name)", form: fields)
            XCTAssertEqual(fromForm.status, .ok, "\(name): \(fromForm.body.prefix(300))")
            let fromJSON = try await web.post("/rules/\(name)", form: ["_csrf": page.csrf ?? "", "facts": RuleExamples.facts(for: name, in: app)])
            XCTAssertEqual(fromJSON.status, .ok, name)
            XCTAssertFalse(reasons(fromForm.body).isEmpty, name)
            XCTAssertEqual(reasons(fromForm.body), reasons(fromJSON.body), name)
            XCTAssertTrue(fromForm.body.contains("data-testid=\"built-json\""), "\(name) shows the JSON it built")
            XCTAssertTrue(fromForm.body.contains("data-testid=\"rule-form\""), "\(name): the form again")
        }
    }

    /// One bad field per case: (rule set, field id, value typed, label in Chinese, label in English).
    private let badFields: [(String, String, String, String, String)] = [
        ("calendar", "start", "2025-02-30", "期间开始日（送达日、立案日等）：应为有效日期", "First day of the period (service, filing, …): must be a real date"),
        ("calendar", "period-count", "seven", "期间长度：应为不小于 0 的整数", "Length of the period: must be a whole number"),
        ("enforcement", "amountApplied", "-5", "申请执行金额：金额不能为负", "the amount cannot be negative"),
        ("enforcement", "events-0-date", "2025/03/03x", "第1项事件的日期：应为有效日期", "Event 1, date: must be a real date"),
        ("enforcement", "basis-issuingBody", "", "：此项必填", "this field is required"),
        ("refusal", "asOf", "", "判断基准日：此项必填", "As of: this field is required"),
        ("credit", "enforcement-amountDue", "三十五万", "应履行金额：应为以元为单位的金额", "Amount due: must be an amount in yuan"),
        ("credit", "debtor-name", " ", "：此项必填", "this field is required"),
        ("compensation", "acts-0-losses-0-marketPriceAtAct", "38万x", "第1项执行行为的第1项损失的侵权行为发生时的市场价格：应为以元为单位的金额",
         "Act 1, loss 1, market price at the time of the act: must be an amount in yuan"),
        ("compensation", "claim-filedOn", "yesterday", "赔偿申请日期：应为有效日期", "Date the claim was filed: must be a real date"),
    ]

    func test_aBadField_comesBack400_kept_marked_andNamedByItsLabel() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        for english in [false, true] {
            if english { _ = try await web.get("/lang/en?next=%2Frules") }
            for (name, id, typed, zh, en) in badFields {
                let page = try await web.get("/rules/\(name)")
                var fields = try exampleFields(name)
                fields[id] = typed
                fields["_csrf"] = page.csrf ?? ""
                let bad = try await web.post("/rules/\(name)", form: fields)
                XCTAssertEqual(bad.status, .badRequest, "\(name) \(id)")
                let input = tag(id, in: bad.body)
                XCTAssertTrue(input.contains("aria-invalid=\"true\""), "\(name) \(id) marked: \(input)")
                XCTAssertTrue(input.contains("\(id)-error"), "\(name) \(id): the message is linked")
                if !typed.trimmingCharacters(in: .whitespaces).isEmpty {
                    XCTAssertTrue(input.contains("value=\"\(typed)\""), "\(name) \(id) keeps what was typed: \(input)")
                }
                XCTAssertTrue(bad.body.contains(english ? en : zh), "\(name) \(id): \(english ? en : zh)")
                XCTAssertTrue(bad.body.contains("href=\"#\(id)\""), "\(name) \(id): the summary links to the field")
                XCTAssertFalse(bad.body.contains("data-testid=\"reasons\""), "\(name) \(id): no decision")
                // Everything else kept: another field of the example is still there as typed.
                let isDate = { (text: String) in text.count == 10 && text.filter({ $0 == "-" }).count == 2 && text.hasPrefix("20") }
                if let other = fields.sorted(by: { $0.key < $1.key }).first(where: { $0.key != id && isDate($0.value) }) {
                    XCTAssertTrue(tag(other.key, in: bad.body).contains(other.value), "\(name): \(other.key) kept")
                }
            }
        }
    }

    func test_aFieldErrorOfTheCore_pointsBackAtTheField_byItsLabel_neverItsPath() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let page = try await web.get("/rules/calendar")
        var fields = try exampleFields("calendar")
        fields["period-count"] = "0"  // the core refuses a period of no days (`Period.validated`, field period.count)
        fields["_csrf"] = page.csrf ?? ""
        let bad = try await web.post("/rules/calendar", form: fields)
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertTrue(tag("period-count", in: bad.body).contains("aria-invalid=\"true\""))
        XCTAssertTrue(bad.body.contains("期间长度"))
        XCTAssertFalse(bad.body.contains("period.count"), "no JSON path on the page")
    }

    func test_addRow_showsOneMoreRow_andKeepsEverything_withoutJavaScript() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let page = try await web.get("/rules/enforcement")
        var fields = try exampleFields("enforcement")
        let rows = Int(fields["events-rows"] ?? "") ?? 0
        XCTAssertFalse(page.body.contains("id=\"events-\(rows)-kind\""))
        fields["add"] = "events"
        fields["events-0-note"] = "改过的备注"
        fields["_csrf"] = page.csrf ?? ""
        let added = try await web.post("/rules/enforcement", form: fields)
        XCTAssertEqual(added.status, .ok)
        XCTAssertTrue(added.body.contains("id=\"events-\(rows)-kind\""), "one more row")
        XCTAssertTrue(added.body.contains("改过的备注"), "what was typed is kept")
        XCTAssertTrue(added.body.contains("value=\"\(rows + 1)\""))
        XCTAssertTrue(added.body.contains("formnovalidate"))
    }

    func test_blankRows_areSkipped_andTheJSONBoxStillDecides() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let page = try await web.get("/rules/refusal")
        var fields = try exampleFields("refusal")
        fields["events-rows"] = String((Int(fields["events-rows"] ?? "") ?? 0) + 2)
        fields["_csrf"] = page.csrf ?? ""
        let decided = try await web.post("/rules/refusal", form: fields)
        XCTAssertEqual(decided.status, .ok, String(decided.body.prefix(400)))
        let json = try await web.post("/rules/refusal", form: ["_csrf": page.csrf ?? "", "facts": "{"])
        XCTAssertEqual(json.status, .badRequest)
        XCTAssertTrue(json.body.contains("data-testid=\"rule-error\""))
        XCTAssertTrue(json.body.contains("data-testid=\"json-box\" open") || json.body.contains("open data-testid=\"json-box\""),
                      "the JSON box opens on its own error")
    }
}
