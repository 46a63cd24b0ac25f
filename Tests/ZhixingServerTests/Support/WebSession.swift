import Vapor
import XCTVapor
import XCTest
@testable import ZhixingServer

/// A browser-like client for the web pages: keeps cookies, reads the CSRF token from forms.
final class WebSession {
    let app: Application
    var cookies: [String: String] = [:]
    var acceptLanguage: String?
    /// Headers a browser adds to every request (`Sec-Fetch-Site: same-origin`, say).
    var extraHeaders: [(String, String)] = []

    init(app: Application) { self.app = app }

    struct Page {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: String

        var csrf: String? {
            guard let range = body.range(of: #"name="_csrf" value=""#) else { return nil }
            let rest = body[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }

        var location: String? { headers.first(name: .location) }
    }

    private func headers() -> HTTPHeaders {
        var h = HTTPHeaders()
        if !cookies.isEmpty { h.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        if let acceptLanguage { h.add(name: .acceptLanguage, value: acceptLanguage) }
        for (name, value) in extraHeaders { h.add(name: name, value: value) }
        return h
    }

    private func keep(_ res: XCTHTTPResponse) {
        for value in res.headers[.setCookie] {
            let pair = value.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { cookies[parts[0]] = parts[1] }
            if value.contains("Max-Age=0") || value.contains("Expires=Thu, 01 Jan 1970") { cookies[parts[0]] = nil }
        }
    }

    func get(_ path: String) async throws -> Page {
        var page = Page(status: .internalServerError, headers: [:], body: "")
        try await app.test(.GET, path, headers: headers(), afterResponse: { res async in
            self.keep(res)
            page = Page(status: res.status, headers: res.headers, body: res.body.string)
        })
        return page
    }

    func post(_ path: String, form: [String: String]) async throws -> Page {
        var page = Page(status: .internalServerError, headers: [:], body: "")
        var h = headers()
        h.contentType = .urlEncodedForm
        let body = form.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
        try await app.test(.POST, path, headers: h, body: ByteBuffer(string: body), afterResponse: { res async in
            self.keep(res)
            page = Page(status: res.status, headers: res.headers, body: res.body.string)
        })
        return page
    }

    /// Opens the log-in page and logs in; returns the response to the form post.
    @discardableResult
    func logIn(_ username: String, password: String = DemoSeed.password) async throws -> Page {
        let form = try await get("/login")
        let csrf = try XCTUnwrap(form.csrf, "log-in form without CSRF token")
        return try await post("/login", form: ["username": username, "password": password, "_csrf": csrf])
    }
}
