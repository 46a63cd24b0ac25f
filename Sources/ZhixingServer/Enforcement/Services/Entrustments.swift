import Fluent
import Vapor
import ZhixingCore

/// 委托执行 (Entrusted Enforcement Provisions 2011 Art.1-2): the owning court entrusts a whole case to a
/// court of the same level in another province, with its two findings (`EntrustmentRules`); the entrusted
/// court's filing staff file it from their inbox as their own case (their number, their team, documents in
/// their name); that filing closes the owner's case as entrusted (委托结案), and the two cases are linked
/// both ways. Neither court ever reads or writes the other's case.
///
/// The entrusted court files on acceptance rather than at once: Art.2 para.1 has the entrusted court file
/// the case (依法立案) — its own act, by its own staff, who examine the entrustment first — and the
/// entrusting court close it only on receiving the filing notice, so the owner's case stays open until then.
enum Entrustments {
    struct Input: Content {
        /// The entrusted court (`沪0115`).
        let courtCode: String
        /// Art.1 para.1 findings.
        let noPropertyInArea: Bool?
        let propertyInOtherProvince: Bool?
        let date: String?
        let note: String?
        let version: Int
    }

    /// An entrustment as the entrusting court sees what it sent and the entrusted court its inbox.
    struct DTO: Content {
        let id: UUID
        let caseNumber: String
        let fromCourt: String
        let fromCourtName: String
        let toCourt: String
        let toCourtName: String
        let entrustedOn: String
        let noPropertyInArea: Bool
        let propertyInOtherProvince: Bool
        let note: String?
        let entrustedBy: String
        /// `pending` (awaiting the entrusted court's filing) or `filed`.
        let status: String
        let filedCaseNumber: String?
        let filedOn: String?
    }

    /// Filed: the entrusted court's own case.
    struct Filed: Content {
        let id: UUID
        let caseNumber: String
    }

    /// The entrustment `caseID` sent, if it sent one (with the entrusted court loaded).
    static func sent(by caseID: UUID, on db: any Database) async throws -> CaseEntrustment? {
        try await CaseEntrustment.query(on: db).filter(\.$enforcementCase.$id == caseID).with(\.$toCourt).first()
    }

    // MARK: - Entrusting

    static func entrust(_ caseID: UUID, _ input: Input, as actor: CurrentUser, effects: Effects, on db: any Database) async throws -> DTO {
        guard let row = try await CaseService.find(caseID, as: actor, on: db) else { throw AppError.notFound() }
        // Only the owning court entrusts its case; a superior court sees it but does not own it.
        try actor.require(.entrust, on: row.court.place)
        let code = input.courtCode.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !code.isEmpty, code.count <= 40, let court = try await CourtDirectory.court(code: code, on: db), let courtID = court.id else {
            throw AppError.badRequest("link.court", .init(zh: "请指定受托法院的代字。", en: "Name the entrusted court by its code."), field: "courtCode")
        }
        let now = effects.clock.now()
        let today = LocalDate.inChina(now)
        let date = try input.date.flatMap { $0.isEmpty ? nil : $0 }.map { try InputBounds.date($0, field: "date") } ?? today
        if date > today {
            throw AppError.badRequest("date.future", .init(zh: "日期不能晚于今天。", en: "The date cannot be in the future."), field: "date")
        }
        if date.iso < row.filedOn {
            throw AppError.badRequest("date.before_filing", .init(zh: "日期不能早于立案日期。", en: "The date cannot be before the filing date."), field: "date")
        }
        let note = input.note?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if let note, note.count > 1000 {
            throw AppError.badRequest("field.too_long", .init(zh: "备注过长（最多 1000 字）。", en: "Note too long (at most 1000 characters)."), field: "note")
        }
        let events = try await CaseEvent.query(on: db).filter(\.$enforcementCase.$id == caseID).sort(\.$seq).all()
        let existing = try await sent(by: caseID, on: db)
        let facts = try CaseFacts.facts(of: row, events: events, entrustment: existing, asOf: today)
        let status = EnforcementRules.assess(facts, calendar: try await effects.calendars.calendar(on: db)).status
        let request = EntrustmentRequest(
            caseType: facts.caseType, status: status, alreadyEntrusted: existing != nil,
            noPropertyInArea: input.noPropertyInArea == true, propertyInOtherProvince: input.propertyInOtherProvince == true,
            entrustingCourt: try CourtCode(parsing: row.court.caseNumberCode, field: "courtCode"), entrustingLevel: try row.court.courtLevel,
            entrustedCourt: try CourtCode(parsing: court.caseNumberCode, field: "courtCode"), entrustedLevel: try court.courtLevel)
        let refusals = EntrustmentRules.refusals(request)
        if let state = refusals.first(where: { $0.field == nil }) {
            throw AppError.conflict(state.code, CaseService.joined(state.reasons))
        }
        if let bad = refusals.first {
            throw AppError.badRequest(bad.code, CaseService.joined(bad.reasons), field: bad.field)
        }
        let entrustment = CaseEntrustment()
        entrustment.id = effects.ids.next()
        entrustment.$enforcementCase.id = caseID
        entrustment.$fromCourt.id = actor.organisationID
        entrustment.$toCourt.id = courtID
        entrustment.entrustedOn = date.iso
        entrustment.noPropertyInArea = request.noPropertyInArea
        entrustment.propertyInOtherProvince = request.propertyInOtherProvince
        entrustment.note = note
        entrustment.entrustedBy = actor.displayName
        let reasons = EntrustmentRules.reasons(request)
        try await db.writeTransaction { tx in
            guard let fresh = try await EnforcementCase.find(caseID, on: tx), fresh.version == input.version else {
                throw AppError.staleVersion()
            }
            try await entrustment.create(on: tx)
            fresh.version += 1
            try await fresh.save(on: tx)
            var changes = ChangeSet()
            changes.record("entrusted_court", from: nil, to: court.code)
            changes.record("findings", from: nil, to: reasons.map { "\($0.message.zh)（\($0.articleZh)）" }.joined(separator: "；"))
            try await AuditLog.append(on: tx, at: now, actor: actor.auditActor, action: "case.entrust", entity: "enforcement_case",
                                      entityID: caseID.uuidString, ownerPath: row.court.path, changes: changes.changes)
        }
        entrustment.$toCourt.value = court
        entrustment.$fromCourt.value = row.court
        entrustment.$enforcementCase.value = row
        return try dto(entrustment)
    }

