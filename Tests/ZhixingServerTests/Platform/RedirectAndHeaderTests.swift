import XCTVapor
import XCTest
@testable import ZhixingServer

/// Issue 8, findings 1.2 and 1.8: `next=` cannot write a header or leave the site; personal data is never cached.
final class RedirectAndHeaderTests: AppTestCase {
    private func location(_ path: String) async throws -> (HTTPStatus, String?, HTTPHeaders) {
        var result: (HTTPStatus, String?, HTTPHeaders) = (.internalServerError, nil, [:])
        try await app.test(.GET, path, afterResponse: { res async in
            result = (res.status, res.headers.first(name: .location), res.headers)
        })
        return result
    }

    func test_1_2_languageSwitch_headerInjection_isDropped() async throws {
        let (status, location, headers) = try await location("/lang/en?next=/%0d%0aSet-Cookie:%20x=y")
        XCTAssertEqual(status, .seeOther)
        XCTAssertEqual(location, "/")
        XCTAssertFalse(headers[.setCookie].contains { $0.hasPrefix("x=") }, "\(headers)")
        for (name, value) in headers { XCTAssertFalse(value.contains("\r") || value.contains("\n"), name) }
    }

    func test_1_2_openRedirects_areDropped() async throws {
        for next in ["/%09/evil.example", "//evil.example", "/\\evil.example", "https://evil.example", "/%20/evil.example",
                     "/%E2%80%8B/evil.example", "%2F%2Fevil.example"] {
            let (_, location, _) = try await location("/lang/zh-CN?next=" + next)
            XCTAssertEqual(location, "/", next)
        }
        let (_, kept, _) = try await location("/lang/en?next=/cases?status=active%26page=2")
        XCTAssertEqual(kept, "/cases?status=active&page=2", "a same-site path of safe characters is followed")
    }

    func test_1_2_logInNext_refusesOffSiteTargets() async throws {
        let web = WebSession(app: app)
        let form = try await web.get("/login?next=/%09/evil.example")
        XCTAssertFalse(form.body.contains("evil.example"), "the form does not carry the bad target")
        let result = try await web.post("/login", form: ["username": "judge", "password": DemoSeed.password,
                                                         "_csrf": form.csrf ?? "", "next": "/\t/evil.example"])
        XCTAssertEqual(result.location, "/home")
        let injected = try await WebSession(app: app).get("/login")
        let second = try await WebSession(app: app).post("/login", form: ["username": "judge", "password": DemoSeed.password,
                                                                          "_csrf": injected.csrf ?? "", "next": "/\r\nSet-Cookie: x=y"])
        XCTAssertFalse(second.headers[.setCookie].contains { $0.hasPrefix("x=") })
    }

    func test_1_8_pagesAndAPI_areNotCached_styleSheetsMayBe() async throws {
        let web = WebSession(app: app)
        try await web.logIn("judge")
        let home = try await web.get("/home")
        XCTAssertEqual(home.headers.first(name: .cacheControl), "no-store")
        let token = try await token("judge")
        try await app.test(.GET, "/api/v1/me", headers: ["Authorization": "Bearer \(token)"], afterResponse: { res async in
            XCTAssertEqual(res.headers.first(name: .cacheControl), "no-store")
        })
        let portal = try await WebSession(app: app).get("/portal")
        XCTAssertEqual(portal.headers.first(name: .cacheControl), "no-store")
        try await app.test(.GET, "/css/app.css", afterResponse: { res async in
            XCTAssertEqual(res.status, .ok)
            XCTAssertNotEqual(res.headers.first(name: .cacheControl), "no-store")
        })
    }
}
