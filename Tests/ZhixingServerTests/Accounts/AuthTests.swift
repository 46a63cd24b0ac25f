import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Log-in, sessions, CSRF, rate limiting and bearer tokens (issue #2, item 4).
final class AuthTests: AppTestCase {
    func test_webLogin_succeeds_andSessionCookieIsSecure() async throws {
        let web = WebSession(app: app)
        let form = try await web.get("/login")
        XCTAssertFalse(form.headers[.setCookie].contains { $0.hasPrefix("zhixing_session=") }, "no session before log-in")
        let csrfCookie = try XCTUnwrap(form.headers[.setCookie].first { $0.hasPrefix("zhixing_csrf=") })
        XCTAssertTrue(csrfCookie.contains("HttpOnly"))
        XCTAssertTrue(csrfCookie.lowercased().contains("samesite=strict"))
        let result = try await web.post("/login", form: ["username": "judge", "password": DemoSeed.password, "_csrf": form.csrf ?? ""])
        XCTAssertEqual(result.status, .seeOther)
        XCTAssertEqual(result.location, "/home")
        let cookie = try XCTUnwrap(result.headers[.setCookie].first { $0.hasPrefix("zhixing_session=") })
        XCTAssertTrue(cookie.contains("HttpOnly"))
        XCTAssertTrue(cookie.contains("Secure"))
        XCTAssertTrue(cookie.lowercased().contains("samesite=lax"))
        let home = try await web.get("/home")
        XCTAssertEqual(home.status, .ok)
        XCTAssertTrue(home.body.contains("王立新"))
    }

    func test_wrongPassword_andUnknownUser_getTheSameMessage() async throws {
        let a = WebSession(app: app)
        let wrongPassword = try await a.logIn("judge", password: "not-the-password-1")
        let b = WebSession(app: app)
        let unknownUser = try await b.logIn("nobody", password: "not-the-password-1")
        XCTAssertEqual(wrongPassword.status, .unauthorized)
        XCTAssertEqual(unknownUser.status, .unauthorized)
        XCTAssertTrue(wrongPassword.body.contains("用户名或密码不正确"))
        XCTAssertTrue(unknownUser.body.contains("用户名或密码不正确"))
    }

    func test_deactivatedUser_cannotLogIn_andGetsTheSameMessage() async throws {
        let user = try await User.query(on: app.db).filter(\.$username == "clerk").first()
        user?.active = false
        try await user?.save(on: app.db)
        let page = try await WebSession(app: app).logIn("clerk")
        XCTAssertEqual(page.status, .unauthorized)
        XCTAssertTrue(page.body.contains("用户名或密码不正确"))
    }

    func test_rateLimit_locksAccountAfterFiveFailures_evenForTheRightPassword() async throws {
        for _ in 0..<5 {
            _ = try await WebSession(app: app).logIn("judge", password: "wrong-password-9")
        }
        let page = try await WebSession(app: app).logIn("judge")
        XCTAssertEqual(page.status, .tooManyRequests)
        XCTAssertTrue(page.body.contains("尝试次数过多"))
    }

    func test_postWithoutCSRF_isRefused() async throws {
        let web = WebSession(app: app)
        _ = try await web.get("/login")
        let page = try await web.post("/login", form: ["username": "judge", "password": DemoSeed.password])
        XCTAssertEqual(page.status, .forbidden)
        let forged = try await web.post("/login", form: ["username": "judge", "password": DemoSeed.password, "_csrf": "forged"])
        XCTAssertEqual(forged.status, .forbidden)
    }

    func test_logout_endsTheSession() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let home = try await web.get("/home")
        let out = try await web.post("/logout", form: ["_csrf": home.csrf ?? ""])
        XCTAssertEqual(out.location, "/login")
        let after = try await web.get("/home")
        XCTAssertEqual(after.status, .seeOther)
        XCTAssertTrue(after.location?.hasPrefix("/login") ?? false)
    }

    func test_pagesNeedLogin() async throws {
        let page = try await WebSession(app: app).get("/admin/users")
        XCTAssertEqual(page.status, .seeOther)
        XCTAssertTrue(page.location?.hasPrefix("/login?next=") ?? false)
    }

    func test_bearerToken_isStoredHashed_andWorks() async throws {
        let token = try await token("judge")
        XCTAssertTrue(token.hasPrefix("zx_"))
        let rows = try await APIToken.query(on: app.db).all()
        XCTAssertFalse(rows.contains { $0.tokenHash == token })
        XCTAssertTrue(rows.contains { $0.tokenHash == APITokens.hash(token) })
        let (status, body) = try await get("/api/v1/me", token: token)
        XCTAssertEqual(status, .ok)
        XCTAssertTrue(body.contains("\"enforcement_judge\""))
    }

    func test_revokedToken_isRefused() async throws {
        let token = try await token("judge")
        let found = try await APIToken.query(on: app.db).first()
        let row = try XCTUnwrap(found)
        try await app.test(.DELETE, "/api/v1/auth/tokens/\(row.id!)", headers: ["Authorization": "Bearer \(token)"]) { res async in
            XCTAssertEqual(res.status, .noContent)
        }
        let (status, _) = try await get("/api/v1/me", token: token)
        XCTAssertEqual(status, .unauthorized)
    }

    func test_expiredToken_isRefused() async throws {
        let token = try await token("judge")
        let found = try await APIToken.query(on: app.db).first()
        let row = try XCTUnwrap(found)
        row.expiresAt = TestApp.fixedNow.addingTimeInterval(-1)
        try await row.save(on: app.db)
        let (status, body) = try await get("/api/v1/me", token: token)
        XCTAssertEqual(status, .unauthorized)
        XCTAssertTrue(body.contains("\"unauthorized\""))
    }

    func test_apiWithoutToken_is401_withJSONError() async throws {
        try await app.test(.GET, "/api/v1/users") { res async in
            XCTAssertEqual(res.status, .unauthorized)
            XCTAssertEqual(res.headers.first(name: .wwwAuthenticate), "Bearer")
            XCTAssertTrue(res.body.string.contains("\"code\":\"unauthorized\""))
        }
    }

    func test_tokenWithWrongPassword_is401_sameMessage() async throws {
        try await app.test(.POST, "/api/v1/auth/tokens", beforeRequest: { req in
            try req.content.encode(["username": "judge", "password": "wrong-password-1"])
        }, afterResponse: { res async in
            XCTAssertEqual(res.status, .unauthorized)
            XCTAssertTrue(res.body.string.contains("login.failed"))
        })
    }

    func test_nonAdministrator_cannotAdministerUsers() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let page = try await web.get("/admin/users")
        XCTAssertEqual(page.status, .forbidden)
        let token = try await token("judge")
        try await app.test(.POST, "/api/v1/users", headers: ["Authorization": "Bearer \(token)"], beforeRequest: { req in
            try req.content.encode(["username": "x1", "displayName": "x", "password": "long-password-1", "role": "clerk", "organisationCode": "京0105"])
        }, afterResponse: { res async in
            XCTAssertEqual(res.status, .forbidden)
        })
    }
}
