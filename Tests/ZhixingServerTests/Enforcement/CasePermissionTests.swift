import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Every permission is the core's one question (`AccessPolicy.may`); pages offer only what it allows
/// (issue 8, part 3). Administrators administer users and do no case work (1.8); a superior court sees a
/// lower court's cases and works on none.
final class CasePermissionTests: AppTestCase {
    private func fileCase() async throws -> UUID {
        let (status, body) = try await post("/api/v1/cases", CaseTests.filing(), token: try await token("clerk"))
        XCTAssertEqual(status, .created, body)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        return try XCTUnwrap(UUID(uuidString: object["id"] as? String ?? ""))
    }

    private func version(_ id: UUID) async throws -> Int { try await EnforcementCase.find(id, on: app.db)?.version ?? 0 }

    private func allowedActions(_ id: UUID, _ username: String) async throws -> [String] {
        let (status, body) = try await get("/api/v1/cases/\(id)", token: try await token(username))
        XCTAssertEqual(status, .ok, body)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        return object["allowedActions"] as? [String] ?? ["missing"]
    }

    func test_administrator_readsButDoesNoCaseWork() async throws {
        let id = try await fileCase()
        let admin = try await token("admin")
        let head = try await token("head")
        let (teamStatus, teamBody) = try await post("/api/v1/teams", ["name": "执行一组", "judge": "judge"], token: head)
        XCTAssertEqual(teamStatus, .created, teamBody)
        let team = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(teamBody.utf8)) as? [String: Any])?["id"] as? String)
        let before = try await CaseEvent.query(on: app.db).count()
        let v = try await version(id)
        let attempts: [(String, [String: Any])] = [
            ("/api/v1/cases", CaseTests.filing()),
            ("/api/v1/cases/\(id)/events", ["kind": "handlerAssigned", "date": "2026-11-03", "version": v]),
            ("/api/v1/cases/\(id)/team", ["teamId": team, "version": v]),
            ("/api/v1/cases/\(id)/links", ["kind": "objection"]),
            ("/api/v1/cases/\(id)/entrust", ["courtCode": "沪0115", "noPropertyInArea": true, "propertyInOtherProvince": true, "version": v]),
            ("/api/v1/teams", ["name": "管理员组", "judge": "judge"]),
        ]
        for (path, body) in attempts {
            let (status, text) = try await post(path, body, token: admin)
            XCTAssertEqual(status, .forbidden, "\(path): \(text)")
        }
        let after = try await CaseEvent.query(on: app.db).count()
        XCTAssertEqual(before, after, "nothing written")
        let actions = try await allowedActions(id, "admin")
        XCTAssertEqual(actions, ["read"])

        let web = WebSession(app: app)
        try await web.logIn("admin")
        let page = try await web.get("/cases/\(id)")
        XCTAssertEqual(page.status, .ok)
        for form in ["event-form", "issue-document", "create-link", "entrust-form", "assign-team"] {
            XCTAssertFalse(page.body.contains("data-testid=\"\(form)\""), "\(form) not offered to an administrator")
        }
        let issued = try await web.post("/cases/\(id)/documents", form: ["kind": "enforcementNotice", "_csrf": page.csrf ?? ""])
        XCTAssertEqual(issued.status, .forbidden)
        let newCase = try await web.get("/cases/new")
        XCTAssertEqual(newCase.status, .forbidden)
        let list = try await web.get("/cases")
        XCTAssertFalse(list.body.contains("data-testid=\"new-case\""), "no file button")
        let home = try await web.get("/home")
        XCTAssertFalse(home.body.contains("href=\"/cases/new\""))
        XCTAssertFalse(home.body.contains("href=\"/entrustments\""))
    }

    func test_superiorCourt_seesButDoesNotWork() async throws {
        let id = try await fileCase()
        try await makeUser("head.bj03", role: .bureauHead, at: "京03")
        let above = try await token("head.bj03")
        let (teamStatus, teamBody) = try await post("/api/v1/teams", ["name": "执行一组", "judge": "judge"], token: try await token("head"))
        XCTAssertEqual(teamStatus, .created, teamBody)
        let team = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(teamBody.utf8)) as? [String: Any])?["id"] as? String)
        let (read, _) = try await get("/api/v1/cases/\(id)", token: above)
        XCTAssertEqual(read, .ok, "command and supervision of lower courts")
        let (assign, body) = try await post("/api/v1/cases/\(id)/team", ["teamId": team, "version": try await version(id)], token: above)
        XCTAssertEqual(assign, .forbidden, body)
        let (event, _) = try await post("/api/v1/cases/\(id)/events", ["kind": "handlerAssigned", "date": "2026-11-03", "version": try await version(id)],
                                        token: try await token("command"))
        XCTAssertEqual(event, .forbidden)
        let actions = try await allowedActions(id, "command")
        XCTAssertEqual(actions, ["read"])
    }

    func test_pagesOfferOnlyWhatTheRoleMay() async throws {
        let id = try await fileCase()
        let owner = try await allowedActions(id, "judge")
        XCTAssertEqual(Set(owner), ["read", "recordEvent", "issueDocument", "assignTeam", "openLinkedCase", "entrust"])
        let bailiff = try await allowedActions(id, "bailiff")
        XCTAssertEqual(Set(bailiff), ["read", "recordEvent", "issueDocument", "openLinkedCase"])

        let web = WebSession(app: app)
        try await web.logIn("bailiff")
        let page = try await web.get("/cases/\(id)")
        XCTAssertTrue(page.body.contains("data-testid=\"event-form\""))
        XCTAssertFalse(page.body.contains("data-testid=\"entrust-form\""), "judicial police do not entrust")
        XCTAssertFalse(page.body.contains("data-testid=\"assign-team\""), "judicial police do not assign")
        let (entrust, _) = try await post("/api/v1/cases/\(id)/entrust",
                                          ["courtCode": "沪0115", "noPropertyInArea": true, "propertyInOtherProvince": true, "version": try await version(id)],
                                          token: try await token("bailiff"))
        XCTAssertEqual(entrust, .forbidden)
        let home = try await web.get("/home")
        XCTAssertFalse(home.body.contains("href=\"/cases/new\""), "judicial police do not file")
    }
}
