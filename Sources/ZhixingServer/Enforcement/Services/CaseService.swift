import Fluent
import Vapor
import ZhixingCore

/// Filing, recording lifecycle events and reading cases: each write is one transaction with its
/// audit event; each decision comes from the core (`EnforcementRules`).
enum CaseService {
    struct Filed: Sendable {
        let enforcementCase: EnforcementCase
        /// The party-portal access code, shown once (printed on the enforcement notice).
        let accessCode: String
        let warnings: [Reason]
    }

    static func file(_ input: FilingInput, as actor: CurrentUser, effects: Effects, on db: any Database) async throws -> Filed {
        try actor.require(.file, on: actor.place)
        let now = effects.clock.now()
        let today = LocalDate.inChina(now)
        let filing = try ValidFiling(input, today: today)
        let calendar = try await effects.calendars.calendar(on: db)
        let filedEvent = EnforcementEvent(kind: .filed, date: filing.filedOn)
        let facts = EnforcementFacts(caseType: filing.caseType, filedOn: filing.filedOn, basis: filing.basis,
                                     jurisdiction: filing.jurisdiction, amountApplied: filing.amountApplied,
                                     nonLitigation: filing.nonLitigation, events: [filedEvent], asOf: today)
        let check = EnforcementRules.checkFiling(facts, calendar: calendar)
        let refusals = check.issues.filter(\.refuses)
        if !refusals.isEmpty {
            // Every refusal at once, in the core's order (the API answers with the first).
            throw InputErrors(errors: refusals.map { .badRequest("filing.\($0.code)", joined($0.reasons), field: $0.field) })
        }
        let accessCode = effects.secrets.string(length: 10, from: PortalCodes.alphabet)
        let codeHash = APITokens.hash(accessCode)
        let row: EnforcementCase = try await db.writeTransaction { tx in
            let serial = try await CaseNumbers.nextSerial(court: actor.organisationID, year: filing.filedOn.year,
                                                           type: filing.caseType.rawValue, on: tx)
            let court = try CourtCode(parsing: actor.organisationCode.split(separator: "-").first.map(String.init) ?? actor.organisationCode)
            let number = try CaseNumber(year: filing.filedOn.year, court: court, type: filing.caseType, serial: serial, field: "filedOn")
            let row = EnforcementCase(id: effects.ids.next(), court: actor.organisationID, filing: facts, obligations: filing.obligations, number: number,
                                      warnings: check.warnings, accessCodeHash: codeHash)
            try await row.create(on: tx)
            guard let caseID = row.id else { throw AppError.notFound() }
            var position = 0
            var partyIDs: [Party.Role: [UUID]] = [.applicant: [], .debtor: []]
            for party in filing.applicants + filing.debtors {
                let p = CaseParty(party, caseID: caseID, position: position, id: effects.ids.next())
                position += 1
                try await p.create(on: tx)
                if let id = p.id { partyIDs[party.role, default: []].append(id) }
            }
            for (agent, actsFor, index) in filing.agents {
                let p = CaseParty(agent, caseID: caseID, position: position, agentFor: partyIDs[actsFor]?[index], id: effects.ids.next())
                position += 1
                try await p.create(on: tx)
            }
            let event = CaseEvent()
            event.id = effects.ids.next()
            event.$enforcementCase.id = caseID
            event.seq = 1
            event.kind = EnforcementEventKind.filed.rawValue
            event.date = filing.filedOn.iso
            event.actorID = actor.id
            event.actorName = actor.displayName
            try await event.create(on: tx)
            try await refresh(row, events: [event], entrustment: nil, today: today, calendar: calendar, on: tx)
            var changes = ChangeSet()
            changes.record("case_number", from: nil, to: row.caseNumber)
            changes.record("amount_applied", from: nil, to: filing.amountApplied.description)
            changes.record("basis", from: nil, to: filing.basis.documentNumber)
            changes.record("parties", from: nil, to: (filing.applicants + filing.debtors).map(\.name).joined(separator: "、"))
            try await AuditLog.append(on: tx, at: now, actor: actor.auditActor, action: "case.file", entity: "enforcement_case",
                                      entityID: caseID.uuidString, ownerPath: actor.organisationPath, changes: changes.changes)
            return row
        }
        return Filed(enforcementCase: row, accessCode: accessCode, warnings: check.warnings)
    }

