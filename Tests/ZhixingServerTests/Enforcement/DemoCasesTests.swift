import Fluent
import SQLKit
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The bulk seeder behind `serve --demo` and `zhixing seed --cases N` (issue #4, "Demo and scale"):
/// its multi-row inserts must give the same cases as filing one by one would — numbers without gaps
/// per court and year, readable rows, the core's assessment, one chained audit event per case.
final class DemoCasesTests: AppTestCase {
    func test_seed_inBatches_numbersEachCourtAndYear_withoutGapsOrDuplicates() async throws {
        let outcome = try await DemoCases.seed(count: 250, on: app, batchSize: 60) { _ in }
        XCTAssertEqual(outcome.created, 250)
        let rows = try await EnforcementCase.query(on: app.db).all()
        XCTAssertEqual(rows.count, 250)
        XCTAssertEqual(Set(rows.map(\.caseNumber)).count, 250)
        for (_, group) in Dictionary(grouping: rows, by: { "\($0.$court.id)/\($0.year)" }) {
            XCTAssertEqual(group.map(\.serial).sorted(), Array(1...group.count))
        }
        // The counters carry on from the seeded numbers: the next filing of a court continues its year.
        guard let sample = rows.first, let sql = app.db as? any SQLDatabase else { return XCTFail("no rows") }
        let last = try await sql.raw("""
            SELECT last_serial FROM case_number_counters WHERE court_id = \(bind: sample.$court.id) AND year = \(bind: sample.year)
            """).first()?.decode(column: "last_serial", as: Int.self)
        XCTAssertEqual(last, rows.filter { $0.$court.id == sample.$court.id && $0.year == sample.year }.count)
    }

    func test_seed_rowsReadBack_withTheCoresAssessment_andOneAuditEventEach() async throws {
        try await DemoCases.seed(count: 120, on: app, batchSize: 50) { _ in }
        let rows = try await EnforcementCase.query(on: app.db).with(\.$parties).with(\.$events).all()
        XCTAssertEqual(rows.count, 120)
        let today = LocalDate.inChina(app.effects.clock.now())
        let calendar = try await app.effects.calendars.calendar(on: app.db)
        var statuses: Set<String> = []
        for row in rows {
            XCTAssertFalse(row.parties.isEmpty, row.caseNumber)
            XCTAssertTrue(row.parties.contains { $0.role == "debtor" }, row.caseNumber)
            XCTAssertEqual(row.events.map(\.seq).sorted(), Array(1...row.events.count), row.caseNumber)
            // What the seeder stored is what the core says now of the stored events.
            let stored = (row.status, row.closure, row.overdue, row.nextDueDate, row.amountReceivedFen)
            try CaseService.summarise(row, events: row.events, entrustment: nil, today: today, calendar: calendar)
            XCTAssertEqual(stored.0, row.status, row.caseNumber)
            XCTAssertEqual(stored.1, row.closure, row.caseNumber)
            XCTAssertEqual(stored.2, row.overdue, row.caseNumber)
            XCTAssertEqual(stored.3, row.nextDueDate, row.caseNumber)
            XCTAssertEqual(stored.4, row.amountReceivedFen, row.caseNumber)
            statuses.insert(row.status)
        }
        XCTAssertEqual(statuses, ["filed", "active", "suspended", "closed"])
        let filings = try await AuditEvent.query(on: app.db).filter(\.$action == "case.file").all()
        XCTAssertEqual(Set(filings.map(\.entityID)), Set(rows.compactMap { $0.id?.uuidString }))
        let report = try await AuditVerifier.verify(on: app.db)
        XCTAssertTrue(report.isIntact)
    }

    func test_seededCase_isServedByTheAPI_andListedNewestFirst() async throws {
        try await DemoCases.seed(count: 80, on: app, batchSize: 40) { _ in }
        let token = try await token("command.spc")
        let (status, json) = try await get("/api/v1/cases?per=20&page=2", token: token)
        XCTAssertEqual(status, .ok, json)
        let page = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(page["total"] as? Int, 80)
        let items = try XCTUnwrap(page["items"] as? [[String: Any]])
        XCTAssertEqual(items.count, 20)
        let all = try await EnforcementCase.query(on: app.db).sort(\.$filedOn, .descending).sort(\.$caseNumber, .descending).all()
        XCTAssertEqual(items.compactMap { $0["caseNumber"] as? String }, all[20..<40].map(\.caseNumber))
        let id = try XCTUnwrap(items.first?["id"] as? String)
        let (detailStatus, detail) = try await get("/api/v1/cases/\(id)", token: token)
        XCTAssertEqual(detailStatus, .ok, detail)
        XCTAssertTrue(detail.contains("\"assessment\""))
    }

    /// Every paginated list gives at most `per` items, and consecutive pages do not overlap (Fluent's
    /// inclusive `range(lower:upper:)` once made each page one row too long).
    func test_everyList_givesAtMostPerItems_andPagesDoNotOverlap() async throws {
        try await DemoCases.seed(count: 30, on: app, batchSize: 30) { _ in }
        let token = try await token("admin")
        for path in ["/api/v1/cases", "/api/v1/courts", "/api/v1/users", "/api/v1/audit/events"] {
            var seen: [String] = []
            for page in 1...2 {
                let (status, json) = try await get("\(path)?per=3&page=\(page)", token: token)
                XCTAssertEqual(status, .ok, "\(path): \(json)")
                let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], path)
                let items = try XCTUnwrap(object["items"] as? [[String: Any]], path)
                XCTAssertEqual(items.count, 3, path)
                seen += items.map { "\($0["id"] ?? $0["code"] ?? $0["seq"] ?? "")" }
            }
            XCTAssertEqual(Set(seen).count, 6, "\(path): \(seen)")
        }
    }
}
