import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Issue 8, findings 1.3 (the lockout race), 1.4 (the portal's rate limit) and 1.7 (sessions).
final class SessionSecurityTests: AppTestCase {
    /// An anonymous CSRF cookie and its token, for posting forms from many tasks at once.
    private func anonymousForm() async throws -> (cookie: String, csrf: String) {
        let web = WebSession(app: app)
        let page = try await web.get("/login")
        return (try XCTUnwrap(web.cookies[CSRFMiddleware.cookieName]), try XCTUnwrap(page.csrf))
    }

    private static func postForm(_ app: Application, _ path: String, _ form: [String: String], cookie: String) async throws -> HTTPStatus {
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        headers.add(name: .cookie, value: "\(CSRFMiddleware.cookieName)=\(cookie)")
        let body = form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        var status = HTTPStatus.internalServerError
        try await app.test(.POST, path, headers: headers, body: ByteBuffer(string: body), afterResponse: { res async in status = res.status })
        return status
    }

    // MARK: 1.3

    func test_1_3_fortyParallelGuesses_atMostFiveAreChecked_evenWithTheRightOneAmongThem() async throws {
        let (cookie, csrf) = try await anonymousForm()
        let app: Application = self.app
        let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for i in 0..<41 {
                let password = i == 20 ? DemoSeed.password : "wrong-password-\(i)"
                group.addTask {
                    try await Self.postForm(app, "/login", ["username": "judge", "password": password, "_csrf": csrf], cookie: cookie)
                }
            }
            var all: [HTTPStatus] = []
            for try await status in group { all.append(status) }
            return all
        }
        let checked = statuses.filter { $0 != .tooManyRequests }
        XCTAssertLessThanOrEqual(checked.count, 5, "checked: \(checked)")
        XCTAssertEqual(statuses.filter { $0 == .tooManyRequests }.count, 41 - checked.count)
        // And once the five are used up the right password is refused too.
        let after = try await WebSession(app: app).logIn("judge")
        XCTAssertEqual(after.status, .tooManyRequests)
    }

    func test_1_3_aSuccessfulLogIn_doesNotCountAsAFailure() async throws {
        for _ in 0..<4 { _ = try await WebSession(app: app).logIn("judge", password: "wrong-password-9") }
        let ok = try await WebSession(app: app).logIn("judge")
        XCTAssertEqual(ok.status, .seeOther)
        let again = try await WebSession(app: app).logIn("judge")
        XCTAssertEqual(again.status, .seeOther, "four failures and two successes: still under the limit of five failures")
    }

    // MARK: 1.4

    func test_1_4_portalLimit_isKeyedOnTheParsedCase_notOnItsText() async throws {
        _ = try await fileStandardCase(token: try await token("clerk"))
        let (cookie, csrf) = try await anonymousForm()
        func attempt(_ number: String) async throws -> HTTPStatus {
            try await Self.postForm(app, "/portal", ["caseNumber": number, "identity": "110105198001011238", "code": "WRONGCODE2",
                                                     "_csrf": csrf], cookie: cookie)
        }
        for _ in 0..<5 { let status = try await attempt("(2026)京0105执1号"); XCTAssertEqual(status, .unauthorized) }
        for variant in ["（2026）京0105执1号", "\n(2026)京0105执1号", "(2026)京0105执1号\r\n", "  （2026）京0105执1号  "] {
            let status = try await attempt(variant)
            XCTAssertEqual(status, .tooManyRequests, "variant \(variant.debugDescription) must not get fresh tries")
        }
    }

    func test_1_4_portalHasAPerAddressLimit_andNeverLocksStaffOut() async throws {
        let (cookie, csrf) = try await anonymousForm()
        var statuses: [HTTPStatus] = []
        for serial in 1...51 {
            statuses.append(try await Self.postForm(app, "/portal", ["caseNumber": "（2026）京0105执\(serial)号", "identity": "110105198001011238",
                                                                     "code": "WRONGCODE2", "_csrf": csrf], cookie: cookie))
        }
        XCTAssertEqual(statuses.prefix(50).filter { $0 == .unauthorized }.count, 50)
        XCTAssertEqual(statuses.last, .tooManyRequests, "the 51st failure from one address is refused")
        let staff = try await WebSession(app: app).logIn("judge")
        XCTAssertEqual(staff.status, .seeOther, "portal failures from the same address do not lock staff log-in")
    }

    // MARK: 1.7

    func test_1_7_anonymousVisits_writeNoSessionRow() async throws {
        let web = WebSession(app: app)
        _ = try await web.get("/login")
        _ = try await web.get("/portal")
        let form = try await web.get("/portal")
        _ = try await web.post("/portal", form: ["_csrf": form.csrf ?? "", "caseNumber": "x", "identity": "y", "code": "z"])
        _ = try await web.get("/courts")
        let rows = try await WebSessionRecord.query(on: app.db).count()
        XCTAssertEqual(rows, 0)
        XCTAssertNil(web.cookies[WebSessions.cookieName])
        try await web.logIn("judge")
        let afterLogIn = try await WebSessionRecord.query(on: app.db).count()
        XCTAssertEqual(afterLogIn, 1)
    }

    func test_1_7_sessionsExpire_andThePurgeDeletesThem() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let home = try await web.get("/home")
        XCTAssertEqual(home.status, .ok)
        app.effects.clock = .fixed(TestApp.fixedNow.addingTimeInterval(Double(app.zhixingConfig.sessionHours) * 3600 + 1))
        let later = try await web.get("/home")
        XCTAssertEqual(later.status, .seeOther, "an expired session is not honoured")
        let purged = try await SessionPurgeJob.run(effects: app.effects, on: app.db)
        XCTAssertEqual(purged, 1)
        let rows = try await WebSessionRecord.query(on: app.db).count()
        XCTAssertEqual(rows, 0)
    }

    func test_1_7_passwordReset_endsEverySessionAndToken() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let judgeToken = try await token("judge")
        let admin = try await token("admin")
        let judgeID = try await userID("judge")
        let version = try await User.find(judgeID, on: app.db)?.version ?? 0
        var status = HTTPStatus.internalServerError
        try await app.test(.PATCH, "/api/v1/users/\(judgeID)", headers: ["Authorization": "Bearer \(admin)", "Content-Type": "application/json"],
                           body: ByteBuffer(string: #"{"password":"a-new-password-2026","version":\#(version)}"#),
                           afterResponse: { res async in status = res.status })
        XCTAssertEqual(status, .ok)
        let home = try await web.get("/home")
        XCTAssertEqual(home.status, .seeOther, "the old web session is gone")
        let (apiStatus, _) = try await get("/api/v1/me", token: judgeToken)
        XCTAssertEqual(apiStatus, .unauthorized, "the old API token is revoked")
        let adminStill = try await get("/api/v1/me", token: admin)
        XCTAssertEqual(adminStill.0, .ok, "other users keep theirs")
    }
}

