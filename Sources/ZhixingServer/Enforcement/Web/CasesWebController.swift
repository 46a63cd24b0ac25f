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
        let sorts: [CourtsWebController.Option]
        /// What the search box was read as ("party name beginning with 张三"), when something was typed.
        let searchedAs: String?
        /// The home queue the list shows, when it was opened from one.
        let queueLabel: String?
        /// Only for the due-date order: the cases without a running time limit are not in it.
        let dueOrderNote: Bool
        /// Set when the page asked for lies beyond the last: the link to the last page.
        let beyondLast: String?
        /// Set when nothing matched: the link that clears every filter but the search.
        let clearFilters: String?
        let filtered: Bool
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
        let standing: String
        let parties: String
        let amountApplied: String
        let outstanding: String
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
        func t(_ key: String) -> String { table[key] ?? key }
        let paging = try Paging(req, defaultPer: 50)
        let filter = try CaseList.Filter(req, lenient: true)
        // Next and previous follow the list from a cursor, so that every page costs what the first does;
        // a page number alone (a jump, the first page) is an offset.
        let from = try CaseList.From(req, sort: filter.sort)
        let listing = try await CaseList.list(filter, as: user, today: LocalDate.inChina(req.now), page: paging.page, per: paging.per,
                                              from: from, on: req.db)
        let pages = max(1, (listing.total + paging.per - 1) / paging.per)
        func link(page: Int, keepFilters: Bool = true, after: CaseList.Cursor? = nil, before: CaseList.Cursor? = nil) -> String {
            var items = ["page=\(page)"]
            if let after { items.append("after=\(after.token)") }
            if let before { items.append("before=\(before.token)") }
            if keepFilters {
                if let s = filter.status { items.append("status=\(s.rawValue)") }
                if filter.overdue == true { items.append("overdue=true") }
                if filter.mine { items.append("mine=true") }
                if let court = filter.courtCode { items.append("court=" + (court.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
                if filter.sort != .filed { items.append("sort=\(filter.sort.rawValue)") }
                if let queue = filter.queue { items.append("queue=\(queue.rawValue)") }
                if let month = filter.closedIn { items.append("closedIn=\(month)") }
                if let team = filter.teamID { items.append("team=\(team.uuidString)") }
            }
            if let q = filter.query { items.append("q=" + (q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
            return Paths.cases + "?" + items.joined(separator: "&")
        }
        let rows = listing.cases.map { c -> Row in
            let parties = listing.parties[c.id] ?? []
            let names = parties.filter { $0.role == .applicant }.map(\.name).joined(separator: "、") + " → "
                + parties.filter { $0.role == .debtor }.map(\.name).joined(separator: "、")
            let standing = c.standing.rawValue
            return Row(href: Paths.enforcementCase(c.id), caseNumber: c.caseNumber,
                       court: c.courtName.text(for: lang), filedOn: PageDate.text(c.filedOn, language: lang),
                       status: t("case_standing_" + standing), standing: standing, parties: names,
                       amountApplied: Money(fen: c.amountAppliedFen).formatted, outstanding: Money(fen: c.amountOutstandingFen).formatted,
                       nextDueDate: c.nextDueDate.map { PageDate.text($0, language: lang) } ?? "", overdue: c.overdue)
        }
        let facets = CaseStanding.allCases.map(CaseList.StatusFacet.standing) + [.closed]
        let statuses = facets.map {
            CourtsWebController.Option(value: $0.rawValue, label: t("case_standing_" + $0.rawValue), selected: $0 == filter.status)
        }
        let sorts = CaseList.Sort.allCases.map {
            CourtsWebController.Option(value: $0.rawValue, label: t("cases_sort_" + $0.rawValue), selected: $0 == filter.sort)
        }
        let searchedAs: String? = filter.search.map { search in
            switch search {
            case .caseNumber(let n): t("cases_searched_case_number") + " " + n
            case .caseNumberPart(let n): t("cases_searched_case_number_part") + " " + n
            case .identityNumber(let n): t("cases_searched_identity") + " " + n
            case .creditCode(let n): t("cases_searched_credit_code") + " " + n
            case .partyName(let n): t("cases_searched_party") + " " + n
            }
        }
        let filtered = filter.status != nil || filter.overdue != nil || filter.mine || filter.courtCode != nil
            || filter.queue != nil || filter.closedIn != nil || filter.teamID != nil
        let data = ListPage(rows: rows, total: listing.total, page: paging.page, pages: pages, status: filter.status?.rawValue ?? "",
                            overdue: filter.overdue == true, mine: filter.mine, q: filter.query ?? "", statuses: statuses, sorts: sorts,
                            searchedAs: searchedAs,
                            queueLabel: filter.queue.map { t("queue_" + $0.rawValue.replacingOccurrences(of: "([A-Z])", with: "_$1", options: .regularExpression).lowercased()) },
                            dueOrderNote: filter.sort == .due,
                            beyondLast: listing.total > 0 && paging.page > pages ? link(page: pages) : nil,
                            clearFilters: listing.total == 0 && filtered ? link(page: 1, keepFilters: false) : nil,
                            filtered: filtered, canFile: user.may(.file, on: user.place),
                            prev: paging.page > 1 && paging.page <= pages
                                ? link(page: paging.page - 1, before: paging.page > 2 ? listing.previous : nil) : nil,
                            next: paging.page < pages && listing.next != nil ? link(page: paging.page + 1, after: listing.next) : nil)
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
        /// 协助执行单位, account or asset, sum frozen (issue 9, item 5: the freeze form asks for them).
        let measureInstitution: String?
        let measureAccount: String?
        let measureAmount: String?
        let propertyFound: String?
        let note: String?
        let version: Int?
        /// The one confirmation of an irreversible step (`FormFlag`): absent, the step is shown, not recorded.
        let confirmed: String?

        /// The values posted, by field name, to post again from the confirmation (without `confirmed`).
        var fields: [CasePage.Option] {
            let values: [(String, String?)] = [
                ("kind", kind), ("date", date), ("amount", amount), ("measureKind", measureKind), ("measureAsset", measureAsset),
                ("measureRank", measureRank), ("measureID", measureID), ("measureTermMonths", measureTermMonths),
                ("measureInstitution", measureInstitution), ("measureAccount", measureAccount), ("measureAmount", measureAmount),
                ("propertyFound", propertyFound), ("note", note),
            ]
            return values.compactMap { name, value in value.map { CasePage.Option(value: name, label: $0) } }
        }
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
                let termText = form.measureTermMonths?.trimmingCharacters(in: .whitespaces) ?? ""
                var term: Int? = nil
                if !termText.isEmpty {
                    guard let months = Int(termText) else {
                        throw AppError.badRequest("measure.term", .init(zh: "措施期限应为月数（整数）。", en: "The term is a number of months."), field: "measureTermMonths")
                    }
                    term = months
                }
                let amountText = form.measureAmount?.trimmingCharacters(in: .whitespaces) ?? ""
                var amount: Money? = nil
                if !amountText.isEmpty {
                    do { amount = try Money(parsing: amountText, field: "measureAmount") } catch let error as FieldError { throw AppError.invalid(error) }
                }
                measure = ControlMeasure(id: try InputBounds.identifier(mid, field: "measureID"), kind: kind, asset: asset, rank: rank,
                                         startsOn: date, termMonths: term,
                                         institution: try InputBounds.shortText(form.measureInstitution, field: "measureInstitution"),
                                         account: try InputBounds.shortText(form.measureAccount, field: "measureAccount"), amount: amount)
            }
            let input = EventInput(kind: form.kind ?? "", date: form.date ?? "", amount: form.amount, measure: measure,
                                   propertyFound: form.propertyFound.map { FormFlag.isOn($0) }, note: form.note,
                                   version: form.version ?? 0)
            let event: EnforcementEvent
            do { event = try input.event() } catch let error as FieldError { throw AppError.invalid(error) }
            // An irreversible step (closing, lifting) says what it will do and what the law warns about, and asks
            // once (docs/cases.md, "Confirmation"): the first post only checks and shows; nothing is written.
            if event.kind.isIrreversible && !FormFlag.isOn(form.confirmed) {
                let warnings = try await CaseService.preview(event, on: id, expectedVersion: input.version, as: user,
                                                             effects: req.effects, on: req.db)
                let detail = try await CaseDetail.load(id, as: user, effects: req.effects, on: req.db)
                let lang = req.language
                let table = req.application.localizer.table(lang)
                let confirmation = CasePage.Confirmation(
                    action: Self.describe(event, table: table, language: lang),
                    warnings: warnings.map { DecisionView.ReasonRow(path: "confirm", article: $0.article(for: lang), message: $0.message.text(for: lang), isWarning: true) },
                    fields: form.fields)
                return try await renderCase(req, detail: detail, user: user, error: nil, status: .ok, confirmation: confirmation)
            }
            _ = try await CaseService.record(event, on: id, expectedVersion: input.version, as: user,
                                             effects: req.effects, on: req.db)
            return req.redirect(to: Paths.enforcementCase(id), redirectType: .normal)
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            let detail = try await CaseDetail.load(id, as: user, effects: req.effects, on: req.db)
            return try await renderCase(req, detail: detail, user: user, error: error, status: error.status)
        }
    }

    /// What an irreversible step will do, in words: "记录：结案：执行完毕（2026年12月2日）" / "解除：冻结 · 银行存款（F1）".
    static func describe(_ event: EnforcementEvent, table: [String: String], language: String) -> String {
        func t(_ key: String) -> String { table[key] ?? key }
        var text = t("event_" + event.kind.rawValue)
        if let m = event.measure {
            text += "：" + t("measure_kind_" + m.kind.rawValue) + " · " + t("asset_kind_" + m.asset.rawValue) + "（" + m.id + "）"
        }
        return text + "，" + PageDate.text(event.date.iso, language: language)
    }

    func renderCase(_ req: Request, id: UUID, user: CurrentUser, error: AppError) async throws -> Response {
        let detail = try await CaseDetail.load(id, as: user, effects: req.effects, on: req.db)
        return try await renderCase(req, detail: detail, user: user, error: error, status: error.status)
    }

    private func renderCase(_ req: Request, detail: CaseDetailDTO, user: CurrentUser, error: AppError?, status: HTTPResponseStatus,
                            kept: [String: String]? = nil, confirmation: CasePage.Confirmation? = nil) async throws -> Response {
        var accessCode: String? = nil
        if let flash = req.webSessionState.session?.flash, flash.hasPrefix(detail.summary.id.uuidString + ":") {
            _ = try await WebSessions.takeFlash(for: req)
            accessCode = String(flash.dropFirst(detail.summary.id.uuidString.count + 1))
        }
        let teams = try await Teams.list(as: user, on: req.db)
        var page = try CasePage(detail: detail, language: req.language, table: req.application.localizer.table(req.language),
                                canEntrust: Entrustments.offered(detail, to: user), accessCode: accessCode, error: error, teams: teams,
                                confirmation: confirmation)
        // Only what was typed: an empty value counts as true in a template's `#if`.
        page.kept = (kept ?? [:]).filter { !$0.value.isEmpty }
        return try await PageRenderer.render("Enforcement/case", titleKey: "cases_title", data: page, for: req, status: status)
    }
}
