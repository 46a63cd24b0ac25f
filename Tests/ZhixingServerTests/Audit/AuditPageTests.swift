import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The audit log page (issue 9, item 7): Beijing time, actions in words in the page's language, links to
/// the case page for whoever may read the case, and filters — actor, case, kind, dates — in a GET form
/// whose values stay in the fields and whose bad values re-render the form with the field marked.
final class AuditPageTests: AppTestCase {
    /// 1_795_000_000 s is 2026-11-18 11:06:40 UTC: 19:06:40 in Beijing. The demo seed writes at that instant.
    private let seedUTC = "2026-11-18T11:06:40.000Z"

    private func admin(_ username: String = "admin", english: Bool = false) async throws -> WebSession {
        let web = WebSession(app: app)
        if english { web.acceptLanguage = "en" }
        let login = try await web.logIn(username)
        XCTAssertEqual(login.status, .seeOther, "log-in of \(username)")
        return web
    }

    private func fileCase(as username: String) async throws -> (id: UUID, number: String) {
        let (status, json) = try await post("/api/v1/cases", CaseTests.filing(), token: try await token(username))
        XCTAssertEqual(status, .created, json)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return (try XCTUnwrap(UUID(uuidString: object["id"] as? String ?? "")), object["caseNumber"] as? String ?? "")
    }

    private func escaped(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text }

    // MARK: - Times and words

    func test_times_areBeijingTime_markedAsSuch_inBothLanguages() async throws {
        let zh = try await admin().get("/admin/audit?action=user.create")
        XCTAssertEqual(zh.status, .ok)
        XCTAssertTrue(zh.body.contains("时间（北京时间）"))
        XCTAssertTrue(zh.body.contains("<time datetime=\"\(seedUTC)\">2026年11月18日 19:06:40</time>"), zh.body)
        let en = try await admin(english: true).get("/admin/audit?action=user.create")
        XCTAssertTrue(en.body.contains("Time (Beijing, UTC+8)"))
        XCTAssertTrue(en.body.contains(">2026-11-18 19:06:40</time>"))
    }

    func test_beijingTime_crossesMidnight_fromUTC() throws {
        XCTAssertEqual(BeijingTime.text(stored: "2026-11-18T16:30:05.120Z", language: "zh-CN"), "2026年11月19日 00:30:05")
        XCTAssertEqual(BeijingTime.text(stored: "2026-12-31T15:59:59.999Z", language: "en"), "2026-12-31 23:59:59")
        XCTAssertEqual(BeijingTime.text(stored: "2026-12-31T16:00:00.000Z", language: "en"), "2027-01-01 00:00:00")
        XCTAssertEqual(BeijingTime.text(stored: "not a time", language: "en"), "not a time", "shown as stored, never dropped")
        XCTAssertEqual(AuditLog.timestamp(BeijingTime.start(of: try LocalDate(iso: "2026-11-18"))), "2026-11-17T16:00:00.000Z")
    }

    func test_actions_areInWords_inThePagesLanguage() async throws {
        let zh = try await admin().get("/admin/audit")
        XCTAssertTrue(zh.body.contains("<td class=\"action\" title=\"user.create\">新建用户</td>"))
        XCTAssertTrue(zh.body.contains("<td class=\"action\" title=\"organisation.create\">新增机构</td>"))
        XCTAssertFalse(zh.body.contains(">user.create<"))
        // The fields changed, in words too: 用户名 / Username, not the stored key.
        XCTAssertTrue(zh.body.contains("用户名："), "the changed fields in Chinese")
        XCTAssertFalse(zh.body.contains("username:"), "no stored field key on the Chinese page")
        let en = try await admin(english: true).get("/admin/audit")
        XCTAssertTrue(en.body.contains("<td class=\"action\" title=\"user.create\">Created a user</td>"))
        XCTAssertTrue(en.body.contains("Username: "), "the changed fields in English")
        XCTAssertTrue(en.body.contains("<td class=\"action\" title=\"organisation.create\">Added an organisation</td>"))
    }

