import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Stored deadlines computed without a year's notice carry its warning and are recomputed when the year
/// is entered (in the saving transaction; see `DeadlineRecompute`).
final class DeadlineRecomputeTests: AppTestCase {
    /// 2027-09-24 10:00 in China: a Friday, one week before National Day 2027.
    static let friday = Date(timeIntervalSince1970: 1_821_751_200)

    override func setUp() async throws {
        try await super.setUp()
        try await TestApp.shutdown(app)
        app = try await TestApp.make(clock: .fixed(Self.friday))
    }

    /// Time Limits Provisions 2006 Art.2 with CPL 2023 Art.85 para.3: a case filed on 2027-09-24 must have
    /// its handler fixed within 7 days, by 2027-10-01. Without the 2027 notice that Friday is a working day
    /// and the case page warns; once the year is entered with 10-01 to 10-07 off, the stored next due date
    /// of the open case moves to 2027-10-08 at once, and the warning is gone.
    func test_timeLimitsArt2_handlerDeadlineOnNationalDay_isRecomputedWhenTheYearIsEntered() async throws {
        let clerk = try await token("clerk"), admin = try await token("admin")
        let (status, body) = try await post("/api/v1/cases", CaseTests.filing(filedOn: "2027-09-24"), token: clerk)
        XCTAssertEqual(status, .created, body)
        let id = try XCTUnwrap(UUID(uuidString: try json(body)["id"] as? String ?? ""))
        let filed = try await EnforcementCase.find(id, on: app.db)
        XCTAssertEqual(filed?.nextDueDate, "2027-10-01")
        let (_, detailBefore) = try await get("/api/v1/cases/\(id)", token: clerk)
        XCTAssertTrue(detailBefore.contains("no official holiday schedule for 2027"), detailBefore)

        let (saved, savedBody) = try await send(.PUT, "/api/v1/calendar/years/2027", Test2027.body(), token: admin)
        XCTAssertEqual(saved, .ok, savedBody)
        XCTAssertEqual(try json(savedBody)["recomputedCases"] as? Int, 1)

        let recomputed = try await EnforcementCase.find(id, on: app.db)
        XCTAssertEqual(recomputed?.nextDueDate, "2027-10-08")
        let (_, detailAfter) = try await get("/api/v1/cases/\(id)", token: clerk)
        XCTAssertFalse(detailAfter.contains("no official holiday schedule for 2027"), detailAfter)

        // Removing the year brings the weekends-only answer (and its warning) back, stored too.
        let (removed, _) = try await send(.DELETE, "/api/v1/calendar/years/2027", token: admin)
        XCTAssertEqual(removed, .noContent)
        let restored = try await EnforcementCase.find(id, on: app.db)
        XCTAssertEqual(restored?.nextDueDate, "2027-10-01")
    }

    /// A case whose stored deadline the new year does not move is left as it was (not written).
    func test_aDeadlineTheYearDoesNotMove_isNotRewritten() async throws {
        let clerk = try await token("clerk"), admin = try await token("admin")
        // Filed 2027-09-17: handler by 2027-09-24, a Friday outside every holiday of the 2027 data.
        let (status, body) = try await post("/api/v1/cases", CaseTests.filing(filedOn: "2027-09-17"), token: clerk)
        XCTAssertEqual(status, .created, body)
        let id = try XCTUnwrap(UUID(uuidString: try json(body)["id"] as? String ?? ""))
        let before = try await EnforcementCase.find(id, on: app.db)
        XCTAssertEqual(before?.nextDueDate, "2027-09-24")
        let (saved, savedBody) = try await send(.PUT, "/api/v1/calendar/years/2027", Test2027.body(), token: admin)
        XCTAssertEqual(saved, .ok, savedBody)
        XCTAssertEqual(try json(savedBody)["recomputedCases"] as? Int, 0)
        let after = try await EnforcementCase.find(id, on: app.db)
        XCTAssertEqual(after?.nextDueDate, "2027-09-24")
        XCTAssertEqual(after?.updatedAt, before?.updatedAt)
    }
}
