import Fluent
import Vapor
import ZhixingCore

/// Cases born of other cases: an objection (执异) or reconsideration (执复) against an act, a
/// restoration (执恢) after 终本, and an assistance request to another court (执协). Each is one transaction
/// with its audit events. Entrusting a whole case to another court is `Entrustments`.
enum CaseLinks {
    enum Kind: String, Sendable, CaseIterable {
        /// 执行异议 against an enforcement act (CPL 2023 Art.236), or 案外人异议 (Art.238)
        case objection
        case thirdPartyObjection
        /// 执行复议, to the court one level up
        case reconsideration
        /// 执行协助 request to another court
        case assistance
        /// 恢复执行 after 终本 (or a breached settlement)
        case restoration

        var caseType: CaseType {
            switch self {
            case .objection, .thirdPartyObjection: .objection
            case .reconsideration: .reconsideration
            case .assistance: .coordination
            case .restoration: .restoredEnforcement
            }
        }
    }

    struct Input: Content {
        let kind: String
        let date: String?
        /// For `assistance`: the court asked (`京0108`). For `reconsideration`: defaults to the court one level up.
        let courtCode: String?
        /// Who brings it (objector, applicant for reconsideration), for the record.
        let broughtBy: String?
        let note: String?
    }

    struct Created: Content {
        let id: UUID
        let caseNumber: String
    }

    static func create(from caseID: UUID, _ input: Input, as actor: CurrentUser, effects: Effects, on db: any Database) async throws -> Created {
        guard let kind = Kind(rawValue: input.kind) else {
            throw AppError.badRequest("link.kind", .init(zh: "关联案件种类无效：\(input.kind)", en: "Unknown kind of linked case: \(input.kind)"), field: "kind")
        }
        let now = effects.clock.now()
        let today = LocalDate.inChina(now)
        let date = try input.date.map { try InputBounds.date($0, field: "date") } ?? today
        if date > today {
            throw AppError.badRequest("date.future", .init(zh: "日期不能晚于今天。", en: "The date cannot be in the future."), field: "date")
        }
        guard let original = try await CaseService.find(caseID, as: actor, on: db) else { throw AppError.notFound() }
        try actor.require(.openLinkedCase, on: original.court.place)
        let court: Organisation
        switch kind {
        case .reconsideration:
            // 执行复议 goes to the court one level up (CPL 2023 Art.236).
            guard let parentID = original.court.$parent.id, let parent = try await Organisation.find(parentID, on: db) else {
                throw AppError.badRequest("link.no_superior", .init(zh: "本院没有上一级法院。", en: "This court has no superior court."), field: "courtCode")
            }
            court = parent
        case .assistance:
            guard let code = input.courtCode, let other = try await CourtDirectory.court(code: code, on: db), other.id != original.$court.id else {
                throw AppError.badRequest("link.court", .init(zh: "请指定另一法院的代字。", en: "Name another court by its code."), field: "courtCode")
            }
            court = other
        case .objection, .thirdPartyObjection, .restoration:
            court = original.court
        }
        guard let courtID = court.id, let originalID = original.id else { throw AppError.notFound() }
        let calendar = try await effects.calendars.calendar(on: db)
        let events = try await CaseEvent.query(on: db).filter(\.$enforcementCase.$id == originalID).sort(\.$seq).all()
        let entrustment = try await Entrustments.sent(by: originalID, on: db)
        let originalFacts = try CaseFacts.facts(of: original, events: events, entrustment: entrustment, asOf: today)
        if kind == .restoration {
            try CaseService.ensureAllowed(EnforcementEvent(kind: .restored, date: date), after: originalFacts, calendar: calendar)
        }
        let parties = try await CaseParty.query(on: db).filter(\.$enforcementCase.$id == originalID).sort(\.$position).all()
        // A restored case enforces what is still outstanding (`RestorationRules`); the others concern the original sum.
        let amountApplied = kind == .restoration
            ? RestorationRules.amountApplied(afterRestoring: EnforcementRules.assess(originalFacts, calendar: calendar).amounts)
            : originalFacts.amountApplied
        let filing = EnforcementFacts(caseType: kind.caseType, filedOn: date, basis: originalFacts.basis,
                                      jurisdiction: originalFacts.jurisdiction, amountApplied: amountApplied,
                                      nonLitigation: originalFacts.nonLitigation, events: [], asOf: today)
        return try await db.writeTransaction { tx in
            let type = kind.caseType
            let serial = try await CaseNumbers.nextSerial(court: courtID, year: date.year, type: type.rawValue, on: tx)
            let number = try CaseNumber(year: date.year, court: try CourtCode(parsing: court.caseNumberCode), type: type, serial: serial, field: "date")
            let row = EnforcementCase(id: effects.ids.next(), court: courtID, filing: filing, obligations: original.basisObligations, number: number,
                                      warnings: [], accessCodeHash: original.accessCodeHash, linkedTo: originalID, linkKind: CaseLinkKind(kind))
            try await row.create(on: tx)
            guard let newID = row.id else { throw AppError.notFound() }
            for p in parties {
                try await p.copy(to: newID).create(on: tx)
            }
            let filed = CaseEvent()
            filed.id = effects.ids.next()
            filed.$enforcementCase.id = newID
            filed.seq = 1
            filed.kind = EnforcementEventKind.filed.rawValue
            filed.date = date.iso
            filed.note = [input.broughtBy, input.note].compactMap { $0 }.joined(separator: " · ").nilIfEmpty
            filed.actorID = actor.id
            filed.actorName = actor.displayName
            try await filed.create(on: tx)
            try await CaseService.refresh(row, events: [filed], entrustment: nil, today: today, calendar: calendar, on: tx)
            if kind == .restoration {
                let restored = CaseEvent()
                restored.id = effects.ids.next()
                restored.$enforcementCase.id = originalID
                restored.seq = (events.last?.seq ?? 0) + 1
                restored.kind = EnforcementEventKind.restored.rawValue
                restored.date = date.iso
                restored.note = row.caseNumber
                restored.actorID = actor.id
                restored.actorName = actor.displayName
                try await restored.create(on: tx)
                original.version += 1
                try await CaseService.refresh(original, events: events + [restored], entrustment: entrustment, today: today,
                                              calendar: calendar, on: tx)
            }
            try await AuditLog.append(on: tx, at: now, actor: actor.auditActor, action: "case.link.\(kind.rawValue)", entity: "enforcement_case",
                                      entityID: newID.uuidString, ownerPath: court.path,
                                      changes: ["case_number": .init(from: nil, to: row.caseNumber), "linked_to": .init(from: nil, to: original.caseNumber)])
            return Created(id: newID, caseNumber: row.caseNumber)
        }
    }

    /// The teams that took acts on `caseID` (its team now and any it had before), by name, for 审执分离.
    static func actingTeams(of caseID: UUID, on db: any Database) async throws -> Set<String> {
        var ids = Set<UUID>()
        if let team = try await EnforcementCase.find(caseID, on: db)?.$team.id { ids.insert(team) }
        let reassignments = try await AuditEvent.query(on: db).filter(\.$entityID == caseID.uuidString).filter(\.$action == "case.reassign").all()
        for event in reassignments {
            if let changes = try? JSONDecoder().decode([String: AuditChange].self, from: Data(event.changes.utf8)),
               let from = changes["team"]?.from.flatMap(UUID.init(uuidString:)) { ids.insert(from) }
        }
        return Set(try await Team.query(on: db).filter(\.$id ~~ Array(ids)).all().map { $0.id?.uuidString ?? "" })
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
