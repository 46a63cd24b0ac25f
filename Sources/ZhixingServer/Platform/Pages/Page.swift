import Vapor
import ZhixingCore

/// What every page's template gets: the language and its string table, the user, the navigation
/// for their role, the CSRF token for forms, and the page's own content under `data`.
struct Page<Data: Encodable & Sendable>: Encodable, Sendable {
    let lang: String
    let t: [String: String]
    let title: String
    let me: PageUser?
    let nav: [NavItem]
    let csrf: String
    let path: String
    let switchLanguage: NavItem
    let data: Data
}

struct PageUser: Encodable, Sendable {
    let displayName: String
    let username: String
    let role: String
    let organisation: String
}

struct NavItem: Encodable, Sendable {
    let href: String
    let label: String
    let current: Bool
    let key: String
}

enum PageRenderer {
    static func render<D: Encodable & Sendable>(_ template: String, titleKey: String, data: D, for req: Request,
                                                status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let table = req.application.localizer.table(lang)
        let user = req.auth.get(CurrentUser.self)
        let path = req.url.path
        let other = lang == "en" ? "zh-CN" : "en"
        let page = Page(
            lang: lang, t: table, title: table[titleKey] ?? titleKey,
            me: user.map { PageUser(displayName: $0.displayName, username: $0.username,
                                       role: $0.role.name.text(for: lang), organisation: $0.organisationName(lang)) },
            nav: user.map { navigation(for: $0, table: table, path: path) } ?? [],
            csrf: req.csrfToken, path: path,
            switchLanguage: .init(href: Paths.language(other, next: path + (req.url.query.map { "?\($0)" } ?? "")),
                                  label: table["nav_switch_language"] ?? other, current: false, key: other),
            data: data)
        let response = try await req.view.render(template, page).encodeResponse(for: req)
        response.status = status
        response.headers.replaceOrAdd(name: .contentLanguage, value: lang)
        return response
    }

    /// The navigation a role sees.
    static func navigation(for user: CurrentUser, table: [String: String], path: String) -> [NavItem] {
        var items: [(String, String)] = [(Paths.home, "nav_home")]
        if user.organisationKind == .court { items.append((Paths.cases, "nav_cases")) }
        items += [(Paths.courts, "nav_courts"), (Paths.rules, "nav_rules")]
        if user.role.administersUsers {
            items.append((Paths.users, "nav_users"))
            items.append((Paths.audit, "nav_audit"))
            items.append((Paths.calendarYears, "nav_calendar"))
        }
        return items.map { href, key in
            .init(href: href, label: table[key] ?? key, current: path == href || path.hasPrefix(href + "/"), key: key)
        }
    }
}