    func test_caseEvent_readsAsTheEventsName() throws {
        let zh = app.localizer.table("zh-CN"), en = app.localizer.table("en")
        XCTAssertEqual(AuditActions.text("case.measureTaken", language: "zh-CN", table: zh), "记录事件：采取控制措施")
        XCTAssertEqual(AuditActions.text("case.measureTaken", language: "en", table: en), "Recorded: Control measure taken")
        XCTAssertEqual(AuditActions.text("case.entrust", language: "zh-CN", table: zh), "委托执行")
    }

    func test_unknownCode_showsTheCodeItself() async throws {
        try await AuditLog.append(on: app.db, at: TestApp.fixedNow, actor: .system("later release"), action: "archive.purge",
                                  entity: "archive", entityID: "2019", ownerPath: "/最高法/", changes: [:])
        let page = try await admin().get("/admin/audit")
        XCTAssertTrue(page.body.contains("<td class=\"action\" title=\"archive.purge\">archive.purge</td>"))
        XCTAssertEqual(AuditActions.text("archive.purge", language: "en", table: app.localizer.table("en")), "archive.purge")
        let filtered = try await admin().get("/admin/audit?action=archive.purge")
        XCTAssertEqual(filtered.status, .ok)
        XCTAssertTrue(filtered.body.contains("<option value=\"archive.purge\" selected>archive.purge</option>"), "an unknown kind stays selected")
        XCTAssertTrue(filtered.body.contains("共计: 1"))
    }

