import Fluent
import SQLKit
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The court user's day (issue 9, items 1-2): homes that count the work, kept counts that agree with the
/// cases, 终本 as its own standing, lists searched by party and sorted, and the walls between courts.
final class WorkQueueTests: AppTestCase {
    private func counts() async throws -> [String: Int64] {
        struct Row: Decodable {
            let court_id: UUID; let team_id: UUID; let standing: String; let overdue: Bool; let closed_month: String; let timed: Bool; let n: Int64
        }
        guard let sql = app.db as? any SQLDatabase else { return [:] }
        let rows = try await sql.raw("SELECT court_id, team_id, standing, overdue, closed_month, timed, n FROM case_counts").all(decoding: Row.self)
        var result: [String: Int64] = [:]
        for row in rows {
            result["\(row.court_id) \(row.team_id) \(row.standing) \(row.overdue) \(row.closed_month) \(row.timed)", default: 0] += row.n
        }
        return result.filter { $0.value != 0 }
    }

    /// The counts kept with the writes equal the counts made afresh from the cases.
    private func assertCountsAgree(file: StaticString = #filePath, line: UInt = #line) async throws {
        let kept = try await counts()
        guard let sql = app.db as? any SQLDatabase else { return XCTFail("no SQL") }
        try await CaseCounts.rebuild(on: sql)
        let rebuilt = try await counts()
        XCTAssertEqual(kept, rebuilt, "the kept counts drifted from the cases", file: file, line: line)
    }

    private func total(_ path: String, token: String) async throws -> Int {
        let (status, body) = try await get(path, token: token)
        XCTAssertEqual(status, .ok, body)
        return try json(body)["total"] as? Int ?? -1
    }

    func test_keptCounts_agreeWithTheCases_afterSeeding_filing_events_teamsAndEntrustment() async throws {
        try await DemoCases.seed(count: 90, on: app, batchSize: 40) { _ in }
        try await assertCountsAgree()
        let clerk = try await token("clerk")
        let judge = try await token("judge")
        var ids: [UUID] = []
        for _ in 0..<3 {
            let (status, body) = try await post("/api/v1/cases", CaseTests.filing(), token: clerk)
            XCTAssertEqual(status, .created, body)
            ids.append(try XCTUnwrap(UUID(uuidString: try json(body)["id"] as? String ?? "")))
        }
        try await assertCountsAgree()
        // A team takes the first case (its handler fixed), then the 终本 of another through the events.
        let judgeCourt = try await userCourt("judge")
        let teams = try await Team.query(on: app.db).filter(\.$court.$id == judgeCourt).all()
        let team = try XCTUnwrap(teams.first?.id)
        let version = try await EnforcementCase.find(ids[0], on: app.db)?.version ?? 0
        let (assigned, assignedBody) = try await post("/api/v1/cases/\(ids[0])/team", ["teamId": team.uuidString, "version": version], token: judge)
        XCTAssertTrue(assigned == .ok || assigned == .created || assigned == .noContent, "\(assigned) \(assignedBody)")
        try await assertCountsAgree()
        // The deadline job marks what fell due, through the models.
        _ = try await DeadlineJob.run(effects: app.effects, on: app.db)
        try await assertCountsAgree()
    }

    private func userCourt(_ username: String) async throws -> UUID {
        let user = try await User.query(on: app.db).filter(\.$username == username).first()
        return try XCTUnwrap(user?.$organisation.id)
    }

