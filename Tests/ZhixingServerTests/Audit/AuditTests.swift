import Fluent
import SQLKit
import XCTVapor
import XCTest
@testable import ZhixingServer

/// The audit log is append-only and hash-chained; `zhixing audit verify` finds the first broken link
/// (issue #2, item 5). Tampering is done behind the app's back with raw SQL.
final class AuditTests: AppTestCase {
    private var sql: any SQLDatabase { app.db as! any SQLDatabase }

    func test_everyChange_writesAnAuditEvent_inTheSameTransaction() async throws {
        let before = try await AuditEvent.query(on: app.db).count()
        let token = try await token("admin")
        try await app.test(.POST, "/api/v1/users", headers: ["Authorization": "Bearer \(token)"], beforeRequest: { req in
            try req.content.encode(["username": "new.clerk", "displayName": "新书记员", "password": "long-password-1",
                                    "role": "clerk", "organisationCode": "京0105"])
        }, afterResponse: { res async in
            XCTAssertEqual(res.status, .created, res.body.string)
        })
        let events = try await AuditEvent.query(on: app.db).sort(\.$id, .descending).all()
        XCTAssertEqual(events.count, before + 2, "token creation and user creation")
        let last = try XCTUnwrap(events.first)
        XCTAssertEqual(last.action, "user.create")
        XCTAssertTrue(last.actorName.contains("admin"))
        XCTAssertTrue(last.changes.contains("new.clerk"))
        XCTAssertEqual(last.ownerPath, "/最高法/京/京03/京0105/")
    }

    func test_intactChain_verifies() async throws {
        let report = try await AuditVerifier.verify(on: app.db)
        XCTAssertTrue(report.isIntact, report.problem ?? "")
        XCTAssertGreaterThan(report.eventsChecked, 100, "the demo import writes an event per court")
    }

    func test_editedRow_isDetected_atItsSeq() async throws {
        try await sql.raw("UPDATE audit_events SET changes = '{\"role\":{\"from\":null,\"to\":\"administrator\"}}' WHERE seq = 40").run()
        let report = try await AuditVerifier.verify(on: app.db)
        XCTAssertEqual(report.firstBrokenSeq, 40)
        XCTAssertEqual(report.eventsChecked, 39)
        XCTAssertTrue(report.problem?.contains("altered") ?? false)
    }

    func test_rewrittenRowWithRecomputedHash_breaksTheNextLink() async throws {
        let found = try await AuditEvent.find(40, on: app.db)
        let event = try XCTUnwrap(found)
        event.actorName = "someone else"
        let forged = AuditLog.hash(of: event)
        try await sql.raw("UPDATE audit_events SET actor_name = 'someone else', hash = \(bind: forged) WHERE seq = 40").run()
        let report = try await AuditVerifier.verify(on: app.db)
        XCTAssertEqual(report.firstBrokenSeq, 41)
        XCTAssertTrue(report.problem?.contains("does not link") ?? false)
    }

    func test_deletedRow_isDetected() async throws {
        try await sql.raw("DELETE FROM audit_events WHERE seq = 12").run()
        let report = try await AuditVerifier.verify(on: app.db)
        XCTAssertEqual(report.firstBrokenSeq, 12)
        XCTAssertTrue(report.problem?.contains("missing") ?? false)
    }

    func test_verifyEndpoint_reportsTampering_toTheSupremeCourtAdministrator() async throws {
        try await sql.raw("UPDATE audit_events SET entity_id = 'x' WHERE seq = 5").run()
        let token = try await token("admin")
        let (status, body) = try await get("/api/v1/audit/verify", token: token)
        XCTAssertEqual(status, .ok)
        XCTAssertTrue(body.contains("\"firstBrokenSeq\":5"), body)
        XCTAssertTrue(body.contains("\"intact\":false"))
    }

    func test_verifyEndpoint_isForbidden_toOthers() async throws {
        let token = try await token("judge")
        let (status, _) = try await get("/api/v1/audit/verify", token: token)
        XCTAssertEqual(status, .forbidden)
    }

    func test_optimisticLock_loserGets409_andNothingIsLost() async throws {
        let token = try await token("admin")
        let clerk = try await userID("clerk")
        func patch(_ body: [String: String], version: Int) async throws -> HTTPStatus {
            var status = HTTPStatus.internalServerError
            struct Body: Content { let displayName: String; let version: Int }
            try await app.test(.PATCH, "/api/v1/users/\(clerk)", headers: ["Authorization": "Bearer \(token)"], beforeRequest: { req in
                try req.content.encode(Body(displayName: body["displayName"] ?? "", version: version))
            }, afterResponse: { res async in status = res.status })
            return status
        }
        let first = try await patch(["displayName": "陈静（一）"], version: 1)
        let second = try await patch(["displayName": "陈静（二）"], version: 1)
        XCTAssertEqual(first, .ok)
        XCTAssertEqual(second, .conflict)
        let user = try await User.find(clerk, on: app.db)
        XCTAssertEqual(user?.displayName, "陈静（一）")
        XCTAssertEqual(user?.version, 2)
    }
}
