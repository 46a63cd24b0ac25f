import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Issue 8, findings 1.1 and 1.8: no value from outside reaches a trap, and dates and ids are bounded.
/// Before the fix a filing dated 1948 reached `precondition` in `CaseNumber` and the process exited.
final class InputBoundsTests: AppTestCase {
    private func field(_ json: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let error = object["error"] as? [String: Any] else { return nil }
        return error["field"] as? String
    }

    private func serverStillAnswers() async throws {
        try await app.test(.GET, "/health", afterResponse: { res async in XCTAssertEqual(res.status, .ok) })
    }

    func test_1_1_filingDatedBefore1949_is400NamingFiledOn_andNothingIsWritten() async throws {
        let token = try await token("clerk")
        for date in ["1948-12-31", "1901-01-01", "0001-01-01", "1949-09-30"] {
            let (status, json) = try await post("/api/v1/cases", CaseTests.filing(filedOn: date), token: token)
            XCTAssertEqual(status, .badRequest, "\(date): \(json)")
            XCTAssertEqual(field(json), "filedOn", json)
        }
        let cases = try await EnforcementCase.query(on: app.db).count()
        XCTAssertEqual(cases, 0)
        try await serverStillAnswers()
    }

    func test_1_1_webFilingDated1901_reRendersTheFormWithTheFieldMarked() async throws {
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let form = try await web.get("/cases/new")
        let page = try await web.post("/cases", form: [
            "_csrf": form.csrf ?? "", "filedOn": "1901-01-01", "basisKind": "civilJudgment", "basisIssuingBody": "北京市朝阳区人民法院",
            "basisDocumentNumber": "（2026）京0105民初1号", "amountApplied": "1000.00", "applicantKind": "naturalPerson",
            "applicantName": "张三", "applicantIdentityNumber": "110105198001011238", "debtorKind": "naturalPerson",
            "debtorName": "李四", "debtorIdentityNumber": "110105198001011238"])
        XCTAssertEqual(page.status, .badRequest, page.body)
        XCTAssertTrue(page.body.contains("1901-01-01"), "what was typed is kept")
        try await serverStillAnswers()
    }

    func test_1_1_linkedCaseDated1900_is400NamingDate() async throws {
        let filed = try await fileStandardCase(token: try await token("clerk"))
        let (status, json) = try await post("/api/v1/cases/\(filed)/links", ["kind": "objection", "date": "1900-01-01"], token: try await token("judge"))
        XCTAssertEqual(status, .badRequest, json)
        XCTAssertEqual(field(json), "date", json)
        try await serverStillAnswers()
    }

    func test_1_8_measureDatesAndIdsAreBounded() async throws {
        let clerk = try await token("clerk")
        let judge = try await token("judge")
        let id = try await fileStandardCase(token: clerk)
        let version = try await EnforcementCase.find(id, on: app.db)?.version ?? 0
        let cases: [(measure: [String: Any], date: String, field: String)] = [
            (["id": "M1", "kind": "freeze", "asset": "bankDeposit", "rank": "first", "startsOn": "9999-12-31"], "2026-11-05", "measure.startsOn"),
            (["id": "M1", "kind": "freeze", "asset": "bankDeposit", "rank": "first", "startsOn": "0001-01-01"], "2026-11-05", "measure.startsOn"),
            (["id": String(repeating: "x", count: 500_000), "kind": "freeze", "asset": "bankDeposit", "rank": "first", "startsOn": "2026-11-05"], "2026-11-05", "measure.id"),
            (["id": "M1", "kind": "freeze", "asset": "bankDeposit", "rank": "first", "startsOn": "2026-11-05", "termMonths": 1_000_000], "2026-11-05", "measure.termMonths"),
            (["id": "M1", "kind": "freeze", "asset": "bankDeposit", "rank": "first", "startsOn": "2026-11-05"], "0001-01-01", "date"),
        ]
        for (measure, date, expected) in cases {
            let (status, json) = try await post("/api/v1/cases/\(id)/events",
                                                ["kind": "measureTaken", "date": date, "measure": measure, "version": version], token: judge)
            XCTAssertEqual(status, .badRequest, String(json.prefix(300)))
            XCTAssertEqual(field(json), expected, String(json.prefix(300)))
        }
        let events = try await CaseEvent.query(on: app.db).filter(\.$enforcementCase.$id == id).count()
        XCTAssertEqual(events, 1, "only the filing")
    }

    func test_1_8_emptyBody_is400_not422() async throws {
        let token = try await token("clerk")
        try await app.test(.POST, "/api/v1/cases", headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                           afterResponse: { res async in
            XCTAssertEqual(res.status, .badRequest, res.body.string)
            XCTAssertTrue(res.body.string.contains("\"code\""), res.body.string)
        })
    }

    func test_1_8_anAdministratorCannotSuspendOrCloseACase() async throws {
        let id = try await fileStandardCase(token: try await token("clerk"))
        let version = try await EnforcementCase.find(id, on: app.db)?.version ?? 0
        let admin = try await token("admin")
        for kind in ["suspended", "closedTerminated"] {
            let (status, json) = try await post("/api/v1/cases/\(id)/events", ["kind": kind, "date": "2026-11-05", "version": version], token: admin)
            XCTAssertEqual(status, .forbidden, json)
        }
        let events = try await CaseEvent.query(on: app.db).filter(\.$enforcementCase.$id == id).count()
        XCTAssertEqual(events, 1)
    }
}

extension AppTestCase {
    /// Files `CaseTests.filing()` over the API and returns the case's id.
    func fileStandardCase(token: String, _ body: [String: Any] = CaseTests.filing()) async throws -> UUID {
        let (status, json) = try await post("/api/v1/cases", body, token: token)
        XCTAssertEqual(status, .created, json)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try XCTUnwrap(UUID(uuidString: object["id"] as? String ?? ""))
    }
}