    /// Every action the server writes (`action: "…"` in Sources/ZhixingServer) has words in both languages.
    func test_everyFieldTheServerRecords_hasWords_inBothLanguages() throws {
        let root = TestApp.packageRoot + "Sources/ZhixingServer/"
        let files = try XCTUnwrap(FileManager.default.subpathsOfDirectory(atPath: root)).filter { $0.hasSuffix(".swift") }
        let recorded = try NSRegularExpression(pattern: #"record\("([a-z_]+)""#)
        let literal = try NSRegularExpression(pattern: #""([a-z_]+)": \.init\(from:"#)
        var keys: Set<String> = []
        for file in files {
            let text = try String(contentsOfFile: root + file, encoding: .utf8)
            for regex in [recorded, literal] {
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    guard let range = Range(match.range(at: 1), in: text) else { continue }
                    keys.insert(String(text[range]))
                }
            }
        }
        XCTAssertTrue(keys.isSuperset(of: ["case_number", "entrusted_court", "findings", "role"]), "\(keys.sorted())")
        for key in keys {
            XCTAssertNotNil(AuditFields.known[key], "no words for the audit field \(key)")
            XCTAssertNotEqual(AuditFields.text(key, language: "zh-CN"), key)
            XCTAssertNotEqual(AuditFields.text(key, language: "en"), key)
        }
        XCTAssertEqual(AuditFields.text("added_by_a_later_release", language: "zh-CN"), "added_by_a_later_release")
    }

    func test_everyActionTheServerWrites_hasWords_inBothLanguages() throws {
        let root = TestApp.packageRoot + "Sources/ZhixingServer/"
        let files = try XCTUnwrap(FileManager.default.subpathsOfDirectory(atPath: root)).filter { $0.hasSuffix(".swift") }
        let literal = try NSRegularExpression(pattern: #"[(,]\s*action: "([^"]+)""#)
        let calendar = try NSRegularExpression(pattern: #""(calendar\.year\.[a-z]+)""#)
        var codes: Set<String> = []
        for file in files {
            let text = try String(contentsOfFile: root + file, encoding: .utf8)
            for regex in [literal, calendar] {
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    guard let range = Range(match.range(at: 1), in: text) else { continue }
                    codes.insert(String(text[range]))
                }
            }
        }
        var expanded: Set<String> = []
        for code in codes {
            switch code {
            case #"case.\(next.kind.rawValue)"#: expanded.formUnion(AuditActions.eventKinds.map { "case." + $0.rawValue })
            case #"case.link.\(kind.rawValue)"#: expanded.formUnion(CaseLinks.Kind.allCases.map { "case.link." + $0.rawValue })
            default:
                XCTAssertFalse(code.contains("\\("), "a new computed action code the table does not expand: \(code)")
                expanded.insert(code)
            }
        }
        XCTAssertGreaterThan(expanded.count, 40)
        XCTAssertTrue(expanded.isSuperset(of: ["case.entrust", "user.create", "calendar.year.enter", "case.measureTaken"]))
        let zh = app.localizer.table("zh-CN"), en = app.localizer.table("en")
        for code in expanded {
            XCTAssertTrue(AuditActions.isKnown(code), code)
            XCTAssertNotEqual(AuditActions.text(code, language: "zh-CN", table: zh), code, "no Chinese words for \(code)")
            XCTAssertNotEqual(AuditActions.text(code, language: "en", table: en), code, "no English words for \(code)")
            XCTAssertTrue(AuditActions.allCodes.contains { $0.code == code } || code == "case.filed", "the kind filter offers \(code)")
        }
    }

    // MARK: - Links to the case

    func test_caseEvents_linkToTheCasePage_forWhoeverMayReadTheCase() async throws {
        let filed = try await fileCase(as: "clerk")
        try await makeUser("admin.chaoyang", role: .administrator, at: "京0105")
        for username in ["admin", "admin.chaoyang"] {
            let page = try await admin(username).get("/admin/audit?action=case.file")
            XCTAssertTrue(page.body.contains("<a href=\"/cases/\(filed.id.uuidString)\">案件 \(filed.number)</a>"), username)
            let opened = try await admin(username).get("/cases/\(filed.id.uuidString)")
            XCTAssertEqual(opened.status, .ok, "the link opens for \(username)")
        }
    }

    /// An event inside a user's scope about a case outside it (written by hand here; the server writes case
    /// events under the case's court): the row stays, but neither the case number nor a link is shown.
    func test_eventInScope_aboutACaseOutOfScope_showsNoCaseNumberAndNoLink() async throws {
        let filed = try await fileCase(as: "clerk")
        try await makeUser("admin.fengtai", role: .administrator, at: "京0106")
        try await AuditLog.append(on: app.db, at: TestApp.fixedNow, actor: .system("hand"), action: "case.document.issue",
                                  entity: "enforcement_case", entityID: filed.id.uuidString,
                                  ownerPath: "/最高法/京/京02/京0106/", changes: [:])
        let page = try await admin("admin.fengtai").get("/admin/audit?action=case.document.issue")
        XCTAssertTrue(page.body.contains("案件 \(filed.id.uuidString)"))
        XCTAssertFalse(page.body.contains(filed.number))
        XCTAssertFalse(page.body.contains("href=\"/cases/"))
    }

    // MARK: - Filters

    func test_filters_byActorCaseKindAndDates_keepTheirValues() async throws {
        let first = try await fileCase(as: "clerk")
        _ = try await fileCase(as: "clerk")
        let web = try await admin()
        let byCase = try await web.get("/admin/audit?case=" + escaped(first.number))
        XCTAssertEqual(byCase.status, .ok)
        XCTAssertTrue(byCase.body.contains("共计: 1"), "only the first case's filing")
        XCTAssertTrue(byCase.body.contains("value=\"\(first.number)\""), "the case number stays in its field")
        let halfWidth = try await web.get("/admin/audit?case=" + escaped("(2026)京0105执1号"))
        XCTAssertTrue(halfWidth.body.contains("共计: 1"), "half-width brackets find the same case")

        let byActor = try await web.get("/admin/audit?actor=" + escaped("陈静") + "&action=case.file")
        XCTAssertTrue(byActor.body.contains("共计: 2"))
        XCTAssertTrue(byActor.body.contains("id=\"actor\" name=\"actor\" value=\"陈静\""))
        XCTAssertTrue(byActor.body.contains("<option value=\"case.file\" selected>立案</option>"))
        let nobody = try await web.get("/admin/audit?actor=" + escaped("王立新") + "&action=case.file")
        XCTAssertTrue(nobody.body.contains("data-testid=\"audit-empty\""))
        XCTAssertTrue(nobody.body.contains("清除筛选"))

        let sameDay = try await web.get("/admin/audit?action=case.file&from=2026-11-18&to=2026-11-18")
        XCTAssertTrue(sameDay.body.contains("共计: 2"), "19:06 Beijing is on the 18th")
        XCTAssertTrue(sameDay.body.contains("id=\"from\" name=\"from\" type=\"date\" value=\"2026-11-18\""))
        let dayAfter = try await web.get("/admin/audit?action=case.file&from=2026-11-19")
        XCTAssertTrue(dayAfter.body.contains("共计: 0"))
        let dayBefore = try await web.get("/admin/audit?action=case.file&to=2026-11-17")
        XCTAssertTrue(dayBefore.body.contains("共计: 0"))
    }

    func test_beijingDayBounds_notUTCDays() async throws {
        // 2026-11-18 16:30 UTC is already the 19th in Beijing; 2026-11-17 16:30 UTC is the 18th.
        for (utc, entity) in [(1_795_019_400.0, "late"), (1_794_933_000.0, "early")] {
            try await AuditLog.append(on: app.db, at: Date(timeIntervalSince1970: utc), actor: .system("clock"), action: "archive.purge",
                                      entity: "archive", entityID: entity, ownerPath: "/最高法/", changes: [:])
        }
        let web = try await admin()
        let the18th = try await web.get("/admin/audit?action=archive.purge&from=2026-11-18&to=2026-11-18")
        XCTAssertTrue(the18th.body.contains("archive early"))
        XCTAssertFalse(the18th.body.contains("archive late"))
        let the19th = try await web.get("/admin/audit?action=archive.purge&from=2026-11-19")
        XCTAssertTrue(the19th.body.contains("archive late"))
        XCTAssertFalse(the19th.body.contains("archive early"))
    }

    func test_pager_keepsTheFilters() async throws {
        let page = try await admin().get("/admin/audit?action=court.create&per=10")
        XCTAssertTrue(page.body.contains("href=\"/admin/audit?action=court.create&amp;per=10&amp;page=2\"")
                      || page.body.contains("href=\"/admin/audit?action=court.create&per=10&page=2\""), "next page keeps the kind and the page size")
    }

    func test_badInput_reRendersTheForm_withTheFieldMarked_notAnErrorPage() async throws {
        let web = try await admin()
        let cases: [(query: String, field: String, label: String, kept: String)] = [
            ("from=2026-13-01&actor=" + escaped("陈静"), "from", "起始日期", "value=\"陈静\""),
            ("to=9999-12-31", "to", "截止日期", "value=\"9999-12-31\""),
            ("from=2026-11-20&to=2026-11-01", "to", "截止日期", "value=\"2026-11-20\""),
            ("case=" + escaped("京0105执1号"), "case", "案号", "value=\"京0105执1号\""),
            ("actor=" + String(repeating: "a", count: 101), "actor", "操作人", "name=\"actor\""),
            ("action=" + escaped("case.file' OR 1=1"), "action", "操作类型", "name=\"action\""),
            ("from=" + String(repeating: "2", count: 500), "from", "起始日期", "name=\"from\""),
        ]
        for c in cases {
            let page = try await web.get("/admin/audit?" + c.query)
            XCTAssertEqual(page.status, .badRequest, c.query)
            XCTAssertTrue(page.body.contains("data-testid=\"audit-filter\""), "the form, not an error page: \(c.query)")
            XCTAssertFalse(page.body.contains("data-testid=\"error-page\""), c.query)
            XCTAssertTrue(page.body.contains("id=\"audit-filter-error\" data-testid=\"form-error\">\(c.label)："), "message names \(c.label): \(c.query)")
            let marked = try XCTUnwrap(page.body.range(of: "id=\"\(c.field)\" name=\"\(c.field)\""), c.query)
            let tag = page.body[marked.lowerBound...].prefix(while: { $0 != ">" })
            XCTAssertTrue(tag.contains("aria-invalid=\"true\""), "\(c.field) marked: \(c.query)")
            XCTAssertTrue(page.body.contains(c.kept), "typed values kept: \(c.query)")
            XCTAssertFalse(page.body.contains("<table class=\"list audit\">"), "no events under a bad filter")
        }
        let english = try await admin(english: true).get("/admin/audit?from=2026-02-30")
        XCTAssertTrue(english.body.contains("data-testid=\"form-error\">From: "), english.body)
    }

    // MARK: - Scope: no filter shows another court's events

    func test_attack_anotherCourtsAdministrator_seesNoEventOfOurCases_throughAnyFilter() async throws {
        let ours = try await fileCase(as: "clerk")  // 京0105
        try await makeUser("admin.fengtai", role: .administrator, at: "京0106")
        try await makeUser("clerk.fengtai", role: .clerk, at: "京0106")
        let theirs = try await fileCase(as: "clerk.fengtai")  // 京0106, also （2026）…执1号 of its own court
        let web = try await admin("admin.fengtai")
        let queries = [
            "", "?action=case.file", "?case=" + escaped(ours.number), "?case=" + escaped(ours.number) + "&action=case.file",
            "?actor=" + escaped("陈静"), "?actor=clerk", "?actor=%25", "?actor=_",
            "?from=2026-11-18&to=2026-11-18", "?from=1949-10-01&to=2100-12-31&action=case.file", "?per=200",
            "?action=organisation.create", "?action=user.create&actor=demo",
        ]
        for query in queries {
            let page = try await web.get("/admin/audit" + query)
            XCTAssertEqual(page.status, .ok, query)
            // The typed case number stays in its field; nowhere else may it appear.
            let shown = page.body.replacingOccurrences(of: "value=\"\(ours.number)\"", with: "")
            XCTAssertFalse(shown.contains(ours.number), "our case number through \(query)")
            XCTAssertFalse(page.body.contains(ours.id.uuidString), "our case id through \(query)")
            XCTAssertFalse(page.body.contains("陈静 (clerk)"), "our clerk's events through \(query)")
            XCTAssertFalse(page.body.contains("公安-京0105"), "our court's organisations through \(query)")
        }
        let own = try await web.get("/admin/audit?case=" + escaped(theirs.number))
        XCTAssertTrue(own.body.contains("<a href=\"/cases/\(theirs.id.uuidString)\">案件 \(theirs.number)</a>"), "their own case is found")
        let ourNumber = try await web.get("/admin/audit?case=" + escaped(ours.number))
        XCTAssertTrue(ourNumber.body.contains("共计: 0") || !ourNumber.body.contains(ours.id.uuidString))
        let (status, json) = try await get("/api/v1/audit/events?entity=enforcement_case&entityId=\(ours.id.uuidString)",
                                           token: try await token("admin.fengtai"))
        XCTAssertEqual(status, .ok)
        XCTAssertTrue(json.contains("\"total\":0"), json)
    }

    func test_attack_nonAdministrators_getNoAuditPage() async throws {
        for username in ["judge", "head", "command.spc", "police"] {
            let web = WebSession(app: app)
            try await web.logIn(username)
            let page = try await web.get("/admin/audit?case=" + escaped("（2026）京0105执1号"))
            XCTAssertEqual(page.status, .forbidden, username)
            XCTAssertFalse(page.body.contains("data-testid=\"audit-filter\""), username)
        }
    }
}
