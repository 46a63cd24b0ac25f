import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The case page summarises, and its next steps fit (issue 9, items 3 and 5): the freeze form's institution,
/// account and sum stored and shown, expiries in the measures panel and the deadline table, the one
/// confirmation of closing and lifting with the law's warnings, the API's warnings, another court's case.
/// The test clock reads 2026-11-18.
final class CasePageTests: AppTestCase {
    private func fileCase(_ token: String) async throws -> UUID {
        let (status, json) = try await post("/api/v1/cases", CaseTests.filing(), token: token)
        XCTAssertEqual(status, .created, json)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try XCTUnwrap(UUID(uuidString: object["id"] as? String ?? ""))
    }

    private func version(_ id: UUID) async throws -> Int {
        try await EnforcementCase.find(id, on: app.db)?.version ?? 0
    }

    private func record(_ id: UUID, _ body: [String: Any], token: String) async throws -> (HTTPStatus, String) {
        var body = body
        body["version"] = try await version(id)
        return try await post("/api/v1/cases/\(id)/events", body, token: token)
    }

    private func eventCount(_ id: UUID) async throws -> Int {
        try await CaseEvent.query(on: app.db).filter(\.$enforcementCase.$id == id).count()
    }

    private func auditCount() async throws -> Int {
        try await AuditEvent.query(on: app.db).count()
    }

    /// A case of 京0105 with its handler and notice; 120,000 yuan applied for.
    private func openCase() async throws -> (id: UUID, token: String) {
        let token = try await token("clerk")
        let id = try await fileCase(token)
        for (kind, date) in [("handlerAssigned", "2026-11-03"), ("enforcementNoticeServed", "2026-11-04"), ("propertyReportOrderServed", "2026-11-04")] {
            let (status, json) = try await record(id, ["kind": kind, "date": date], token: token)
            XCTAssertEqual(status, .created, json)
        }
        return (id, token)
    }

    private let freeze: [String: Any] = ["id": "F1", "kind": "freeze", "asset": "bankDeposit", "rank": "first", "startsOn": "2026-11-05", "termMonths": 12]

    /// The section of `body` from `testid` to the end of its table.
    private func section(_ body: String, _ testid: String) -> String {
        guard let start = body.range(of: "data-testid=\"\(testid)\"") else { return "" }
        let rest = body[start.upperBound...]
        return String(rest[..<(rest.range(of: "</table>")?.lowerBound ?? rest.endIndex)])
    }

