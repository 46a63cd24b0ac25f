import Fluent
import Vapor
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// A 2027 arrangement for the tests. NOT the State Council's notice (unpublished when this was
/// written): test data shaped like one, with National Day 2027-10-01 (a Friday) to 2027-10-07 off.
enum Test2027 {
    static let title = "国务院办公厅关于2027年部分节假日安排的通知（测试数据）"
    static let number = "国办发明电〔2026〕99号"
    static let date = "2026-11-10"
    static let holidays = ["2027-01-01", "2027-02-05..2027-02-11", "2027-10-01..2027-10-07"]
    /// Saturdays.
    static let makeupWorkdays = ["2027-02-13", "2027-10-09"]

    static func body(holidays: [String] = holidays, makeupWorkdays: [String] = makeupWorkdays,
                     number: String? = number, date: String? = date) -> [String: Any] {
        var body: [String: Any] = ["noticeTitle": title, "holidays": holidays, "makeupWorkdays": makeupWorkdays]
        if let number { body["noticeNumber"] = number }
        if let date { body["noticeDate"] = date }
        return body
    }
}

extension AppTestCase {
    /// Sends `body` as JSON with `method` and a bearer token; returns status and body.
    func send(_ method: HTTPMethod, _ path: String, _ body: [String: Any]? = nil, token: String,
              on target: Application? = nil) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.internalServerError, "")
        var headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        var buffer: ByteBuffer? = nil
        if let body {
            headers.contentType = .json
            buffer = ByteBuffer(data: try JSONSerialization.data(withJSONObject: body))
        }
        try await (target ?? app).test(method, path, headers: headers, body: buffer, afterResponse: { res async in
            result = (res.status, res.body.string)
        })
        return result
    }

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
    }

    /// The due date the calendar rule set gives for `days` days from `start`, and its warnings.
    func dueDate(from start: String, days: Int, token: String, on target: Application? = nil) async throws -> (String, [String]) {
        let (status, body) = try await send(.POST, "/api/v1/rules/calendar",
                                            ["start": start, "period": ["unit": "days", "count": days]], token: token, on: target)
        XCTAssertEqual(status, .ok, body)
        let decision = try json(body)
        let deadline = try XCTUnwrap(decision["deadline"] as? [String: Any], body)
        let warnings = (decision["warnings"] as? [[String: Any]] ?? []).compactMap { ($0["message"] as? [String: Any])?["en"] as? String }
        return (deadline["dueDate"] as? String ?? "", warnings)
    }

    /// Another server instance on the same database, as a second process would be: its own
    /// application, its own caches, no migration and no reset.
    func secondInstance() async throws -> Application {
        let other = try await Application.make(.testing)
        // The same clock, and the same id and secret sequences (two processes never draw one id twice);
        // its own calendar store and cache, and its own thread pool for bcrypt.
        var effects = app.effects
        effects.calendars = try CalendarStore.load()
        effects.passwords = .bcrypt(cost: 4, on: other.threadPool)
        other.effects = effects
        other.directory = app.directory
        try await ZhixingServer.configure(other, config: app.zhixingConfig)
        try await prepareDatabase(other)
        return other
    }
}