    /// Records the next lifecycle event, if the core allows it; 409 with the core's reasons if not.
    /// `expectedVersion` is the case version the caller saw (optimistic locking).
    static func record(_ next: EnforcementEvent, on caseID: UUID, expectedVersion: Int, as actor: CurrentUser,
                       effects: Effects, on db: any Database,
                       alsoSet: @escaping @Sendable (EnforcementCase) -> Void = { _ in }) async throws -> EnforcementCase {
        let now = effects.clock.now()
        let today = LocalDate.inChina(now)
        let calendar = try await effects.calendars.calendar(on: db)
        return try await db.writeTransaction { tx in
            guard let row = try await find(caseID, as: actor, on: tx) else { throw AppError.notFound() }
            // Case work only, by the owning court (an administrator administers users, not cases: issue 8, 1.8).
            try actor.require(.recordEvent, on: row.court.place)
            guard row.version == expectedVersion else {
                throw AppError.staleVersion()
            }
            if next.date > today {
                throw AppError.badRequest("date.future", .init(zh: "日期不能晚于今天。", en: "The date cannot be in the future."), field: "date")
            }
            let events = try await CaseEvent.query(on: tx).filter(\.$enforcementCase.$id == caseID).sort(\.$seq).all()
            let entrustment = try await Entrustments.sent(by: caseID, on: tx)
            let facts = try CaseFacts.facts(of: row, events: events, entrustment: entrustment, asOf: today)
            try ensureAllowed(next, after: facts, calendar: calendar)
            let event = CaseEvent()
            event.id = effects.ids.next()
            event.$enforcementCase.id = caseID
            event.seq = (events.last?.seq ?? 0) + 1
            event.kind = next.kind.rawValue
            event.date = next.date.iso
            event.amountFen = next.amount?.fen
            event.measure = try CaseFacts.encode(next.measure)
            event.propertyFound = next.propertyFound
            event.note = next.note
            event.actorID = actor.id
            event.actorName = actor.displayName
            try await event.create(on: tx)
            // The notice or order this event serves is served (it leaves the team's "to serve" queue).
            if let document = CaseDocuments.Kind.allCases.first(where: { $0.servedBy == next.kind }) {
                try await IssuedDocument.query(on: tx).filter(\.$enforcementCase.$id == caseID).filter(\.$kind == document.rawValue)
                    .filter(\.$servedOn == nil).set(\.$servedOn, to: next.date.iso).update()
            }
            row.version += 1
            alsoSet(row)
            try await refresh(row, events: events + [event], entrustment: entrustment, today: today, calendar: calendar, on: tx)
            var changes = ChangeSet()
            changes.record("event", from: nil, to: next.kind.rawValue)
            changes.record("date", from: nil, to: next.date.iso)
            if let amount = next.amount { changes.record("amount", from: nil, to: amount.description) }
            if let measure = next.measure { changes.record("measure", from: nil, to: "\(measure.kind.rawValue) \(measure.asset.rawValue) \(measure.id)") }
            try await AuditLog.append(on: tx, at: now, actor: actor.auditActor, action: "case.\(next.kind.rawValue)",
                                      entity: "enforcement_case", entityID: caseID.uuidString,
                                      ownerPath: row.court.path, changes: changes.changes)
            return row
        }
    }

    /// Stores what the core says about the case now (status, next due date, overdue, received).
    static func refresh(_ row: EnforcementCase, events: [CaseEvent], entrustment: CaseEntrustment?, today: LocalDate,
                        calendar: StatutoryCalendar, on db: any Database) async throws {
        try summarise(row, events: events, entrustment: entrustment, today: today, calendar: calendar)
        try await row.save(on: db)
    }

