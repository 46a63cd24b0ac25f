import Foundation
import Vapor

/// Every path of the web UI and the API, in one place: routes are registered from these and every
/// link a page shows is built from them, so that no path is typed twice.
enum Paths {
    static let root = "/"
    static let login = "/login"
    static let logout = "/logout"
    static let home = "/home"
    static let courts = "/courts"
    static let courtPattern = "/courts/:code"
    static func court(_ code: String) -> String { "/courts/" + escape(code) }
    static let users = "/admin/users"
    static let newUser = "/admin/users/new"
    static let userPattern = "/admin/users/:id"
    static func user(_ id: UUID) -> String { "/admin/users/\(id.uuidString)" }
    static let audit = "/admin/audit"
    static let cases = "/cases"
    static let newCase = "/cases/new"
    static let casePattern = "/cases/:id"
    static func enforcementCase(_ id: UUID) -> String { "/cases/\(id.uuidString)" }
    static let caseEventsPattern = "/cases/:id/events"
    static func caseEvents(_ id: UUID) -> String { "/cases/\(id.uuidString)/events" }
    static let caseDocumentsPattern = "/cases/:id/documents"
    static func caseDocuments(_ id: UUID) -> String { "/cases/\(id.uuidString)/documents" }
    static let caseDocumentPattern = "/cases/:id/documents/:doc"
    static func caseDocument(_ id: UUID, _ doc: UUID) -> String { "/cases/\(id.uuidString)/documents/\(doc.uuidString)" }
    static let caseDocumentPDFPattern = "/cases/:id/documents/:doc/pdf"
    static func caseDocumentPDF(_ id: UUID, _ doc: UUID) -> String { caseDocument(id, doc) + "/pdf" }
    static let caseTeamPattern = "/cases/:id/team"
    static func caseTeam(_ id: UUID) -> String { "/cases/\(id.uuidString)/team" }
    static let caseLinksPattern = "/cases/:id/links"
    static func caseLinks(_ id: UUID) -> String { "/cases/\(id.uuidString)/links" }
    static let caseEntrustPattern = "/cases/:id/entrust"
    static func caseEntrust(_ id: UUID) -> String { "/cases/\(id.uuidString)/entrust" }
    static let entrustments = "/entrustments"
    static let entrustmentAcceptPattern = "/entrustments/:id/accept"
    static func entrustmentAccept(_ id: UUID) -> String { "/entrustments/\(id.uuidString)/accept" }
    static let portal = "/portal"
    static let portalDocument = "/portal/document"
    static let rules = "/rules"
    static let rulePattern = "/rules/:name"
    static func rule(_ name: String) -> String { "/rules/" + escape(name) }
    static let languagePattern = "/lang/:lang"
    static func language(_ lang: String, next: String) -> String {
        "/lang/\(lang)?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
    }

    static let health = "/health"
    static let metrics = "/metrics"

    enum API {
        static let base = "/api/v1"
        static let openAPI = "/api/v1/openapi.json"
        static let caseDocumentPDFPattern = "/api/v1/cases/:id/documents/:doc/pdf"
        static func caseDocumentPDF(_ id: UUID, _ doc: UUID) -> String { "/api/v1/cases/\(id.uuidString)/documents/\(doc.uuidString)/pdf" }
        static let tokens = "/api/v1/auth/tokens"
        static let tokenPattern = "/api/v1/auth/tokens/:id"
        static let me = "/api/v1/me"
        static let courts = "/api/v1/courts"
        static let courtPattern = "/api/v1/courts/:code"
        static let users = "/api/v1/users"
        static let userPattern = "/api/v1/users/:id"
        static let checks = "/api/v1/checks"
        static let auditEvents = "/api/v1/audit/events"
        static let auditVerify = "/api/v1/audit/verify"
        static let rulePattern = "/api/v1/rules/:name"
        static let instruments = "/api/v1/instruments"
        static let cases = "/api/v1/cases"
        static let casePattern = "/api/v1/cases/:id"
        static let caseEventsPattern = "/api/v1/cases/:id/events"
        static let caseTeamPattern = "/api/v1/cases/:id/team"
        static let teams = "/api/v1/teams"
        static let caseLinksPattern = "/api/v1/cases/:id/links"
        static let caseEntrustPattern = "/api/v1/cases/:id/entrust"
        static let entrustments = "/api/v1/entrustments"
        static let work = "/api/v1/work"
        static let entrustmentAcceptPattern = "/api/v1/entrustments/:id/accept"
    }

    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? segment
    }

    /// A `next=` target is followed only when it is a path on this site made of safe characters:
    /// ASCII letters and digits and `/ - . _ ~ % ? = & + : ,`. Anything else — a CR or LF (a header
    /// written into the response), a tab or space (which browsers strip, so `/\t/evil.example` becomes
    /// `//evil.example`), a backslash, a second leading slash, non-ASCII — and the target is dropped.
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.count <= 2_000, next.hasPrefix("/"), !next.hasPrefix("//"),
              next.unicodeScalars.allSatisfy({ safeNextCharacters.contains($0) }) else { return nil }
        return next
    }

    private static let safeNextCharacters = CharacterSet(charactersIn:
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-._~%?=&+:,")
}

extension RoutesBuilder {
    @discardableResult
    func get(path: String, use closure: @escaping @Sendable (Request) async throws -> some AsyncResponseEncodable) -> Route {
        on(.GET, path.pathComponents, use: closure)
    }

    @discardableResult
    func post(path: String, use closure: @escaping @Sendable (Request) async throws -> some AsyncResponseEncodable) -> Route {
        on(.POST, path.pathComponents, use: closure)
    }

    @discardableResult
    func patch(path: String, use closure: @escaping @Sendable (Request) async throws -> some AsyncResponseEncodable) -> Route {
        on(.PATCH, path.pathComponents, use: closure)
    }

    @discardableResult
    func delete(path: String, use closure: @escaping @Sendable (Request) async throws -> some AsyncResponseEncodable) -> Route {
        on(.DELETE, path.pathComponents, use: closure)
    }
}