    func test_termination_isItsOwnStanding_inTheFacets_theListAndTheCounts() async throws {
        try await DemoCases.seed(count: 120, on: app, batchSize: 60) { _ in }
        let judge = try await token("judge")
        let all = try await total("/api/v1/cases?court=京0105", token: judge)
        let terminated = try await total("/api/v1/cases?court=京0105&status=currentProcedureTerminated", token: judge)
        let concluded = try await total("/api/v1/cases?court=京0105&status=concluded", token: judge)
        let closed = try await total("/api/v1/cases?court=京0105&status=closed", token: judge)
        let open = try await total("/api/v1/cases?court=京0105&status=open", token: judge)
        XCTAssertGreaterThan(terminated, 0, "the demo has 终本 cases")
        XCTAssertGreaterThan(concluded, 0)
        XCTAssertEqual(closed, terminated + concluded)
        XCTAssertEqual(open + closed, all)
        // Each listed 终本 case says so, and was closed by 终本 (Termination Provisions 2016 Art.9: not over).
        let (_, body) = try await get("/api/v1/cases?court=京0105&status=currentProcedureTerminated&per=200", token: judge)
        let items = try json(body)["items"] as? [[String: Any]] ?? []
        XCTAssertEqual(items.count, terminated)
        XCTAssertTrue(items.allSatisfy { $0["standing"] as? String == "currentProcedureTerminated" && $0["closure"] as? String == "currentProcedureTerminated" && $0["status"] as? String == "closed" })
        // The kept totals equal counting the rows (the totals of lists without a search come from the counts).
        let judgeCourt = try await userCourt("judge")
        let rows = try await EnforcementCase.query(on: app.db).filter(\.$standing == CaseStanding.currentProcedureTerminated.rawValue)
            .filter(\.$court.$id == judgeCourt).count()
        XCTAssertEqual(rows, terminated)
        // On the page: 终本 by its name, never 已结案.
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let page = try await web.get("/cases?status=currentProcedureTerminated")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("终本（终结本次执行程序）"), page.body)
        XCTAssertTrue(page.body.contains("badge standing-currentProcedureTerminated"))
        XCTAssertFalse(page.body.contains("badge standing-concluded"), "a 终本 case is not shown as 已结案")
        let (bad, badBody) = try await get("/api/v1/cases?status=finished", token: judge)
        XCTAssertEqual(bad, .badRequest)
        XCTAssertTrue(badBody.contains("\"field\":\"status\""), badBody)
    }

    func test_search_byPartyName_identityNumber_creditCode_andCaseNumber_withinTheUsersCourtOnly() async throws {
        let clerk = try await token("clerk")
        var body = CaseTests.filing()
        body["debtors"] = [["kind": "naturalPerson", "name": "欧阳明远", "identityNumber": "110105198001011238"],
                           ["kind": "organisation", "name": "北京远航物流有限公司", "creditCode": "91110105MA01ABCD39", "legalRepresentative": "钱多"]]
        let (status, filed) = try await post("/api/v1/cases", body, token: clerk)
        XCTAssertEqual(status, .created, filed)
        let number = try json(filed)["caseNumber"] as? String ?? ""
        _ = try await post("/api/v1/cases", CaseTests.filing(), token: clerk)  // 李强's case: not found by the searches below
        let judge = try await token("judge")
        func found(_ q: String, token: String) async throws -> [String] {
            let encoded = q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? q
            let (status, body) = try await get("/api/v1/cases?q=\(encoded)", token: token)
            XCTAssertEqual(status, .ok, body)
            return (try json(body)["items"] as? [[String: Any]] ?? []).compactMap { $0["caseNumber"] as? String }
        }
        do { let value = try await found("欧阳", token: judge); XCTAssertEqual(value, [number], "a name's beginning") }
        do { let value = try await found("欧阳明远", token: judge); XCTAssertEqual(value, [number]) }
        do { let value = try await found("北京远航", token: judge); XCTAssertEqual(value, [number], "a company's name, second debtor") }
        do { let value = try await found("110105198001011238", token: judge); XCTAssertEqual(value.count, 2, "the identity number is in both cases") }
        do { let value = try await found("91110105MA01ABCD39", token: judge); XCTAssertEqual(value, [number]) }
        do { let value = try await found(number, token: judge); XCTAssertEqual(value, [number]) }
        do { let value = try await found("明远", token: judge); XCTAssertEqual(value, [], "a name is searched by its beginning") }
        // Another court's judge finds nothing of this court's cases, by name or by number.
        let other = try await token("judge.pudong")
        do { let value = try await found("欧阳", token: other); XCTAssertEqual(value, []) }
        do { let value = try await found("110105198001011238", token: other); XCTAssertEqual(value, []) }
        do { let value = try await found(number, token: other); XCTAssertEqual(value, []) }
        // The page says what it searched for.
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let page = try await web.get("/cases?q=%E6%AC%A7%E9%98%B3")
        XCTAssertTrue(page.body.contains("当事人姓名或名称以此开头： 欧阳"), page.body)
        XCTAssertTrue(page.body.contains(number))
    }

    /// What the search box is read as. A company's name often holds its city in brackets (`（北京）`): that is a
    /// name, not part of a case number — read as one, it found nothing after a scan of every case number.
    func test_searchBox_readsBracketsInANameAsAName_andAYearInBracketsAsACaseNumber() {
        XCTAssertEqual(CaseList.Search("安诚宏（北京）文化传媒有限公司"), .partyName("安诚宏（北京）文化传媒有限公司"))
        XCTAssertEqual(CaseList.Search("远航(北京)"), .partyName("远航(北京)"))
        XCTAssertEqual(CaseList.Search("（2025）京0105"), .caseNumberPart("（2025）京0105"))
        XCTAssertEqual(CaseList.Search("(2025)"), .caseNumberPart("(2025)"))
        XCTAssertEqual(CaseList.Search("京0105执1234"), .caseNumberPart("京0105执1234"))
        XCTAssertEqual(CaseList.Search("1234号"), .caseNumberPart("1234号"))
        XCTAssertEqual(CaseList.Search("1234"), .caseNumberPart("1234"))
        XCTAssertEqual(CaseList.Search("（2025）京0105执1234号"), .caseNumber("（2025）京0105执1234号"))
        XCTAssertEqual(CaseList.Search("张三"), .partyName("张三"))
    }

    func test_sorting_byOutstanding_andByDueDate() async throws {
        try await DemoCases.seed(count: 80, on: app, batchSize: 40) { _ in }
        let judge = try await token("judge")
        let (_, byOutstanding) = try await get("/api/v1/cases?sort=outstanding&per=100", token: judge)
        let amounts = (try json(byOutstanding)["items"] as? [[String: Any]] ?? []).compactMap { ($0["amountOutstanding"] as? String).flatMap { try? Money(parsing: $0) } }
        XCTAssertGreaterThan(amounts.count, 1)
        XCTAssertEqual(amounts, amounts.sorted(by: >))
        let (_, byDue) = try await get("/api/v1/cases?sort=due&per=100", token: judge)
        let dues = (try json(byDue)["items"] as? [[String: Any]] ?? []).map { $0["nextDueDate"] as? String }
        XCTAssertFalse(dues.contains(nil), "the due-date order lists the cases with a time limit running")
        XCTAssertEqual(dues.compactMap { $0 }, dues.compactMap { $0 }.sorted())
        let (bad, badBody) = try await get("/api/v1/cases?sort=random", token: judge)
        XCTAssertEqual(bad, .badRequest)
        XCTAssertTrue(badBody.contains("\"field\":\"sort\""), badBody)
    }

    /// A search by party reads its few matches first and sorts them (`CaseList.fewMatches`): in every order
    /// its pages, followed by "next", list the same cases in the same order as the whole list does, and the
    /// total of the list by next due date (from the kept counts) is the number of cases it lists.
    func test_searchByName_inEveryOrder_pagesAsTheWholeListDoes() async throws {
        try await DemoCases.seed(count: 80, on: app, batchSize: 40) { _ in }
        let judge = try await token("judge")
        func items(_ query: String) async throws -> (numbers: [String], debtors: [String], total: Int, next: String?) {
            let (status, body) = try await get("/api/v1/cases?" + query, token: judge)
            XCTAssertEqual(status, .ok, body)
            let page = try json(body)
            let rows = page["items"] as? [[String: Any]] ?? []
            return (rows.compactMap { $0["caseNumber"] as? String }, rows.compactMap { ($0["debtors"] as? [String])?.first },
                    page["total"] as? Int ?? -1, page["next"] as? String)
        }
        // The commonest first character of a debtor's name among the seeded cases.
        let all = try await items("per=100")
        let firsts = Dictionary(all.debtors.compactMap(\.first).map { (String($0), 1) }, uniquingKeysWith: +)
        let (prefix, matches) = try XCTUnwrap(firsts.max { $0.value < $1.value })
        XCTAssertGreaterThan(matches, 2)
        let q = prefix.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? prefix
        for sort in CaseList.Sort.allCases {
            let whole = try await items("per=100&sort=\(sort.rawValue)")
            if sort == .due { XCTAssertEqual(whole.total, whole.numbers.count, "the total by due date counts the cases listed") }
            var searched: [String] = []
            var page = try await items("per=3&sort=\(sort.rawValue)&q=\(q)")
            let total = page.total
            searched += page.numbers
            while let next = page.next {
                page = try await items("per=3&sort=\(sort.rawValue)&q=\(q)&after=\(next)")
                searched += page.numbers
            }
            XCTAssertEqual(searched.count, total, "\(sort): every match, once")
            let beyond = try await items("per=3&sort=\(sort.rawValue)&q=\(q)&page=999")
            XCTAssertEqual(beyond.numbers, [])
            XCTAssertEqual(beyond.total, total, "\(sort): a page beyond the last still says how many there are")
            XCTAssertEqual(searched, whole.numbers.filter(Set(searched).contains), "\(sort): in the list's own order")
        }
    }

    func test_aPageBeyondTheLast_saysSo_andAnEmptyResult_saysWhatToTry() async throws {
        try await DemoCases.seed(count: 30, on: app, batchSize: 30) { _ in }
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let beyond = try await web.get("/cases?page=999")
        XCTAssertEqual(beyond.status, .ok)
        XCTAssertTrue(beyond.body.contains("data-testid=\"beyond-last\""), beyond.body)
        XCTAssertTrue(beyond.body.contains("没有第 999 页"), beyond.body)
        let empty = try await web.get("/cases?q=%E6%97%A0%E6%AD%A4%E4%BA%BA&status=active")
        XCTAssertTrue(empty.body.contains("data-testid=\"no-results\""), empty.body)
        XCTAssertTrue(empty.body.contains("身份证号码和统一社会信用代码须完整输入"), empty.body)
        XCTAssertTrue(empty.body.contains("取消状态、超期、团队等筛选条件再试"), empty.body)
    }

    func test_homes_countTheWork_andEachCountOpensItsList() async throws {
        try await DemoCases.seed(count: 150, on: app, batchSize: 50) { _ in }
        // The judge's queue: each count is the total of the list it links to.
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let home = try await web.get("/home")
        XCTAssertEqual(home.status, .ok)
        XCTAssertTrue(home.body.contains("data-testid=\"home-queue\""), home.body)
        let judge = try await token("judge")
        for key in ["overdue", "dueThisWeek", "measuresExpiring", "followUpsDue", "documentsToServe", "open"] {
            let pattern = try NSRegularExpression(pattern: "<a href=\"([^\"]+)\" data-testid=\"queue-\(key)\"><span class=\"queue-count\">(\\d+)</span>")
            let body = home.body
            guard let match = pattern.firstMatch(in: body, range: NSRange(body.startIndex..., in: body)),
                  let hrefRange = Range(match.range(at: 1), in: body), let countRange = Range(match.range(at: 2), in: body) else {
                XCTFail("no \(key) count on the judge's home"); continue
            }
            let href = String(body[hrefRange]).replacingOccurrences(of: "&amp;", with: "&")
            let count = Int(body[countRange]) ?? -1
            let listed = try await total("/api/v1" + href, token: judge)
            XCTAssertEqual(count, listed, "\(key): the home's count is the list's total (\(href))")
        }
        // The demo's open cases are the judge's team's: some are overdue, some follow-ups owed after 终本.
        XCTAssertFalse(home.body.contains("<span class=\"queue-count\">0</span> <span class=\"queue-label\">在办案件"))

        // The bureau head: the court's teams.
        let head = WebSession(app: app)
        try await head.logIn("head")
        let headHome = try await head.get("/home")
        XCTAssertTrue(headHome.body.contains("data-testid=\"home-teams\""), headHome.body)
        XCTAssertTrue(headHome.body.contains("执行一组"))

        // The command centre of 京03: its courts, and no court outside its reach.
        let command = WebSession(app: app)
        try await command.logIn("command")
        let commandHome = try await command.get("/home")
        XCTAssertTrue(commandHome.body.contains("data-testid=\"home-courts\""), commandHome.body)
        XCTAssertTrue(commandHome.body.contains("京0105"))
        XCTAssertFalse(commandHome.body.contains("沪0115"), "a court outside the centre's reach is not counted")
        let spc = WebSession(app: app)
        try await spc.logIn("command.spc")
        let spcHome = try await spc.get("/home")
        XCTAssertTrue(spcHome.body.contains("沪0115"), "the SPC's centre sees every court with cases")
    }

    func test_queueFilters_areChecked_andAnotherCourtsQueueIsEmpty() async throws {
        try await DemoCases.seed(count: 60, on: app, batchSize: 60) { _ in }
        let judge = try await token("judge")
        let (bad, badBody) = try await get("/api/v1/cases?queue=everything", token: judge)
        XCTAssertEqual(bad, .badRequest)
        XCTAssertTrue(badBody.contains("\"field\":\"queue\""), badBody)
        let (badMonth, monthBody) = try await get("/api/v1/cases?closedIn=2026-13", token: judge)
        XCTAssertEqual(badMonth, .badRequest)
        XCTAssertTrue(monthBody.contains("\"field\":\"closedIn\""), monthBody)
        // 京0105's team is not 京0106's: its members see none of it in their lists, through any filter.
        let court = try await userCourt("judge")
        let found = try await Team.query(on: app.db).filter(\.$court.$id == court).first()
        let team = try XCTUnwrap(found?.id)
        let other = try await token("judge.fengtai")
        do { let value = try await total("/api/v1/cases?team=\(team.uuidString)", token: other); XCTAssertEqual(value, 0) }
        do { let value = try await total("/api/v1/cases?court=京0105", token: other); XCTAssertEqual(value, 0) }
        do { let value = try await total("/api/v1/cases?queue=followUpsDue&court=京0105", token: other); XCTAssertEqual(value, 0) }
        do { let value = try await total("/api/v1/cases?team=\(team.uuidString)", token: judge); XCTAssertGreaterThan(value, 0) }
    }
}