    /// Copies the core's assessment of the case into the row's list columns (status, closure, overdue,
    /// next due date, amount received), without writing it.
    static func summarise(_ row: EnforcementCase, events: [CaseEvent], entrustment: CaseEntrustment?, today: LocalDate,
                          calendar: StatutoryCalendar) throws {
        let assessment = EnforcementRules.assess(try CaseFacts.facts(of: row, events: events, entrustment: entrustment, asOf: today),
                                                 calendar: calendar)
        row.status = assessment.status.rawValue
        row.closure = assessment.closure?.rawValue
        row.overdue = !assessment.overdue.isEmpty
        row.nextDueDate = assessment.deadlines.filter { $0.metOn == nil }.map(\.dueDate).min()?.iso
        row.amountReceivedFen = assessment.amounts.received.fen
        row.standing = assessment.standing.rawValue
        row.closedOn = assessment.closedOn?.iso
        row.amountOutstandingFen = assessment.amounts.outstanding.fen
        row.nextMeasureExpiry = assessment.nextMeasureExpiry?.iso
        row.nextFollowUpDue = assessment.nextFollowUpDue?.iso
        row.summaryVersion = CaseSummary.version
    }

    /// What a batch of cases needs to be assessed again: each case's events and its entrustment, if any
    /// (the deadline job and the recomputation after a calendar change both summarise batches).
    static func histories(of ids: [UUID], on db: any Database) async throws -> (events: [UUID: [CaseEvent]], entrustments: [UUID: CaseEntrustment]) {
        let events = Dictionary(grouping: try await CaseEvent.query(on: db).filter(\.$enforcementCase.$id ~~ ids).all(),
                                by: { $0.$enforcementCase.id })
        let entrustments = Dictionary(try await CaseEntrustment.query(on: db).filter(\.$enforcementCase.$id ~~ ids).with(\.$toCourt).all()
            .map { ($0.$enforcementCase.id, $0) }, uniquingKeysWith: { first, _ in first })
        return (events, entrustments)
    }

    /// The case with `id` if the user may see it; `nil` otherwise, whether or not it exists.
    static func find(_ id: UUID, as user: CurrentUser, on db: any Database) async throws -> EnforcementCase? {
        // Only the scope of the user's own organisation: an entrusted court files the case as its own and
        // never sees or works on the entrusting court's (Entrusted Enforcement Provisions 2011 Art.2).
        guard let row = try await EnforcementCase.query(on: db).filter(\.$id == id).with(\.$court).first(),
              user.scope.allows(row.court) else { return nil }
        return row
    }

    /// The core's answer to "may this event be recorded now?", as a 409 with its reasons when not.
    static func ensureAllowed(_ next: EnforcementEvent, after facts: EnforcementFacts, calendar: StatutoryCalendar) throws(AppError) {
        do {
            try EnforcementRules.check(next, after: facts, calendar: calendar)
        } catch {
            throw AppError.conflict("action.\(error.code)", joined(error.reasons))
        }
    }

    static func joined(_ reasons: [Reason]) -> LocalizedText {
        LocalizedText(zh: reasons.map { "\($0.message.zh)（\($0.articleZh)）" }.joined(separator: "；"),
                      en: reasons.map { "\($0.message.en) (\($0.article))" }.joined(separator: "; "))
    }
}

/// Which summary the list columns of a case hold. Raise it when `CaseService.summarise` stores more or
/// stores differently: the deadline job then summarises every case with an older one again.
enum CaseSummary {
    /// 1: standing, closure day, outstanding sum, next measure expiry, next follow-up (migration 015).
    static let version = 1
}

/// Party-portal access codes: 10 characters from an alphabet without look-alikes.
enum PortalCodes {
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<10).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
