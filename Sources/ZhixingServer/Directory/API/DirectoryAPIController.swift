import Fluent
import Vapor
import ZhixingCore

/// The court directory over the API (public information, but callers must be logged in).
struct DirectoryAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.API.courts, use: list)
        routes.get(path: Paths.API.courtPattern, use: show)
    }

    @Sendable func list(req: Request) async throws -> PageDTO<CourtDTO> {
        let paging = try Paging(req)
        var filter = CourtDirectory.Filter(page: paging.page, per: paging.per)
        filter.province = req.query[String.self, at: "province"]
        if let level = req.query[String.self, at: "level"] {
            guard let parsed = CourtLevel(rawValue: level) else {
                throw AppError.badRequest("query.invalid", .init(zh: "层级无效：\(level)", en: "Unknown level: \(level)"), field: "level")
            }
            filter.level = parsed
        }
        filter.query = req.query[String.self, at: "q"]
        let listing = try await CourtDirectory.list(filter, on: req.db)
        return PageDTO(items: try listing.courts.map(CourtDTO.init), total: listing.total, page: listing.page, per: listing.per)
    }

    @Sendable func show(req: Request) async throws -> CourtDTO {
        guard let code = req.parameters.get("code"), let court = try await CourtDirectory.court(code: code, on: req.db) else {
            throw AppError.notFound()
        }
        return try CourtDTO(court)
    }
}
