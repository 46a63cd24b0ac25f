import Fluent
import Vapor
import ZhixingCore

/// User administration pages (administrators only; everything filtered by their scope).
struct UsersWebController {
    struct ListPage: Encodable, Sendable {
        let users: [Row]
        let total: Int
        let q: String
        let newHref: String
    }

    struct Row: Encodable, Sendable {
        let href: String
        let username: String
        let displayName: String
        let role: String
        let organisation: String
        let active: Bool
    }

    struct FormPage: Encodable, Sendable {
        let isNew: Bool
        let action: String
        let username: String
        let displayName: String
        let role: String
        let organisationCode: String
        let active: Bool
        let version: Int
        let roles: [CourtsWebController.Option]
        let error: String?
        let errorField: String?
        let saved: Bool
    }

    struct UserForm: Content {
        let username: String?
        let displayName: String?
        let password: String?
        let role: String?
        let organisationCode: String?
        let active: String?
        let version: Int?
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.users, use: list)
        routes.get(path: Paths.newUser, use: newForm)
        routes.post(path: Paths.users, use: create)
        routes.get(path: Paths.userPattern, use: edit)
        routes.post(path: Paths.userPattern, use: update)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try UserAdmin.requireAdministrator(actor)
        let lang = req.language
        let q = req.query[String.self, at: "q"] ?? ""
        let paging = try Paging(req, defaultPer: 100)
        let listing = try await UserAdmin.list(as: actor, query: q, page: paging.page, per: paging.per, on: req.db)
        let rows = try listing.users.map { u in
            Row(href: Paths.user(try u.requireID()), username: u.username, displayName: u.displayName,
                role: try u.userRole.name.text(for: lang), organisation: u.organisation.name(lang), active: u.active)
        }
        return try await PageRenderer.render("Accounts/users", titleKey: "users_title",
                                             data: ListPage(users: rows, total: listing.total, q: q, newHref: Paths.newUser), for: req)
    }

    @Sendable func newForm(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try UserAdmin.requireAdministrator(actor)
        return try await renderForm(req, user: nil, values: nil, error: nil)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try UserAdmin.requireAdministrator(actor)
        let form = try req.content.decode(UserForm.self)
        do {
            let user = try await UserAdmin.create(
                .init(username: form.username ?? "", displayName: form.displayName ?? "", password: form.password ?? "",
                      role: form.role ?? "", organisationCode: form.organisationCode ?? ""),
                as: actor, effects: req.effects, on: req.db)
            return req.redirect(to: Paths.user(try user.requireID()) + "?saved=1", redirectType: .normal)
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            return try await renderForm(req, user: nil, values: form, error: error)
        }
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try UserAdmin.requireAdministrator(actor)
        guard let id = req.parameters.get("id", as: UUID.self), let user = try await UserAdmin.find(id, as: actor, on: req.db) else {
            throw AppError.notFound()
        }
        return try await renderForm(req, user: user, values: nil, error: nil)
    }

    @Sendable func update(req: Request) async throws -> Response {
        let actor = try req.requireUser()
        try UserAdmin.requireAdministrator(actor)
        guard let id = req.parameters.get("id", as: UUID.self), let user = try await UserAdmin.find(id, as: actor, on: req.db) else {
            throw AppError.notFound()
        }
        let form = try req.content.decode(UserForm.self)
        do {
            _ = try await UserAdmin.update(
                id, .init(displayName: form.displayName, role: form.role, organisationCode: form.organisationCode,
                          active: FormFlag.isOn(form.active), password: form.password,
                          version: form.version ?? 0),
                as: actor, effects: req.effects, on: req.db)
            return req.redirect(to: Paths.user(id) + "?saved=1", redirectType: .normal)
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            return try await renderForm(req, user: user, values: form, error: error)
        }
    }

    private func renderForm(_ req: Request, user: User?, values: UserForm?, error: AppError?) async throws -> Response {
        let lang = req.language
        let role = try values?.role ?? user?.userRole.rawValue ?? Role.enforcementJudge.rawValue
        let data = FormPage(
            isNew: user == nil,
            action: try user.map { Paths.user(try $0.requireID()) } ?? Paths.users,
            username: values?.username ?? user?.username ?? "",
            displayName: values?.displayName ?? user?.displayName ?? "",
            role: role,
            organisationCode: values?.organisationCode ?? user?.organisation.code ?? "",
            active: values.map { FormFlag.isOn($0.active) } ?? user?.active ?? true,
            version: user?.version ?? 0,
            roles: Role.allCases.map { CourtsWebController.Option(value: $0.rawValue, label: $0.name.text(for: lang), selected: $0.rawValue == role) },
            error: error?.message.text(for: lang), errorField: error?.field,
            saved: req.query[String.self, at: "saved"] == "1")
        let status: HTTPResponseStatus = error?.status ?? .ok
        return try await PageRenderer.render("Accounts/user-form", titleKey: user == nil ? "users_new" : "users_edit", data: data, for: req, status: status)
    }
}
