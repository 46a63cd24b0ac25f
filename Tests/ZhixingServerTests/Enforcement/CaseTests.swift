import Fluent
import SQLKit
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Enforcement cases (issue #4): filing, numbers, lifecycle through the core, access, portal.
final class CaseTests: AppTestCase {
    /// A filing as the API takes it: a civil judgment of the Chaoyang court, 120,000 yuan.
    static func filing(amount: String = "120000.00", awarded: String? = "150000.00", effectiveOn: String? = "2026-09-01",
                       debtorID: String = "110105198001011238", filedOn: String? = "2026-11-02") -> [String: Any] {
        var basis: [String: Any] = ["kind": "civilJudgment", "issuingBody": "北京市朝阳区人民法院", "documentNumber": "（2026）京0105民初1234号"]
        if let effectiveOn { basis["effectiveOn"] = effectiveOn }
        if let awarded { basis["amountAwarded"] = awarded }
        var body: [String: Any] = [
            "basis": basis, "amountApplied": amount,
            "jurisdiction": ["isFirstInstanceCourt": true, "propertyInCourtArea": true, "sameLevelAsFirstInstance": true],
            "applicants": [["kind": "organisation", "name": "北京恒信达商贸有限公司", "creditCode": "914403001922038216", "legalRepresentative": "张伟"]],
            "debtors": [["kind": "naturalPerson", "name": "李强", "identityNumber": debtorID, "phone": "13800138000"]],
        ]
        if let filedOn { body["filedOn"] = filedOn }
        return body
    }

    func fileCase(token: String, _ body: [String: Any] = filing()) async throws -> (id: UUID, number: String, code: String) {
        let (status, json) = try await post("/api/v1/cases", body, token: token)
        XCTAssertEqual(status, .created, json)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let id = try XCTUnwrap(UUID(uuidString: object["id"] as? String ?? ""))
        return (id, object["caseNumber"] as? String ?? "", object["accessCode"] as? String ?? "")
    }

    func version(_ id: UUID) async throws -> Int {
        try await EnforcementCase.find(id, on: app.db)?.version ?? 0
    }

    func test_filing_assignsTheFirstNumberOfTheYear_andAnAuditEvent() async throws {
        let token = try await token("clerk")
        let filed = try await fileCase(token: token)
        XCTAssertEqual(filed.number, "（2026）京0105执1号")
        XCTAssertEqual(filed.code.count, 10)
        let second = try await fileCase(token: token)
        XCTAssertEqual(second.number, "（2026）京0105执2号")
        let events = try await AuditEvent.query(on: app.db).filter(\.$action == "case.file").count()
        XCTAssertEqual(events, 2)
        let report = try await AuditVerifier.verify(on: app.db)
        XCTAssertTrue(report.isIntact)
    }

    func test_filing_badParty_names_theField_andWritesNothing() async throws {
        let token = try await token("clerk")
        let (status, body) = try await post("/api/v1/cases", Self.filing(debtorID: "110105198001011239"), token: token)
        XCTAssertEqual(status, .badRequest)
        XCTAssertTrue(body.contains("\"field\":\"debtors[0].identityNumber\""), body)
        let (amountStatus, amountBody) = try await post("/api/v1/cases", Self.filing(amount: "12.345"), token: token)
        XCTAssertEqual(amountStatus, .badRequest)
        XCTAssertTrue(amountBody.contains("\"field\":\"amountApplied\""), amountBody)
        let count = try await EnforcementCase.query(on: app.db).count()
        XCTAssertEqual(count, 0)
    }

    /// Interpretation [2022] No.3 Art.2 item 1: enforcing beyond the basis is erroneous enforcement.
    func test_filing_sumBeyondTheBasis_isRefused() async throws {
        let token = try await token("clerk")
        let (status, body) = try await post("/api/v1/cases", Self.filing(amount: "200000.00", awarded: "150000.00"), token: token)
        XCTAssertEqual(status, .badRequest, body)
        XCTAssertTrue(body.contains("\"field\":\"amountApplied\""), body)
    }

    func test_filing_basisNotYetEffective_isRefused() async throws {
        let token = try await token("clerk")
        let (status, body) = try await post("/api/v1/cases", Self.filing(effectiveOn: "2026-11-10"), token: token)
        XCTAssertEqual(status, .badRequest, body)
        let count = try await EnforcementCase.query(on: app.db).count()
        XCTAssertEqual(count, 0)
    }

    func test_lifecycle_refusesClosureWithMoneyOutstanding_thenClosesAfterPayment() async throws {
        let token = try await token("judge")
        let filed = try await fileCase(token: token)
        func record(_ kind: String, _ date: String, amount: String? = nil) async throws -> (HTTPStatus, String) {
            var body: [String: Any] = ["kind": kind, "date": date, "version": try await version(filed.id)]
            if let amount { body["amount"] = amount }
            return try await post("/api/v1/cases/\(filed.id)/events", body, token: token)
        }
        let assigned = try await record("handlerAssigned", "2026-11-03")
        XCTAssertEqual(assigned.0, .created, assigned.1)
        let early = try await record("closedFullyPerformed", "2026-11-05")
        XCTAssertEqual(early.0, .conflict, "nothing has been paid yet")
        XCTAssertTrue(early.1.contains("\"code\":\"action."), early.1)
        let paid = try await record("paymentReceived", "2026-11-06", amount: "120000.00")
        XCTAssertEqual(paid.0, .created, paid.1)
        let disbursed = try await record("paymentDisbursed", "2026-11-09", amount: "120000.00")
        XCTAssertEqual(disbursed.0, .created, disbursed.1)
        let closed = try await record("closedFullyPerformed", "2026-11-10")
        XCTAssertEqual(closed.0, .created, closed.1)
        let row = try await EnforcementCase.find(filed.id, on: app.db)
        XCTAssertEqual(row?.status, "closed")
        XCTAssertEqual(row?.amountReceivedFen, 12_000_000)
    }

    func test_staleVersion_is409_andNothingIsWritten() async throws {
        let token = try await token("judge")
        let filed = try await fileCase(token: token)
        let (status, _) = try await post("/api/v1/cases/\(filed.id)/events", ["kind": "handlerAssigned", "date": "2026-11-03", "version": 99], token: token)
        XCTAssertEqual(status, .conflict)
        let events = try await CaseEvent.query(on: app.db).count()
        XCTAssertEqual(events, 1)
    }

    func test_access_otherCourtsCannotSeeTheCase_superiorCommandCan() async throws {
        let filed = try await fileCase(token: try await token("clerk"))
        let (fengtai, _) = try await get("/api/v1/cases/\(filed.id)", token: try await token("judge.fengtai"))
        XCTAssertEqual(fengtai, .notFound)
        let (command, body) = try await get("/api/v1/cases/\(filed.id)", token: try await token("command"))
        XCTAssertEqual(command, .ok, "京03 supervises 京0105")
        XCTAssertTrue(body.contains("李强"))
        let (list, listBody) = try await get("/api/v1/cases", token: try await token("judge.pudong"))
        XCTAssertEqual(list, .ok)
        XCTAssertTrue(listBody.contains("\"total\":0"), listBody)
    }

    func test_portal_showsTheCase_toAParty_withOthersMasked() async throws {
        let filed = try await fileCase(token: try await token("clerk"))
        let web = WebSession(app: app)
        let form = try await web.get("/portal")
        let wrong = try await web.post("/portal", form: ["_csrf": form.csrf ?? "", "caseNumber": filed.number,
                                                         "identity": "110105198001011238", "code": "WRONGCODE2"])
        XCTAssertEqual(wrong.status, .unauthorized)
        let page = try await web.post("/portal", form: ["_csrf": form.csrf ?? "", "caseNumber": "(2026)京0105执1号",
                                                        "identity": "914403001922038216", "code": filed.code])
        XCTAssertEqual(page.status, .ok, page.body)
        XCTAssertTrue(page.body.contains("data-testid=\"portal-result\""))
        XCTAssertTrue(page.body.contains("110105********1238"), "the debtor's number is masked for the applicant")
        XCTAssertFalse(page.body.contains("110105198001011238"))
        XCTAssertFalse(page.body.contains("13800138000"), "nothing internal: no phone numbers")
    }

    /// The portal shows the core's money (`CaseAmounts`) and only the steps a party is entitled to know
    /// (Process Disclosure Opinions 2014 Art.3; `EnforcementEventKind.disclosedToParties`).
    func test_portal_showsTheCoresAmounts_andOnlyDisclosedSteps() async throws {
        let token = try await token("judge")
        let filed = try await fileCase(token: token)
        for (kind, date, amount) in [("handlerAssigned", "2026-11-03", nil), ("paymentReceived", "2026-11-06", "20000.50")] as [(String, String, String?)] {
            var body: [String: Any] = ["kind": kind, "date": date, "version": try await version(filed.id)]
            if let amount { body["amount"] = amount }
            let (status, json) = try await post("/api/v1/cases/\(filed.id)/events", body, token: token)
            XCTAssertEqual(status, .created, json)
        }
        let web = WebSession(app: app)
        let form = try await web.get("/portal")
        let page = try await web.post("/portal", form: ["_csrf": form.csrf ?? "", "caseNumber": filed.number,
                                                        "identity": "110105198001011238", "code": filed.code])
        XCTAssertEqual(page.status, .ok, page.body)
        XCTAssertTrue(page.body.contains("¥120,000.00"), "applied for")
        XCTAssertTrue(page.body.contains("¥20,000.50"), "received")
        XCTAssertTrue(page.body.contains("¥99,999.50"), "outstanding: applied − received")
        XCTAssertTrue(page.body.contains("执行款到账"), "a payment is disclosed")
        XCTAssertFalse(page.body.contains("确定承办人"), "the handler's assignment is the court's internal work")
    }

    func test_caseNumbers_haveNoGapsOrDuplicates_underConcurrentFilings() async throws {
        let token = try await token("clerk")
        let app: Application = self.app
        let body = try JSONSerialization.data(withJSONObject: Self.filing())
        try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    var status = HTTPStatus.internalServerError
                    try await app.test(.POST, "/api/v1/cases", headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                                       body: ByteBuffer(data: body), afterResponse: { res async in status = res.status })
                    return status
                }
            }
            for try await status in group { XCTAssertEqual(status, .created) }
        }
        let serials = try await EnforcementCase.query(on: app.db).all().map(\.serial).sorted()
        XCTAssertEqual(serials, Array(1...12))
    }

    func test_deadlineJob_marksOverdueCases() async throws {
        let token = try await token("clerk")
        _ = try await fileCase(token: token, Self.filing(effectiveOn: "2026-05-01", filedOn: "2026-06-01"))
        // Filed in June with nothing done: the handler was due within 7 days (2006 Provisions Art.2).
        try await (app.db as? any SQLDatabase)?.raw("UPDATE enforcement_cases SET overdue = \(bind: false)").run()
        // A write past the models: the counts are made afresh from the cases, as after any such repair.
        if let sql = app.db as? any SQLDatabase { try await CaseCounts.rebuild(on: sql) }
        let outcome = try await DeadlineJob.run(effects: app.effects, on: app.db)
        XCTAssertTrue(outcome.ran)
        XCTAssertEqual(outcome.newlyOverdue, 1)
        let (_, list) = try await get("/api/v1/cases?overdue=true", token: token)
        XCTAssertTrue(list.contains("\"total\":1"), list)
        let again = try await DeadlineJob.run(effects: app.effects, on: app.db)
        XCTAssertEqual(again.checked, 0, "an overdue case is assessed again when something is recorded on it, not every run")
    }

    /// A limit is overdue the day after its last day (`TimeLimitRules`): a case whose next due date is today
    /// is not looked at again by every run of the day (at a million cases, thousands of rows each quarter-hour).
    func test_deadlineJob_leavesACaseDueToday_andTakesItTheDayAfter() async throws {
        let token = try await token("clerk")
        _ = try await fileCase(token: token, Self.filing(effectiveOn: "2026-05-01", filedOn: "2026-06-01"))
        let today = LocalDate.inChina(app.effects.clock.now())
        let sql = try XCTUnwrap(app.db as? any SQLDatabase)
        try await sql.raw("UPDATE enforcement_cases SET overdue = \(bind: false), next_due_date = \(bind: today.iso)").run()
        try await CaseCounts.rebuild(on: sql)
        let dueToday = try await DeadlineJob.run(effects: app.effects, on: app.db)
        XCTAssertEqual(dueToday.checked, 0, "due today is not yet overdue")
        try await sql.raw("UPDATE enforcement_cases SET next_due_date = \(bind: today.adding(days: -1).iso)").run()
        let dayAfter = try await DeadlineJob.run(effects: app.effects, on: app.db)
        XCTAssertEqual(dayAfter.checked, 1)
        XCTAssertEqual(dayAfter.newlyOverdue, 1)
    }

    /// The job works in batches, one transaction each (a long one held SQLite's only connection of an event
    /// loop and every write of the process: requests timed out at a million cases); on PostgreSQL each batch
    /// takes the job's lock, and a run that finds it held stops without touching a case.
    func test_deadlineJob_worksInBatches_andStopsWhileAnotherHoldsItsLock() async throws {
        let token = try await token("clerk")
        for _ in 0..<5 { _ = try await fileCase(token: token, Self.filing(effectiveOn: "2026-05-01", filedOn: "2026-06-01")) }
        let sql = try XCTUnwrap(app.db as? any SQLDatabase)
        try await sql.raw("UPDATE enforcement_cases SET overdue = \(bind: false)").run()
        try await CaseCounts.rebuild(on: sql)
        if sql.dialect.name == "postgresql" {
            let effects = app.effects
            let db: any Database = app.db
            let blocked = try await app.db.transaction { tx in
                try await (tx as? any SQLDatabase)?.raw("SELECT pg_advisory_xact_lock(\(unsafeRaw: String(DeadlineJob.lockKey)))").run()
                return try await DeadlineJob.run(effects: effects, on: db, batchSize: 2)
            }
            XCTAssertEqual(blocked, DeadlineJob.Outcome(ran: false, checked: 0, newlyOverdue: 0))
        }
        let outcome = try await DeadlineJob.run(effects: app.effects, on: app.db, batchSize: 2)
        XCTAssertEqual(outcome, DeadlineJob.Outcome(ran: true, checked: 5, newlyOverdue: 5))
        let (_, list) = try await get("/api/v1/cases?overdue=true", token: token)
        XCTAssertTrue(list.contains("\"total\":5"), list)
    }

    func test_casePage_showsEverythingOnOneScreen_andIssuesTheNotice() async throws {
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let form = try await web.get("/cases/new")
        XCTAssertEqual(form.status, .ok)
        let filed = try await web.post("/cases", form: [
            "_csrf": form.csrf ?? "", "basisKind": "civilJudgment", "basisIssuingBody": "北京市朝阳区人民法院",
            "basisDocumentNumber": "（2026）京0105民初88号", "basisEffectiveOn": "2026-10-01", "basisAmountAwarded": "50000",
            "amountApplied": "50000", "filedOn": "2026-11-02", "firstInstance": "on",
            "applicantKind": "naturalPerson", "applicantName": "王芳", "applicantIdentityNumber": "11010519491231002X",
            "debtorKind": "organisation", "debtorName": "北京某某科技有限公司", "debtorCreditCode": "914403001922038216",
            "debtorRepresentative": "赵六"])
        XCTAssertEqual(filed.status, .seeOther, filed.body)
        let location = try XCTUnwrap(filed.location)
        let page = try await web.get(location)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("（2026）京0105执1号"))
        XCTAssertTrue(page.body.contains("data-testid=\"access-code\""), "the access code is shown once")
        XCTAssertTrue(page.body.contains("data-testid=\"deadlines\""))
        XCTAssertTrue(page.body.contains("王芳"))
        let again = try await web.get(location)
        XCTAssertFalse(again.body.contains("data-testid=\"access-code\""), "and only once")
        let issued = try await web.post(location + "/documents", form: ["_csrf": page.csrf ?? "", "kind": "enforcementNotice"])
        XCTAssertEqual(issued.status, .seeOther)
        let doc = try await web.get(try XCTUnwrap(issued.location))
        XCTAssertTrue(doc.body.contains("执 行 通 知 书"))
        XCTAssertTrue(doc.body.contains("失信被执行人名单"), "the notice carries the dishonest-list warning")
        XCTAssertTrue(doc.body.contains("伍万元整"))
        // 2016 终本 Provisions Art.1: a case filed days ago meets none of the conditions; no ruling.
        let ruling = try await web.post(location + "/documents", form: ["_csrf": page.csrf ?? "", "kind": "terminationRuling"])
        XCTAssertEqual(ruling.status, .conflict)
    }

    /// The flow of the browser test, through the API: notice, freeze, payment, closure.
    func test_flow_noticeFreezePaymentClosure() async throws {
        let token = try await token("clerk")
        let filed = try await fileCase(token: token, Self.filing(filedOn: "2026-11-02"))
        let measure: [String: Any] = ["id": "M1", "kind": "freeze", "asset": "bankDeposit", "rank": "first", "startsOn": "2026-11-05"]
        let steps: [[String: Any]] = [
            ["kind": "handlerAssigned", "date": "2026-11-03"],
            ["kind": "enforcementNoticeServed", "date": "2026-11-04"],
            ["kind": "measureTaken", "date": "2026-11-05", "measure": measure],
            ["kind": "paymentReceived", "date": "2026-11-09", "amount": "120000.00"],
            ["kind": "paymentDisbursed", "date": "2026-11-10", "amount": "120000.00"],
            ["kind": "measureLifted", "date": "2026-11-10", "measure": measure],
            ["kind": "closedFullyPerformed", "date": "2026-11-11"],
        ]
        for step in steps {
            var body = step
            body["version"] = try await version(filed.id)
            let (status, json) = try await post("/api/v1/cases/\(filed.id)/events", body, token: token)
            XCTAssertEqual(status, .created, "\(step["kind"] ?? ""): \(json.prefix(400))")
        }
        let row = try await EnforcementCase.find(filed.id, on: app.db)
        XCTAssertEqual(row?.status, "closed")
        XCTAssertEqual(row?.closure, "fullyPerformed")
    }
}