/// The party portal (issue 9, item 7): 终本 explained, the served documents opened, the court's contact.
final class PortalWorkTests: AppTestCase {
    func test_portal_explainsTermination_listsServedDocumentsOnly_andShowsTheCourtsContact() async throws {
        try await DemoCases.seed(count: 80, on: app, batchSize: 40) { _ in }
        let row = try await EnforcementCase.query(on: app.db).filter(\.$standing == CaseStanding.currentProcedureTerminated.rawValue)
            .with(\.$court).first()
        let terminated = try XCTUnwrap(row, "the demo has 终本 cases")
        let caseID = try terminated.requireID()
        let parties = try await CaseParty.query(on: app.db).filter(\.$enforcementCase.$id == caseID).all().parties()
        let applicant = try XCTUnwrap(parties.first { $0.role == .applicant })
        let identity = try XCTUnwrap(applicant.identityNumber ?? applicant.creditCode)
        terminated.court.phone = "010-85999999"
        try await terminated.court.save(on: app.db)
        // Two documents: a notice served (its service recorded) and a property report order not yet served.
        for (kind, served) in [("enforcementNotice", "2026-10-10"), ("propertyReportOrder", nil)] as [(String, String?)] {
            let doc = IssuedDocument()
            doc.$enforcementCase.id = caseID
            doc.kind = kind
            doc.issuedOn = "2026-10-09"
            doc.html = "<html><body>\(kind)</body></html>"
            doc.issuedBy = "王立新"
            doc.servedOn = served
            try await doc.create(on: app.db)
        }
        let web = WebSession(app: app)
        let form = try await web.get("/portal")
        let credentials = ["_csrf": form.csrf ?? "", "caseNumber": terminated.caseNumber, "identity": identity, "code": DemoCases.accessCode]
        let page = try await web.post("/portal", form: credentials)
        XCTAssertEqual(page.status, .ok, page.body)
        XCTAssertTrue(page.body.contains("终本（终结本次执行程序）"), "终本 by its name, not 已结案")
        XCTAssertTrue(page.body.contains("data-testid=\"portal-terminated\""))
        XCTAssertTrue(page.body.contains("每六个月"), "the follow-up inquiries are explained")
        XCTAssertTrue(page.body.contains("不受申请执行时效期间的限制"), "applying again is explained")
        XCTAssertTrue(page.body.contains("010-85999999"))
        XCTAssertTrue(page.body.contains("12368"))
        let list = page.body.components(separatedBy: "data-testid=\"portal-documents\"").last?.components(separatedBy: "</ul>").first ?? ""
        XCTAssertTrue(list.contains("执行通知书"), list)
        XCTAssertFalse(list.contains("报告财产令"), "a document not yet served is not listed")
        let docs = try await IssuedDocument.query(on: app.db).filter(\.$enforcementCase.$id == caseID).all()
        let notice = try XCTUnwrap(docs.first { $0.kind == "enforcementNotice" }?.id)
        let order = try XCTUnwrap(docs.first { $0.kind == "propertyReportOrder" }?.id)
        var open = credentials
        open["document"] = notice.uuidString
        let shown = try await web.post("/portal/document", form: open)
        XCTAssertEqual(shown.status, .ok)
        XCTAssertTrue(shown.body.contains("enforcementNotice"))
        // Not the unserved one, not with a wrong code, not another case's document.
        open["document"] = order.uuidString
        let unserved = try await web.post("/portal/document", form: open)
        XCTAssertEqual(unserved.status, .notFound)
        var wrong = credentials
        wrong["code"] = "WRONGCODE2"
        wrong["document"] = notice.uuidString
        let refused = try await web.post("/portal/document", form: wrong)
        XCTAssertEqual(refused.status, .unauthorized)
        XCTAssertFalse(refused.body.contains("enforcementNotice"))
    }
}

