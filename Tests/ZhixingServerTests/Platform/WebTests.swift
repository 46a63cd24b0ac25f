import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The web shell (issue #2, item 7): bilingual pages, role navigation and home pages, the court
/// directory, user administration through forms.
final class WebTests: AppTestCase {
    func test_loginPage_isChineseByDefault_englishByAcceptLanguage() async throws {
        let zh = try await WebSession(app: app).get("/login")
        XCTAssertTrue(zh.body.contains("<html lang=\"zh-CN\">"))
        XCTAssertTrue(zh.body.contains("用户名"))
        let web = WebSession(app: app)
        web.acceptLanguage = "en-GB,en;q=0.9,zh;q=0.5"
        let en = try await web.get("/login")
        XCTAssertTrue(en.body.contains("<html lang=\"en\">"))
        XCTAssertTrue(en.body.contains("Username"))
    }

    func test_languageSwitch_setsACookie_andReturnsToThePage() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let switched = try await web.get("/lang/en?next=%2Fhome")
        XCTAssertEqual(switched.location, "/home")
        XCTAssertEqual(web.cookies[Request.languageCookie], "en")
        let home = try await web.get("/home")
        XCTAssertTrue(home.body.contains("Workbench"))
        XCTAssertTrue(home.body.contains("Enforcement judge"))
        let back = try await web.get("/lang/zh-CN?next=https%3A%2F%2Fevil.example")
        XCTAssertEqual(back.location, "/", "only local targets are followed")
    }

    func test_homePage_perRole() async throws {
        let expectations: [(String, String, String)] = [
            ("judge", "执行法官", "本院（本单位）的记录"),
            ("command", "指挥中心工作人员", "本院及下级法院的记录"),
            ("command.spc", "指挥中心工作人员", "全国各级法院的记录"),
            ("police", "公安民警", "发送给本单位的事项"),
            ("admin", "系统管理员", "全国各级法院的记录"),
        ]
        for (username, role, scope) in expectations {
            let web = WebSession(app: app)
            try await web.logIn(username)
            let home = try await web.get("/home")
            XCTAssertEqual(home.status, .ok, username)
            XCTAssertTrue(home.body.contains(role), username)
            XCTAssertTrue(home.body.contains(scope), username)
        }
        let admin = WebSession(app: app)
        try await admin.logIn("admin")
        let adminHome = try await admin.get("/home")
        XCTAssertTrue(adminHome.body.contains("href=\"/admin/users\""), "administrators get user administration in the navigation")
        let judge = WebSession(app: app)
        try await judge.logIn("judge")
        let judgeHome = try await judge.get("/home")
        XCTAssertFalse(judgeHome.body.contains("href=\"/admin/users\""))
    }

    func test_commandHome_listsCourtsBelow() async throws {
        let web = WebSession(app: app)
        try await web.logIn("command")  // 京03
        let home = try await web.get("/home")
        XCTAssertTrue(home.body.contains("北京市朝阳区人民法院"))
        XCTAssertFalse(home.body.contains("北京市丰台区人民法院"))
    }

    func test_courtDirectory_filtersAndShowsHierarchy() async throws {
        let web = WebSession(app: app)
        let list = try await web.get("/courts?province=%E6%B2%AA&level=basic")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.contains("上海市浦东新区人民法院"))
        XCTAssertFalse(list.body.contains("北京市朝阳区人民法院"))
        let court = try await web.get("/courts/%E4%BA%AC0105")
        XCTAssertTrue(court.body.contains("北京市第三中级人民法院"), "the parent chain is shown")
        XCTAssertTrue(court.body.contains("北京市高级人民法院"))
    }

    func test_adminCreatesUser_throughTheForm_withFieldErrors() async throws {
        let web = WebSession(app: app)
        try await web.logIn("admin")
        let form = try await web.get("/admin/users/new")
        XCTAssertEqual(form.status, .ok)
        var fields = ["_csrf": form.csrf ?? "", "username": "zhang.san", "displayName": "张三", "password": "short",
                      "role": "enforcement_judge", "organisationCode": "京0106"]
        let weak = try await web.post("/admin/users", form: fields)
        XCTAssertEqual(weak.status, .badRequest)
        XCTAssertTrue(weak.body.contains("密码至少 10 位"))
        XCTAssertTrue(weak.body.contains("id=\"password\" name=\"password\" type=\"password\" autocomplete=\"new-password\" required aria-invalid=\"true\""))
        fields["password"] = "strong-password-1"
        fields["role"] = "police_officer"
        let mismatch = try await web.post("/admin/users", form: fields)
        XCTAssertEqual(mismatch.status, .badRequest)
        XCTAssertTrue(mismatch.body.contains("不能属于该类机构"))
        fields["role"] = "enforcement_judge"
        let created = try await web.post("/admin/users", form: fields)
        XCTAssertEqual(created.status, .seeOther)
        let user = try await User.query(on: app.db).filter(\.$username == "zhang.san").with(\.$organisation).first()
        XCTAssertEqual(user?.organisation.code, "京0106")
        let login = try await WebSession(app: app).logIn("zhang.san", password: "strong-password-1")
        XCTAssertEqual(login.status, .seeOther)
    }

    func test_courtAdministrator_cannotPlaceUsersOutsideItsScope() async throws {
        try await makeUser("admin.chaoyang", role: .administrator, at: "京0105")
        let web = WebSession(app: app)
        try await web.logIn("admin.chaoyang")
        let form = try await web.get("/admin/users/new")
        let page = try await web.post("/admin/users", form: [
            "_csrf": form.csrf ?? "", "username": "li.si", "displayName": "李四", "password": "strong-password-1",
            "role": "clerk", "organisationCode": "京0106"])
        XCTAssertEqual(page.status, .badRequest)
        XCTAssertTrue(page.body.contains("不在您的管理范围内"))
        let list = try await web.get("/admin/users")
        XCTAssertTrue(list.body.contains("clerk"))
        XCTAssertFalse(list.body.contains("judge.fengtai"))
    }

    func test_localisationTables_coverEveryKeyTheTemplatesUse() throws {
        let root = TestApp.packageRoot
        let zh = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: URL(fileURLWithPath: root + "Resources/Localization/zh-CN.json")))
        let en = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: URL(fileURLWithPath: root + "Resources/Localization/en.json")))
        XCTAssertEqual(Set(zh.keys), Set(en.keys))
        let views = root + "Resources/Views/"
        let regex = try NSRegularExpression(pattern: #"\bt\.([A-Za-z_]+)"#)
        let files = try FileManager.default.subpathsOfDirectory(atPath: views).filter { $0.hasSuffix(".leaf") }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let text = try String(contentsOfFile: views + file, encoding: .utf8)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                XCTAssertNotNil(zh[String(text[range])], "\(file): t.\(text[range]) missing")
            }
        }
        for role in Role.allCases { XCTAssertNotNil(zh["role_intro_" + role.rawValue], role.rawValue) }
    }

    func test_errorPages_showNoInternals() async throws {
        let web = WebSession(app: app)
        try await web.logIn("admin")
        let page = try await web.get("/admin/users/not-a-uuid")
        XCTAssertEqual(page.status, .notFound)
        XCTAssertFalse(page.body.contains("Fatal"))
        XCTAssertFalse(page.body.contains(".swift"))
    }
}
