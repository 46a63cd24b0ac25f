import Vapor
import ZhixingCore

/// What the API speaks. Fluent rows never leave the server as they are.
struct CourtDTO: Content {
    let code: String
    let level: String
    let nameZh: String
    let nameEn: String
    let parentCode: String?
    let path: String
    /// As the directory shows them, when the court file or an administrator gave them.
    let address: String?
    let phone: String?

    init(_ org: Organisation) throws {
        code = org.code
        level = try org.courtLevel?.rawValue ?? ""
        nameZh = org.nameZh
        nameEn = org.nameEn
        let codes = org.path.split(separator: "/").map(String.init)
        parentCode = codes.count >= 2 ? codes[codes.count - 2] : nil
        path = org.path
        address = org.address
        phone = org.phone
    }
}

struct OrganisationDTO: Content {
    let code: String
    let kind: String
    let nameZh: String
    let nameEn: String

    init(_ org: Organisation) throws {
        code = org.code
        kind = try org.organisationKind.rawValue
        nameZh = org.nameZh
        nameEn = org.nameEn
    }
}

struct UserDTO: Content {
    let id: UUID
    let username: String
    let displayName: String
    let role: String
    let organisation: OrganisationDTO
    let active: Bool
    let version: Int

    init(_ user: User) throws {
        id = try user.requireID()
        username = user.username
        displayName = user.displayName
        role = try user.userRole.rawValue
        organisation = try OrganisationDTO(user.organisation)
        active = user.active
        version = user.version
    }
}

struct PageDTO<Item: Content>: Content {
    let items: [Item]
    let total: Int
    let page: Int
    let per: Int
    /// For lists read by cursor (the case list): the `after=` of the next page and the `before=` of the
    /// previous one, absent at either end.
    var next: String? = nil
    var previous: String? = nil
}

struct MeDTO: Content {
    let id: UUID
    let username: String
    let displayName: String
    let role: String
    let organisation: OrganisationRefDTO
    /// What the caller may see: `everything`, `subtree`, `organisation` or `addressed`.
    let scope: String

    struct OrganisationRefDTO: Content {
        let code: String
        let kind: String
        let nameZh: String
        let nameEn: String
        let path: String
    }

    init(_ user: CurrentUser) {
        id = user.id
        username = user.username
        displayName = user.displayName
        role = user.role.rawValue
        organisation = .init(code: user.organisationCode, kind: user.organisationKind.rawValue,
                             nameZh: user.organisationNameZh, nameEn: user.organisationNameEn, path: user.organisationPath)
        switch user.scope {
        case .everything: scope = "everything"
        case .subtree: scope = "subtree"
        case .organisation: scope = "organisation"
        case .addressedTo: scope = "addressed"
        }
    }
}

/// Reads `page` and `per` query parameters: 400 naming the parameter when they are not sensible.
struct Paging {
    let page: Int
    let per: Int

    init(_ req: Request, defaultPer: Int = 50, maxPer: Int = 200) throws {
        func int(_ name: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let raw = req.query[String.self, at: name] else { return fallback }
            guard let value = Int(raw), range.contains(value) else {
                throw AppError.badRequest("query.invalid", .init(
                    zh: "参数 \(name) 应为 \(range.lowerBound)–\(range.upperBound) 之间的整数。",
                    en: "Parameter \(name) must be an integer from \(range.lowerBound) to \(range.upperBound)."), field: name)
            }
            return value
        }
        page = try int("page", 1, 1...100_000)
        per = try int("per", defaultPer, 1...maxPer)
    }
}
