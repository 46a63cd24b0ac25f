import Fluent
import Vapor
import ZhixingCore

/// The statutory calendar's years over the API. Reading is open to every signed-in user (the calendar
/// is public law and every deadline cites it); entering, replacing and removing a year is for the
/// administrators who may change it (`CalendarYears.mayEdit`).
struct CalendarAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.API.calendarYears, use: list)
        routes.get(path: Paths.API.calendarYearPattern, use: show)
        routes.on(.PUT, Paths.API.calendarYearPattern.pathComponents, use: put)
        routes.delete(path: Paths.API.calendarYearPattern, use: remove)
    }

    @Sendable func list(req: Request) async throws -> JSONBody<CalendarYearListDTO> {
        _ = try req.requireUser()
        let years = try await CalendarYears.all(effects: req.effects, on: req.db)
        return JSONBody(CalendarYearListDTO(items: years.map { CalendarYearDTO($0) }))
    }

    @Sendable func show(req: Request) async throws -> JSONBody<CalendarYearDTO> {
        _ = try req.requireUser()
        guard let number = req.parameters.get("year", as: Int.self),
              let year = try await CalendarYears.find(number, effects: req.effects, on: req.db) else { throw AppError.notFound() }
        return JSONBody(CalendarYearDTO(year))
    }

    @Sendable func put(req: Request) async throws -> JSONBody<CalendarYearDTO> {
        let actor = try req.requireUser()
        try CalendarYears.requireEditor(actor)
        let year = try Self.year(req)
        let body = try req.content.decode(CalendarYearRequest.self)
        let saved = try await CalendarYears.save(try body.input.entry(year: year), as: actor, effects: req.effects, on: req.db)
        return JSONBody(CalendarYearDTO(saved.year, recomputedCases: saved.recomputedCases))
    }

    @Sendable func remove(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try CalendarYears.requireEditor(actor)
        _ = try await CalendarYears.remove(try Self.year(req), as: actor, effects: req.effects, on: req.db)
        return Response(status: .noContent)
    }

    static func year(_ req: Request) throws -> Int {
        guard let text = req.parameters.get("year"), text.count == 4, let year = Int(text) else {
            throw AppError.badRequest("calendar_year.year_invalid",
                                      .init(zh: "年份应为四位数字", en: "The year must be four digits"), field: "year")
        }
        return year
    }
}
