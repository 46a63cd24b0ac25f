import Fluent
import Vapor
import ZhixingCore

/// The court directory: listing, lookup and import of courts, and the other organisations whose people
/// use Zhixing — police (公安机关), procuratorates (人民检察院) and the rest — each listed apart.
enum CourtDirectory {
    /// The sections of the directory.
    enum Section: String, Sendable, CaseIterable {
        case courts, police, procuratorates, others

        /// The kinds of organisation the section lists.
        var kinds: [OrganisationKind] {
            switch self {
            case .courts: [.court]
            case .police: [.police]
            case .procuratorates: [.procuratorate]
            case .others: OrganisationKind.allCases.filter { ![.court, .police, .procuratorate].contains($0) }
            }
        }

        var labelKey: String { "courts_section_" + rawValue }
    }

    struct Filter: Sendable {
        var section: Section = .courts
        var province: String?
        var level: CourtLevel?
        var query: String?
        var page: Int = 1
        var per: Int = 50
    }

    struct Listing: Sendable {
        let courts: [Organisation]
        let total: Int
        let page: Int
        let per: Int
    }

    static func list(_ filter: Filter, on db: any Database) async throws -> Listing {
        var q = Organisation.query(on: db).filter(\.$kind ~~ filter.section.kinds.map(\.rawValue))
        if let province = filter.province, !province.isEmpty {
            q = q.filter(\.$path =~ (OrganisationPlace.rootPath() + province + "/"))
        }
        if let level = filter.level { q = q.filter(\.$level == level.rawValue) }
        if let text = filter.query?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            q = q.group(.or) { or in
                or.filter(\.$nameZh, .contains(inverse: false, .anywhere), text)
                  .filter(\.$nameEn, .contains(inverse: false, .anywhere), text)
                  .filter(\.$code, .contains(inverse: false, .prefix), text)
            }
        }
        let total = try await q.count()
        let courts = try await q.sort(\.$path).page(filter.page, per: filter.per).all()
        return Listing(courts: courts, total: total, page: filter.page, per: filter.per)
    }

    /// How many organisations each section lists.
    static func sectionCounts(on db: any Database) async throws -> [Section: Int] {
        var counts: [Section: Int] = [:]
        for section in Section.allCases {
            counts[section] = try await Organisation.query(on: db).filter(\.$kind ~~ section.kinds.map(\.rawValue)).count()
        }
        return counts
    }

    /// Any organisation of the directory, by its code.
    static func organisation(code: String, on db: any Database) async throws -> Organisation? {
        try await Organisation.query(on: db).filter(\.$code == code).first()
    }

    static func court(code: String, on db: any Database) async throws -> Organisation? {
        try await Organisation.query(on: db).filter(\.$code == code).filter(\.$kind == OrganisationKind.court.rawValue).first()
    }

    /// The courts directly under `court`, in directory order.
    static func children(of court: Organisation, on db: any Database) async throws -> [Organisation] {
        guard let id = court.id else { return [] }
        return try await Organisation.query(on: db).filter(\.$parent.$id == id).sort(\.$path).all()
    }

    /// The chain of organisations above `court`, from the SPC down (excluding `court`).
    static func ancestors(of court: Organisation, on db: any Database) async throws -> [Organisation] {
        let codes = court.path.split(separator: "/").map(String.init).dropLast()
        guard !codes.isEmpty else { return [] }
        let found = try await Organisation.query(on: db).filter(\.$code ~~ Array(codes)).all()
        let byCode = Dictionary(found.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        return codes.compactMap { byCode[$0] }
    }
}
