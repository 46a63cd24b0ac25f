import XCTVapor
import XCTest
@testable import ZhixingServer

/// The 404 page keeps the navigation (issue 9, item 7): a signed-in user sees their header and menu on
/// an address no route matches as on a record that is not there, in Chinese and in English.
final class NotFoundPageTests: AppTestCase {
    private func assertSignedInNavigation(_ page: WebSession.Page, english: Bool, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(page.status, .notFound, file: file, line: line)
        XCTAssertTrue(page.body.contains("data-testid=\"me\">王立新"), "the user's name in the header", file: file, line: line)
        XCTAssertTrue(page.body.contains("<nav class=\"main-nav\""), "the menu", file: file, line: line)
        XCTAssertTrue(page.body.contains("href=\"/cases\""), "the judge's menu has the cases", file: file, line: line)
        XCTAssertTrue(page.body.contains("data-testid=\"logout\""), file: file, line: line)
        XCTAssertNotNil(page.csrf, "the log-out form carries the session's token", file: file, line: line)
        XCTAssertTrue(page.body.contains(english ? "<h1>Page not found</h1>" : "<h1>页面不存在</h1>"), file: file, line: line)
        XCTAssertTrue(page.body.contains(english ? "use the menu above" : "从上方导航进入"), file: file, line: line)
        XCTAssertTrue(page.body.contains("<a href=\"/home\">"), "back to the user's home", file: file, line: line)
    }

    func test_unmatchedAddress_keepsTheSignedInHeaderAndMenu_inBothLanguages() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        assertSignedInNavigation(try await web.get("/no-such-page"), english: false)
        assertSignedInNavigation(try await web.get("/cases/of/nothing/here"), english: false)
        web.acceptLanguage = "en"
        assertSignedInNavigation(try await web.get("/no-such-page"), english: true)
    }

    func test_missingRecord_keepsTheNavigation() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        assertSignedInNavigation(try await web.get("/cases/\(UUID().uuidString)"), english: false)
        assertSignedInNavigation(try await web.get("/courts/%E4%BA%AC9999"), english: false)
    }

    func test_logOut_fromTheNotFoundPage_works() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let page = try await web.get("/no-such-page")
        let out = try await web.post("/logout", form: ["_csrf": page.csrf ?? ""])
        XCTAssertEqual(out.status, .seeOther)
        let after = try await web.get("/no-such-page")
        XCTAssertFalse(after.body.contains("data-testid=\"me\""), "signed out")
    }

    func test_anonymous_andStaleCookie_getThePageWithoutAMenu() async throws {
        let anonymous = try await WebSession(app: app).get("/no-such-page")
        XCTAssertEqual(anonymous.status, .notFound)
        XCTAssertFalse(anonymous.body.contains("data-testid=\"me\""))
        XCTAssertFalse(anonymous.body.contains("<nav class=\"main-nav\""))
        XCTAssertTrue(anonymous.body.contains("<h1>页面不存在</h1>"))
        XCTAssertTrue(anonymous.body.contains("<a href=\"/\">"))
        let stale = WebSession(app: app)
        stale.cookies[WebSessions.cookieName] = "not-a-session"
        let page = try await stale.get("/no-such-page")
        XCTAssertEqual(page.status, .notFound)
        XCTAssertFalse(page.body.contains("data-testid=\"me\""))
    }

    func test_deactivatedUser_getsNoMenu() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let user = try await User.find(try await userID("judge"), on: app.db)
        user?.active = false
        try await user?.save(on: app.db)
        let page = try await web.get("/no-such-page")
        XCTAssertEqual(page.status, .notFound)
        XCTAssertFalse(page.body.contains("data-testid=\"me\""), "an inactive account is not signed in")
    }

    func test_api_stillAnswersJSON() async throws {
        let (status, body) = try await get("/api/v1/no-such-thing", token: try await token("judge"))
        XCTAssertEqual(status, .notFound)
        XCTAssertTrue(body.hasPrefix("{\"error\":"), body)
    }
}
