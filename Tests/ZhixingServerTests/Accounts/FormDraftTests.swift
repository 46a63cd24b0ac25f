import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// A session that expired on a form keeps what was typed through the log-in (issue 9, item 5): the post goes to the
/// log-in page, nothing is written, and the form page shows the values again — to the user who typed them only.
final class FormDraftTests: AppTestCase {
    /// A browser that says its posts come from this site's own pages.
    func browser() -> WebSession {
        let web = WebSession(app: app)
        web.extraHeaders = [("Sec-Fetch-Site", "same-origin")]
        return web
    }

    func expireSessions(plus seconds: Double = 60) {
        app.effects.clock = .fixed(TestApp.fixedNow.addingTimeInterval(Double(app.zhixingConfig.sessionHours) * 3600 + seconds))
    }

    /// The `next` of a redirect to the log-in page.
    func logInNext(of page: WebSession.Page, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let location = try XCTUnwrap(page.location, "no redirect: \(page.status)", file: file, line: line)
        XCTAssertTrue(location.hasPrefix("/login?next="), location, file: file, line: line)
        return try XCTUnwrap(URLComponents(string: location)?.queryItems?.first { $0.name == "next" }?.value, file: file, line: line)
    }

    @discardableResult
    func logIn(_ web: WebSession, _ username: String, next: String) async throws -> WebSession.Page {
        let form = try await web.get("/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
        XCTAssertTrue(form.body.contains(htmlEscaped(next)), "the log-in form carries next")
        let done = try await web.post("/login", form: ["username": username, "password": DemoSeed.password, "_csrf": form.csrf ?? "", "next": next])
        XCTAssertEqual(done.status, .seeOther)
        XCTAssertEqual(done.location, next, "the log-in returns to the form page")
        return done
    }

    func counts() async throws -> (cases: Int, drafts: Int, events: Int) {
        (try await EnforcementCase.query(on: app.db).count(), try await FormDraft.query(on: app.db).count(),
         try await CaseEvent.query(on: app.db).count())
    }

    func test_expiredSession_onTheFilingForm_keepsWhatWasTyped_throughTheLogIn_andWritesNothing() async throws {
        let web = browser()
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        var form = FilingFormTests.form(csrf: page.csrf ?? "")
        form["debtorName"] = " 李　强 "
        form["password"] = "typed-secret-1"
        let before = try await counts()
        expireSessions()

        let posted = try await web.post("/cases", form: form)
        XCTAssertEqual(posted.status, .seeOther)
        let next = try logInNext(of: posted)
        XCTAssertTrue(next.hasPrefix("/cases/new?restore="), next)
        let kept = try await counts()
        XCTAssertEqual(kept.cases, before.cases, "nothing is filed")
        XCTAssertEqual(kept.drafts, before.drafts + 1)
        let found = try await FormDraft.query(on: app.db).first()
        let draft = try XCTUnwrap(found)
        XCTAssertFalse(draft.fields.contains("typed-secret-1"), "a password is never kept")
        XCTAssertFalse(draft.fields.contains(page.csrf ?? "-"), "nor the CSRF token")
        XCTAssertFalse(draft.fields.contains("_csrf"))
        let clerkID = try await userID("clerk")
        XCTAssertEqual(draft.userID, clerkID, "the lapsed session's user")
        XCTAssertFalse(draft.keyHash.contains(next.components(separatedBy: "=").last ?? "-"), "the key itself is not stored")

        try await logIn(web, "clerk", next: next)
        let restored = try await web.get(next)
        XCTAssertEqual(restored.status, .ok)
        XCTAssertTrue(restored.body.contains("data-testid=\"form-restored\""))
        form["password"] = nil
        assertFormKeeps(restored.body, form)
        do { let value = try await counts().cases; XCTAssertEqual(value, before.cases, "not replayed: the user checks and sends again") }
        do { let value = try await counts().drafts; XCTAssertEqual(value, before.drafts, "read once, then gone") }

        let again = try await web.get(next)
        XCTAssertFalse(again.body.contains("data-testid=\"form-restored\""))
        XCTAssertFalse(again.body.contains("北京恒信达商贸有限公司"))

        // Sent again from the restored page: filed once.
        form["_csrf"] = restored.csrf ?? ""
        let filed = try await web.post("/cases", form: form)
        XCTAssertEqual(filed.status, .seeOther, filed.body)
        do { let value = try await counts().cases; XCTAssertEqual(value, before.cases + 1) }
    }

    func test_anotherUserLoggingIn_doesNotSeeIt_andItIsDiscarded() async throws {
        let web = browser()
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        let form = FilingFormTests.form(csrf: page.csrf ?? "")
        expireSessions()
        let next = try logInNext(of: try await web.post("/cases", form: form))

        try await logIn(web, "judge", next: next)
        let judges = try await web.get(next)
        XCTAssertEqual(judges.status, .ok)
        XCTAssertFalse(judges.body.contains("data-testid=\"form-restored\""))
        XCTAssertFalse(judges.body.contains("北京恒信达商贸有限公司"), "the clerk's typing is not shown to the judge")
        do { let value = try await FormDraft.query(on: app.db).count(); XCTAssertEqual(value, 0, "discarded") }

        // And it is gone for the clerk too.
        let clerk = browser()
        try await logIn(clerk, "clerk", next: next)
        let clerks = try await clerk.get(next)
        XCTAssertFalse(clerks.body.contains("北京恒信达商贸有限公司"))
    }

    func test_withoutAnyCookie_theFirstToLogIn_claimsIt_andNoOneElseGetsIt() async throws {
        let web = browser()
        let form = FilingFormTests.form(csrf: "")
        let next = try logInNext(of: try await web.post("/cases", form: form))
        let draft = try await FormDraft.query(on: app.db).first()
        XCTAssertNil(draft?.userID, "no session: no one yet")

        try await logIn(web, "judge", next: next)
        let other = browser()
        try await other.logIn("clerk")
        let clerks = try await other.get(next)
        XCTAssertFalse(clerks.body.contains("北京恒信达商贸有限公司"), "claimed by the judge: not the clerk's")
        do { let value = try await FormDraft.query(on: app.db).count(); XCTAssertEqual(value, 0, "and discarded when someone else tried it") }
        let judges = try await web.get(next)
        XCTAssertFalse(judges.body.contains("北京恒信达商贸有限公司"))
    }

    func test_theJudgeWhoClaimedIt_getsIt() async throws {
        let web = browser()
        let form = FilingFormTests.form(csrf: "")
        let next = try logInNext(of: try await web.post("/cases", form: form))
        try await logIn(web, "judge", next: next)
        let judges = try await web.get(next)
        assertFormKeeps(judges.body, form)
    }

    /// A form another site makes the browser post is never kept (no one can plant what a user finds typed in).
    func test_aPostFromAnotherSite_isNotKept() async throws {
        for headers in [[("Sec-Fetch-Site", "cross-site")], [("Origin", "http://evil.example"), ("Host", "zhixing.test")], []] {
            let web = WebSession(app: app)
            web.extraHeaders = headers
            let posted = try await web.post("/cases", form: FilingFormTests.form(csrf: ""))
            XCTAssertEqual(posted.status, .seeOther)
            XCTAssertEqual(posted.location, "/login?next=%2Fcases", "\(headers)")
        }
        do { let value = try await FormDraft.query(on: app.db).count(); XCTAssertEqual(value, 0) }
        // A browser without Sec-Fetch-Site whose Origin is this host is believed.
        let web = WebSession(app: app)
        web.extraHeaders = [("Origin", "http://zhixing.test"), ("Host", "zhixing.test")]
        let posted = try await web.post("/cases", form: FilingFormTests.form(csrf: ""))
        XCTAssertTrue(try logInNext(of: posted).hasPrefix("/cases/new?restore="))
    }

    func test_aKeptFormExpires_after30Minutes() async throws {
        let web = browser()
        let next = try logInNext(of: try await web.post("/cases", form: FilingFormTests.form(csrf: "")))
        app.effects.clock = .fixed(TestApp.fixedNow.addingTimeInterval(FormDrafts.lifetime + 1))
        try await logIn(web, "clerk", next: next)
        let page = try await web.get(next)
        XCTAssertFalse(page.body.contains("北京恒信达商贸有限公司"))
        do { let value = try await FormDraft.query(on: app.db).count(); XCTAssertEqual(value, 0) }
        // The hourly purge removes what no one came back for.
        _ = try await logInNext(of: try await browser().post("/cases", form: FilingFormTests.form(csrf: "")))
        app.effects.clock = .fixed(TestApp.fixedNow.addingTimeInterval(2 * FormDrafts.lifetime + 2))
        _ = try await SessionPurgeJob.run(effects: app.effects, on: app.db)
        do { let value = try await FormDraft.query(on: app.db).count(); XCTAssertEqual(value, 0) }
    }

    func test_expiredSession_onTheCasePagesEventForm_keepsWhatWasTyped_andRecordsNothing() async throws {
        let token = try await token("clerk")
        let (status, json) = try await post("/api/v1/cases", CaseTests.filing(), token: token)
        XCTAssertEqual(status, .created, json)
        let id = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["id"] as? String)
        let web = browser()
        try await web.logIn("clerk")
        let page = try await web.get("/cases/" + id)
        XCTAssertEqual(page.status, .ok)
        let before = try await counts()
        expireSessions()
        let form = ["_csrf": page.csrf ?? "", "version": "0", "kind": "handlerAssigned", "date": "2026-11-03",
                    "amount": "1234.50", "note": "已电话联系 \"李强\"", "measureID": "M7"]
        let posted = try await web.post("/cases/\(id)/events", form: form)
        let next = try logInNext(of: posted)
        XCTAssertEqual(next.components(separatedBy: "?").first, "/cases/" + id)
        do { let value = try await counts().events; XCTAssertEqual(value, before.events, "nothing recorded") }

        try await logIn(web, "clerk", next: next)
        let restored = try await web.get(next)
        XCTAssertEqual(restored.status, .ok)
        XCTAssertTrue(restored.body.contains("data-testid=\"form-restored\""))
        XCTAssertTrue(restored.body.contains("value=\"2026-11-03\""))
        XCTAssertTrue(restored.body.contains("value=\"1234.50\""))
        XCTAssertTrue(restored.body.contains("value=\"\(htmlEscaped("已电话联系 \"李强\""))\""))
        XCTAssertTrue(restored.body.contains("value=\"M7\""))
        XCTAssertTrue(restored.body.contains("<details open>"), "the measure part is open when it was typed in")
        XCTAssertTrue(restored.body.contains("value=\"handlerAssigned\" selected"))
        do { let value = try await counts().events; XCTAssertEqual(value, before.events) }
    }

    /// A log-in in another tab renewed the session: the old tab's form has a stale token. It is kept and shown again
    /// (same user, no log-in needed); from another site it is refused as before.
    func test_staleCSRFToken_ofALiveSession_keepsTheForm() async throws {
        let web = browser()
        try await web.logIn("clerk")
        var form = FilingFormTests.form(csrf: "stale-token-from-an-old-tab")
        let posted = try await web.post("/cases", form: form)
        XCTAssertEqual(posted.status, .seeOther)
        let location = try XCTUnwrap(posted.location)
        XCTAssertTrue(location.hasPrefix("/cases/new?restore="), location)
        let restored = try await web.get(location)
        assertFormKeeps(restored.body, form)

        let plain = WebSession(app: app)
        try await plain.logIn("clerk")
        form["_csrf"] = "stale"
        let refused = try await plain.post("/cases", form: form)
        XCTAssertEqual(refused.status, .forbidden)
    }
}