    /// Whether the case page offers the entrust form: the policy allows it (the owning court's judge or bureau head), an open
    /// implementation case not entrusted yet (the core has the last word on submit).
    static func offered(_ detail: CaseDetailDTO, to user: CurrentUser) -> Bool {
        detail.allowedActions.contains(.entrust) && detail.entrustment == nil && detail.assessment.status != .closed
            && EntrustmentRules.mayBeEntrusted(detail.assessment.caseType)
    }

    // MARK: - The entrusted court's inbox

    /// The entrustments addressed to the user's own court and not filed yet, oldest first. Anyone else's
    /// inbox is never read: the filter is the user's organisation.
    static func inbox(as user: CurrentUser, on db: any Database) async throws -> [DTO] {
        let rows = try await CaseEntrustment.query(on: db).filter(\.$toCourt.$id == user.organisationID)
            .filter(\.$acceptedCaseID == nil).with(\.$enforcementCase).with(\.$fromCourt).with(\.$toCourt)
            .sort(\.$entrustedOn).sort(\.$createdAt).limit(200).all()
        return try rows.map(dto)
    }

    static func inboxCount(as user: CurrentUser, on db: any Database) async throws -> Int {
        try await CaseEntrustment.query(on: db).filter(\.$toCourt.$id == user.organisationID).filter(\.$acceptedCaseID == nil).count()
    }

    static func dto(_ e: CaseEntrustment) throws -> DTO {
        guard let owner = e.$enforcementCase.value, let from = e.$fromCourt.value, let to = e.$toCourt.value else {
            throw AppError(status: .internalServerError, code: "data.entrustment", message: .init(zh: "委托记录不完整。", en: "Incomplete entrustment record."))
        }
        return DTO(id: try e.requireID(), caseNumber: owner.caseNumber, fromCourt: from.code, fromCourtName: from.nameZh,
                   toCourt: to.code, toCourtName: to.nameZh, entrustedOn: e.entrustedOn, noPropertyInArea: e.noPropertyInArea,
                   propertyInOtherProvince: e.propertyInOtherProvince, note: e.note, entrustedBy: e.entrustedBy,
                   status: e.acceptedCaseID == nil ? "pending" : "filed", filedCaseNumber: e.acceptedCaseNumber, filedOn: e.acceptedOn)
    }

    // MARK: - Filing by the entrusted court