    func test_freezeFromTheCasePage_storesInstitutionAccountAndSum_andItsExpiryShowsInThePanelAndTheDeadlines() async throws {
        let (id, _) = try await openCase()
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get(Paths.enforcementCase(id))
        XCTAssertEqual(page.status, .ok)
        // Defaults: today in Beijing time, and the likely next step (not one done): the property inquiry.
        XCTAssertTrue(page.body.contains(#"name="date" type="date" value="2026-11-18""#), "the date defaults to today")
        XCTAssertTrue(page.body.contains(#"<option value="propertyInquiry" selected>"#), "the likely next step is preselected")
        XCTAssertFalse(page.body.contains(#"<option value="enforcementNoticeServed" selected>"#))
        let posted = try await web.post(Paths.caseEvents(id), form: [
            "_csrf": page.csrf ?? "", "version": String(try await version(id)), "kind": "measureTaken", "date": "2026-11-18",
            "measureID": "F1", "measureKind": "freeze", "measureAsset": "bankDeposit", "measureRank": "first", "measureTermMonths": "12",
            "measureInstitution": "中国工商银行北京朝阳支行", "measureAccount": "6222020200112233445", "measureAmount": "60000"])
        XCTAssertEqual(posted.status, .seeOther, posted.body)
        let stored = try await CaseEvent.query(on: app.db).filter(\.$enforcementCase.$id == id).filter(\.$kind == "measureTaken").first()
        let measure = try XCTUnwrap(try stored.flatMap { try CaseFacts.event($0).measure })
        XCTAssertEqual(measure.institution, "中国工商银行北京朝阳支行")
        XCTAssertEqual(measure.account, "6222020200112233445")
        XCTAssertEqual(measure.amount, try Money(parsing: "60000"))
        let after = try await web.get(Paths.enforcementCase(id))
        let panel = section(after.body, "measures")
        XCTAssertTrue(panel.contains("中国工商银行北京朝阳支行"), panel)
        XCTAssertTrue(panel.contains("6222020200112233445"))
        XCTAssertTrue(panel.contains("¥60,000.00"))
        // CPL Interpretation 2022 Art.485 para.1: a deposit frozen 12 months from 2026-11-18 ends on 2027-11-18.
        XCTAssertTrue(panel.contains("2027年11月18日"), panel)
        XCTAssertTrue(section(after.body, "deadlines").contains("2027年11月18日"), "the expiry is in the deadline table")
        XCTAssertTrue(panel.contains("data-testid=\"lift-F1\""), "a lift action for the measure in force")
        // The API's case detail carries the same fields.
        let (_, json) = try await get("/api/v1/cases/\(id)", token: try await token("clerk"))
        XCTAssertTrue(json.contains("\"institution\":\"中国工商银行北京朝阳支行\""), String(json.prefix(300)))
    }

    func test_closing_withMoneyInTheCaseAccountAndAMeasureInForce_warnsWithTheArticles_andRecordsOnlyAfterTheOneConfirmation() async throws {
        let (id, token) = try await openCase()
        for body: [String: Any] in [
            ["kind": "measureTaken", "date": "2026-11-05", "measure": freeze],
            ["kind": "paymentReceived", "date": "2026-11-09", "amount": "120000.00"],
            ["kind": "paymentDisbursed", "date": "2026-11-10", "amount": "100000.00"],
        ] {
            let (status, json) = try await record(id, body, token: token)
            XCTAssertEqual(status, .created, json)
        }
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get(Paths.enforcementCase(id))
        XCTAssertTrue(page.body.contains("¥20,000.00"), "the case account holds 20,000")
        let events = try await eventCount(id)
        let audits = try await auditCount()
        let form = ["_csrf": page.csrf ?? "", "version": String(try await version(id)), "kind": "closedFullyPerformed", "date": "2026-11-18"]
        let asked = try await web.post(Paths.caseEvents(id), form: form)
        XCTAssertEqual(asked.status, .ok, asked.body)
        XCTAssertTrue(asked.body.contains("data-testid=\"confirmation\""))
        XCTAssertTrue(asked.body.contains("《最高人民法院关于执行款物管理工作的规定》"), "the funds article, in Chinese")
        XCTAssertTrue(asked.body.contains("尚有 ¥20,000.00 未发放"))
        XCTAssertTrue(asked.body.contains("第二十八条"), "Sealing Provisions 2020 Art.28: measures in force are lifted")
        XCTAssertTrue(asked.body.contains(#"name="confirmed" value="1""#))
        let count = try await eventCount(id)
        let auditsAfterAsking = try await auditCount()
        XCTAssertEqual(count, events, "nothing is written before the confirmation")
        XCTAssertEqual(auditsAfterAsking, audits)
        var confirm = form
        confirm["_csrf"] = asked.csrf ?? ""
        confirm["confirmed"] = "1"
        let done = try await web.post(Paths.caseEvents(id), form: confirm)
        XCTAssertEqual(done.status, .seeOther, done.body)
        let row = try await EnforcementCase.find(id, on: app.db)
        XCTAssertEqual(row?.closure, "fullyPerformed")
        let closedAudit = try await AuditEvent.query(on: app.db).filter(\.$action == "case.closedFullyPerformed").count()
        XCTAssertEqual(closedAudit, 1)
    }

    func test_lift_fromTheMeasuresPanel_confirmsOnce_thenLifts() async throws {
        let (id, token) = try await openCase()
        let (status, json) = try await record(id, ["kind": "measureTaken", "date": "2026-11-05", "measure": freeze], token: token)
        XCTAssertEqual(status, .created, json)
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get(Paths.enforcementCase(id))
        let form = ["_csrf": page.csrf ?? "", "version": String(try await version(id)), "kind": "measureLifted", "date": "2026-11-18",
                    "measureID": "F1", "measureKind": "freeze", "measureAsset": "bankDeposit", "measureRank": "first"]
        let asked = try await web.post(Paths.caseEvents(id), form: form)
        XCTAssertEqual(asked.status, .ok)
        XCTAssertTrue(asked.body.contains("data-testid=\"confirm-action\""))
        XCTAssertTrue(asked.body.contains("第二十六条"), "Sealing Provisions 2020 Art.26 para.1: the waiting list moves up")
        let notYet = try await eventCount(id)
        XCTAssertEqual(notYet, 4 + 1)
        var confirm = form
        confirm["confirmed"] = "1"
        let done = try await web.post(Paths.caseEvents(id), form: confirm)
        XCTAssertEqual(done.status, .seeOther, done.body)
        let after = try await web.get(Paths.enforcementCase(id))
        XCTAssertTrue(section(after.body, "measures").contains("已解除"))
        XCTAssertFalse(after.body.contains("data-testid=\"lift-F1\""), "a lifted measure offers no lift")
    }

    func test_api_recordsAClosure_andReturnsTheWarnings() async throws {
        let (id, token) = try await openCase()
        for body: [String: Any] in [
            ["kind": "paymentReceived", "date": "2026-11-09", "amount": "120000.00"],
            ["kind": "paymentDisbursed", "date": "2026-11-10", "amount": "119000.00"],
        ] {
            let (status, json) = try await record(id, body, token: token)
            XCTAssertEqual(status, .created, json)
        }
        let (status, json) = try await record(id, ["kind": "closedFullyPerformed", "date": "2026-11-18"], token: token)
        XCTAssertEqual(status, .created, json)
        let written = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let warnings = try XCTUnwrap(written["warnings"] as? [[String: Any]], "the warnings come back with the write")
        XCTAssertEqual(warnings.map { $0["article"] as? String }, ["Funds Management Provisions 2017"])
        XCTAssertTrue((warnings.first?["message"] as? [String: String])?["zh"]?.contains("¥1,000.00") == true)
        let (_, detail) = try await get("/api/v1/cases/\(id)", token: token)
        let read = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(detail.utf8)) as? [String: Any])
        XCTAssertEqual((read["warnings"] as? [Any])?.count, 0, "none on a read")
        XCTAssertEqual((read["assessment"] as? [String: Any])?["stage"] as? String, "closed")
    }

    func test_api_freezeSumNotPositive_is400NamingTheField() async throws {
        let (id, token) = try await openCase()
        var measure = freeze
        measure["amount"] = "0"
        let (status, json) = try await record(id, ["kind": "measureTaken", "date": "2026-11-05", "measure": measure], token: token)
        XCTAssertEqual(status, .badRequest)
        XCTAssertTrue(json.contains("\"field\":\"measure.amount\""), json)
        let count = try await eventCount(id)
        XCTAssertEqual(count, 4)
    }

    func test_attack_anotherCourtsCase_confirmStepAndRecord_are404_andNothingIsWritten() async throws {
        let (id, token) = try await openCase()
        let (status, json) = try await record(id, ["kind": "paymentReceived", "date": "2026-11-09", "amount": "120000.00"], token: token)
        XCTAssertEqual(status, .created, json)
        // Logging in and the token are audited themselves: counted after them.
        let web = WebSession(app: app)
        try await web.logIn("judge.fengtai")
        let own = try await web.get("/cases")
        let fengtai = try await self.token("judge.fengtai")
        let events = try await eventCount(id)
        let audits = try await auditCount()
        let v = String(try await version(id))
        for confirmed in [nil, "1"] {
            var form = ["_csrf": own.csrf ?? "", "version": v, "kind": "closedFullyPerformed", "date": "2026-11-18"]
            form["confirmed"] = confirmed
            let res = try await web.post(Paths.caseEvents(id), form: form)
            XCTAssertEqual(res.status, .notFound, "confirmed=\(confirmed ?? "-")")
        }
        let (api, _) = try await record(id, ["kind": "closedFullyPerformed", "date": "2026-11-18"], token: fengtai)
        XCTAssertEqual(api, .notFound)
        let eventsAfter = try await eventCount(id)
        let auditsAfter = try await auditCount()
        XCTAssertEqual(eventsAfter, events)
        XCTAssertEqual(auditsAfter, audits)
    }

    func test_statusText_terminationIsItsOwnStatus() {
        let zh = app.localizer.table("zh-CN")
        XCTAssertEqual(CaseStatusText.label(status: .closed, closure: .currentProcedureTerminated, table: zh), "终本（终结本次执行程序）")
        XCTAssertEqual(CaseStatusText.label(status: .closed, closure: .fullyPerformed, table: zh), "已结案")
        XCTAssertEqual(CaseStatusText.label(status: .active, closure: nil, table: zh), "执行中")
    }
}
