import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The directory pages (issue 9, item 7): courts apart from police, procuratorates and other organisations,
/// with the address and telephone where the directory has them (migration 014).
final class DirectoryPageTests: AppTestCase {
    private func escaped(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text }

    func test_courtsSection_listsOnlyCourts_andEachSectionItsOwnKind() async throws {
        let web = WebSession(app: app)
        let courts = try await web.get("/courts?q=" + escaped("朝阳"))
        XCTAssertEqual(courts.status, .ok)
        XCTAssertTrue(courts.body.contains("北京市朝阳区人民法院"))
        XCTAssertFalse(courts.body.contains("北京市公安局朝阳分局"), "police are not courts")
        XCTAssertFalse(courts.body.contains("北京市朝阳区人民检察院"))
        XCTAssertTrue(courts.body.contains("data-section=\"courts\" aria-current=\"page\""))

        let police = try await web.get("/courts?section=police")
        XCTAssertTrue(police.body.contains("北京市公安局朝阳分局"))
        XCTAssertFalse(police.body.contains("北京市朝阳区人民检察院"))
        XCTAssertFalse(police.body.contains("<a href=\"/courts/%E4%BA%AC0106\">"), "no court rows in the police section")
        XCTAssertTrue(police.body.contains("<a href=\"/courts/%E4%BA%AC0105\">北京市朝阳区人民法院</a>"), "the court area it belongs to")
        XCTAssertTrue(police.body.contains("北京市朝阳区演示路1号（演示地址）"))
        XCTAssertTrue(police.body.contains("010-0000-0110"))

        let procuratorates = try await web.get("/courts?section=procuratorates")
        XCTAssertTrue(procuratorates.body.contains("北京市朝阳区人民检察院"))
        XCTAssertFalse(procuratorates.body.contains("北京市公安局朝阳分局"))

        let others = try await web.get("/courts?section=others")
        XCTAssertTrue(others.body.contains("演示银行北京分行"))
        XCTAssertTrue(others.body.contains("朝阳区三里屯街道办事处"))
        XCTAssertFalse(others.body.contains("北京市公安局朝阳分局"))
        XCTAssertFalse(others.body.contains("id=\"level\""), "court levels only for courts")
        XCTAssertTrue(others.body.contains("<input type=\"hidden\" name=\"section\" value=\"others\">"), "a search stays in its section")
    }

    func test_sectionTabs_countEachKind_andKeepTheSearch() async throws {
        let page = try await WebSession(app: app).get("/courts?q=" + escaped("朝阳") + "&province=" + escaped("京"))
        let courts = try await Organisation.query(on: app.db).filter(\.$kind == "court").count()
        XCTAssertTrue(page.body.contains("人民法院 <span class=\"count\">\(courts)</span>"))
        XCTAssertTrue(page.body.contains("公安机关 <span class=\"count\">1</span>"))
        XCTAssertTrue(page.body.contains("其他机构 <span class=\"count\">2</span>"))
        XCTAssertTrue(page.body.contains("href=\"/courts?section=police&amp;q=%E6%9C%9D%E9%98%B3&amp;province=%E4%BA%AC\"")
                      || page.body.contains("href=\"/courts?section=police&q=%E6%9C%9D%E9%98%B3&province=%E4%BA%AC\""), "tabs keep q and province")
    }

    func test_organisationPage_showsKindCourtAreaAddressAndPhone() async throws {
        let web = WebSession(app: app)
        let page = try await web.get("/courts/" + escaped("公安-京0105"))
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("<h1>北京市公安局朝阳分局</h1>"))
        XCTAssertTrue(page.body.contains("<dd>公安机关</dd>"))
        XCTAssertTrue(page.body.contains("<dt>所在法院辖区</dt><dd><a href=\"/courts/%E4%BA%AC0105\">北京市朝阳区人民法院</a></dd>"))
        XCTAssertTrue(page.body.contains("<dd data-testid=\"address\">北京市朝阳区演示路1号（演示地址）</dd>"))
        XCTAssertTrue(page.body.contains("<a href=\"tel:01000000110\">010-0000-0110</a>"))
        XCTAssertTrue(page.body.contains("<a href=\"/courts?section=police\">公安机关</a>"), "back to its section")

        web.acceptLanguage = "en"
        let english = try await web.get("/courts/" + escaped("检察-京0105"))
        XCTAssertTrue(english.body.contains("<h1>Beijing Chaoyang District People&#39;s Procuratorate</h1>") || english.body.contains("<h1>Beijing Chaoyang District People's Procuratorate</h1>"))
        XCTAssertTrue(english.body.contains("<dt>Telephone</dt>"))
        XCTAssertTrue(english.body.contains("<dd>People&#39;s procuratorate</dd>") || english.body.contains("<dd>People's procuratorate</dd>"))
    }

    func test_courtPage_listsTheOtherOrganisationsInItsArea_andSaysWhatIsNotListed() async throws {
        let page = try await WebSession(app: app).get("/courts/" + escaped("京0105"))
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("本院辖区内的其他机构"))
        XCTAssertTrue(page.body.contains("北京市公安局朝阳分局"))
        XCTAssertTrue(page.body.contains("朝阳区三里屯街道办事处"))
        XCTAssertTrue(page.body.contains("<dd data-testid=\"address\"><span class=\"muted\">名录未载</span></dd>"), "the shipped court file has no address")
        let high = try await WebSession(app: app).get("/courts/" + escaped("京"))
        XCTAssertTrue(high.body.contains("演示银行北京分行"), "the bank sits under the Beijing High Court")
        XCTAssertTrue(high.body.contains("北京市第三中级人民法院"), "courts below, in their own table")
    }

    func test_unknownCode_andOverlongCode_are404() async throws {
        let web = WebSession(app: app)
        let missing = try await web.get("/courts/" + escaped("京9999"))
        XCTAssertEqual(missing.status, .notFound)
        let long = try await web.get("/courts/" + String(repeating: "x", count: 300))
        XCTAssertEqual(long.status, .notFound)
    }

    func test_api_stillListsCourtsOnly() async throws {
        let token = try await token("judge")
        let (status, body) = try await get("/api/v1/courts?q=" + escaped("朝阳"), token: token)
        XCTAssertEqual(status, .ok)
        XCTAssertTrue(body.contains("北京市朝阳区人民法院"))
        XCTAssertFalse(body.contains("公安"))
        let (policeStatus, _) = try await get("/api/v1/courts/" + escaped("公安-京0105"), token: token)
        XCTAssertEqual(policeStatus, .notFound, "the API's court lookup is for courts")
    }
}
