import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Issue 8 part 4, "done when": every page of demo cases, their documents, the party portal and the
/// rules explorer, rendered in Chinese, shows no English citation and no internal key or field path.
final class ChineseTextTests: AppTestCase {
    static let englishCitation = try! NSRegularExpression(
        pattern: #"\b(Art\.|para\.|item \d|Provisions \d{4}|Interpretation \[|Interpretation \d{4}|Opinions \d{4}|CPL \d{4}|CrimPL|Civil Code|State Council|Zhixing lifecycle)"#)
    static let internalKey = try! NSRegularExpression(
        pattern: #"\b(art\d+_item\d+\w*|findings\.\w+|[a-z]+_[a-z]+_[a-z0-9_]+|[a-z]+[A-Z]\w*\.[a-z]+[A-Za-z]*|[a-z]+\[\d+\]\.\w+)\b"#)

    /// The prose a reader sees: the body without tags, scripts, styles or attribute values, and without
    /// data shown as data (the facts a user typed in a `<textarea>`, a decision's JSON in a `<pre>`).
    static func visibleText(_ html: String) -> String {
        var text = html
        for pattern in [#"(?s)<(script|style|textarea|pre)\b.*?</\1>"#, #"(?s)<[^>]+>"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text.replacingOccurrences(of: "&amp;", with: "&")
    }

    static func problems(in html: String, _ label: String) -> [String] {
        let text = visibleText(html)
        var found: [String] = []
        for (regex, what) in [(englishCitation, "English citation"), (internalKey, "internal key")] {
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).prefix(3) {
                guard let range = Range(match.range, in: text) else { continue }
                let from = text.index(range.lowerBound, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex
                let to = text.index(range.upperBound, offsetBy: 20, limitedBy: text.endIndex) ?? text.endIndex
                found.append("\(label): \(what) “\(text[range])” in “\(text[from..<to])”")
            }
        }
        return found
    }

    func test_everyChinesePage_ofDemoCases_documents_portal_andRules_citesInChinese() async throws {
        _ = try await DemoCases.seed(count: 60, on: app)
        let web = WebSession(app: app)
        try await web.logIn("judge")
        var problems: [String] = []
        var casePaths: [String] = []
        for status in ["", "?status=active", "?status=closed", "?status=suspended", "?overdue=true"] {
            let list = try await web.get("/cases" + status)
            XCTAssertEqual(list.status, .ok)
            problems += Self.problems(in: list.body, "/cases\(status)")
            let regex = try NSRegularExpression(pattern: #"href="(/cases/[0-9A-Fa-f-]{36})""#)
            for match in regex.matches(in: list.body, range: NSRange(list.body.startIndex..., in: list.body)) {
                if let range = Range(match.range(at: 1), in: list.body) { casePaths.append(String(list.body[range])) }
            }
        }
        casePaths = Array(Set(casePaths)).sorted()
        XCTAssertGreaterThan(casePaths.count, 10)
        var documentsIssued = 0
        for path in casePaths {
            let page = try await web.get(path)
            XCTAssertEqual(page.status, .ok, path)
            problems += Self.problems(in: page.body, path)
            // Each document the case may have, issued and read back.
            for kind in ["enforcementNotice", "propertyReportOrder", "terminationRuling"] where documentsIssued < 12 {
                let issued = try await web.post(path + "/documents", form: ["_csrf": page.csrf ?? "", "kind": kind])
                guard issued.status == .seeOther, let location = issued.location else { continue }
                let document = try await web.get(location)
                XCTAssertEqual(document.status, .ok)
                problems += Self.problems(in: document.body, location)
                XCTAssertTrue(document.body.contains("〇") || document.body.contains("二"), "a court-style date in \(location)")
                documentsIssued += 1
            }
        }
        XCTAssertGreaterThan(documentsIssued, 3)

        // The rules explorer, each rule set deciding its worked example.
        for name in ["calendar", "compensation", "refusal", "credit", "enforcement"] {
            let form = try await web.get("/rules/\(name)")
            XCTAssertEqual(form.status, .ok)
            let facts = RuleExamples.facts(for: name, in: app)
            let decided = try await web.post("/rules/\(name)", form: ["_csrf": form.csrf ?? "", "facts": facts])
            XCTAssertEqual(decided.status, .ok, name)
            problems += Self.problems(in: decided.body, "/rules/\(name)")
            // The judge's form, posted as the worked example fills it, and with a bad date.
            if let ruleForm = RuleForm.named(name) {
                var fields = RuleFormValues.from(json: Data(facts.utf8), form: ruleForm)
                fields["_csrf"] = form.csrf ?? ""
                let fromForm = try await web.post("/rules/\(name)", form: fields)
                XCTAssertEqual(fromForm.status, .ok, name)
                problems += Self.problems(in: fromForm.body, "/rules/\(name) (form)")
                fields["asOf"] = "2025-02-30"
                fields["start"] = "2025-02-30"
                let bad = try await web.post("/rules/\(name)", form: fields)
                XCTAssertEqual(bad.status, .badRequest, name)
                problems += Self.problems(in: bad.body, "/rules/\(name) (form, bad date)")
            }
        }

        // A whole-case entrustment (the demo's): the owner's case with it, the entrusted court's inbox, and the
        // case that court files from it, with a document in its name.
        let entrusted = try await DemoEntrustments.seed(on: app)
        XCTAssertTrue(entrusted, "the demo entrusts one case")
        let pudong = WebSession(app: app)
        try await pudong.logIn("judge.pudong")
        let inbox = try await pudong.get("/entrustments")
        XCTAssertEqual(inbox.status, .ok)
        XCTAssertTrue(inbox.body.contains(DemoEntrustments.fromCourt), "the inbox lists the demo entrustment")
        problems += Self.problems(in: inbox.body, "/entrustments")
        let sent = try await CaseEntrustment.query(on: app.db).first()
        let entrustment = try XCTUnwrap(sent)
        let ownerPage = try await web.get("/cases/\(entrustment.$enforcementCase.id)")
        XCTAssertTrue(ownerPage.body.contains("data-testid=\"entrustment\""), "the owner's case shows what it entrusted")
        problems += Self.problems(in: ownerPage.body, "owner's entrusted case")
        let filedHere = try await pudong.post("/entrustments/\(try entrustment.requireID())/accept", form: ["_csrf": inbox.csrf ?? ""])
        XCTAssertEqual(filedHere.status, .seeOther, filedHere.body)
        if let location = filedHere.location {
            let own = try await pudong.get(location)
            XCTAssertEqual(own.status, .ok)
            problems += Self.problems(in: own.body, "entrusted court's own case")
            let notice = try await pudong.post(location + "/documents", form: ["_csrf": own.csrf ?? "", "kind": "enforcementNotice"])
            if let at = notice.location { problems += Self.problems(in: try await pudong.get(at).body, "entrusted court's notice") }
        }
        let closedOwner = try await web.get("/cases/\(entrustment.$enforcementCase.id)")
        problems += Self.problems(in: closedOwner.body, "owner's case closed as entrusted")
        // The audit log records the entrustment's findings with their articles, in Chinese.
        let admin = WebSession(app: app)
        try await admin.logIn("admin")
        let audit = try await admin.get("/admin/audit")
        XCTAssertEqual(audit.status, .ok)
        XCTAssertTrue(audit.body.contains("委托"), "the audit log shows the entrustment")
        problems += Self.problems(in: audit.body, "/admin/audit")

        // The party portal, as the applicant of a demo case.
        let someRow = try await EnforcementCase.query(on: app.db).filter(\.$caseNumber ~~ "京0105").first()
        let row = try XCTUnwrap(someRow)
        let someParty = try await CaseParty.query(on: app.db).filter(\.$enforcementCase.$id == row.requireID())
            .filter(\.$role == "applicant").first()
        let party = try XCTUnwrap(someParty)
        let visitor = WebSession(app: app)
        let portal = try await visitor.get("/portal")
        let result = try await visitor.post("/portal", form: ["_csrf": portal.csrf ?? "", "caseNumber": row.caseNumber,
                                                              "identity": party.identityNumber ?? party.creditCode ?? "", "code": DemoCases.accessCode])
        XCTAssertEqual(result.status, .ok)
        XCTAssertTrue(result.body.contains("portal-result"))
        problems += Self.problems(in: result.body, "/portal")

        XCTAssertEqual(problems, [], problems.prefix(20).joined(separator: "\n"))
    }

    func test_theCheck_findsWhatItLooksFor() {
        XCTAssertFalse(Self.problems(in: "<p>Termination Provisions 2016 Art.1 item 1</p>", "probe").isEmpty)
        XCTAssertFalse(Self.problems(in: "<li>尚缺：art2_item3_reportSanctions</li>", "probe").isEmpty)
        XCTAssertFalse(Self.problems(in: "<li>请核实（findings.terminationConfirmed）</li>", "probe").isEmpty)
        XCTAssertFalse(Self.problems(in: "<li>applicants[0].identityNumber 无效</li>", "probe").isEmpty)
        XCTAssertEqual(Self.problems(in: #"<a href="/cases/x" class="case_status_active">《终本规定》第一条第（一）项</a>"#, "probe"), [])
    }
}
