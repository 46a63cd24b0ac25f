import Fluent
import Vapor
import ZhixingCore

/// User administration, for the web pages and the API alike. Every read is filtered by the
/// caller's scope (`AccessPolicy`); every write is one transaction with its audit event.
enum UserAdmin {
    struct NewUser: Sendable {
        var username: String
        var displayName: String
        var password: String
        var role: String
        var organisationCode: String
    }

    struct Changes: Sendable {
        var displayName: String?
        var role: String?
        var organisationCode: String?
        var active: Bool?
        var password: String?
        /// The version the caller last saw; an update against a newer one is refused (409).
        var version: Int
    }

    struct Listing: Sendable {
        let users: [User]
        let total: Int
        let page: Int
        let per: Int
    }

    static func list(as actor: CurrentUser, query text: String?, page: Int, per: Int, on db: any Database) async throws -> Listing {
        var q = User.query(on: db).join(Organisation.self, on: \User.$organisation.$id == \Organisation.$id)
        q = q.scoped(actor.scope, owner: \.$organisation.$id)
        if let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            q = q.group(.or) { or in
                or.filter(\.$username, .contains(inverse: false, .anywhere), text.lowercased())
                  .filter(\.$displayName, .contains(inverse: false, .anywhere), text)
            }
        }
        let total = try await q.count()
        let users = try await q.with(\.$organisation).sort(Organisation.self, \.$path).sort(\.$username)
            .page(page, per: per).all()
        return Listing(users: users, total: total, page: page, per: per)
    }

    /// The user with `id`, when the caller may see it; `nil` otherwise, whether or not it exists.
    static func find(_ id: UUID, as actor: CurrentUser, on db: any Database) async throws -> User? {
        guard let user = try await User.query(on: db).filter(\.$id == id).with(\.$organisation).first(),
              actor.scope.allows(user.organisation) else { return nil }
        return user
    }

    static func create(_ input: NewUser, as actor: CurrentUser, effects: Effects, on db: any Database) async throws -> User {
        try requireAdministrator(actor)
        let date = effects.clock.now()
        let username = try validUsername(input.username)
        let displayName = try required(input.displayName, field: "displayName", max: 100)
        try Passwords.check(input.password)
        let role = try validRole(input.role)
        let organisation = try await organisationInScope(code: input.organisationCode, for: role, actor: actor, on: db)
        guard let orgID = organisation.id else { throw AppError.notFound() }
        let hash = try await effects.passwords.hash(input.password)
        return try await db.writeTransaction { tx in
            if try await User.query(on: tx).filter(\.$username == username).first() != nil {
                throw AppError.conflict("username.taken", .init(zh: "用户名已被使用。", en: "This username is taken."), field: "username")
            }
            let user = User(id: effects.ids.next(), username: username, displayName: displayName, passwordHash: hash, role: role, organisationID: orgID)
            try await user.create(on: tx)
            var changes = ChangeSet()
            changes.record("username", from: nil, to: username)
            changes.record("display_name", from: nil, to: displayName)
            changes.record("role", from: nil, to: role.rawValue)
            changes.record("organisation", from: nil, to: organisation.code)
            changes.record("active", from: nil, to: "true")
            try await AuditLog.append(on: tx, at: date, actor: actor.auditActor, action: "user.create", entity: "user",
                                      entityID: try user.requireID().uuidString, ownerPath: organisation.path, changes: changes.changes)
            user.$organisation.value = organisation
            return user
        }
    }

    static func update(_ id: UUID, _ input: Changes, as actor: CurrentUser, effects: Effects, on db: any Database) async throws -> User {
        try requireAdministrator(actor)
        let date = effects.clock.now()
        guard let user = try await find(id, as: actor, on: db) else { throw AppError.notFound() }
        var changes = ChangeSet()
        let role = try input.role.map(validRole) ?? user.userRole
        var organisation = user.organisation
        if let code = input.organisationCode, code != organisation.code || input.role != nil {
            organisation = try await organisationInScope(code: code, for: role, actor: actor, on: db)
        } else if input.role != nil, try !role.allowedOrganisationKinds.contains(organisation.organisationKind) {
            throw roleOrganisationMismatch(role)
        }
        if let name = input.displayName {
            changes.record("display_name", from: user.displayName, to: try required(name, field: "displayName", max: 100))
        }
        changes.record("role", from: try user.userRole.rawValue, to: role.rawValue)
        changes.record("organisation", from: user.organisation.code, to: organisation.code)
        if let active = input.active {
            if !active && user.id == actor.id {
                throw AppError.conflict("user.self_deactivation", .init(zh: "不能停用自己的账户。", en: "You cannot deactivate your own account."), field: "active")
            }
            changes.record("active", from: String(user.active), to: String(active))
        }
        var newHash: String? = nil
        if let password = input.password, !password.isEmpty {
            try Passwords.check(password)
            newHash = try await effects.passwords.hash(password)
            changes.record("password", from: "(set)", to: "(changed)")
        }
        if changes.isEmpty { return user }
        let finalOrganisation = organisation
        let finalHash = newHash
        let expectedVersion = input.version
        let recorded = changes.changes
        return try await db.writeTransaction { tx in
            // Optimistic lock: update only the version the caller saw.
            guard let fresh = try await User.query(on: tx).filter(\.$id == id).first(), fresh.version == expectedVersion else {
                throw AppError.staleVersion()
            }
            if let value = recorded["display_name"]?.to { fresh.displayName = value }
            fresh.role = role.rawValue
            if let orgID = finalOrganisation.id { fresh.$organisation.id = orgID }
            if let active = input.active { fresh.active = active }
            if let finalHash { fresh.passwordHash = finalHash }
            fresh.version = expectedVersion + 1
            try await fresh.save(on: tx)
            // A new password, or a deactivated account: every session and token of the old one ends.
            if finalHash != nil || input.active == false { try await WebSessions.revokeAll(userID: id, at: date, on: tx) }
            try await AuditLog.append(on: tx, at: date, actor: actor.auditActor, action: "user.update", entity: "user",
                                      entityID: id.uuidString, ownerPath: finalOrganisation.path, changes: recorded)
            fresh.$organisation.value = finalOrganisation
            return fresh
        }
    }

    // MARK: - Checks

    static func requireAdministrator(_ actor: CurrentUser) throws {
        guard actor.role.administersUsers else { throw AppError.forbidden() }
    }

    static func validUsername(_ raw: String) throws -> String {
        let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let allowed = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
        guard (3...40).contains(name.count), allowed, name.first?.isLetter == true else {
            throw AppError.badRequest("username.invalid", .init(
                zh: "用户名须为 3–40 位小写字母、数字或 . _ -，以字母开头。",
                en: "A username is 3-40 lower-case letters, digits or . _ -, starting with a letter."), field: "username")
        }
        return name
    }

    static func validRole(_ raw: String) throws -> Role {
        guard let role = Role(rawValue: raw) else {
            throw AppError.badRequest("role.invalid", .init(zh: "角色无效：\(raw)", en: "Unknown role: \(raw)"), field: "role")
        }
        return role
    }

    static func required(_ raw: String, field: String, max: Int) throws -> String {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw AppError.required(field) }
        guard value.count <= max else {
            throw AppError.badRequest("field.too_long", .init(zh: "内容过长（最多 \(max) 字）。", en: "Too long (at most \(max) characters)."), field: field)
        }
        return value
    }

    /// The organisation with `code`, if the actor may administer it and the role fits its kind.
    /// An organisation outside the actor's scope is reported as unknown, like one that does not exist.
    static func organisationInScope(code: String, for role: Role, actor: CurrentUser, on db: any Database) async throws -> Organisation {
        guard let org = try await Organisation.query(on: db).filter(\.$code == code.trimmingCharacters(in: .whitespaces)).first(),
              actor.scope.allows(org) else {
            throw AppError.badRequest("organisation.unknown", .init(zh: "机构不存在或不在您的管理范围内：\(code)",
                                                                     en: "No such organisation within your administration: \(code)"),
                                      field: "organisationCode")
        }
        guard try role.allowedOrganisationKinds.contains(org.organisationKind) else {
            throw roleOrganisationMismatch(role)
        }
        return org
    }

    static func roleOrganisationMismatch(_ role: Role) -> AppError {
        AppError.badRequest("role.organisation_mismatch", .init(
            zh: "角色“\(role.name.zh)”不能属于该类机构。", en: "A \(role.name.en) cannot belong to this kind of organisation."), field: "role")
    }
}
