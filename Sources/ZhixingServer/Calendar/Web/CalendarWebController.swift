import Fluent
import Vapor
import ZhixingCore

/// The calendar's administration pages: the years (shipped or entered, by whom, when) and a form per
/// year. Administrators see them; those who may change the calendar (`CalendarYears.mayEdit`) get the forms.
struct CalendarWebController {
    struct YearForm: Content {
        let noticeTitle: String?
        let noticeNumber: String?
        let noticeDate: String?
        let holidays: String?
        let makeupWorkdays: String?
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.calendarYears, use: list)
        routes.get(path: Paths.calendarYearOpen, use: open)
        routes.get(path: Paths.calendarYearPattern, use: edit)
        routes.post(path: Paths.calendarYearPattern, use: save)
        routes.post(path: Paths.calendarYearRemovePattern, use: remove)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try CalendarYears.requireViewer(actor)
        return try await renderList(req, actor: actor, openYear: nil, error: nil)
    }

    /// The "enter a year" form on the list: a GET with `year`, answered by the year's form.
    @Sendable func open(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try CalendarYears.requireEditor(actor)
        let text = (req.query[String.self, at: "year"] ?? "").trimmingCharacters(in: .whitespaces)
        guard text.count == 4, let year = Int(text), HolidayYearEntry.acceptedYears.contains(year) else {
            let error = AppError.badRequest("calendar_year.year_out_of_range", .init(
                zh: "年份应为 \(HolidayYearEntry.acceptedYears.lowerBound) 至 \(HolidayYearEntry.acceptedYears.upperBound) 之间的四位数字",
                en: "The year must be four digits, \(HolidayYearEntry.acceptedYears.lowerBound)-\(HolidayYearEntry.acceptedYears.upperBound)"),
                field: "year")
            return try await renderList(req, actor: actor, openYear: text, error: error)
        }
        return req.redirect(to: Paths.calendarYear(year), redirectType: .normal)
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try CalendarYears.requireEditor(actor)
        let year = try Self.year(req)
        return try await renderForm(req, year: year, values: nil, error: nil)
    }

    @Sendable func save(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try CalendarYears.requireEditor(actor)
        let year = try Self.year(req)
        let form = try req.content.decode(YearForm.self)
        do {
            let input = CalendarYearInput(noticeTitle: form.noticeTitle, noticeNumber: form.noticeNumber, noticeDate: form.noticeDate,
                                          holidays: form.holidays, makeupWorkdays: form.makeupWorkdays)
            let saved = try await CalendarYears.save(try input.entry(year: year), as: actor, effects: req.effects, on: req.db)
            return req.redirect(to: Paths.calendarYear(year) + "?saved=\(saved.recomputedCases)", redirectType: .normal)
        } catch let error as FieldError {
            return try await renderForm(req, year: year, values: form, error: .invalid(error))
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            return try await renderForm(req, year: year, values: form, error: error)
        }
    }

    @Sendable func remove(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try CalendarYears.requireEditor(actor)
        let year = try Self.year(req)
        _ = try await CalendarYears.remove(year, as: actor, effects: req.effects, on: req.db)
        return req.redirect(to: Paths.calendarYears + "?removed=\(year)", redirectType: .normal)
    }

    static func year(_ req: Request) throws -> Int {
        guard let text = req.parameters.get("year"), text.count == 4, let year = Int(text),
              HolidayYearEntry.acceptedYears.contains(year) else { throw AppError.notFound() }
        return year
    }

    private func renderList(_ req: Request, actor: CurrentUser, openYear: String?, error: AppError?) async throws -> Response {
        let table = req.application.localizer.table(req.language)
        let mayEdit = CalendarYears.mayEdit(actor)
        let years = try await CalendarYears.all(effects: req.effects, on: req.db)
        var rows = years.map { y in
            CalendarPages.Row(
                year: y.year, origin: y.origin.rawValue, originLabel: table["calendar_origin_\(y.origin.rawValue)"] ?? y.origin.rawValue,
                noticeNumber: y.record?.noticeNumber ?? CalendarYearInput.noticeNumber(in: y.effective.source) ?? "",
                citation: y.effective.citation, enteredBy: y.record?.enteredByName,
                enteredAt: y.record.map { CalendarPages.chinaTime($0.enteredAt) },
                overridesDefault: y.record != nil && y.defaultYear != nil,
                href: mayEdit ? Paths.calendarYear(y.year) : nil)
        }
        // The years around today that have no data: their deadlines warn until a year is entered.
        let today = LocalDate.inChina(req.now).year
        for year in (today - 1)...(today + 1) where !years.contains(where: { $0.year == year }) {
            rows.append(CalendarPages.Row(year: year, origin: "missing", originLabel: table["calendar_origin_missing"] ?? "missing",
                                          noticeNumber: "", citation: "", enteredBy: nil, enteredAt: nil, overridesDefault: false,
                                          href: mayEdit ? Paths.calendarYear(year) : nil))
        }
        rows.sort { $0.year > $1.year }
        let removed = req.query[Int.self, at: "removed"].map(String.init)
        let data = CalendarPages.ListPage(rows: rows, mayEdit: mayEdit, openAction: Paths.calendarYearOpen,
                                          openYear: openYear ?? String(today + 1),
                                          error: error?.message.text(for: req.language), errorField: error?.field,
                                          removedYear: removed)
        return try await PageRenderer.render("Calendar/years", titleKey: "calendar_title", data: data, for: req,
                                             status: error?.status ?? .ok)
    }

    private func renderForm(_ req: Request, year: Int, values: YearForm?, error: AppError?) async throws -> Response {
        let current = try await CalendarYears.find(year, effects: req.effects, on: req.db)
        let record = current?.record
        // Prefilled from the entry, else from the shipped default the administrator is about to override.
        let shown: HolidayYearEntry? = try record?.entry()
        let fallback = current?.defaultYear
        let data = CalendarPages.FormPage(
            year: year, action: Paths.calendarYear(year), listHref: Paths.calendarYears,
            removeAction: record == nil ? nil : Paths.calendarYearRemove(year),
            noticeTitle: values?.noticeTitle ?? shown?.noticeTitle ?? fallback.map { Self.title(in: $0.source) } ?? "",
            noticeNumber: values?.noticeNumber ?? shown?.noticeNumber ?? fallback.flatMap { CalendarYearInput.noticeNumber(in: $0.source) } ?? "",
            noticeDate: values?.noticeDate ?? shown?.noticeDate.iso ?? "",
            holidays: values?.holidays ?? HolidayYearEntry.format(shown?.holidays ?? fallback?.holidays ?? []),
            makeupWorkdays: values?.makeupWorkdays ?? HolidayYearEntry.format(shown?.makeupWorkdays ?? fallback?.makeupWorkdays ?? []),
            isEntered: record != nil, enteredBy: record?.enteredByName,
            enteredAt: record.map { CalendarPages.chinaTime($0.enteredAt) },
            defaultSource: current?.defaultYear?.source, prefilledFromDefault: record == nil && fallback != nil,
            error: error?.message.text(for: req.language), errorField: error?.field,
            saved: req.query[Int.self, at: "saved"] != nil,
            recomputedCases: req.query[Int.self, at: "saved"].map(String.init))
        return try await PageRenderer.render("Calendar/year-form", titleKey: "calendar_year_title", data: data, for: req,
                                             status: error?.status ?? .ok)
    }

    /// The title of a bundled source: the text before its first bracket.
    static func title(in source: String) -> String {
        let cut = source.firstIndex { $0 == "（" || $0 == "(" } ?? source.endIndex
        return source[..<cut].trimmingCharacters(in: .whitespaces)
    }
}
