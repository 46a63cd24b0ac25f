import Fluent
import Foundation
import SQLKit
import ZhixingCore

/// Every request with a bearer token or a web session pays for finding whose it is: one query here,
/// the credential joined to its user and the user's organisation (it was three: the credential, the
/// user, the organisation), so that a primary-key fetch costs little more than the fetch itself
/// (issue 9, "the cost every request pays"; docs/performance.md). What is checked stays the same: the
/// credential unexpired and unrevoked, the account active, each stored role and kind understood.
enum CredentialLookup {
    struct UserColumns: Decodable {
        let user_id: UUID
        let username: String
        let display_name: String
        let role: String
        let active: Bool
        let org_id: UUID
        let org_kind: String
        let org_code: String
        let org_name_zh: String
        let org_name_en: String
        let org_path: String
        let org_level: String?

        func currentUser(tokenID: UUID?) throws -> CurrentUser? {
            guard active else { return nil }
            func parse<T: RawRepresentable>(_ text: String, _ table: String, _ column: String) throws -> T where T.RawValue == String {
                guard let value = T(rawValue: text) else { throw StoredValueError(table: table, column: column, value: text) }
                return value
            }
            return CurrentUser(
                id: user_id, username: username, displayName: display_name, role: try parse(role, User.schema, "role"),
                organisationID: org_id, organisationKind: try parse(org_kind, Organisation.schema, "kind"), organisationCode: org_code,
                organisationNameZh: org_name_zh, organisationNameEn: org_name_en, organisationPath: org_path,
                courtLevel: try org_level.map { try parse($0, Organisation.schema, "level") as CourtLevel }, tokenID: tokenID)
        }
    }

    private static let userColumns: SQLQueryString = """
        u.id AS user_id, u.username AS username, u.display_name AS display_name, u.role AS role, u.active AS active,
        o.id AS org_id, o.kind AS org_kind, o.code AS org_code, o.name_zh AS org_name_zh, o.name_en AS org_name_en,
        o.path AS org_path, o.level AS org_level
        """

    /// The user of an API token (`zx_…`), if the token is known, unexpired and unrevoked and the account active.
    static func user(ofToken token: String, now: Date, on db: any Database) async throws -> CurrentUser? {
        guard let sql = db as? any SQLDatabase else { return nil }
        struct Row: Decodable {
            let credential_id: UUID
            let expires_at: Date
            let revoked_at: Date?
        }
        let query: SQLQueryString = "SELECT c.id AS credential_id, c.expires_at AS expires_at, c.revoked_at AS revoked_at, " + userColumns + """
             FROM api_tokens c JOIN users u ON u.id = c.user_id JOIN organisations o ON o.id = u.organisation_id
             WHERE c.token_hash = \(bind: APITokens.hash(token))
            """
        guard let found = try await sql.raw(query).first() else { return nil }
        let credential = try found.decode(model: Row.self, keyDecodingStrategy: .useDefaultKeys)
        guard credential.revoked_at == nil, credential.expires_at > now else { return nil }
        return try found.decode(model: UserColumns.self, keyDecodingStrategy: .useDefaultKeys).currentUser(tokenID: credential.credential_id)
    }

    /// A web session as the pages need it, with its user.
    struct Session: Sendable {
        let id: UUID
        let csrfToken: String
        let flash: String?
        let user: CurrentUser
    }

    /// The session of a cookie's token, if it is known and unexpired and its account active.
    static func session(ofToken token: String, now: Date, on db: any Database) async throws -> Session? {
        guard let sql = db as? any SQLDatabase else { return nil }
        struct Row: Decodable {
            let credential_id: UUID
            let expires_at: Date
            let csrf_token: String
            let flash: String?
        }
        let query: SQLQueryString = "SELECT c.id AS credential_id, c.expires_at AS expires_at, c.csrf_token AS csrf_token, c.flash AS flash, " + userColumns + """
             FROM web_sessions c JOIN users u ON u.id = c.user_id JOIN organisations o ON o.id = u.organisation_id
             WHERE c.token_hash = \(bind: APITokens.hash(token))
            """
        guard let found = try await sql.raw(query).first() else { return nil }
        let credential = try found.decode(model: Row.self, keyDecodingStrategy: .useDefaultKeys)
        guard credential.expires_at > now,
              let user = try found.decode(model: UserColumns.self, keyDecodingStrategy: .useDefaultKeys).currentUser(tokenID: nil)
        else { return nil }
        return Session(id: credential.credential_id, csrfToken: credential.csrf_token, flash: credential.flash, user: user)
    }
}