/// The audit API takes the audit page's filters (issue 9, item 7), within the administrator's scope.
final class AuditAPIFilterTests: AppTestCase {
    func test_auditAPI_filtersByCaseActionActorAndDays_andNamesABadField() async throws {
        let clerk = try await token("clerk")
        let (status, filed) = try await post("/api/v1/cases", CaseTests.filing(), token: clerk)
        XCTAssertEqual(status, .created, filed)
        _ = try await post("/api/v1/cases", CaseTests.filing(), token: clerk)
        let admin = try await token("admin")
        let number = "（2026）京0105执1号".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let (ok, body) = try await get("/api/v1/audit/events?case=\(number)&action=case.file", token: admin)
        XCTAssertEqual(ok, .ok, body)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        XCTAssertEqual(object["total"] as? Int, 1, "one filing of that case")
        let (_, byActor) = try await get("/api/v1/audit/events?actor=%E9%99%88%E9%9D%99&action=case.file", token: admin)
        XCTAssertTrue(byActor.contains("\"total\":2"), byActor)
        let (_, none) = try await get("/api/v1/audit/events?action=case.file&from=2030-01-01", token: admin)
        XCTAssertTrue(none.contains("\"total\":0"), none)
        let (bad, badBody) = try await get("/api/v1/audit/events?from=2026-02-30", token: admin)
        XCTAssertEqual(bad, .badRequest)
        XCTAssertTrue(badBody.contains("\"field\":\"from\""), badBody)
        let (empty, emptyBody) = try await get("/api/v1/audit/events?to=", token: admin)
        XCTAssertEqual(empty, .badRequest, "the API is strict: an empty filter is a mistake")
        XCTAssertTrue(emptyBody.contains("\"field\":\"to\""), emptyBody)
        let (badCase, badCaseBody) = try await get("/api/v1/audit/events?case=nonsense", token: admin)
        XCTAssertEqual(badCase, .badRequest)
        XCTAssertTrue(badCaseBody.contains("\"field\":\"case\""), badCaseBody)
        // Another court's administrator finds none of these events by the case number.
        _ = try await makeUser("admin.pudong", role: .administrator, at: "沪0115")
        let other = try await token("admin.pudong")
        let (_, hidden) = try await get("/api/v1/audit/events?case=\(number)", token: other)
        XCTAssertTrue(hidden.contains("\"total\":0"), hidden)
    }
}
