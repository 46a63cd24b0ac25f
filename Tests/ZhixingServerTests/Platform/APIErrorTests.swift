import Fluent
import XCTVapor
import XCTest
@testable import ZhixingServer

/// Bad input gets a 400 naming the field; unknown routes 404; never a stack trace (issue #2, "Bad input").
final class APIErrorTests: AppTestCase {
    private func check(_ json: String, token: String) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.internalServerError, "")
        try await app.test(.POST, "/api/v1/checks", headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                           body: ByteBuffer(string: json), afterResponse: { res async in
            result = (res.status, res.body.string)
        })
        return result
    }

    func test_validValues_areExplained() async throws {
        let token = try await token("judge")
        let (status, body) = try await check(#"""
        {"identityNumber":"11010519491231002X","creditCode":"914403001922038216","caseNumber":"(2025)京0105执1234号","amount":"1234.56","date":"2025-10-08"}
        """#, token: token)
        XCTAssertEqual(status, .ok, body)
        XCTAssertTrue(body.contains("\"birthDate\":\"1949-12-31\""))
        XCTAssertTrue(body.contains("（2025）京0105执1234号"))
        XCTAssertTrue(body.contains("壹仟贰佰叁拾肆元伍角陆分"))
    }

    func test_malformedValues_name_theirField() async throws {
        let token = try await token("judge")
        let cases: [(String, String)] = [
            (#"{"identityNumber":"110105194912310021"}"#, "identityNumber"),  // wrong check digit
            (#"{"creditCode":"914403001922038217"}"#, "creditCode"),
            (#"{"caseNumber":"(2025)京0105执0号"}"#, "caseNumber"),
            (#"{"amount":"12.345"}"#, "amount"),
            (#"{"date":"2025-02-29"}"#, "date"),
            (#"{"amount":12.5}"#, "amount"),
        ]
        for (json, field) in cases {
            let (status, body) = try await check(json, token: token)
            XCTAssertEqual(status, .badRequest, json)
            XCTAssertTrue(body.contains("\"field\":\"\(field)\""), "\(json) → \(body)")
            XCTAssertTrue(body.hasPrefix("{\"error\":{"), body)
        }
    }

    func test_malformedJSON_is400() async throws {
        let token = try await token("judge")
        let (status, body) = try await check("{not json", token: token)
        XCTAssertEqual(status, .badRequest)
        XCTAssertTrue(body.contains("\"error\""))
    }

    func test_missingField_isNamed() async throws {
        try await app.test(.POST, "/api/v1/auth/tokens", beforeRequest: { req in
            try req.content.encode(["username": "judge"])
        }, afterResponse: { res async in
            XCTAssertEqual(res.status, .badRequest)
            XCTAssertTrue(res.body.string.contains("\"field\":\"password\""), res.body.string)
        })
    }

    func test_nulCharacters_areRefused_onEveryDatabase() async throws {
        let token = try await token("admin")
        let (query, _) = try await get("/api/v1/courts?q=%00abc", token: token)
        XCTAssertEqual(query, .badRequest)
        let (json, body) = try await check(#"{"caseNumber":"(2025)\u0000京0105执1号"}"#, token: token)
        XCTAssertEqual(json, .badRequest)
        XCTAssertTrue(body.contains("input.nul"), body)
        let (escaped, escapedBody) = try await check(#"{"amount":"\\u0000"}"#, token: token)
        XCTAssertEqual(escaped, .badRequest)
        XCTAssertFalse(escapedBody.contains("input.nul"), "a backslash followed by u0000 is text, not NUL")
        XCTAssertTrue(escapedBody.contains("\"field\":\"amount\""), escapedBody)
    }

    func test_badPaging_isNamed() async throws {
        let token = try await token("judge")
        let (status, body) = try await get("/api/v1/courts?per=0", token: token)
        XCTAssertEqual(status, .badRequest)
        XCTAssertTrue(body.contains("\"field\":\"per\""))
    }

    /// Issue 9, item 2: `overdue=on` is what a checkbox without a value sends; it filters like `true`, on the page
    /// and in the API, and the overdue list holds only overdue cases. A value that is no flag is still a 400 naming it.
    func test_overdueOn_fromACheckbox_filters_andNonsenseIsNamed() async throws {
        try await DemoCases.seed(count: 40, on: app, batchSize: 40) { _ in }
        let token = try await token("judge")
        let (status, body) = try await get("/api/v1/cases?overdue=on", token: token)
        XCTAssertEqual(status, .ok, body)
        let (asTrue, trueBody) = try await get("/api/v1/cases?overdue=true", token: token)
        XCTAssertEqual(asTrue, .ok)
        XCTAssertEqual(try json(body)["total"] as? Int, try json(trueBody)["total"] as? Int)
        let items = try json(body)["items"] as? [[String: Any]] ?? []
        XCTAssertTrue(items.allSatisfy { $0["overdue"] as? Bool == true }, body)
        let (bad, badBody) = try await get("/api/v1/cases?overdue=maybe", token: token)
        XCTAssertEqual(bad, .badRequest)
        XCTAssertTrue(badBody.contains("\"field\":\"overdue\""), badBody)
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let page = try await web.get("/cases?overdue=on")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("name=\"overdue\" checked"), "the box stays ticked")
    }

    func test_unknownRoutes_are404_JSONforAPI_pageForWeb() async throws {
        try await app.test(.GET, "/api/v1/no-such-thing") { res async in
            XCTAssertEqual(res.status, .notFound)
            XCTAssertEqual(res.headers.contentType, .json)
            XCTAssertTrue(res.body.string.contains("\"code\":\"not_found\""))
        }
        try await app.test(.GET, "/no-such-page", headers: ["Accept-Language": "en"]) { res async in
            XCTAssertEqual(res.status, .notFound)
            XCTAssertTrue(res.body.string.contains("Not found."))
        }
    }

    func test_wrongMethod_onAKnownPath_is405_withAllow() async throws {
        try await app.test(.DELETE, "/api/v1/courts/%E4%BA%AC0105") { res async in
            XCTAssertEqual(res.status, .methodNotAllowed)
            XCTAssertEqual(res.headers.first(name: .allow), "GET")
            XCTAssertTrue(res.body.string.contains("\"code\":\"method_not_allowed\""))
        }
        try await app.test(.PUT, "/health") { res async in
            XCTAssertEqual(res.status, .methodNotAllowed)
        }
    }

    func test_courtDirectory_overAPI() async throws {
        let token = try await token("judge")
        let (status, body) = try await get("/api/v1/courts/%E4%BA%AC0105", token: token)
        XCTAssertEqual(status, .ok)
        XCTAssertTrue(body.contains("北京市朝阳区人民法院"))
        XCTAssertTrue(body.contains("\"parentCode\":\"京03\""))
        // The address and telephone the directory shows (issue 9, item 7), once entered.
        let court = try await Organisation.query(on: app.db).filter(\.$code == "京0105").first()
        court?.address = "北京市朝阳区东三环北路甲1号"
        court?.phone = "010-85999999"
        try await court?.save(on: app.db)
        let (_, withContact) = try await get("/api/v1/courts/%E4%BA%AC0105", token: token)
        XCTAssertTrue(withContact.contains("\"phone\":\"010-85999999\""), withContact)
        XCTAssertTrue(withContact.contains("东三环北路甲1号"), withContact)
        let (listStatus, list) = try await get("/api/v1/courts?level=high&per=100", token: token)
        XCTAssertEqual(listStatus, .ok)
        XCTAssertTrue(list.contains("\"total\":32"), list)
    }

    func test_health_metrics_openapi() async throws {
        try await app.test(.GET, "/health") { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertTrue(res.body.string.contains("\"status\":\"ok\""))
        }
        try await app.test(.GET, "/health") { _ async in }
        try await app.test(.GET, "/metrics") { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertTrue(res.body.string.contains(#"zhixing_http_requests_total{method="GET",route="/health",status="200"} 2"#), res.body.string)
            XCTAssertTrue(res.body.string.contains("zhixing_active_users 16"))
        }
        try await app.test(.GET, "/api/v1/openapi.json") { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertTrue(res.body.string.contains("\"openapi\""))
        }
    }
}
