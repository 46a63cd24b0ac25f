import Vapor
import ZhixingCore

/// 委托执行 over the API and the web: the owning court entrusts a case (from its case page); the
/// entrusted court's inbox lists what it was sent, and its filing staff file each as their own case.
struct EntrustmentsController {
    func register(api: any RoutesBuilder, web: any RoutesBuilder) {
        api.post(path: Paths.API.caseEntrustPattern, use: entrustAPI)
        api.get(path: Paths.API.entrustments, use: inboxAPI)
        api.post(path: Paths.API.entrustmentAcceptPattern, use: acceptAPI)
        web.post(path: Paths.caseEntrustPattern, use: entrustWeb)
        web.get(path: Paths.entrustments, use: inboxWeb)
        web.post(path: Paths.entrustmentAcceptPattern, use: acceptWeb)
    }

    @Sendable func entrustAPI(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let sent = try await Entrustments.entrust(id, try req.content.decode(Entrustments.Input.self), as: user, effects: req.effects, on: req.db)
        return try await sent.encodeResponse(status: .created, for: req)
    }

    @Sendable func inboxAPI(req: Request) async throws -> [Entrustments.DTO] {
        try await Entrustments.inbox(as: try req.requireUser(), on: req.db)
    }

    @Sendable func acceptAPI(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let filed = try await Entrustments.accept(id, as: user, effects: req.effects, on: req.db)
        return try await filed.encodeResponse(status: .created, for: req)
    }

    struct EntrustForm: Content {
        let courtCode: String?
        let noPropertyInArea: String?
        let propertyInOtherProvince: String?
        let note: String?
        let version: Int?
    }

    @Sendable func entrustWeb(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        let form = try req.content.decode(EntrustForm.self)
        let input = Entrustments.Input(courtCode: form.courtCode ?? "", noPropertyInArea: FormFlag.isOn(form.noPropertyInArea),
                                       propertyInOtherProvince: FormFlag.isOn(form.propertyInOtherProvince), date: nil, note: form.note,
                                       version: form.version ?? 0)
        do {
            _ = try await Entrustments.entrust(id, input, as: user, effects: req.effects, on: req.db)
            return req.redirect(to: Paths.enforcementCase(id), redirectType: .normal)
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            return try await CasesWebController().renderCase(req, id: id, user: user, error: error)
        }
    }

    struct InboxPage: Encodable, Sendable {
        let rows: [Row]
        let canFile: Bool
        let error: String?
    }

    struct Row: Encodable, Sendable {
        let action: String
        let caseNumber: String
        let fromCourt: String
        let entrustedOn: String
        let findings: String
        let note: String
        let by: String
    }

    @Sendable func inboxWeb(req: Request) async throws -> Response {
        try await renderInbox(req, user: try req.requireUser(), error: nil)
    }

    @Sendable func acceptWeb(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self) else { throw AppError.notFound() }
        do {
            let filed = try await Entrustments.accept(id, as: user, effects: req.effects, on: req.db)
            return req.redirect(to: Paths.enforcementCase(filed.id), redirectType: .normal)
        } catch let error as AppError where error.status == .conflict {
            return try await renderInbox(req, user: user, error: error)
        }
    }

    private func renderInbox(_ req: Request, user: CurrentUser, error: AppError?) async throws -> Response {
        let table = req.application.localizer.table(req.language)
        let rows = try await Entrustments.inbox(as: user, on: req.db).map { e in
            Row(action: Paths.entrustmentAccept(e.id), caseNumber: e.caseNumber, fromCourt: e.fromCourtName, entrustedOn: PageDate.text(e.entrustedOn, language: req.language),
                findings: [e.noPropertyInArea ? table["entrust_no_property_in_area"] : nil,
                           e.propertyInOtherProvince ? table["entrust_property_elsewhere"] : nil].compactMap { $0 }.joined(separator: "；"),
                note: e.note ?? "", by: e.entrustedBy)
        }
        let page = InboxPage(rows: rows, canFile: user.may(.fileEntrustment, on: user.place),
                             error: error?.message.text(for: req.language))
        return try await PageRenderer.render("Enforcement/entrustments", titleKey: "entrustments_title", data: page, for: req,
                                             status: error?.status ?? .ok)
    }
}
