import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Linked cases (issue #4 items 3, 5, 6): objections kept from the team that acted (seed 004 item 13),
/// reconsideration one level up, restoration only after 终本 (entrusting another court: EntrustmentTests).
final class CaseLinksTests: AppTestCase {

    private func file(_ token: String) async throws -> UUID {
        let (status, json) = try await postJSON("/api/v1/cases", CaseTests.filing(), token: token)
        XCTAssertEqual(status, .created, json)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return try XCTUnwrap(UUID(uuidString: object?["id"] as? String ?? ""))
    }

    private func postJSON(_ path: String, _ body: [String: Any], token: String) async throws -> (HTTPStatus, String) {
        var result: (HTTPStatus, String) = (.internalServerError, "")
        let data = try JSONSerialization.data(withJSONObject: body)
        try await app.test(.POST, path, headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                           body: ByteBuffer(data: data), afterResponse: { res async in result = (res.status, res.body.string) })
        return result
    }

    private func version(_ id: UUID) async throws -> Int { try await EnforcementCase.find(id, on: app.db)?.version ?? 0 }

    private func team(_ name: String, judge: String, token: String) async throws -> UUID {
        let (status, json) = try await postJSON("/api/v1/teams", ["name": name, "judge": judge], token: token)
        XCTAssertEqual(status, .created, json)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return try XCTUnwrap(UUID(uuidString: object?["id"] as? String ?? ""))
    }

    func test_objection_isItsOwnCase_andNotForTheTeamThatActed() async throws {
        try await makeUser("judge2", role: .enforcementJudge, at: "京0105")
        let head = try await token("head")
        let acting = try await team("执行一组", judge: "judge", token: head)
        let reviewing = try await team("执行裁判组", judge: "judge2", token: head)
        let original = try await file(try await token("clerk"))
        let (assigned, body) = try await postJSON("/api/v1/cases/\(original)/team", ["teamId": acting.uuidString, "version": try await version(original)], token: head)
        XCTAssertEqual(assigned, .noContent, body)
        let (created, json) = try await postJSON("/api/v1/cases/\(original)/links", ["kind": "objection", "broughtBy": "李强"], token: head)
        XCTAssertEqual(created, .created, json)
        XCTAssertTrue(json.contains("京0105执异1号"), json)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let objection = try XCTUnwrap(UUID(uuidString: object?["id"] as? String ?? ""))
        let (refused, reason) = try await postJSON("/api/v1/cases/\(objection)/team", ["teamId": acting.uuidString, "version": 1], token: head)
        XCTAssertEqual(refused, .conflict, "审执分离: the team that acted may not review")
        XCTAssertTrue(reason.contains("team.took_the_act"), reason)
        let (allowed, _) = try await postJSON("/api/v1/cases/\(objection)/team", ["teamId": reviewing.uuidString, "version": 1], token: head)
        XCTAssertEqual(allowed, .noContent)
    }

    func test_reconsideration_goesToTheCourtOneLevelUp() async throws {
        let original = try await file(try await token("clerk"))
        let (status, json) = try await postJSON("/api/v1/cases/\(original)/links", ["kind": "reconsideration"], token: try await token("judge"))
        XCTAssertEqual(status, .created, json)
        XCTAssertTrue(json.contains("京03执复1号"), "京0105's reconsideration is decided by 京03: \(json)")
    }

    func test_restoration_onlyAfterTermination() async throws {
        let original = try await file(try await token("clerk"))
        let (status, json) = try await postJSON("/api/v1/cases/\(original)/links", ["kind": "restoration"], token: try await token("judge"))
        XCTAssertEqual(status, .conflict, json)
        let count = try await EnforcementCase.query(on: app.db).count()
        XCTAssertEqual(count, 1, "nothing half-written")
    }

    /// Termination Provisions 2016 Art.9; `RestorationRules`: a case restored after 终本 is a new 执恢 case that
    /// enforces what is still outstanding, with the basis and parties of the original, built like any new case.
    func test_restoration_afterTermination_enforcesWhatIsOutstanding() async throws {
        try await DemoCases.seed(count: 200, on: app, batchSize: 100) { _ in }
        guard let court = try await Organisation.query(on: app.db).filter(\.$code == "京0105").first() else { return XCTFail("no court") }
        let candidates = try await EnforcementCase.query(on: app.db).filter(\.$court.$id == court.requireID())
            .filter(\.$closure == ClosureKind.currentProcedureTerminated.rawValue).with(\.$events).all()
        guard let original = candidates.first(where: { row in
            !row.events.contains { $0.kind == EnforcementEventKind.restored.rawValue } && row.amountReceivedFen < row.amountAppliedFen
        }) else { return XCTFail("the demo has a 终本 case at 京0105 with money outstanding") }
        let originalID = try original.requireID()
        let (status, json) = try await postJSON("/api/v1/cases/\(originalID)/links", ["kind": "restoration"], token: try await token("judge"))
        XCTAssertEqual(status, .created, json)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let restoredID = try XCTUnwrap(UUID(uuidString: object?["id"] as? String ?? ""))
        let found = try await EnforcementCase.find(restoredID, on: app.db)
        let restored = try XCTUnwrap(found)
        XCTAssertEqual(restored.amountAppliedFen, original.amountAppliedFen - original.amountReceivedFen, "what is still outstanding")
        XCTAssertEqual(restored.typeCode, CaseType.restoredEnforcement.rawValue)
        XCTAssertTrue(restored.caseNumber.contains("执恢"), restored.caseNumber)
        XCTAssertEqual(restored.serial, 1)
        XCTAssertEqual(restored.linkedCaseID, originalID)
        XCTAssertEqual(restored.linkKind, "restoration")
        XCTAssertEqual(restored.basisDocumentNumber, original.basisDocumentNumber)
        XCTAssertEqual(restored.basisAmountFen, original.basisAmountFen)
        XCTAssertEqual(restored.filedOn, LocalDate.inChina(app.effects.clock.now()).iso)
        XCTAssertEqual(restored.amountReceivedFen, 0)
        XCTAssertEqual(restored.version, 1)
        XCTAssertEqual(restored.filingWarnings, "[]")
        let copied = try await CaseParty.query(on: app.db).filter(\.$enforcementCase.$id == restoredID).sort(\.$position).all()
        let parties = try await CaseParty.query(on: app.db).filter(\.$enforcementCase.$id == originalID).sort(\.$position).all()
        XCTAssertEqual(try copied.parties(), try parties.parties(), "the parties copied as they are")
    }
}
