import Fluent
import Vapor
import ZhixingCore

/// Demo and benchmark cases from the core's deterministic generator (`DemoCaseGenerator`): each case
/// is filed with a number from the court's counter, its parties, its lifecycle events and its audit
/// event, in one transaction per batch; the core then assesses it for its status and deadlines.
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
        let rows = courtRows
        let today = LocalDate.inChina(app.clock.now())
        let from = today.adding(years: -3)
        let generator = DemoCaseGenerator(seed: seed)
        let calendar = app.ruleContext.calendar
        let codeHash = APITokens.hash(accessCode)
        let now = app.clock.now()
        var created = 0
        var index = 0
        while index < count {
            let upper = min(count, index + batchSize)
            // Filed in date order within a batch, so that numbers follow filing dates as in a real court.
            let batch = (index..<upper).map { generator.makeCase(index: $0, courts: courts, from: from, to: today) }
                .sorted { $0.filedOn < $1.filedOn }
            try await db.transaction { tx in
                for demo in batch {
                    guard let court = rows[demo.court], let courtID = court.id else { continue }
                    try await insert(demo, court: court, courtID: courtID, team: teams[demo.court], codeHash: codeHash,
                                     today: today, calendar: calendar, now: now, on: tx)
                }
            }
            created += batch.count
            index = upper
            progress?(created)
        }
        return Outcome(created: created, skipped: false)
    }

    private static func insert(_ demo: DemoCase, court: Organisation, courtID: UUID, team: UUID?, codeHash: String,
                               today: LocalDate, calendar: StatutoryCalendar, now: Date, on tx: any Database) async throws {
        let type: CaseType = .enforcement
        let serial = try await CaseNumbers.nextSerial(court: courtID, year: demo.filedOn.year, type: type.rawValue, on: tx)
        let number = CaseNumber(year: demo.filedOn.year, court: try CourtCode(parsing: demo.court), type: type, serial: serial)
        let row = EnforcementCase()
        row.$court.id = courtID
        row.year = demo.filedOn.year
        row.typeCode = type.rawValue
        row.serial = serial
        row.caseNumber = number.description
        row.filedOn = demo.filedOn.iso
        row.basisKind = demo.basis.kind.rawValue
        row.basisIssuingBody = demo.basis.issuingBody
        row.basisDocumentNumber = demo.basis.documentNumber
        row.basisEffectiveOn = demo.basis.effectiveOn.iso
        row.basisAmountFen = demo.basis.amountAwarded.fen
        row.amountAppliedFen = demo.amountApplied.fen
        row.nonLitigation = demo.basis.kind.rawValue == ExecutionBasisKind.administrativeDecision.rawValue
        row.isFirstInstanceCourt = true
        row.propertyInCourtArea = true
        row.sameLevelAsFirstInstance = true
        row.filingWarnings = "[]"
        row.status = "filed"
        row.overdue = false
        row.amountReceivedFen = 0
        row.accessCodeHash = codeHash
        row.version = 1
        if demo.events.contains(where: { $0.kind == .handlerAssigned }) { row.$team.id = team }
        try await row.create(on: tx)
        guard let caseID = row.id else { return }
        for (position, (role, party)) in (demo.applicants.map { ("applicant", $0) } + demo.debtors.map { ("debtor", $0) }).enumerated() {
            let p = CaseParty()
            p.$enforcementCase.id = caseID
            p.role = role
            p.kind = party.kind == .organisation ? "organisation" : "naturalPerson"
            p.name = party.name
            p.identityNumber = party.identityNumber
            p.creditCode = party.creditCode
            p.legalRepresentative = party.legalRepresentative
            p.phone = party.phone
            p.address = party.address
            p.position = position
            try await p.create(on: tx)
        }
        var events: [CaseEvent] = []
        for (i, demoEvent) in demo.events.enumerated() {
            let e = CaseEvent()
            e.$enforcementCase.id = caseID
            e.seq = i + 1
            e.kind = demoEvent.kind.rawValue
            e.date = demoEvent.date.iso
            e.amountFen = demoEvent.amount?.fen
            e.propertyFound = demoEvent.propertyFound
            if let assetIndex = demoEvent.assetIndex, demo.assets.indices.contains(assetIndex) {
                let asset = demo.assets[assetIndex]
                e.note = asset.holderInstitution + " · " + asset.description + " · " + asset.estimatedValue.formatted
                if demoEvent.kind == .measureTaken {
                    e.measure = try CaseFacts.encode(ControlMeasure(
                        id: "M\(assetIndex + 1)", kind: measureKind(asset.kind), asset: assetKind(asset.kind), rank: .first,
                        startsOn: demoEvent.date))
                }
            }
            e.actorName = "演示数据"
            try await e.create(on: tx)
            events.append(e)
        }
        try await CaseService.refresh(row, events: events, today: today, calendar: calendar, on: tx)
        try await AuditLog.append(on: tx, at: now, actor: .system("demo"), action: "case.file", entity: "enforcement_case",
                                  entityID: caseID.uuidString, ownerPath: court.path,
                                  changes: ["case_number": .init(from: nil, to: row.caseNumber), "events": .init(from: nil, to: String(events.count))])
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
            guard let judge = users.first(where: { $0.role == Role.enforcementJudge.rawValue }), let judgeID = judge.id else { continue }
            let team = Team()
            team.$court.id = courtID
            team.name = "执行一组"
            team.$judge.id = judgeID
            team.$assistant.id = users.first { $0.role == Role.assistantJudge.rawValue }?.id
            team.$police.id = users.first { $0.role == Role.judicialPolice.rawValue }?.id
            team.$clerk.id = users.first { $0.role == Role.clerk.rawValue }?.id
            try await app.db.transaction { tx in
                try await team.create(on: tx)
                try await AuditLog.append(on: tx, at: app.clock.now(), actor: .system("demo"), action: "team.create", entity: "team",
                                          entityID: team.id?.uuidString ?? "", ownerPath: court.path,
                                          changes: ["name": .init(from: nil, to: team.name)])
            }
            if let id = team.id { result[code] = id }
        }
        return result
    }
}
