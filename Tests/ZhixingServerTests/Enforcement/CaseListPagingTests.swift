import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Keyset pagination of the case list (issue 9, performance: "every case-list page, the first or the
/// 20,000th"): following `next` from the first page lists exactly the cases the numbered pages list, in
/// the same order, in every sort; `previous` walks back the same pages; a cursor is checked, and never
/// reaches past the reader's scope.
final class CaseListPagingTests: AppTestCase {
    private struct Page {
        let ids: [String]
        let total: Int
        let next: String?
        let previous: String?
    }

    private func page(_ query: String, token: String, file: StaticString = #filePath, line: UInt = #line) async throws -> Page {
        let (status, body) = try await get("/api/v1/cases?" + query, token: token)
        XCTAssertEqual(status, .ok, body, file: file, line: line)
        let object = try json(body)
        let items = object["items"] as? [[String: Any]] ?? []
        return Page(ids: items.compactMap { $0["id"] as? String }, total: object["total"] as? Int ?? -1,
                    next: object["next"] as? String, previous: object["previous"] as? String)
    }

    func test_followingNext_listsWhatTheNumberedPagesList_inEverySort_andPreviousWalksBack() async throws {
        try await DemoCases.seed(count: 140, on: app, batchSize: 70) { _ in }
        let spc = try await token("command.spc")
        for sort in ["filed", "due", "outstanding"] {
            let per = 17
            let first = try await page("sort=\(sort)&per=\(per)", token: spc)
            XCTAssertGreaterThan(first.total, per * 3, "\(sort): enough cases for several pages")
            XCTAssertNil(first.previous, "\(sort): the first page has no previous page")
            // By number: every page, concatenated.
            var byNumber: [String] = []
            var number = 1
            while true {
                let p = try await page("sort=\(sort)&per=\(per)&page=\(number)", token: spc)
                if p.ids.isEmpty { break }
                byNumber += p.ids
                number += 1
            }
            XCTAssertEqual(byNumber.count, first.total, "\(sort): the numbered pages hold the total")
            // By next, from the first page.
            var byNext = first.ids
            var pages = [first.ids]
            var cursor = first.next
            var last = first
            while let after = cursor {
                let p = try await page("sort=\(sort)&per=\(per)&after=\(after)", token: spc)
                XCTAssertFalse(p.ids.isEmpty, "\(sort): next is given only when a page follows")
                XCTAssertNotNil(p.previous, "\(sort): a page reached by next has a previous page")
                byNext += p.ids
                pages.append(p.ids)
                cursor = p.next
                last = p
                XCTAssertLessThan(pages.count, 100, "\(sort): the walk ends")
                if pages.count >= 100 { break }
            }
            XCTAssertEqual(byNext, byNumber, "\(sort): next lists the same cases in the same order as the numbers")
            XCTAssertEqual(Set(byNext).count, byNext.count, "\(sort): no case twice")
            // And back, from the last page by previous.
            var back: [[String]] = [last.ids]
            var before = last.previous
            while let cursor = before {
                let p = try await page("sort=\(sort)&per=\(per)&before=\(cursor)", token: spc)
                back.append(p.ids)
                before = p.previous
                if back.count > pages.count { break }
            }
            XCTAssertEqual(Array(back.reversed()), pages, "\(sort): previous walks back the same pages")
        }
    }

    func test_aCursor_isChecked_andNamesItsField() async throws {
        try await DemoCases.seed(count: 40, on: app, batchSize: 40) { _ in }
        let judge = try await token("judge")
        let first = try await page("per=10", token: judge)
        let after = try XCTUnwrap(first.next)
        // A cursor of the filing order given to another order; garbage; both directions at once.
        for (query, field) in [("sort=outstanding&after=\(after)", "after"), ("after=bm90IGEgY3Vyc29y", "after"),
                               ("after=%25%25%25", "after"), ("before=" + String(repeating: "A", count: 300), "before"),
                               ("after=\(after)&before=\(after)", "before")] {
            let (status, body) = try await get("/api/v1/cases?per=10&" + query, token: judge)
            XCTAssertEqual(status, .badRequest, "\(query): \(body)")
            XCTAssertTrue(body.contains("\"field\":\"\(field)\""), "\(query): \(body)")
        }
        // The web list says so in its own words, as a page (not a bare error).
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let bad = try await web.get("/cases?after=garbage")
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertTrue(bad.body.contains("翻页位置无效"), bad.body)
    }

    func test_aCursor_neverReachesPastTheReadersScope() async throws {
        try await DemoCases.seed(count: 60, on: app, batchSize: 60) { _ in }
        let spc = try await token("command.spc")
        let all = try await page("per=5", token: spc)
        let after = try XCTUnwrap(all.next)
        // Another court's judge, given the SPC's cursor, sees only their own court's cases after that place.
        let pudong = try await token("judge.pudong")
        let theirs = try await page("per=200", token: pudong)
        let fromCursor = try await page("per=200&after=\(after)", token: pudong)
        XCTAssertTrue(Set(fromCursor.ids).isSubset(of: Set(theirs.ids)), "a cursor lists only cases in the reader's scope")
    }

    func test_theWebList_followsNextAndPrevious_byCursor_withThePageNumber() async throws {
        try await DemoCases.seed(count: 160, on: app, batchSize: 80) { _ in }
        let web = WebSession(app: app)
        try await web.logIn("command.spc")
        let first = try await web.get("/cases")
        XCTAssertEqual(first.status, .ok)
        let next = try XCTUnwrap(Self.link(rel: "next", in: first.body), first.body)
        XCTAssertTrue(next.contains("page=2") && next.contains("after="), next)
        let second = try await web.get(next)
        XCTAssertEqual(second.status, .ok)
        XCTAssertTrue(second.body.contains("<span>2 / "), "the page reached by next is numbered 2")
        let byNumber = try await web.get("/cases?page=2")
        XCTAssertEqual(Self.caseLinks(second.body), Self.caseLinks(byNumber.body), "next shows what page 2 shows")
        let third = try await web.get(try XCTUnwrap(Self.link(rel: "next", in: second.body)))
        let back = try XCTUnwrap(Self.link(rel: "prev", in: third.body))
        XCTAssertTrue(back.contains("page=2") && back.contains("before="), back)
        let secondAgain = try await web.get(back)
        XCTAssertEqual(Self.caseLinks(secondAgain.body), Self.caseLinks(byNumber.body), "previous shows page 2 again")
        // From page 2, previous is the first page by number.
        let toFirst = try XCTUnwrap(Self.link(rel: "prev", in: second.body))
        XCTAssertTrue(toFirst.contains("page=1") && !toFirst.contains("before="), toFirst)
    }

    private static func link(rel: String, in body: String) -> String? {
        guard let r = body.range(of: #"<a href="([^"]+)" rel="\#(rel)""#, options: .regularExpression) else { return nil }
        let tag = String(body[r])
        guard let start = tag.range(of: "href=\"")?.upperBound, let end = tag[start...].firstIndex(of: "\"") else { return nil }
        return String(tag[start..<end]).replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func caseLinks(_ body: String) -> [String] {
        body.matches(of: /href="(\/cases\/[0-9A-Fa-f-]{36})"/).map { String($0.output.1) }
    }
}
