import Fluent
import Vapor
import ZhixingCore

/// The court directory pages.
struct CourtsWebController {
    struct ListPage: Encodable, Sendable {
        let courts: [Row]
        let total: Int
        let page: Int
        let pages: Int
        let q: String
        let province: String
        let level: String
        let provinces: [Option]
        let levels: [Option]
        let prev: String?
        let next: String?
    }

    struct Row: Encodable, Sendable {
        let href: String
        let code: String
        let name: String
        let level: String
        let depth: Int
    }

    struct Option: Encodable, Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct DetailPage: Encodable, Sendable {
        let code: String
        let name: String
        let otherName: String
        let level: String
        let ancestors: [Row]
        let children: [Row]
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.courts, use: list)
        routes.get(path: Paths.courtPattern, use: show)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let lang = req.language
        let paging = try Paging(req, defaultPer: 100, maxPer: 200)
        var filter = CourtDirectory.Filter(page: paging.page, per: paging.per)
        let province = req.query[String.self, at: "province"] ?? ""
        let levelText = req.query[String.self, at: "level"] ?? ""
        let q = req.query[String.self, at: "q"] ?? ""
        filter.province = Province.all.contains(where: { $0.abbreviation == province }) ? province : nil
        filter.level = CourtLevel(rawValue: levelText)
        filter.query = q
        let listing = try await CourtDirectory.list(filter, on: req.db)
        let pages = max(1, (listing.total + listing.per - 1) / listing.per)
        func link(_ page: Int) -> String {
            var items = ["page=\(page)"]
            if !q.isEmpty { items.append("q=" + (q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
            if filter.province != nil { items.append("province=" + (province.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
            if filter.level != nil { items.append("level=\(levelText)") }
            return Paths.courts + "?" + items.joined(separator: "&")
        }
        let data = ListPage(
            courts: try listing.courts.map { try row($0, lang) }, total: listing.total, page: listing.page, pages: pages,
            q: q, province: province, level: levelText,
            provinces: Province.all.map { Option(value: $0.abbreviation, label: "\($0.abbreviation) · \(lang == "en" ? $0.nameEn : $0.nameZh)", selected: $0.abbreviation == province) },
            levels: CourtLevel.allCases.map { Option(value: $0.rawValue, label: $0.name.text(for: lang), selected: $0.rawValue == levelText) },
            prev: listing.page > 1 ? link(listing.page - 1) : nil,
            next: listing.page < pages ? link(listing.page + 1) : nil)
        return try await PageRenderer.render("Directory/courts", titleKey: "courts_title", data: data, for: req)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let lang = req.language
        guard let code = req.parameters.get("code"), let court = try await CourtDirectory.court(code: code, on: req.db) else {
            throw AppError.notFound()
        }
        let data = DetailPage(
            code: court.code, name: court.name(lang), otherName: court.name(lang == "en" ? "zh-CN" : "en"),
            level: try court.courtLevel?.name.text(for: lang) ?? "",
            ancestors: try await CourtDirectory.ancestors(of: court, on: req.db).map { try row($0, lang) },
            children: try await CourtDirectory.children(of: court, on: req.db).map { try row($0, lang) })
        return try await PageRenderer.render("Directory/court", titleKey: "courts_title", data: data, for: req)
    }

    private func row(_ org: Organisation, _ lang: String) throws -> Row {
        Row(href: Paths.court(org.code), code: org.code, name: org.name(lang),
            level: try org.courtLevel?.name.text(for: lang) ?? org.organisationKind.name.text(for: lang),
            depth: max(0, org.path.split(separator: "/").count - 1))
    }
}