    /// The entrusted court files the case as its own (Art.2 para.1): a new 执 case of its court and year,
    /// with the basis and parties copied and what is still outstanding as the sum to enforce; the
    /// entrusting court's case is closed as entrusted in the same transaction (its filing notice is
    /// delivered at once). Another court's entrustment is 404; a role that may not file, 403.
    static func accept(_ id: UUID, as actor: CurrentUser, effects: Effects, on db: any Database) async throws -> Filed {
        guard let entrustment = try await CaseEntrustment.query(on: db).filter(\.$id == id)
                .filter(\.$toCourt.$id == actor.organisationID).with(\.$toCourt).with(\.$fromCourt).first() else {
            throw AppError.notFound()
        }
        try actor.require(.fileEntrustment, on: entrustment.toCourt.place)
        guard entrustment.acceptedCaseID == nil else {
            throw AppError.conflict("entrustment.already_filed", .init(zh: "该委托已经立案。", en: "This entrustment has already been filed."))
        }
        let ownerID = entrustment.$enforcementCase.id
        guard let owner = try await EnforcementCase.query(on: db).filter(\.$id == ownerID).with(\.$court).first() else {
            throw AppError.notFound()
        }
        let now = effects.clock.now()
        let today = LocalDate.inChina(now)
        let calendar = try await effects.calendars.calendar(on: db)
        let events = try await CaseEvent.query(on: db).filter(\.$enforcementCase.$id == ownerID).sort(\.$seq).all()
        let parties = try await CaseParty.query(on: db).filter(\.$enforcementCase.$id == ownerID).sort(\.$position).all()
        let ownerFacts = try CaseFacts.facts(of: owner, events: events, entrustment: entrustment, asOf: today)
        let outstanding = EnforcementRules.assess(ownerFacts, calendar: calendar).amounts.outstanding
        let court = try CourtCode(parsing: actor.organisationCode.split(separator: "-").first.map(String.init) ?? actor.organisationCode)
        return try await db.writeTransaction { tx in
            // Filed once: a second acceptance of the same entrustment (a double click, two clerks) is refused.
            guard let current = try await CaseEntrustment.find(id, on: tx), current.acceptedCaseID == nil else {
                throw AppError.conflict("entrustment.already_filed", .init(zh: "该委托已经立案。", en: "This entrustment has already been filed."))
            }
            let type = CaseType.enforcement
            let serial = try await CaseNumbers.nextSerial(court: actor.organisationID, year: today.year, type: type.rawValue, on: tx)
            let number = try CaseNumber(year: today.year, court: court, type: type, serial: serial, field: "date")
            // Art.2 para.1: the entrusted court files the case as its own, enforcing what is still outstanding; Art.3
            // para.1: it is where the property is, at the entrusting court's level.
            let filing = EnforcementFacts(
                caseType: type, filedOn: today, basis: ownerFacts.basis,
                jurisdiction: JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: true,
                                                sameLevelAsFirstInstance: owner.sameLevelAsFirstInstance || owner.isFirstInstanceCourt),
                amountApplied: outstanding, nonLitigation: ownerFacts.nonLitigation, events: [], asOf: today)
            let check = EnforcementRules.checkFiling(filing, calendar: calendar)
            if let issue = check.issues.first(where: \.refuses) {
                throw AppError.conflict("filing.\(issue.code)", CaseService.joined(issue.reasons))
            }
            let row = EnforcementCase(id: effects.ids.next(), court: actor.organisationID, filing: filing, obligations: owner.basisObligations, number: number,
                                      warnings: check.warnings, accessCodeHash: owner.accessCodeHash, linkedTo: ownerID,
                                      linkKind: .entrusted)
            try await row.create(on: tx)
            let newID = try row.requireID()
            for p in parties { try await p.copy(to: newID).create(on: tx) }
            let filed = CaseEvent()
            filed.id = effects.ids.next()
            filed.$enforcementCase.id = newID
            filed.seq = 1
            filed.kind = EnforcementEventKind.filed.rawValue
            filed.date = today.iso
            filed.note = "受托执行 \(owner.caseNumber)（\(entrustment.fromCourt.nameZh)）"
            filed.actorID = actor.id
            filed.actorName = actor.displayName
            try await filed.create(on: tx)
            try await CaseService.refresh(row, events: [filed], entrustment: nil, today: today, calendar: calendar, on: tx)

            entrustment.acceptedCaseID = newID
            entrustment.acceptedCaseNumber = number.description
            entrustment.acceptedOn = today.iso
            entrustment.acceptedBy = actor.displayName
            try await entrustment.save(on: tx)

            // 委托结案 on the owner's case, which the core allows only now that the entrusted court has filed.
            guard let fresh = try await EnforcementCase.query(on: tx).filter(\.$id == ownerID).with(\.$court).first() else {
                throw AppError.notFound()
            }
            let freshEvents = try await CaseEvent.query(on: tx).filter(\.$enforcementCase.$id == ownerID).sort(\.$seq).all()
            let closure = EnforcementEvent(kind: .closedEntrusted, date: today, note: number.description)
            try CaseService.ensureAllowed(closure, after: try CaseFacts.facts(of: fresh, events: freshEvents, entrustment: entrustment, asOf: today),
                                          calendar: calendar)
            let closed = CaseEvent()
            closed.id = effects.ids.next()
            closed.$enforcementCase.id = ownerID
            closed.seq = (freshEvents.last?.seq ?? 0) + 1
            closed.kind = EnforcementEventKind.closedEntrusted.rawValue
            closed.date = today.iso
            closed.note = "\(entrustment.toCourt.nameZh)立案 \(number.description)"
            // The entrusting court's own record, made on receiving the filing notice; who triggered it is in the audit log.
            closed.actorID = nil
            closed.actorName = entrustment.fromCourt.nameZh
            try await closed.create(on: tx)
            fresh.version += 1
            try await CaseService.refresh(fresh, events: freshEvents + [closed], entrustment: entrustment, today: today, calendar: calendar, on: tx)

            try await AuditLog.append(on: tx, at: now, actor: actor.auditActor, action: "case.entrust.file", entity: "enforcement_case",
                                      entityID: newID.uuidString, ownerPath: actor.organisationPath,
                                      changes: ["case_number": .init(from: nil, to: number.description),
                                                "entrusted_by": .init(from: nil, to: owner.caseNumber)])
            try await AuditLog.append(on: tx, at: now, actor: actor.auditActor, action: "case.closedEntrusted", entity: "enforcement_case",
                                      entityID: ownerID.uuidString, ownerPath: fresh.court.path,
                                      changes: ["closure": .init(from: nil, to: ClosureKind.entrusted.rawValue),
                                                "entrusted_case": .init(from: nil, to: number.description)])
            return Filed(id: newID, caseNumber: number.description)
        }
    }

    // MARK: - The link both ways, on each case page

    /// The other side of an entrustment, for the case page of either case. `href` only when the user may
    /// open the other case (a user of one court never may open the other's).
    static func link(of row: EnforcementCase, sent: CaseEntrustment?, as user: CurrentUser, on db: any Database) async throws -> EntrustmentLinkDTO? {
        if let sent {
            var href: String? = nil
            if let other = sent.acceptedCaseID, try await CaseService.find(other, as: user, on: db) != nil { href = Paths.enforcementCase(other) }
            return EntrustmentLinkDTO(direction: "sent", court: sent.toCourt.code, courtNameZh: sent.toCourt.nameZh, courtNameEn: sent.toCourt.nameEn,
                                      entrustedOn: sent.entrustedOn, filedOn: sent.acceptedOn, caseNumber: sent.acceptedCaseNumber, href: href)
        }
        guard try row.caseLinkKind == .entrusted, let id = row.id,
              let received = try await CaseEntrustment.query(on: db).filter(\.$acceptedCaseID == id)
                .with(\.$fromCourt).with(\.$enforcementCase).first(),
              let owner = received.$enforcementCase.value else { return nil }
        var href: String? = nil
        if try await CaseService.find(try owner.requireID(), as: user, on: db) != nil { href = Paths.enforcementCase(try owner.requireID()) }
        return EntrustmentLinkDTO(direction: "received", court: received.fromCourt.code, courtNameZh: received.fromCourt.nameZh,
                                  courtNameEn: received.fromCourt.nameEn, entrustedOn: received.entrustedOn, filedOn: received.acceptedOn,
                                  caseNumber: owner.caseNumber, href: href)
    }
}

/// The other case of an entrustment: the entrusted court's (`sent`) or the entrusting court's (`received`).
struct EntrustmentLinkDTO: Content {
    let direction: String
    let court: String
    let courtNameZh: String
    let courtNameEn: String
    let entrustedOn: String
    let filedOn: String?
    /// The other case's number (`nil` while the entrusted court has not filed).
    let caseNumber: String?
    let href: String?
}
