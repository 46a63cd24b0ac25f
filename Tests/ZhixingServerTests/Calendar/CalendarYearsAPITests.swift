import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The statutory calendar's years as data administrators keep (issue #8 part 5), over the API.
final class CalendarYearsAPITests: AppTestCase {
    /// CPL 2023 Art.85 paras.2-3: 15 days from 2027-09-16 end on 2027-10-01, a Friday. Without the 2027
    /// notice that is a working day (with a warning); once the year is entered with National Day 10-01 to
    /// 10-07 off, the period ends on the first day after the rest days, 2027-10-08 — with no restart.
    func test_art85para3_entering2027_movesA15DayPeriodEndingOnNationalDay() async throws {
        let judge = try await token("judge"), admin = try await token("admin")
        let before = try await dueDate(from: "2027-09-16", days: 15, token: judge)
        XCTAssertEqual(before.0, "2027-10-01")
        XCTAssertTrue(before.1.contains { $0.contains("2027") }, "\(before.1)")

        let (status, body) = try await send(.PUT, "/api/v1/calendar/years/2027", Test2027.body(), token: admin)
        XCTAssertEqual(status, .ok, body)
        let saved = try json(body)
        XCTAssertEqual(saved["origin"] as? String, "entered")
        XCTAssertEqual(saved["noticeNumber"] as? String, Test2027.number)
        XCTAssertEqual(saved["enteredBy"] as? String, "系统管理员")
        XCTAssertNotNil(saved["enteredAt"] as? String)
        XCTAssertEqual((saved["holidays"] as? [String])?.count, 1 + 7 + 7)

        let after = try await dueDate(from: "2027-09-16", days: 15, token: judge)
        XCTAssertEqual(after.0, "2027-10-08")
        XCTAssertFalse(after.1.contains { $0.contains("2027") }, "\(after.1)")
        // A make-up working day counts: 2027-10-09 (Saturday) is not a rest day, so a period ending on it stays.
        let makeup = try await dueDate(from: "2027-09-24", days: 15, token: judge)
        XCTAssertEqual(makeup.0, "2027-10-09")
    }

    func test_get_listsBundledAndEnteredYears_andOneYear() async throws {
        let judge = try await token("judge"), admin = try await token("admin")
        let (missing, _) = try await send(.GET, "/api/v1/calendar/years/2027", token: judge)
        XCTAssertEqual(missing, .notFound)
        _ = try await send(.PUT, "/api/v1/calendar/years/2027", Test2027.body(), token: admin)
        let (status, body) = try await send(.GET, "/api/v1/calendar/years", token: judge)
        XCTAssertEqual(status, .ok, body)
        let items = try XCTUnwrap(try json(body)["items"] as? [[String: Any]])
        let byYear = Dictionary(uniqueKeysWithValues: items.map { ($0["year"] as? Int ?? 0, $0) })
        XCTAssertEqual(byYear[2026]?["origin"] as? String, "bundled")
        XCTAssertEqual(byYear[2026]?["noticeNumber"] as? String, "国办发明电〔2025〕7号")
        XCTAssertEqual(byYear[2027]?["origin"] as? String, "entered")
        XCTAssertEqual(byYear[2027]?["enteredBy"] as? String, "系统管理员")
        let (one, oneBody) = try await send(.GET, "/api/v1/calendar/years/2027", token: judge)
        XCTAssertEqual(one, .ok)
        XCTAssertEqual(try json(oneBody)["noticeDate"] as? String, Test2027.date)
    }

    /// Each rule of `HolidayYearEntry` answers 400 with the field at fault, and nothing is stored.
    func test_put_invalid_answers400_namingTheField_andStoresNothing() async throws {
        let admin = try await token("admin")
        let cases: [(String, [String: Any], String)] = [
            ("2027", Test2027.body(makeupWorkdays: ["2027-10-08"]), "makeupWorkdays"),      // a Friday
            ("2027", Test2027.body(makeupWorkdays: ["2027-10-02"]), "makeupWorkdays"),      // both off and working
            ("2027", Test2027.body(holidays: ["2029-01-01"]), "holidays"),                  // outside 2026-2028
            ("2027", Test2027.body(holidays: ["2027-02-30"]), "holidays"),                  // not a date
            ("2027", Test2027.body(holidays: []), "holidays"),
            ("2027", Test2027.body(number: nil), "noticeNumber"),
            ("2027", Test2027.body(date: "2025-12-01"), "noticeDate"),
            ("2027", Test2027.body(date: nil), "noticeDate"),
            ("1899", Test2027.body(holidays: ["1899-01-01"]), "year"),
        ]
        for (year, body, field) in cases {
            let (status, text) = try await send(.PUT, "/api/v1/calendar/years/\(year)", body, token: admin)
            XCTAssertEqual(status, .badRequest, "\(field): \(text)")
            XCTAssertEqual((try json(text)["error"] as? [String: Any])?["field"] as? String, field, text)
        }
        // The rule that lets a block reach into a neighbouring year is kept: 2026-12-31 may be listed for 2027.
        let (reach, reachBody) = try await send(.PUT, "/api/v1/calendar/years/2027",
                                                Test2027.body(holidays: ["2026-12-31", "2027-01-01"]), token: admin)
        XCTAssertEqual(reach, .ok, reachBody)
        let rows = try await HolidayYearRecord.query(on: app.db).count()
        XCTAssertEqual(rows, 1)
    }

