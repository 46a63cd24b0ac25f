import Fluent
import Vapor
import ZhixingCore

/// Case pages: the list, the filing form, the one-screen case page with its action form.
struct CasesWebController {
    struct ListPage: Encodable, Sendable {
        let rows: [Row]
        let total: Int
        let page: Int
        let pages: Int
        let status: String
        let overdue: Bool
        let mine: Bool
        let q: String
        let statuses: [CourtsWebController.Option]
        let canFile: Bool
        let prev: String?
        let next: String?
    }

    struct Row: Encodable, Sendable {
        let href: String
        let caseNumber: String
        let court: String
        let filedOn: String
        let status: String
        let parties: String
        let amountApplied: String
        let amountReceived: String
        let nextDueDate: String
        let overdue: Bool
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.cases, use: list)
        routes.get(path: Paths.newCase, use: newForm)
        routes.post(path: Paths.cases, use: file).keepsForm(returningTo: { _ in Paths.newCase })
        routes.get(path: Paths.casePattern, use: show)
        routes.post(path: Paths.caseEventsPattern, use: record)
            .keepsForm(returningTo: { req in req.parameters.get("id", as: UUID.self).map(Paths.enforcementCase) })
        routes.post(path: Paths.caseTeamPattern, use: assign)
    }

    struct AssignForm: Content {
        let teamId: String?
        let version: Int?
    }

    @Sendable func assign(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let form = try req.content.decode(AssignForm.self)
        do {
            guard let team = form.teamId.flatMap(UUID.init(uuidString:)) else {
                throw AppError.badRequest("team.unknown", .init(zh: "请选择团队。", en: "Choose a team."), field: "teamId")
            }
            try await Teams.assign(caseID: id, teamID: team, date: LocalDate.inChina(req.now), expectedVersion: form.version ?? 0,
                                   as: user, effects: req.effects, on: req.db)
            return req.redirect(to: Paths.enforcementCase(id), redirectType: .normal)
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            let detail = try await CaseDetail.load(id, as: user, effects: req.effects, on: req.db)
            return try await renderCase(req, detail: detail, user: user, error: error, status: error.status)
        }
    }

    @Sendable func list(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let lang = req.language
        let table = req.application.localizer.table(lang)
        let paging = try Paging(req, defaultPer: 50)
        let filter = try CaseList.Filter(req, lenient: true)
        let listing = try await CaseList.list(filter, as: user, page: paging.page, per: paging.per, on: req.db)
        let pages = max(1, (listing.total + paging.per - 1) / paging.per)
        func link(_ page: Int) -> String {
            var items = ["page=\(page)"]
            if let s = filter.status { items.append("status=\(s.rawValue)") }
            if filter.overdue == true { items.append("overdue=true") }
            if filter.mine { items.append("mine=true") }
            if let q = filter.query { items.append("q=" + (q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
            return Paths.cases + "?" + items.joined(separator: "&")
        }
        let rows = try listing.cases.map { c -> Row in
            let caseID = try c.requireID()
            let parties = listing.parties[caseID] ?? []
            let names = parties.filter { $0.role == .applicant }.map(\.name).joined(separator: "、") + " → "
                + parties.filter { $0.role == .debtor }.map(\.name).joined(separator: "、")
            let status = try c.caseStatus.rawValue
            return Row(href: Paths.enforcementCase(caseID), caseNumber: c.caseNumber,
                       court: c.$court.value?.name(lang) ?? "", filedOn: PageDate.text(c.filedOn, language: lang),
                       status: table["case_status_" + status] ?? status, parties: names,
                       amountApplied: Money(fen: c.amountAppliedFen).formatted, amountReceived: Money(fen: c.amountReceivedFen).formatted,
                       nextDueDate: c.nextDueDate ?? "", overdue: c.overdue)
        }
        let statuses = CaseStatus.allCases.map {
            CourtsWebController.Option(value: $0.rawValue, label: table["case_status_" + $0.rawValue] ?? $0.rawValue, selected: $0 == filter.status)
        }
        let data = ListPage(rows: rows, total: listing.total, page: paging.page, pages: pages, status: filter.status?.rawValue ?? "",
                            overdue: filter.overdue == true, mine: filter.mine, q: filter.query ?? "", statuses: statuses,
                            canFile: user.may(.file, on: user.place),
                            prev: paging.page > 1 ? link(paging.page - 1) : nil, next: paging.page < pages ? link(paging.page + 1) : nil)
        return try await PageRenderer.render("Enforcement/cases", titleKey: "cases_title", data: data, for: req)
    }

    // MARK: - Filing

    @Sendable func newForm(req: Request) async throws -> Response {
        let user = try req.requireUser()
        try user.require(.file, on: user.place)
        // What was typed before a log-in, if the session had lapsed on this form (`FormDrafts`): shown to check and send.
        if let kept = try await FormDrafts.take(for: req, user: user) {
            return try await renderForm(req, form: FilingForm(fields: kept), errors: [], restored: true)
        }
        return try await renderForm(req, form: .blank(today: LocalDate.inChina(req.now)), errors: [])
    }

    /// Files the case, or shows the form again with everything typed, every bad field marked and named; `add=<group>`
    /// only shows the form again with one more row of that group.
    @Sendable func file(req: Request) async throws -> Response {
        let user = try req.requireUser()
        try user.require(.file, on: user.place)
        let fields = try req.content.decode([String: String].self)
        let posted = FilingForm(fields: fields)
        if let add = fields["add"].flatMap(FilingForm.Group.init(rawValue:)) {
            return try await renderForm(req, form: posted.adding(add), errors: [], added: add)
        }
        let form = posted.compacted()
        do {
            let filed = try await CaseService.file(form.input(), as: user, effects: req.effects, on: req.db)
            let id = try filed.enforcementCase.requireID()
            // Shown once on the case page, never put in a URL.
            try await WebSessions.setFlash(id.uuidString + ":" + filed.accessCode, for: req)
            return req.redirect(to: Paths.enforcementCase(id), redirectType: .normal)
        } catch {
            let mapped = ErrorMapping.appError(from: error)
            guard mapped.status == .badRequest else { throw error }
            return try await renderForm(req, form: form, errors: (error as? InputErrors)?.errors ?? [mapped], status: .badRequest)
        }
    }

    private func renderForm(_ req: Request, form: FilingForm, errors: [AppError], added: FilingForm.Group? = nil, restored: Bool = false,
                            status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let page = FilingFormPage(form: form, errors: errors, added: added, restored: restored, language: lang,
                                  table: req.application.localizer.table(lang))
        return try await PageRenderer.render("Enforcement/case-form", titleKey: "cases_new", data: page, for: req, status: status)
    }

    // MARK: - The case page

    @Sendable func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let detail = try await CaseDetail.load(id, as: user, effects: req.effects, on: req.db)
        let kept = try await FormDrafts.take(for: req, user: user)
        return try await renderCase(req, detail: detail, user: user, error: nil, status: .ok, kept: kept)
    }

    struct EventForm: Content {
        let kind: String?
        let date: String?
        let amount: String?
        let measureKind: String?
        let measureAsset: String?
        let measureRank: String?
        let measureID: String?
        let measureTermMonths: String?
        let propertyFound: String?
        let note: String?
        let version: Int?
    }

    @Sendable func record(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let form = try req.content.decode(EventForm.self)
        do {
            var measure: ControlMeasure? = nil
            if let mid = form.measureID?.trimmingCharacters(in: .whitespaces), !mid.isEmpty {
                let date = try InputBounds.date(form.date ?? "", field: "date")
                guard let kind = ControlMeasureKind(rawValue: form.measureKind ?? ""), let asset = AssetKind(rawValue: form.measureAsset ?? ""),
                      let rank = SealRank(rawValue: form.measureRank ?? "first") else {
                    throw AppError.badRequest("measure.invalid", .init(zh: "请填写措施种类与财产种类。", en: "Choose the kind of measure and of asset."), field: "measureKind")
                }
                let term = form.measureTermMonths.flatMap { Int($0) }
                measure = ControlMeasure(id: try InputBounds.identifier(mid, field: "measureID"), kind: kind, asset: asset, rank: rank, startsOn: date, termMonths: term)
            }
            let input = EventInput(kind: form.kind ?? "", date: form.date ?? "", amount: form.amount, measure: measure,
                                   propertyFound: form.propertyFound.map { FormFlag.isOn($0) }, note: form.note,
                                   version: form.version ?? 0)
            _ = try await CaseService.record(try input.event(), on: id, expectedVersion: input.version, as: user,
                                             effects: req.effects, on: req.db)
            return req.redirect(to: Paths.enforcementCase(id), redirectType: .normal)
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            let detail = try await CaseDetail.load(id, as: user, effects: req.effects, on: req.db)
            return try await renderCase(req, detail: detail, user: user, error: error, status: error.status)
        }
    }

    func renderCase(_ req: Request, id: UUID, user: CurrentUser, error: AppError) async throws -> Response {
        let detail = try await CaseDetail.load(id, as: user, effects: req.effects, on: req.db)
        return try await renderCase(req, detail: detail, user: user, error: error, status: error.status)
    }

    private func renderCase(_ req: Request, detail: CaseDetailDTO, user: CurrentUser, error: AppError?, status: HTTPResponseStatus,
                            kept: [String: String]? = nil) async throws -> Response {
        var accessCode: String? = nil
        if let flash = req.webSessionState.session?.flash, flash.hasPrefix(detail.summary.id.uuidString + ":") {
            _ = try await WebSessions.takeFlash(for: req)
            accessCode = String(flash.dropFirst(detail.summary.id.uuidString.count + 1))
        }
        let teams = try await Teams.list(as: user, on: req.db)
        var page = try CasePage(detail: detail, language: req.language, table: req.application.localizer.table(req.language),
                                canEntrust: Entrustments.offered(detail, to: user), accessCode: accessCode, error: error, teams: teams)
        // Only what was typed: an empty value counts as true in a template's `#if`.
        page.kept = (kept ?? [:]).filter { !$0.value.isEmpty }
        return try await PageRenderer.render("Enforcement/case", titleKey: "cases_title", data: page, for: req, status: status)
    }
}
