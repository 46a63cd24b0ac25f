import Foundation
import Vapor
import ZhixingCore

/// The audit log page's filter form as typed (a GET form: the values come back in the fields), and
/// its check: each value bounded before it reaches a query, a bad one named by its field so that
/// the page re-renders the form with that field marked.
struct AuditFilterInput: Sendable {
    /// The fields, as the form names them, with the key of their label.
    enum Field: String, Sendable, CaseIterable {
        case actor, caseNumber = "case", action, from, to

        var labelKey: String {
            switch self {
            case .actor: "audit_filter_actor"
            case .caseNumber: "audit_filter_case"
            case .action: "audit_filter_action"
            case .from: "audit_filter_from"
            case .to: "audit_filter_to"
            }
        }
    }

    static let maxActorLength = 100
    static let maxCaseNumberLength = 40

    var actor = ""
    var caseNumber = ""
    var action = ""
    var from = ""
    var to = ""

    init(actor: String = "", caseNumber: String = "", action: String = "", from: String = "", to: String = "") {
        self.actor = actor
        self.caseNumber = caseNumber
        self.action = action
        self.from = from
        self.to = to
    }

    init(query req: Request) {
        func value(_ field: Field) -> String {
            (req.query[String.self, at: field.rawValue] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        self.init(actor: value(.actor), caseNumber: value(.caseNumber), action: value(.action), from: value(.from), to: value(.to))
    }

    var isEmpty: Bool { [actor, caseNumber, action, from, to].allSatisfy(\.isEmpty) }

    /// The query string that keeps these values (for the pager), `""` when there are none.
    var queryItems: [String] {
        [(Field.actor, actor), (.caseNumber, caseNumber), (.action, action), (.from, from), (.to, to)]
            .filter { !$0.1.isEmpty }
            .map { "\($0.0.rawValue)=" + ($0.1.addingPercentEncoding(withAllowedCharacters: Self.queryValueCharacters) ?? "") }
    }

    /// What a query value may hold unescaped (RFC 3986 unreserved characters).
    private static let queryValueCharacters = CharacterSet(charactersIn:
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// A field at fault and what is wrong with it.
    struct Problem: Error, Sendable, Equatable {
        let field: Field
        let message: LocalizedText
    }

    /// The filter these values ask for, or the first field that is wrong.
    func filter() throws(Problem) -> AuditFilter {
        var filter = AuditFilter()
        if !actor.isEmpty {
            guard actor.count <= Self.maxActorLength else { throw Self.tooLong(.actor, Self.maxActorLength) }
            filter.actor = actor
        }
        if !caseNumber.isEmpty {
            guard caseNumber.count <= Self.maxCaseNumberLength else { throw Self.tooLong(.caseNumber, Self.maxCaseNumberLength) }
            do { filter.caseNumber = try CaseNumber(parsing: caseNumber, field: Field.caseNumber.rawValue) } catch let error as FieldError {
                throw Problem(field: .caseNumber, message: error.message)
            } catch {
                throw Problem(field: .caseNumber, message: .init(zh: "案号无效。", en: "Invalid case number."))
            }
        }
        if !action.isEmpty {
            guard action.count <= InputBounds.maxIdentifierLength,
                  action.unicodeScalars.allSatisfy({ Self.actionCharacters.contains($0) }) else {
                throw Problem(field: .action, message: .init(zh: "没有这种操作类型：\(action.prefix(InputBounds.maxIdentifierLength))",
                                                             en: "No such kind of action: \(action.prefix(InputBounds.maxIdentifierLength))"))
            }
            filter.action = action
        }
        filter.from = try Self.date(from, .from)
        filter.to = try Self.date(to, .to)
        if let start = filter.from, let end = filter.to, end < start {
            throw Problem(field: .to, message: .init(zh: "截止日期早于起始日期。", en: "The end date is before the start date."))
        }
        return filter
    }

    /// Letters, digits, dots and underscores: what the server's action codes are made of.
    private static let actionCharacters = CharacterSet(charactersIn:
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._")

    private static func date(_ text: String, _ field: Field) throws(Problem) -> LocalDate? {
        guard !text.isEmpty else { return nil }
        guard text.count <= 10 else {
            throw Problem(field: field, message: .init(zh: "日期应写作 YYYY-MM-DD。", en: "Write the date as YYYY-MM-DD."))
        }
        do { return try InputBounds.date(text, field: field.rawValue) } catch let error as AppError {
            throw Problem(field: field, message: error.message)
        } catch {
            throw Problem(field: field, message: .init(zh: "日期无效。", en: "Invalid date."))
        }
    }

    private static func tooLong(_ field: Field, _ max: Int) -> Problem {
        Problem(field: field, message: .init(zh: "内容过长（最多 \(max) 字）。", en: "Too long (at most \(max) characters)."))
    }
}
