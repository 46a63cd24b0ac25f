import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// "Tests cover every state transition and its refusals" (issue #4): the core's tests cover each
/// transition; here the server is held to the core at every stage. For demo cases in each state
/// (filed, active, suspended, closed by each kind of closure), every action the core does not allow
/// next is refused over the API with 409 and the core's reasons, and leaves the case as it was.
final class TransitionRefusalTests: AppTestCase {
    struct Detail: Decodable {
        struct Summary: Decodable { let caseNumber: String; let status: String; let closure: String?; let version: Int; let court: String }
        struct Assessment: Decodable { let allowedNext: [String] }
        struct Event: Decodable { let kind: String }
        let summary: Summary
        let assessment: Assessment
        let events: [Event]
    }

    func detail(_ id: UUID, token: String) async throws -> Detail {
        let (status, json) = try await get("/api/v1/cases/\(id)", token: token)
        XCTAssertEqual(status, .ok, json)
        return try JSONDecoder().decode(Detail.self, from: Data(json.utf8))
    }

    func test_everyActionTheCoreDoesNotAllow_isRefusedWith409_atEveryStage() async throws {
        try await DemoCases.seed(count: 160, on: app, batchSize: 80) { _ in }
        let token = try await token("judge")
        let found = try await Organisation.query(on: app.db).filter(\.$code == "京0105").first()
        let court = try XCTUnwrap(found)
        let rows = try await EnforcementCase.query(on: app.db).filter(\.$court.$id == court.requireID()).all()
        // One case per state: status and closure.
        var byState: [String: EnforcementCase] = [:]
        for row in rows where byState["\(row.status)/\(row.closure ?? "-")"] == nil {
            byState["\(row.status)/\(row.closure ?? "-")"] = row
        }
        // And a case just filed, through the API.
        let (filedStatus, filedJSON) = try await post("/api/v1/cases", CaseTests.filing(), token: try await self.token("clerk"))
        XCTAssertEqual(filedStatus, .created, filedJSON)
        let filedID = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(filedJSON.utf8)) as? [String: Any])?["id"] as? String)
        byState["filed/-"] = try await EnforcementCase.find(UUID(uuidString: filedID), on: app.db)
        XCTAssertTrue(Set(byState.keys.map { $0.split(separator: "/")[0] }).isSuperset(of: ["filed", "active", "suspended", "closed"]),
                      "\(byState.keys.sorted())")
        let today = LocalDate.inChina(app.effects.clock.now()).iso
        var refusals = 0
        for (state, row) in byState.sorted(by: { $0.key < $1.key }) {
            let id = try row.requireID()
            let before = try await detail(id, token: token)
            let allowed = Set(before.assessment.allowedNext)
            for kind in EnforcementEventKind.allCases where kind != .filed && !allowed.contains(kind.rawValue) {
                var body: [String: Any] = ["kind": kind.rawValue, "date": today, "version": before.summary.version,
                                           "amount": "100.00", "propertyFound": true, "note": "测试"]
                if [.measureTaken, .measureRenewed, .measureLifted].contains(kind) {
                    body["measure"] = ["id": "M1", "kind": "freeze", "asset": "bankDeposit", "rank": "first", "startsOn": today]
                }
                let (status, json) = try await post("/api/v1/cases/\(id)/events", body, token: token)
                XCTAssertEqual(status, .conflict, "\(state) \(before.summary.caseNumber): \(kind.rawValue) → \(json)")
                XCTAssertTrue(json.contains("\"code\":\"action."), "\(state) \(kind.rawValue): \(json)")
                refusals += 1
            }
            let after = try await detail(id, token: token)
            XCTAssertEqual(after.summary.version, before.summary.version, state)
            XCTAssertEqual(after.events.count, before.events.count, state)
            XCTAssertEqual(after.summary.status, before.summary.status, state)
        }
        // Five states with about twenty refusals each (108 when written); closed cases refuse nearly everything.
        XCTAssertGreaterThanOrEqual(refusals, 100, "\(byState.keys.sorted())")
    }

}
