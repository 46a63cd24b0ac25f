import Fluent
import Vapor
import ZhixingCore

/// The directory pages: courts, police, procuratorates and other organisations, each in its own
/// section, with the address and telephone where the directory has them.
struct CourtsWebController {
    struct ListPage: Encodable, Sendable {
        let section: String
        let sections: [Tab]
        let isCourts: Bool
        let courts: [Row]
        let showContact: Bool
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
        let action: String
    }

    /// One section of the directory, as a link that keeps the search.
    struct Tab: Encodable, Sendable {
        let href: String
        let label: String
        let count: Int
        let current: Bool
        let key: String
    }

    struct Row: Encodable, Sendable {
        let href: String
        let code: String
        let name: String
        let level: String
        let depth: Int
        /// `""` when the directory has none.
        let address: String
        let phone: String
        let parentName: String?
        let parentHref: String?
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
        let isCourt: Bool
        let level: String
        let kind: String
        let address: String?
        let phone: String?
        let phoneHref: String?
        let ancestors: [Row]
        let parent: Row?
        let children: [Row]
        let others: [Row]
        let listHref: String
        let listLabel: String
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.courts, use: list)
        routes.get(path: Paths.courtPattern, use: show)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let lang = req.language
        let table = req.application.localizer.table(lang)
        let paging = try Paging(req, defaultPer: 100, maxPer: 200)
        let section = CourtDirectory.Section(rawValue: req.query[String.self, at: "section"] ?? "") ?? .courts
        var filter = CourtDirectory.Filter(section: section, page: paging.page, per: paging.per)
        let province = req.query[String.self, at: "province"] ?? ""
        let levelText = section == .courts ? req.query[String.self, at: "level"] ?? "" : ""
        let q = String((req.query[String.self, at: "q"] ?? "").prefix(100))
        filter.province = Province.all.contains(where: { $0.abbreviation == province }) ? province : nil
        filter.level = CourtLevel(rawValue: levelText)
        filter.query = q
        let listing = try await CourtDirectory.list(filter, on: req.db)
        let counts = try await CourtDirectory.sectionCounts(on: req.db)
        let parents = try await Self.parents(of: listing.courts, on: req.db)
        let pages = max(1, (listing.total + listing.per - 1) / listing.per)
        func link(_ page: Int?, section: CourtDirectory.Section) -> String {
            var items = section == .courts ? [] : ["section=\(section.rawValue)"]
            if !q.isEmpty { items.append("q=" + (q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
            if filter.province != nil { items.append("province=" + (province.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
            if filter.level != nil, section == .courts { items.append("level=\(levelText)") }
            if let page { items.append("page=\(page)") }
            return Paths.courts + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
        }
        let rows = try listing.courts.map { org in try row(org, lang, parent: org.$parent.id.flatMap { parents[$0] }) }
        let data = ListPage(
            section: section.rawValue,
            sections: CourtDirectory.Section.allCases.map {
                Tab(href: link(nil, section: $0), label: table[$0.labelKey] ?? $0.rawValue, count: counts[$0] ?? 0,
                    current: $0 == section, key: $0.rawValue)
            },
            isCourts: section == .courts,
            courts: rows, showContact: section != .courts || rows.contains { !$0.address.isEmpty || !$0.phone.isEmpty },
            total: listing.total, page: listing.page, pages: pages,
            q: q, province: province, level: levelText,
            provinces: Province.all.map { Option(value: $0.abbreviation, label: "\($0.abbreviation) · \(lang == "en" ? $0.nameEn : $0.nameZh)", selected: $0.abbreviation == province) },
            levels: CourtLevel.allCases.map { Option(value: $0.rawValue, label: $0.name.text(for: lang), selected: $0.rawValue == levelText) },
            prev: listing.page > 1 ? link(listing.page - 1, section: section) : nil,
            next: listing.page < pages ? link(listing.page + 1, section: section) : nil,
            action: Paths.courts)
        return try await PageRenderer.render("Directory/courts", titleKey: "courts_title", data: data, for: req)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let lang = req.language
        let table = req.application.localizer.table(lang)
        guard let code = req.parameters.get("code"), code.count <= 100,
              let org = try await CourtDirectory.organisation(code: code, on: req.db) else {
            throw AppError.notFound()
        }
        let kind = try org.organisationKind
        let isCourt = kind == .court
        let ancestors = try await CourtDirectory.ancestors(of: org, on: req.db).map { try row($0, lang) }
        let below = try await CourtDirectory.children(of: org, on: req.db)
        let section = CourtDirectory.Section.allCases.first { $0.kinds.contains(kind) } ?? .courts
        let data = DetailPage(
            code: org.code, name: org.name(lang), otherName: org.name(lang == "en" ? "zh-CN" : "en"),
            isCourt: isCourt, level: try org.courtLevel?.name.text(for: lang) ?? "",
            kind: kind.name.text(for: lang),
            address: org.address, phone: org.phone,
            phoneHref: org.phone.flatMap(Self.telephoneHref),
            ancestors: ancestors, parent: ancestors.last,
            children: try below.filter { try $0.organisationKind == .court }.map { try row($0, lang) },
            others: try below.filter { try $0.organisationKind != .court }.map { try row($0, lang) },
            listHref: Paths.courts + (section == .courts ? "" : "?section=\(section.rawValue)"),
            listLabel: table[section.labelKey] ?? section.rawValue)
        return try await PageRenderer.render("Directory/court", titleKey: "courts_title", data: data, for: req)
    }

    /// The parents of the organisations on a page (the court a police office or procuratorate sits under).
    private static func parents(of orgs: [Organisation], on db: any Database) async throws -> [UUID: Organisation] {
        let ids = Set(try orgs.filter { try $0.organisationKind != .court }.compactMap { $0.$parent.id })
        guard !ids.isEmpty else { return [:] }
        let found = try await Organisation.query(on: db).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(found.compactMap { org in org.id.map { ($0, org) } }, uniquingKeysWith: { a, _ in a })
    }

    /// `tel:` for the first number of a directory entry (`010-12345678、010-87654321` → `tel:01012345678`).
    static func telephoneHref(_ phone: String) -> String? {
        let first = phone.split(whereSeparator: { $0 == "、" || $0 == "," || $0 == "，" }).first.map(String.init) ?? phone
        let digits = first.filter { ($0.isASCII && $0.isNumber) || $0 == "+" }
        return digits.count >= 3 ? "tel:" + digits : nil
    }

    private func row(_ org: Organisation, _ lang: String, parent: Organisation? = nil) throws -> Row {
        Row(href: Paths.court(org.code), code: org.code, name: org.name(lang),
            level: try org.courtLevel?.name.text(for: lang) ?? org.organisationKind.name.text(for: lang),
            depth: max(0, org.path.split(separator: "/").count - 1),
            address: org.address ?? "", phone: org.phone ?? "",
            parentName: parent?.name(lang), parentHref: parent.map { Paths.court($0.code) })
    }
}
