import Fluent
import Vapor
import ZhixingCore

/// The audit log page for administrators: the events within their scope, in Beijing time and in words,
/// linked to the case page where they may open it, filtered by actor, case, kind and dates.
struct AuditWebController {
    static let defaultPer = 100

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.audit, use: list)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try UserAdmin.requireAdministrator(actor)
        let lang = req.language
        let table = req.application.localizer.table(lang)
        let paging = try Paging(req, defaultPer: Self.defaultPer)
        let input = AuditFilterInput(query: req)
        let filter: AuditFilter
        do {
            filter = try input.filter()
        } catch {
            let label = table[error.field.labelKey] ?? error.field.rawValue
            let message = lang == "en" ? "\(label): \(error.message.en)" : "\(label)：\(error.message.zh)"
            let page = AuditPage(form: Self.form(input, table: table, lang: lang, error: message, field: error.field),
                                 events: [], prev: nil, next: nil, total: 0, verifyHref: nil, verified: false,
                                 intact: false, problem: nil, checked: 0)
            return try await PageRenderer.render("Audit/audit", titleKey: "audit_title", data: page, for: req, status: .badRequest)
        }
        let result = try await AuditQuery.events(for: actor, filter, page: paging.page, per: paging.per, on: req.db)
        let cases = try await AuditQuery.cases(of: result.items, on: req.db)
        let events = result.items.map { Self.row($0, cases: cases, user: actor, lang: lang, table: table) }
        let pages = max(1, (result.total + paging.per - 1) / paging.per)
        func link(_ page: Int) -> String {
            let size = paging.per == Self.defaultPer ? [] : ["per=\(paging.per)"]
            return Paths.audit + "?" + (input.queryItems + size + ["page=\(page)"]).joined(separator: "&")
        }
        let canVerify = actor.scope == .everything
        let wantsVerify = canVerify && req.query[String.self, at: "verify"] == "1"
        let report = wantsVerify ? try await AuditVerifier.verify(on: req.db) : nil
        let page = AuditPage(form: Self.form(input, table: table, lang: lang, error: nil, field: nil),
                             events: events,
                             prev: paging.page > 1 ? link(paging.page - 1) : nil,
                             next: paging.page < pages ? link(paging.page + 1) : nil,
                             total: result.total, verifyHref: canVerify ? Paths.audit + "?verify=1" : nil,
                             verified: report != nil, intact: report?.isIntact ?? false, problem: report?.problem,
                             checked: report?.eventsChecked ?? 0)
        return try await PageRenderer.render("Audit/audit", titleKey: "audit_title", data: page, for: req)
    }

    static func row(_ e: AuditEvent, cases: [UUID: EnforcementCase], user: CurrentUser, lang: String,
                    table: [String: String]) -> AuditPage.Row {
        let changes = (try? JSONDecoder().decode([String: AuditChange].self, from: Data(e.changes.utf8))) ?? [:]
        let summary = changes.sorted { $0.key < $1.key }
            .map { "\(AuditFields.text($0.key, language: lang))\(lang.hasPrefix("en") ? ": " : "：")\($0.value.from ?? "∅") → \($0.value.to ?? "∅")" }
            .joined(separator: lang.hasPrefix("en") ? "; " : "；")
        let entityName = table["audit_entity_" + e.entity] ?? e.entity
        var record = "\(entityName) \(e.entityID)"
        var href: String?
        if e.entity == AuditQuery.CaseEntity.name, let id = UUID(uuidString: e.entityID), let found = cases[id],
           user.may(.read, on: found.court.place) {
            // The case by its number, and its page, for whoever may read the case (AccessPolicy, CaseAction.read);
            // anyone else sees only what the event itself recorded.
            record = "\(entityName) \(found.caseNumber)"
            href = Paths.enforcementCase(id)
        } else if e.entity == "organisation" {
            href = Paths.court(e.entityID)
        }
        return AuditPage.Row(seq: e.id ?? 0, at: BeijingTime.text(stored: e.at, language: lang), atUTC: e.at,
                             actor: e.actorName, action: AuditActions.text(e.action, language: lang, table: table),
                             actionCode: e.action, record: record, recordHref: href, changes: summary,
                             hash: String(e.hash.prefix(12)))
    }

    static func form(_ input: AuditFilterInput, table: [String: String], lang: String, error: String?,
                     field: AuditFilterInput.Field?) -> AuditPage.Form {
        let groups = AuditActions.Group.allCases.map { group in
            AuditPage.OptionGroup(label: table[group.labelKey] ?? group.rawValue, options: AuditActions.allCodes
                .filter { $0.group == group }
                .map { AuditPage.Option(value: $0.code, label: AuditActions.text($0.code, language: lang, table: table),
                                        selected: $0.code == input.action) })
        }
        let offered = AuditActions.allCodes.contains { $0.code == input.action }
        return AuditPage.Form(
            action: Paths.audit, actor: input.actor, caseNumber: input.caseNumber, kind: input.action,
            from: input.from, to: input.to, kinds: groups,
            otherKind: input.action.isEmpty || offered ? nil : String(input.action.prefix(InputBounds.maxIdentifierLength)),
            error: error, errorField: field?.rawValue, filtered: !input.isEmpty, clearHref: Paths.audit,
            maxActor: AuditFilterInput.maxActorLength, maxCase: AuditFilterInput.maxCaseNumberLength,
            minDate: LocalDate.courtDays.lowerBound.iso, maxDate: LocalDate.courtDays.upperBound.iso)
    }
}
