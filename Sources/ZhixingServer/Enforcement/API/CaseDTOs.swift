import Vapor
import ZhixingCore

/// A case as the API shows it to court users.
struct CaseSummaryDTO: Content {
    let id: UUID
    let caseNumber: String
    let court: String
    let filedOn: String
    let status: String
    /// The status with 终本 apart: filed, active, suspended, currentProcedureTerminated, concluded.
    let standing: String
    let closure: String?
    let closedOn: String?
    let amountApplied: String
    let amountReceived: String
    let amountOutstanding: String
    let nextDueDate: String?
    let overdue: Bool
    let applicants: [String]
    let debtors: [String]
    let teamId: UUID?
    let version: Int

    init(_ row: ListedCase, parties: [ListedCase.Party]) {
        id = row.id
        caseNumber = row.caseNumber
        court = row.courtCode
        filedOn = row.filedOn
        status = row.status.rawValue
        standing = row.standing.rawValue
        closure = row.closure?.rawValue
        closedOn = row.closedOn
        amountApplied = Money(fen: row.amountAppliedFen).description
        amountReceived = Money(fen: row.amountReceivedFen).description
        amountOutstanding = Money(fen: row.amountOutstandingFen).description
        nextDueDate = row.nextDueDate
        overdue = row.overdue
        applicants = parties.filter { $0.role == .applicant }.map(\.name)
        debtors = parties.filter { $0.role == .debtor }.map(\.name)
        teamId = row.teamID
        version = row.version
    }
}

/// A party as the API shows it to court users: the core's `Party`, field by field (`role` and `kind` by their raw
/// values). `masked`: as other parties may see it (identity number masked, no phone or address).
struct PartyDTO: Content {
    let role: String
    let kind: String
    let name: String
    let identityNumber: String?
    let creditCode: String?
    let legalRepresentative: String?
    let phone: String?
    let address: String?

    init(_ p: Party, masked: Bool) {
        role = p.role.rawValue
        kind = p.kind.rawValue
        name = p.name
        identityNumber = masked ? p.identityNumber.map { _ in p.identifierForOtherParties } : p.identityNumber
        creditCode = p.creditCode
        legalRepresentative = p.legalRepresentative
        phone = masked ? nil : p.phone
        address = masked ? nil : p.address
    }
}

struct EventDTO: Content {
    let seq: Int
    let kind: String
    let date: String
    let amount: String?
    let measure: ControlMeasure?
    let propertyFound: Bool?
    let note: String?
    let by: String

    init(_ e: CaseEvent) throws {
        seq = e.seq
        kind = try e.eventKind.rawValue
        date = e.date
        amount = e.amountFen.map { Money(fen: $0).description }
        measure = try CaseFacts.event(e).measure
        propertyFound = e.propertyFound
        note = e.note
        by = e.actorName
    }
}

struct CaseDetailDTO: Encodable, Sendable {
    let summary: CaseSummaryDTO
    let basis: Basis
    let parties: [PartyDTO]
    let events: [EventDTO]
    let filingWarnings: [Reason]
    let documents: [DocumentDTO]
    /// The case this one was born of, and the cases born of it (objections, reconsideration, assistance, restoration).
    let linkedFrom: LinkDTO?
    let linkedCases: [LinkDTO]
    /// 委托执行: the entrustment this case sent (the entrusting court's case) or was filed from (the entrusted court's).
    let entrustment: EntrustmentLinkDTO?
    /// What the caller may do on this case (`AccessPolicy.may`), so that clients and pages offer only that.
    let allowedActions: [CaseAction]
    let assessment: EnforcementAssessment
    /// What the law warned about the event just recorded (`EnforcementRules.warnings(before:)`); empty on GET.
    var warnings: [Reason] = []

    struct Basis: Encodable, Sendable {
        let kind: String
        let issuingBody: String
        let documentNumber: String
        let effectiveOn: String?
        let amountAwarded: String?
        let obligations: String?
    }
}

/// Any encodable value as a JSON response (for outputs that are never decoded, such as assessments).
struct JSONBody<Value: Encodable & Sendable>: AsyncResponseEncodable {
    let value: Value
    var status: HTTPResponseStatus = .ok

    init(_ value: Value, status: HTTPResponseStatus = .ok) {
        self.value = value
        self.status = status
    }

    func encodeResponse(for request: Request) async throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let response = Response(status: status, body: .init(data: try encoder.encode(value)))
        response.headers.contentType = .json
        return response
    }
}

/// The next event, as a client sends it.
struct EventInput: Content {
    let kind: String
    let date: String
    let amount: String?
    let measure: ControlMeasure?
    let propertyFound: Bool?
    let note: String?
    let version: Int

    func event() throws -> EnforcementEvent {
        guard let kind = EnforcementEventKind(rawValue: kind), kind != .filed else {
            throw AppError.badRequest("event.kind", .init(zh: "无效的事件类型：\(kind)", en: "Unknown event kind: \(kind)"), field: "kind")
        }
        let date = try InputBounds.date(date, field: "date")
        var measure = self.measure
        if let given = measure {
            // A measure's id, start and term come from outside too (issue 8, 1.8): bounded like every other value.
            let id = try InputBounds.identifier(given.id, field: "measure.id")
            try InputBounds.check(given.startsOn, field: "measure.startsOn")
            if let months = given.termMonths, !(1...120).contains(months) {
                throw AppError.badRequest("measure.term", .init(zh: "措施期限应为 1 至 120 个月。", en: "A measure's term is 1 to 120 months."),
                                          field: "measure.termMonths")
            }
            if let amount = given.amount, !amount.isPositive {
                throw AppError.badRequest("money.not_positive", .init(zh: "冻结金额应大于零。", en: "The sum frozen must be more than zero."),
                                          field: "measure.amount")
            }
            measure = ControlMeasure(id: id, kind: given.kind, asset: given.asset, rank: given.rank, startsOn: given.startsOn,
                                     termMonths: given.termMonths,
                                     institution: try InputBounds.shortText(given.institution, field: "measure.institution"),
                                     account: try InputBounds.shortText(given.account, field: "measure.account"), amount: given.amount)
        }
        let amount = try amount.flatMap { $0.isEmpty ? nil : $0 }.map { try Money(parsing: $0, field: "amount") }
        if let amount, !amount.isPositive {
            throw AppError.badRequest("money.not_positive", .init(zh: "金额应大于零。", en: "The amount must be more than zero."), field: "amount")
        }
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let trimmed, trimmed.count > 1000 {
            throw AppError.badRequest("field.too_long", .init(zh: "备注过长（最多 1000 字）。", en: "Note too long (at most 1000 characters)."), field: "note")
        }
        return EnforcementEvent(kind: kind, date: date, amount: amount, measure: measure, propertyFound: propertyFound,
                                note: trimmed?.isEmpty == true ? nil : trimmed)
    }
}

struct DocumentDTO: Content {
    let id: UUID
    let kind: String
    let issuedOn: String
    let issuedBy: String
    /// The document's page (web session).
    let href: String
    /// The document as PDF through the API (bearer token); 503 when the server has no PDF tool.
    let pdfHref: String
}

struct LinkDTO: Content {
    let id: UUID
    let caseNumber: String
    let kind: String
    let status: String
    let href: String
}
