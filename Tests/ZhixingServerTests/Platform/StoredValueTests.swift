import Fluent
import SQLKit
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Issue 8 part 3: stored kinds, statuses and roles are typed; a value no version of Zhixing writes is
/// corrupt data. Reading it fails with `StoredValueError` naming the table, column and value (logged,
/// HTTP 500 with the JSON error shape and nothing internal in it) — it never passes as a default
/// (`CaseFacts` used to read an unknown event kind as `.filed` and an unknown case type as `.enforcement`).
final class StoredValueTests: AppTestCase {
    private var sql: any SQLDatabase {
        get throws { try XCTUnwrap(app.db as? any SQLDatabase, "SQL database expected") }
    }

    /// Files a case through the API as the Chaoyang clerk; its id and number.
    private func fileCase() async throws -> (id: UUID, number: String) {
        let (status, body) = try await post("/api/v1/cases", CaseTests.filing(), token: try await token("clerk"))
        XCTAssertEqual(status, .created, body)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        return (try XCTUnwrap(UUID(uuidString: object["id"] as? String ?? "")), object["caseNumber"] as? String ?? "")
    }

    /// What a reader of the case meets: the service's error, and the API's answer.
    private func readingCase(_ id: UUID) async throws -> (error: StoredValueError?, status: HTTPStatus, body: String) {
        let judgeID = try await userID("judge")
        let loaded = try await CurrentUser.load(userID: judgeID, on: app.db)
        let judge = try XCTUnwrap(loaded)
        var thrown: StoredValueError?
        do {
            _ = try await CaseDetail.load(id, as: judge, effects: app.effects, on: app.db)
        } catch let error as StoredValueError {
            thrown = error
        }
        let (status, body) = try await get("/api/v1/cases/\(id)", token: try await token("judge"))
        return (thrown, status, body)
    }

