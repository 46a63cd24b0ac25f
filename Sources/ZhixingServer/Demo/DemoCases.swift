import Fluent
import Vapor
import ZhixingCore

/// Demo and benchmark cases from the core's deterministic generator (`DemoCaseGenerator`): each case
/// is assessed by the core for its status and deadlines, then filed with a number from its court's
/// counter, its parties, its lifecycle events and its audit event — a batch at a time, in one
/// transaction with multi-row inserts, so that a million cases take minutes rather than hours.
enum DemoCases {
    /// The access code of every demo case (demo data only), so that the party portal can be tried.
    static let accessCode = "ZXDEMO2026"

    struct Outcome: Sendable {
        let created: Int
        let skipped: Bool
    }

    /// Seeds `count` cases unless cases exist already (idempotent for `serve --demo`).
    @discardableResult
    static func seed(count: Int, on app: Application, seed: UInt64 = 2026, batchSize: Int = 200,
                     progress: (@Sendable (Int) -> Void)? = nil) async throws -> Outcome {
        let db = app.db
        if try await EnforcementCase.query(on: db).count() > 0, progress == nil { return Outcome(created: 0, skipped: true) }
        var courts: [DemoCourt] = []
        var courtRows: [String: Organisation] = [:]
        for court in DemoCourt.samples {
            if let row = try await Organisation.query(on: db).filter(\.$code == court.code).first() {
                courts.append(court)
                courtRows[court.code] = row
            }
        }
        guard !courts.isEmpty else { return Outcome(created: 0, skipped: true) }
        let teams = try await demoTeams(on: app, courts: courtRows)
        let calendar = try await app.effects.calendars.calendar(on: db)
        let plan = Plan(generator: DemoCaseGenerator(seed: seed), courts: courts, rows: courtRows, teams: teams,
                        today: LocalDate.inChina(app.effects.clock.now()), calendar: calendar,
                        codeHash: APITokens.hash(accessCode), ids: app.effects.ids)
        let now = app.effects.clock.now()
        let batchSize = max(1, batchSize)
        // The next batch is generated and assessed (on the other cores) while this one is written.
        func prepare(from lower: Int) -> Task<[Prepared], any Error> {
            let upper = min(count, lower + batchSize)
            return Task { try await plan.prepare(lower..<upper) }
        }
        var created = 0
        var pending: Task<[Prepared], any Error>? = prepare(from: 0)
        var next = batchSize
        while let task = pending {
            let batch = try await task.value
            pending = next < count ? prepare(from: next) : nil
            next += batchSize
            try await db.writeTransaction { tx in try await write(batch, at: now, on: tx) }
            created += batch.count
            progress?(created)
        }
        return Outcome(created: created, skipped: false)
    }

    /// One generated case as rows, assessed, before its number is allocated.
    struct Prepared: @unchecked Sendable {
        let row: EnforcementCase
        let court: Organisation
        let parties: [CaseParty]
        let events: [CaseEvent]
    }

    /// What every case of a run shares: the generator, the courts and teams, "today" and the calendar.
    struct Plan: Sendable {
        let generator: DemoCaseGenerator
        let courts: [DemoCourt]
        let rows: [String: Organisation]
        let teams: [String: UUID]
        let today: LocalDate
        let calendar: StatutoryCalendar
        let codeHash: String
        /// New rows' ids (`Effects.ids`).
        let ids: IDGenerator

