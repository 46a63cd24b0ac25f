import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The calendar's administration pages: list, form, errors, access.
final class CalendarYearsWebTests: AppTestCase {
    private func form(_ csrf: String, holidays: String = "2027-01-01\n2027-02-05..2027-02-11\n2027-10-01..2027-10-07",
                      makeup: String = "2027-02-13\n2027-10-09", number: String = Test2027.number) -> [String: String] {
        ["_csrf": csrf, "noticeTitle": Test2027.title, "noticeNumber": number, "noticeDate": Test2027.date,
         "holidays": holidays, "makeupWorkdays": makeup]
    }

    func test_administrator_entersAYear_throughTheForm_andTheListShowsWhoAndWhen() async throws {
        let web = WebSession(app: app)
        try await web.logIn("admin")
        let home = try await web.get("/home")
        XCTAssertTrue(home.body.contains("href=\"/admin/calendar\""), "linked from the admin navigation")
        let list = try await web.get("/admin/calendar")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.contains("国办发明电〔2025〕7号"), "the bundled 2026 notice number")
        XCTAssertTrue(list.body.contains("知行内置"))
        XCTAssertTrue(list.body.contains("暂无数据"), "2027 is listed as missing")
        let open = try await web.get("/admin/calendar/open?year=2027")
        XCTAssertEqual(open.location, "/admin/calendar/2027")
        let page = try await web.get("/admin/calendar/2027")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("<label for=\"holidays\">"))
        let saved = try await web.post("/admin/calendar/2027", form: form(page.csrf ?? ""))
        XCTAssertEqual(saved.status, .seeOther, saved.body)
        let after = try await web.get(saved.location ?? "")
        XCTAssertTrue(after.body.contains("data-testid=\"calendar-saved\""))
        XCTAssertTrue(after.body.contains("2027-10-01..2027-10-07"), "the form shows the stored days as ranges")
        let listAfter = try await web.get("/admin/calendar")
        XCTAssertTrue(listAfter.body.contains(Test2027.number))
        XCTAssertTrue(listAfter.body.contains("人工录入"))
        XCTAssertTrue(listAfter.body.contains("系统管理员"))
        XCTAssertTrue(listAfter.body.contains("2026-11-18"), "entered on the test clock's day")
        let events = try await AuditEvent.query(on: app.db).filter(\.$action == "calendar.year.enter").count()
        XCTAssertEqual(events, 1)
    }

    func test_badField_reRendersTheForm_keepingWhatWasTyped_andMarkingTheField() async throws {
        let web = WebSession(app: app)
        try await web.logIn("admin")
        let page = try await web.get("/admin/calendar/2027")
        let bad = try await web.post("/admin/calendar/2027", form: form(page.csrf ?? "", makeup: "2027-10-08"))
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertTrue(bad.body.contains("调休上班日 2027-10-08 不是星期六或星期日"), bad.body)
        XCTAssertTrue(bad.body.contains("id=\"makeupWorkdays\" name=\"makeupWorkdays\" rows=\"5\" aria-describedby=\"makeup-hint\" aria-invalid=\"true\">2027-10-08</textarea>"), bad.body)
        XCTAssertTrue(bad.body.contains("value=\"\(Test2027.number)\""), "the number typed is kept")
        XCTAssertTrue(bad.body.contains("2027-02-05..2027-02-11"), "the days off typed are kept")
        let rows = try await HolidayYearRecord.query(on: app.db).count()
        XCTAssertEqual(rows, 0)
        // English too.
        web.acceptLanguage = "en"
        let english = try await web.post("/admin/calendar/2027", form: form(page.csrf ?? "", holidays: "2027-10-01..2027-13-01"))
        XCTAssertEqual(english.status, .badRequest)
        XCTAssertTrue(english.body.contains("Not a date: 2027-10-01..2027-13-01"), english.body)
        XCTAssertTrue(english.body.contains("aria-describedby=\"holidays-hint\" aria-invalid=\"true\""))
    }

    func test_bundledYear_isOverridden_saysSo_andTheOverrideCanBeRemoved() async throws {
        let web = WebSession(app: app)
        try await web.logIn("admin")
        let page = try await web.get("/admin/calendar/2026")
        XCTAssertTrue(page.body.contains("data-testid=\"calendar-override-hint\""), "the page says saving overrides the bundled year")
        XCTAssertTrue(page.body.contains("国办发明电〔2025〕7号"), "prefilled from the bundled data")
        XCTAssertFalse(page.body.contains("data-testid=\"calendar-remove\""))
        var fields = form(page.csrf ?? "", holidays: "2026-10-01..2026-10-08", makeup: "", number: "国办发明电〔2025〕7号")
        fields["noticeDate"] = "2025-11-04"
        let saved = try await web.post("/admin/calendar/2026", form: fields)
        XCTAssertEqual(saved.status, .seeOther, saved.body)
        let list = try await web.get("/admin/calendar")
        XCTAssertTrue(list.body.contains("取代内置数据"))
        let edit = try await web.get("/admin/calendar/2026")
        XCTAssertTrue(edit.body.contains("data-testid=\"calendar-remove\""))
        let removed = try await web.post("/admin/calendar/2026/remove", form: ["_csrf": edit.csrf ?? ""])
        XCTAssertEqual(removed.status, .seeOther)
        let year = try await CalendarYears.find(2026, effects: app.effects, on: app.db)
        XCTAssertEqual(year?.origin, .bundled)
        let events = try await AuditEvent.query(on: app.db).filter(\.$entity == "holiday_year").sort(\.$id).all()
        XCTAssertEqual(events.map(\.action), ["calendar.year.enter", "calendar.year.remove"])
    }

    func test_nonAdministrator_getsForbidden_andNoLink() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let home = try await web.get("/home")
        XCTAssertFalse(home.body.contains("/admin/calendar"))
        let list = try await web.get("/admin/calendar")
        XCTAssertEqual(list.status, .forbidden)
        let page = try await web.get("/admin/calendar/2027")
        XCTAssertEqual(page.status, .forbidden)
        let post = try await web.post("/admin/calendar/2027", form: form(page.csrf ?? home.csrf ?? ""))
        XCTAssertEqual(post.status, .forbidden)
        let rows = try await HolidayYearRecord.query(on: app.db).count()
        XCTAssertEqual(rows, 0)
    }

    /// A court's administrator sees the years but is not offered (nor allowed) the change: the notice
    /// binds every court, so it is entered once, by the Supreme People's Court's administrators.
    func test_courtAdministrator_seesTheYears_withoutTheAction() async throws {
        try await makeUser("admin.chaoyang", role: .administrator, at: "京0105")
        let web = WebSession(app: app)
        try await web.logIn("admin.chaoyang")
        let list = try await web.get("/admin/calendar")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.contains("data-testid=\"calendar-readonly\""))
        XCTAssertFalse(list.body.contains("data-testid=\"calendar-open\""))
        XCTAssertFalse(list.body.contains("href=\"/admin/calendar/2026\""))
        let page = try await web.get("/admin/calendar/2027")
        XCTAssertEqual(page.status, .forbidden)
    }
}
