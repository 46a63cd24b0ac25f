import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Issue 8, finding 1.5: before the fix, four writers on four different cases on SQLite got half their
/// requests answered 500 (`database is locked`, `busyInSnapshot`). Now writers wait their turn.
final class ConcurrentWriteTests: AppTestCase {
    func test_1_5_sixteenConcurrentWriters_onSixteenCases_noFailure_everyWritePresent() async throws {
        let clerk = try await token("clerk")
        let judge = try await token("judge")
        var ids: [UUID] = []
        for _ in 0..<16 { ids.append(try await fileStandardCase(token: clerk)) }
        let app: Application = self.app
        let rounds = 3
        let statuses = try await withThrowingTaskGroup(of: [HTTPStatus].self) { group in
            for id in ids {
                group.addTask {
                    var out: [HTTPStatus] = []
                    var version = 1
                    for (i, kind) in ["handlerAssigned", "enforcementNoticeServed", "propertyReportOrderServed"].prefix(rounds).enumerated() {
                        let body = #"{"kind":"\#(kind)","date":"2026-11-0\#(3 + i)","version":\#(version)}"#
                        var status = HTTPStatus.internalServerError
                        try await app.test(.POST, "/api/v1/cases/\(id)/events",
                                           headers: ["Authorization": "Bearer \(judge)", "Content-Type": "application/json"],
                                           body: ByteBuffer(string: body), afterResponse: { res async in status = res.status })
                        out.append(status)
                        version += 1
                    }
                    return out
                }
            }
            var all: [HTTPStatus] = []
            for try await part in group { all += part }
            return all
        }
        XCTAssertEqual(statuses.count, 16 * rounds)
        XCTAssertEqual(statuses.filter { $0.code >= 500 }.count, 0, "\(statuses.filter { $0.code >= 500 })")
        XCTAssertEqual(Set(statuses), [.created], "\(Set(statuses))")
        for id in ids {
            let events = try await CaseEvent.query(on: app.db).filter(\.$enforcementCase.$id == id).count()
            XCTAssertEqual(events, 1 + rounds, "every acknowledged write is there")
        }
        let verified = try await AuditVerifier.verify(on: app.db)
        XCTAssertTrue(verified.isIntact, "the audit chain stays whole under concurrent writers")
    }
}
