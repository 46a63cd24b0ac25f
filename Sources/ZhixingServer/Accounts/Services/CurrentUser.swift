import Fluent
import Vapor
import ZhixingCore

/// The logged-in user of a request, with what access control needs: role, organisation, scope.
struct CurrentUser: Authenticatable, Sendable {
    let id: UUID
    let username: String
    let displayName: String
    let role: Role
    let organisationID: UUID
    let organisationKind: OrganisationKind
    let organisationCode: String
    let organisationNameZh: String
    let organisationNameEn: String
    let organisationPath: String
    let courtLevel: CourtLevel?
    /// Set when the user came in with a bearer token.
    let tokenID: UUID?

    var place: OrganisationPlace { OrganisationPlace(id: organisationID.uuidString, path: organisationPath) }

    var scope: AccessScope { AccessPolicy().scope(role: role, organisation: place) }

    var actor: Actor { Actor(role: role, organisation: place, organisationKind: organisationKind) }

    /// The core's answer to "may this user do `action` on a record owned by `owner`?" (`AccessPolicy.may`).
    func may(_ action: CaseAction, on owner: OrganisationPlace) -> Bool {
        AccessPolicy().may(actor, action, on: CaseRecordPlace(owner: owner)).isAllowed
    }

    /// The same, as 404 (not visible) or 403 (visible, not theirs to do).
    func require(_ action: CaseAction, on owner: OrganisationPlace) throws(AppError) {
        switch AccessPolicy().may(actor, action, on: CaseRecordPlace(owner: owner)) {
        case .allowed: return
        case .notVisible: throw AppError.notFound()
        case .forbidden: throw AppError.forbidden()
        }
    }

    var auditActor: AuditActor { AuditActor(id: id, name: "\(displayName) (\(username))") }

    func organisationName(_ language: String) -> String {
        language.hasPrefix("en") ? organisationNameEn : organisationNameZh
    }

    /// Loads the user and organisation; `nil` when the account is gone or inactive. An unknown stored role,
    /// organisation kind or court level is corrupt data (`StoredValueError`), not a user to treat as logged out.
    static func load(userID: UUID, tokenID: UUID? = nil, on db: any Database) async throws -> CurrentUser? {
        guard let user = try await User.query(on: db).filter(\.$id == userID).with(\.$organisation).first(),
              user.active, let org = user.$organisation.value
        else { return nil }
        return CurrentUser(
            id: userID, username: user.username, displayName: user.displayName, role: try user.userRole,
            organisationID: try org.requireID(), organisationKind: try org.organisationKind, organisationCode: org.code,
            organisationNameZh: org.nameZh, organisationNameEn: org.nameEn, organisationPath: org.path,
            courtLevel: try org.courtLevel, tokenID: tokenID)
    }
}

extension Request {
    /// The logged-in user, or 401.
    func requireUser() throws -> CurrentUser {
        guard let user = auth.get(CurrentUser.self) else { throw AppError.unauthorized() }
        return user
    }
}
