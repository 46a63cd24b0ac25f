import Foundation
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// `GET /api/v1/instruments`: every citation of a case's assessment names an instrument the catalogue lists, and the
/// catalogue — not each citation — carries its title, short title, document number and whether it is law.
final class InstrumentsAPITests: AppTestCase {
    private func object(_ body: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }

    func test_theCatalogue_namesEveryInstrument_withItsTitleAndNumber() async throws {
        let (status, body) = try await get("/api/v1/instruments", token: try await token("judge"))
        XCTAssertEqual(status, .ok, body)
        let items = try XCTUnwrap(try object(body)["items"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: items.compactMap { item in (item["id"] as? String).map { ($0, item) } })
        XCTAssertEqual(Set(byID.keys), Set(InstrumentID.allCases.map(\.rawValue)))
        // Termination Provisions 2016: 法〔2016〕373号, short title 《终本规定》, law.
        let termination = try XCTUnwrap(byID["terminationProvisions2016"])
        XCTAssertEqual(termination["title"] as? String, "《最高人民法院关于严格规范终结本次执行程序的规定（试行）》")
        XCTAssertEqual(termination["shortTitle"] as? String, "《终本规定》")
        XCTAssertEqual(termination["documentNumber"] as? String, "法〔2016〕373号")
        XCTAssertEqual(termination["isLaw"] as? Bool, true)
        XCTAssertEqual(byID["civilProcedureLaw2023"]?["kind"] as? String, "statute")
        // The annual holiday notice: a number per year (the 2025 notice is 国办发明电〔2024〕12号).
        let notices = try XCTUnwrap(byID["holidayNotice"]?["notices"] as? [[String: Any]])
        XCTAssertTrue(notices.contains { $0["year"] as? Int == 2025 && $0["documentNumber"] as? String == "国办发明电〔2024〕12号" })
        XCTAssertNil(termination["notices"] as? [Any])
    }

    func test_aCasesCitations_nameCataloguedInstruments_andCarryOnlyTheirPartsAndTexts() async throws {
        let clerk = try await token("clerk")
        let (filed, created) = try await post("/api/v1/cases", CaseTests.filing(), token: clerk)
        XCTAssertEqual(filed, .created, created)
        let id = try XCTUnwrap(try object(created)["id"] as? String)
        let (status, body) = try await get("/api/v1/cases/\(id)", token: clerk)
        XCTAssertEqual(status, .ok, body)
        var citations: [[String: Any]] = []
        func walk(_ value: Any) {
            if let dict = value as? [String: Any] {
                if let list = dict["citations"] as? [[String: Any]] { citations += list }
                dict.values.forEach(walk)
            } else if let list = value as? [Any] { list.forEach(walk) }
        }
        walk(try object(body))
        XCTAssertGreaterThan(citations.count, 20)
        let catalogued = Set(InstrumentID.allCases.map(\.rawValue))
        let allowed: Set<String> = ["instrument", "article", "articleThrough", "paragraph", "paragraphThrough", "item", "point",
                                    "year", "date", "zh", "en"]
        for citation in citations {
            XCTAssertTrue(catalogued.contains(citation["instrument"] as? String ?? ""), "\(citation)")
            XCTAssertTrue(Set(citation.keys).isSubset(of: allowed), "\(citation.keys.sorted())")
            XCTAssertNotNil(citation["zh"] as? String)
            XCTAssertNotNil(citation["en"] as? String)
        }
    }

    func test_withoutAToken_theCatalogueIs401() async throws {
        try await app.test(.GET, "/api/v1/instruments") { res async in
            XCTAssertEqual(res.status, .unauthorized)
        }
    }
}