    private func assertCorrupt(_ read: (error: StoredValueError?, status: HTTPStatus, body: String),
                               table: String, column: String, value: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(read.error?.table, table, file: file, line: line)
        XCTAssertEqual(read.error?.column, column, file: file, line: line)
        XCTAssertEqual(read.error?.value, value, file: file, line: line)
        XCTAssertEqual(read.error?.description, "Stored value not understood: \(table).\(column) = \"\(value)\"", file: file, line: line)
        XCTAssertEqual(read.status, .internalServerError, read.body, file: file, line: line)
        XCTAssertTrue(read.body.contains(#""code":"internal""#), read.body, file: file, line: line)
        XCTAssertFalse(read.body.contains(value), "the stored value stays in the log: \(read.body)", file: file, line: line)
        XCTAssertFalse(read.body.contains(table), "the table stays in the log: \(read.body)", file: file, line: line)
    }

    func test_unknownEventKind_failsTheRead_insteadOfPassingAsFiled() async throws {
        let filed = try await fileCase()
        let before = try await readingCase(filed.id)
        XCTAssertNil(before.error)
        XCTAssertEqual(before.status, .ok, before.body)
        try await sql.raw("""
            UPDATE case_events SET kind = 'teleported'
            WHERE case_id = (SELECT id FROM enforcement_cases WHERE case_number = \(bind: filed.number))
            """).run()
        assertCorrupt(try await readingCase(filed.id), table: "case_events", column: "kind", value: "teleported")
    }

    func test_unknownCaseType_failsTheRead_insteadOfPassingAsEnforcement() async throws {
        let filed = try await fileCase()
        try await sql.raw("UPDATE enforcement_cases SET type_code = '执X' WHERE case_number = \(bind: filed.number)").run()
        assertCorrupt(try await readingCase(filed.id), table: "enforcement_cases", column: "type_code", value: "执X")
        // The core's facts are not made from it either.
        let found = try await EnforcementCase.find(filed.id, on: app.db)
        let row = try XCTUnwrap(found)
        XCTAssertThrowsError(try CaseFacts.facts(of: row, events: [], entrustment: nil, asOf: LocalDate(year: 2026, month: 11, day: 18)!)) {
            XCTAssertEqual(($0 as? StoredValueError)?.column, "type_code")
        }
    }

    func test_unknownBasisKind_failsTheRead_insteadOfPassingAsCivilJudgment() async throws {
        let filed = try await fileCase()
        try await sql.raw("UPDATE enforcement_cases SET basis_kind = 'oracle' WHERE case_number = \(bind: filed.number)").run()
        assertCorrupt(try await readingCase(filed.id), table: "enforcement_cases", column: "basis_kind", value: "oracle")
    }

    func test_unknownStatus_failsTheCaseList_andTheCase() async throws {
        let filed = try await fileCase()
        try await sql.raw("UPDATE enforcement_cases SET status = 'limbo' WHERE case_number = \(bind: filed.number)").run()
        assertCorrupt(try await readingCase(filed.id), table: "enforcement_cases", column: "status", value: "limbo")
        let (status, body) = try await get("/api/v1/cases", token: try await token("judge"))
        XCTAssertEqual(status, .internalServerError, body)
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let page = try await web.get("/cases")
        XCTAssertEqual(page.status, .internalServerError)
        XCTAssertFalse(page.body.contains("limbo"))
        // The standing the lists show (终本 apart), likewise.
        try await sql.raw("UPDATE enforcement_cases SET status = 'active', standing = 'limbo' WHERE case_number = \(bind: filed.number)").run()
        let (standingStatus, standingBody) = try await get("/api/v1/cases", token: try await token("judge"))
        XCTAssertEqual(standingStatus, .internalServerError, standingBody)
        let standingPage = try await web.get("/cases")
        XCTAssertEqual(standingPage.status, .internalServerError)
    }

    func test_unknownClosure_andLinkKind_failTheRead() async throws {
        let filed = try await fileCase()
        try await sql.raw("UPDATE enforcement_cases SET closure = 'vanished' WHERE case_number = \(bind: filed.number)").run()
        assertCorrupt(try await readingCase(filed.id), table: "enforcement_cases", column: "closure", value: "vanished")
        try await sql.raw("UPDATE enforcement_cases SET closure = NULL, link_kind = 'cousin' WHERE case_number = \(bind: filed.number)").run()
        assertCorrupt(try await readingCase(filed.id), table: "enforcement_cases", column: "link_kind", value: "cousin")
    }

    func test_unknownDocumentKind_failsTheRead() async throws {
        let filed = try await fileCase()
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let page = try await web.get("/cases/\(filed.id)")
        let issued = try await web.post("/cases/\(filed.id)/documents", form: ["_csrf": page.csrf ?? "", "kind": "enforcementNotice"])
        XCTAssertEqual(issued.status, .seeOther, issued.body)
        try await sql.raw("UPDATE issued_documents SET kind = 'poem'").run()
        assertCorrupt(try await readingCase(filed.id), table: "issued_documents", column: "kind", value: "poem")
    }

    /// A user whose stored role is unknown is not logged out quietly (as before) nor given a role: every
    /// request of theirs fails loudly until the data is repaired.
    func test_unknownUserRole_failsTheirRequests_andTheUserList() async throws {
        let token = try await token("judge")
        try await sql.raw("UPDATE users SET role = 'overlord' WHERE username = 'judge'").run()
        let (status, body) = try await get("/api/v1/me", token: token)
        XCTAssertEqual(status, .internalServerError, body)
        XCTAssertTrue(body.contains(#""code":"internal""#), body)
        do {
            _ = try await CurrentUser.load(userID: try await userID("judge"), on: app.db)
            XCTFail("an unknown role must not load")
        } catch let error as StoredValueError {
            XCTAssertEqual(error.description, #"Stored value not understood: users.role = "overlord""#)
        }
        let (listStatus, listBody) = try await get("/api/v1/users", token: try await self.token("admin"))
        XCTAssertEqual(listStatus, .internalServerError, listBody)
    }

    func test_unknownOrganisationKind_andCourtLevel_failTheRead() async throws {
        try await sql.raw("UPDATE organisations SET level = 'galactic' WHERE code = '京0105'").run()
        let (courtStatus, courtBody) = try await get("/api/v1/courts/%E4%BA%AC0105", token: try await token("judge"))
        XCTAssertEqual(courtStatus, .internalServerError, courtBody)
        try await sql.raw("UPDATE organisations SET level = 'basic', kind = 'spaceport' WHERE code = '京0105'").run()
        let found = try await Organisation.query(on: app.db).filter(\.$code == "京0105").first()
        let org = try XCTUnwrap(found)
        XCTAssertThrowsError(try org.organisationKind) {
            XCTAssertEqual(($0 as? StoredValueError)?.description, #"Stored value not understood: organisations.kind = "spaceport""#)
        }
        XCTAssertEqual(try org.courtLevel, .basic)
    }

    /// Every value the server writes reads back: the accessors know all of each enum's cases.
    func test_everyKnownValue_readsBack() throws {
        for type in CaseType.allCases {
            let row = EnforcementCase()
            row.typeCode = type.rawValue
            XCTAssertEqual(try row.caseType, type)
        }
        for status in CaseStatus.allCases {
            let row = EnforcementCase()
            row.status = status.rawValue
            XCTAssertEqual(try row.caseStatus, status)
        }
        let open = EnforcementCase()
        open.closure = nil
        open.linkKind = nil
        XCTAssertNil(try open.closureKind)
        XCTAssertNil(try open.caseLinkKind)
        for kind in CaseLinks.Kind.allCases {
            open.linkKind = CaseLinkKind(kind).rawValue
            XCTAssertEqual(try open.caseLinkKind?.rawValue, kind.rawValue)
        }
        for kind in EnforcementEventKind.allCases {
            let event = CaseEvent()
            event.kind = kind.rawValue
            XCTAssertEqual(try event.eventKind, kind)
        }
        // A column never loaded is not a value: it is reported, not read as empty.
        XCTAssertThrowsError(try CaseEvent().eventKind) {
            XCTAssertEqual(($0 as? StoredValueError)?.description, "Stored value not understood: case_events.kind = (not loaded)")
        }
    }

    /// `?? UUID()` used to stand for an organisation id that does not parse: a random id that matched
    /// nothing by luck. Now such a scope matches nothing by construction, and a real id still matches.
    func test_scopeWithAnUnparsableOrganisationID_matchesNothing() async throws {
        _ = try await fileCase()
        let found = try await Organisation.query(on: app.db).filter(\.$code == "京0105").first()
        let court = try XCTUnwrap(found)
        let courtID = try court.requireID()
        for scope in [AccessScope.organisation(courtID.uuidString), .addressedTo(courtID.uuidString)] {
            let organisations = try await scope.apply(to: Organisation.query(on: app.db)).count()
            XCTAssertEqual(organisations, 1)
            let users = try await User.query(on: app.db).scoped(scope, owner: \.$organisation.$id).count()
            XCTAssertGreaterThan(users, 0)
            let cases = try await EnforcementCase.query(on: app.db)
                .scoped(scope, owner: \.$court.$id, alsoOwnedBy: \.$entrustedCourt.$id).count()
            XCTAssertEqual(cases, 1)
        }
        for scope in [AccessScope.organisation("not-a-uuid"), .addressedTo("")] {
            let organisations = try await scope.apply(to: Organisation.query(on: app.db)).count()
            XCTAssertEqual(organisations, 0)
            let users = try await User.query(on: app.db).scoped(scope, owner: \.$organisation.$id).count()
            XCTAssertEqual(users, 0)
            let cases = try await EnforcementCase.query(on: app.db)
                .scoped(scope, owner: \.$court.$id, alsoOwnedBy: \.$entrustedCourt.$id).count()
            XCTAssertEqual(cases, 0)
        }
    }
}