    func test_nonAdministrators_areRefused_andACourtAdministratorMayNotChangeTheNationalCalendar() async throws {
        let judge = try await token("judge")
        let (status, _) = try await send(.PUT, "/api/v1/calendar/years/2027", Test2027.body(), token: judge)
        XCTAssertEqual(status, .forbidden)
        try await makeUser("admin.bj", role: .administrator, at: "京")
        let courtAdmin = try await token("admin.bj")
        let (courtStatus, _) = try await send(.PUT, "/api/v1/calendar/years/2027", Test2027.body(), token: courtAdmin)
        XCTAssertEqual(courtStatus, .forbidden)
        let (deleteStatus, _) = try await send(.DELETE, "/api/v1/calendar/years/2026", token: judge)
        XCTAssertEqual(deleteStatus, .forbidden)
        let rows = try await HolidayYearRecord.query(on: app.db).count()
        XCTAssertEqual(rows, 0)
    }

    func test_save_writesOneAuditEvent_inTheChain() async throws {
        let admin = try await token("admin")
        let before = try await AuditEvent.query(on: app.db).count()
        _ = try await send(.PUT, "/api/v1/calendar/years/2027", Test2027.body(), token: admin)
        _ = try await send(.PUT, "/api/v1/calendar/years/2027", Test2027.body(number: "国办发明电〔2026〕100号"), token: admin)
        let events = try await AuditEvent.query(on: app.db).filter(\.$entity == "holiday_year").sort(\.$id).all()
        XCTAssertEqual(events.map(\.action), ["calendar.year.enter", "calendar.year.update"])
        XCTAssertEqual(events.map(\.entityID), ["2027", "2027"])
        let after = try await AuditEvent.query(on: app.db).count()
        XCTAssertEqual(after - before, 2)
        let report = try await AuditVerifier.verify(on: app.db)
        XCTAssertTrue(report.isIntact)
    }

    /// Two server processes on one database agree: a year entered on instance A is used by instance B on
    /// its next request, although B computed (and cached) the calendar before.
    func test_aSecondInstance_onTheSameDatabase_usesTheYearAtOnce() async throws {
        let other = try await secondInstance()
        do {
            let judge = try await token("judge"), admin = try await token("admin")
            let before = try await dueDate(from: "2027-09-16", days: 15, token: judge, on: other)
            XCTAssertEqual(before.0, "2027-10-01")
            _ = try await send(.PUT, "/api/v1/calendar/years/2027", Test2027.body(), token: admin)
            let after = try await dueDate(from: "2027-09-16", days: 15, token: judge, on: other)
            XCTAssertEqual(after.0, "2027-10-08")
            // And a removal on B is seen by A.
            let (removed, _) = try await send(.DELETE, "/api/v1/calendar/years/2027", token: admin, on: other)
            XCTAssertEqual(removed, .noContent)
            let again = try await dueDate(from: "2027-09-16", days: 15, token: judge)
            XCTAssertEqual(again.0, "2027-10-01")
        } catch {
            try? await other.asyncShutdown()
            throw error
        }
        try await other.asyncShutdown()
    }

    /// A bundled year may be overridden and the override removed: 2026-10-08 is a Thursday the 2026
    /// notice keeps as a working day; an override making it a day off moves a period ending on it, and
    /// removing the override brings the bundled answer back.
    func test_bundledYear_overriddenThenRestored() async throws {
        let judge = try await token("judge"), admin = try await token("admin")
        let bundled = try await dueDate(from: "2026-09-23", days: 15, token: judge)
        XCTAssertEqual(bundled.0, "2026-10-08")
        let override: [String: Any] = ["noticeTitle": "国务院办公厅关于2026年部分节假日安排的通知（测试覆盖）",
                                       "noticeNumber": "国办发明电〔2025〕7号", "noticeDate": "2025-11-04",
                                       "holidays": ["2026-10-01..2026-10-08"], "makeupWorkdays": []]
        let (status, body) = try await send(.PUT, "/api/v1/calendar/years/2026", override, token: admin)
        XCTAssertEqual(status, .ok, body)
        let saved = try json(body)
        XCTAssertEqual(saved["overridesDefault"] as? Bool, true)
        XCTAssertEqual(saved["defaultOrigin"] as? String, "bundled")
        let overridden = try await dueDate(from: "2026-09-23", days: 15, token: judge)
        XCTAssertEqual(overridden.0, "2026-10-09")
        let (removed, _) = try await send(.DELETE, "/api/v1/calendar/years/2026", token: admin)
        XCTAssertEqual(removed, .noContent)
        let restored = try await dueDate(from: "2026-09-23", days: 15, token: judge)
        XCTAssertEqual(restored.0, "2026-10-08")
        let (one, oneBody) = try await send(.GET, "/api/v1/calendar/years/2026", token: judge)
        XCTAssertEqual(one, .ok)
        XCTAssertEqual(try json(oneBody)["origin"] as? String, "bundled")
    }
}