        /// The cases with these indices, generated and assessed in parallel, in filing-date order (so
        /// that numbers follow filing dates, as in a real court).
        func prepare(_ indices: Range<Int>) async throws -> [Prepared] {
            let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, indices.count / 50))
            let size = (indices.count + parts - 1) / parts
            let prepared = try await withThrowingTaskGroup(of: [Prepared].self) { group in
                for part in 0..<parts {
                    let lower = indices.lowerBound + part * size
                    let upper = min(indices.upperBound, lower + size)
                    guard lower < upper else { continue }
                    group.addTask { try (lower..<upper).compactMap { try prepare(index: $0) } }
                }
                var all: [Prepared] = []
                for try await part in group { all += part }
                return all
            }
            return prepared.sorted { ($0.row.filedOn, $0.row.basisDocumentNumber) < ($1.row.filedOn, $1.row.basisDocumentNumber) }
        }

        func prepare(index: Int) throws -> Prepared? {
            let demo = generator.makeCase(index: index, courts: courts, from: today.adding(years: -3), to: today)
            guard let court = rows[demo.court], let courtID = court.id else { return nil }
            let caseID = ids.next()
            let team = demo.events.contains { $0.kind == .handlerAssigned } ? teams[demo.court] : nil
            // Numbered by batch in `write`, from the court's counter.
            let row = EnforcementCase(id: caseID, court: courtID, filing: demo.filing, obligations: nil, number: nil,
                                      warnings: [], accessCodeHash: codeHash, team: team)
            let parties = demo.parties.enumerated().map { position, party in
                CaseParty(party, caseID: caseID, position: position, id: ids.next())
            }
            var events: [CaseEvent] = []
            for (i, demoEvent) in demo.events.enumerated() {
                let e = CaseEvent()
                e.id = ids.next()
                e.$enforcementCase.id = caseID
                e.seq = i + 1
                e.kind = demoEvent.kind.rawValue
                e.date = demoEvent.date.iso
                e.amountFen = demoEvent.amount?.fen
                e.propertyFound = demoEvent.propertyFound
                e.note = nil
                e.measure = nil
                if let assetIndex = demoEvent.assetIndex, demo.assets.indices.contains(assetIndex) {
                    let asset = demo.assets[assetIndex]
                    e.note = asset.holderInstitution + " · " + asset.description + " · " + asset.estimatedValue.formatted
                    if demoEvent.kind == .measureTaken {
                        e.measure = try CaseFacts.encode(ControlMeasure(
                            id: "M\(assetIndex + 1)", kind: measureKind(asset.kind), asset: assetKind(asset.kind), rank: .first,
                            startsOn: demoEvent.date))
                    }
                }
                e.actorID = nil
                e.actorName = "演示数据"
                events.append(e)
            }
            // Status, closure, deadlines and amounts are the core's assessment, as for any case.
            try CaseService.summarise(row, events: events, entrustment: nil, today: today, calendar: calendar)
            return Prepared(row: row, court: court, parties: parties, events: events)
        }
    }

    /// Numbers the batch from the courts' counters, then writes its cases, parties, events and one
    /// audit event per case with multi-row inserts, in the caller's transaction.
    private static func write(_ batch: [Prepared], at now: Date, on tx: any Database) async throws {
        struct Key: Hashable { let court: UUID; let year: Int }
        var serials: [Key: Int] = [:]
        var counts: [Key: Int] = [:]
        for prepared in batch { counts[Key(court: prepared.row.$court.id, year: prepared.row.year), default: 0] += 1 }
        for (key, n) in counts.sorted(by: { ($0.key.court.uuidString, $0.key.year) < ($1.key.court.uuidString, $1.key.year) }) {
            serials[key] = try await CaseNumbers.reserve(n, court: key.court, year: key.year, type: CaseType.enforcement.rawValue, on: tx).lowerBound
        }
        var audit: [AuditLog.Entry] = []
        audit.reserveCapacity(batch.count)
        for prepared in batch {
            let row = prepared.row
            let key = Key(court: row.$court.id, year: row.year)
            guard let serial = serials[key] else { continue }
            serials[key] = serial + 1
            row.assign(try CaseNumber(year: row.year, court: try CourtCode(parsing: prepared.court.code), type: .enforcement, serial: serial))
            audit.append(.init(actor: .system("demo"), action: "case.file", entity: "enforcement_case",
                               entityID: row.id?.uuidString ?? "", ownerPath: prepared.court.path,
                               changes: ["case_number": .init(from: nil, to: row.caseNumber),
                                         "events": .init(from: nil, to: String(prepared.events.count))]))
        }
        try await BulkInsert.insert(into: EnforcementCase.schema, columns: caseColumns, rows: batch.map { caseValues($0.row, now) }, on: tx)
        // Model inserts keep the counts through `CaseCountsMiddleware`; these rows bypass it.
        var counted: [CaseCounts.Key: Int] = [:]
        for prepared in batch { counted[try CaseCounts.key(of: prepared.row), default: 0] += 1 }
        try await CaseCounts.adjust(counted, on: tx)
        try await BulkInsert.insert(into: CaseParty.schema, columns: partyColumns, rows: batch.flatMap { $0.parties.map(partyValues) }, on: tx)
        try await BulkInsert.insert(into: CaseEvent.schema, columns: eventColumns, rows: batch.flatMap { $0.events.map { eventValues($0, now) } }, on: tx)
        try await AuditLog.appendAll(on: tx, at: now, audit)
    }

    // The columns of the three tables as the migrations create them, and each row's values in that order.

    static let caseColumns = [
        "id", "court_id", "year", "type_code", "serial", "case_number", "filed_on", "basis_kind", "basis_issuing_body",
        "basis_document_number", "basis_effective_on", "basis_amount_fen", "basis_obligations", "amount_applied_fen",
        "non_litigation", "first_instance_court", "property_in_area", "same_level", "filing_warnings", "team_id", "status",
        "closure", "next_due_date", "overdue", "amount_received_fen", "access_code_hash", "linked_case_id", "link_kind",
        "entrusted_court_id", "version", "created_at", "updated_at", "standing", "closed_on", "amount_outstanding_fen",
        "next_measure_expiry", "next_follow_up_due", "summary_version",
    ]

    static func caseValues(_ r: EnforcementCase, _ now: Date) -> [BulkInsert.Value] {
        [r.id, r.$court.id, r.year, r.typeCode, r.serial, r.caseNumber, r.filedOn, r.basisKind, r.basisIssuingBody,
         r.basisDocumentNumber, r.basisEffectiveOn, r.basisAmountFen, r.basisObligations, r.amountAppliedFen,
         r.nonLitigation, r.isFirstInstanceCourt, r.propertyInCourtArea, r.sameLevelAsFirstInstance, r.filingWarnings, r.$team.id, r.status,
         r.closure, r.nextDueDate, r.overdue, r.amountReceivedFen, r.accessCodeHash, r.linkedCaseID, r.linkKind,
         r.$entrustedCourt.id, r.version, now, now, r.standing, r.closedOn, r.amountOutstandingFen,
         r.nextMeasureExpiry, r.nextFollowUpDue, r.summaryVersion]
    }

    static let partyColumns = [
        "id", "case_id", "role", "kind", "name", "identity_number", "credit_code", "legal_representative", "phone", "address",
        "agent_for", "position",
    ]

    static func partyValues(_ p: CaseParty) -> [BulkInsert.Value] {
        [p.id, p.$enforcementCase.id, p.role, p.kind, p.name, p.identityNumber, p.creditCode, p.legalRepresentative, p.phone, p.address,
         p.agentFor, p.position]
    }

    static let eventColumns = [
        "id", "case_id", "seq", "kind", "date", "amount_fen", "measure", "property_found", "note", "actor_id", "actor_name", "created_at",
    ]

    static func eventValues(_ e: CaseEvent, _ now: Date) -> [BulkInsert.Value] {
        [e.id, e.$enforcementCase.id, e.seq, e.kind, e.date, e.amountFen, e.measure, e.propertyFound, e.note, e.actorID, e.actorName, now]
    }

    static func assetKind(_ kind: DemoAssetKind) -> AssetKind {
        switch kind {
        case .bankDeposit: .bankDeposit
        case .realEstate: .realEstate
        case .vehicle: .vehicle
        case .securities: .securities
        case .equity: .equity
        case .other: .otherRight
        }
    }

    static func measureKind(_ kind: DemoAssetKind) -> ControlMeasureKind {
        switch kind {
        case .bankDeposit, .securities, .equity, .other: .freeze
        case .realEstate: .seal
        case .vehicle: .seize
        }
    }

    /// One team per demo court that has the demo judge, assistant, judicial police and clerk (京0105).
    private static func demoTeams(on app: Application, courts: [String: Organisation]) async throws -> [String: UUID] {
        var result: [String: UUID] = [:]
        for (code, court) in courts {
            guard let courtID = court.id else { continue }
            if let existing = try await Team.query(on: app.db).filter(\.$court.$id == courtID).first(), let id = existing.id {
                result[code] = id
                continue
            }
            let users = try await User.query(on: app.db).filter(\.$organisation.$id == courtID).all()
            guard let judge = try users.first(where: { try $0.userRole == .enforcementJudge }), let judgeID = judge.id else { continue }
            let team = Team()
            team.$court.id = courtID
            team.name = "执行一组"
            team.$judge.id = judgeID
            team.$assistant.id = try users.first { try $0.userRole == .assistantJudge }?.id
            team.$police.id = try users.first { try $0.userRole == .judicialPolice }?.id
            team.$clerk.id = try users.first { try $0.userRole == .clerk }?.id
            try await app.db.writeTransaction { tx in
                try await team.create(on: tx)
                try await AuditLog.append(on: tx, at: app.effects.clock.now(), actor: .system("demo"), action: "team.create", entity: "team",
                                          entityID: try team.requireID().uuidString, ownerPath: court.path,
                                          changes: ["name": .init(from: nil, to: team.name)])
            }
            if let id = team.id { result[code] = id }
        }
        return result
    }
}
