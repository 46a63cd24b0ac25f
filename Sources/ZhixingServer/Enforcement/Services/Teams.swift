import Fluent
import Vapor
import ZhixingCore

/// Enforcement teams (执行团队: judge + assistant judge + judicial police + clerk, Outline 2019-2023 item 15),
/// their queues, and assigning a case to a team (which fixes the case handler, 2006 Provisions Art.2).
enum Teams {
    struct NewTeam: Content {
        let name: String
        let judge: String
        let assistant: String?
        let police: String?
        let clerk: String?
    }

    struct TeamDTO: Content {
        let id: UUID
        let name: String
        let court: String
        let members: [Member]

        struct Member: Content {
            let role: String
            let username: String
            let displayName: String
        }
    }

    static func create(_ input: NewTeam, as actor: CurrentUser, effects: Effects, on db: any Database) async throws -> Team {
        try actor.require(.manageTeams, on: actor.place)
        let name = try ValidFiling.text(input.name, "name", max: 60)
        func member(_ username: String?, _ role: Role, _ field: String, required: Bool) async throws -> User? {
            guard let username, !username.isEmpty else {
                if required { throw AppError.required(field) }
                return nil
            }
            guard let user = try await User.query(on: db).filter(\.$username == username.lowercased())
                    .filter(\.$organisation.$id == actor.organisationID).first(), user.active else {
                throw AppError.badRequest("team.member", .init(zh: "本院没有该用户：\(username)", en: "No such user in this court: \(username)"), field: field)
            }
            guard try user.userRole == role else {
                throw AppError.badRequest("team.member_role", .init(zh: "\(username) 的角色不是\(role.name.zh)。", en: "\(username) is not a \(role.name.en)."), field: field)
            }
            return user
        }
        guard let judge = try await member(input.judge, .enforcementJudge, "judge", required: true), let judgeID = judge.id else {
            throw AppError.required("judge")
        }
        let assistant = try await member(input.assistant, .assistantJudge, "assistant", required: false)
        let police = try await member(input.police, .judicialPolice, "police", required: false)
        let clerk = try await member(input.clerk, .clerk, "clerk", required: false)
        let team = Team()
        team.id = effects.ids.next()
        team.$court.id = actor.organisationID
        team.name = name
        team.$judge.id = judgeID
        team.$assistant.id = assistant?.id
        team.$police.id = police?.id
        team.$clerk.id = clerk?.id
        let now = effects.clock.now()
        try await db.writeTransaction { tx in
            try await team.create(on: tx)
            var changes = ChangeSet()
            changes.record("name", from: nil, to: name)
            changes.record("members", from: nil, to: [judge, assistant, police, clerk].compactMap { $0?.username }.joined(separator: ","))
            try await AuditLog.append(on: tx, at: now, actor: actor.auditActor, action: "team.create", entity: "team",
                                      entityID: try team.requireID().uuidString, ownerPath: actor.organisationPath, changes: changes.changes)
        }
        return team
    }

    /// Teams of the courts the user may see.
    static func list(as user: CurrentUser, on db: any Database) async throws -> [TeamDTO] {
        let q = Team.query(on: db).join(Organisation.self, on: \Team.$court.$id == \Organisation.$id)
            .scoped(user.scope, owner: \.$court.$id)
        let teams = try await q.with(\.$court).with(\.$judge).with(\.$assistant).with(\.$police).with(\.$clerk).sort(\.$name).all()
        return try teams.map(dto)
    }

    static func dto(_ team: Team) throws -> TeamDTO {
        let members: [(String, User?)] = [("enforcement_judge", team.judge), ("assistant_judge", team.assistant ?? nil),
                                          ("judicial_police", team.police ?? nil), ("clerk", team.clerk ?? nil)]
        return TeamDTO(id: try team.requireID(), name: team.name, court: team.court.code,
                       members: members.compactMap { role, user in user.map { .init(role: role, username: $0.username, displayName: $0.displayName) } })
    }

    /// The teams a user belongs to (their queue is these teams' cases).
    static func teamIDs(of userID: UUID, on db: any Database) async throws -> [UUID] {
        try await Team.query(on: db).group(.or) {
            $0.filter(\.$judge.$id == userID).filter(\.$assistant.$id == userID).filter(\.$police.$id == userID).filter(\.$clerk.$id == userID)
        }.all().compactMap(\.id)
    }

    /// Assigns (or reassigns) a case to a team of its court, with its audit event. The first
    /// assignment fixes the handler: the core is asked whether `handlerAssigned` may be recorded.
    static func assign(caseID: UUID, teamID: UUID, date: LocalDate, expectedVersion: Int, as actor: CurrentUser,
                       effects: Effects, on db: any Database) async throws {
        let now = effects.clock.now()
        guard let row = try await CaseService.find(caseID, as: actor, on: db) else { throw AppError.notFound() }
        try actor.require(.assignTeam, on: row.court.place)
        guard let team = try await Team.find(teamID, on: db) else {
            throw AppError.badRequest("team.unknown", .init(zh: "团队不存在。", en: "No such team."), field: "teamId")
        }
        guard team.$court.id == row.$court.id else {
            throw AppError.badRequest("team.other_court", .init(zh: "只能分配给本案法院的团队。", en: "Only a team of the case's court can take it."), field: "teamId")
        }
        // 审执分离 (Outline 2019-2023 item 13): an objection or reconsideration never goes to a team that
        // took the act objected to.
        if try [CaseType.objection, .reconsideration].contains(row.caseType), let linked = row.linkedCaseID {
            let acting = try await CaseLinks.actingTeams(of: linked, on: db)
            let decision = EnforcementRules.mayAdjudicate(candidate: teamID.uuidString, actingTeams: acting)
            if !decision.allowed {
                throw AppError.conflict("team.took_the_act", .init(
                    zh: "该团队实施了被异议、复议的执行行为，不得审查本案（\(decision.reason.articleZh)）。",
                    en: "This team took the act objected to and may not review it (\(decision.reason.article))."), field: "teamId")
            }
        }
        let previous = row.$team.id
        if previous == nil {
            _ = try await CaseService.record(EnforcementEvent(kind: .handlerAssigned, date: date, note: team.name), on: caseID,
                                             expectedVersion: expectedVersion, as: actor, effects: effects, on: db,
                                             alsoSet: { $0.$team.id = teamID })
            return
        }
        try await db.writeTransaction { tx in
            guard let fresh = try await EnforcementCase.find(caseID, on: tx), fresh.version == expectedVersion else {
                throw AppError.staleVersion()
            }
            fresh.$team.id = teamID
            fresh.version += 1
            try await fresh.save(on: tx)
            try await AuditLog.append(on: tx, at: now, actor: actor.auditActor, action: "case.reassign", entity: "enforcement_case",
                                      entityID: caseID.uuidString, ownerPath: row.court.path,
                                      changes: ["team": .init(from: previous?.uuidString, to: teamID.uuidString)])
        }
    }
}
