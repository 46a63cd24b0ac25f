import Fluent
import Vapor
import ZhixingCore

/// What each role's home counts (issue 9, item 1; STYLE.md "Pages people use"): a team member's queue,
/// a bureau head's teams, the command centre's courts — each count read from the counts kept with the
/// cases (`CaseCounts`) or from a range of an index on the team's cases, and each linking to its list.
enum WorkQueues {
    struct Home: Sendable {
        let queue: [HomeController.QueueItem]
        let teams: [HomeController.TeamRow]
        let courts: [HomeController.CourtRow]
        /// `2026年12月` / `2026-12`, for the page.
        let month: String
        /// `2026-12`, for the API.
        let monthISO: String
    }

    /// `GET /api/v1/work`: the same counts as the home, for API clients (and the benchmark).
    struct WorkDTO: Content {
        let month: String
        let queue: [HomeController.QueueItem]
        let teams: [HomeController.TeamRow]
        let courts: [HomeController.CourtRow]
    }

    static func register(api: any RoutesBuilder) {
        api.get(path: Paths.API.work) { req async throws -> JSONBody<WorkDTO> in
            let user = try req.requireUser()
            let lang = req.language
            let home = try await home(for: user, language: lang, table: req.application.localizer.table(lang),
                                      today: LocalDate.inChina(req.now), on: req.db)
            return JSONBody(WorkDTO(month: home.monthISO, queue: home.queue, teams: home.teams, courts: home.courts))
        }
    }

    static func home(for user: CurrentUser, language: String, table: [String: String], today: LocalDate,
                     on db: any Database) async throws -> Home {
        func t(_ key: String) -> String { table[key] ?? key }
        let month = String(today.iso.prefix(7))
        let monthText = language.hasPrefix("en") ? month : "\(today.year)年\(Int(today.iso.dropFirst(5).prefix(2)) ?? 0)月"
        guard user.organisationKind == .court else { return Home(queue: [], teams: [], courts: [], month: monthText, monthISO: month) }
        func href(_ items: [String]) -> String { Paths.cases + "?" + items.joined(separator: "&") }

        // A team member: due this week, overdue, and what waits for them.
        var queue: [HomeController.QueueItem] = []
        let myTeams = try await Teams.teamIDs(of: user.id, on: db)
        if !myTeams.isEmpty {
            func count(_ configure: (inout CaseList.Filter) -> Void) async throws -> Int {
                var filter = CaseList.Filter()
                filter.mine = true
                filter.myTeams = myTeams
                configure(&filter)
                return try await CaseList.count(filter, as: user, today: today, on: db)
            }
            let open = try await count { $0.status = .open }
            let overdue = try await count { $0.status = .open; $0.overdue = true }
            let due = try await count { $0.queue = .dueThisWeek }
            let expiring = try await count { $0.queue = .measuresExpiring }
            let followUps = try await count { $0.queue = .followUpsDue }
            let toServe = try await count { $0.queue = .documentsToServe }
            queue = [
                .init(key: "overdue", label: t("queue_overdue"), count: overdue, href: href(["mine=true", "status=open", "overdue=true"]), urgent: overdue > 0),
                .init(key: "dueThisWeek", label: t("queue_due_this_week"), count: due, href: href(["mine=true", "queue=dueThisWeek", "sort=due"]), urgent: false),
                .init(key: "measuresExpiring", label: t("queue_measures_expiring"), count: expiring, href: href(["mine=true", "queue=measuresExpiring"]), urgent: false),
                .init(key: "followUpsDue", label: t("queue_follow_ups_due"), count: followUps, href: href(["mine=true", "queue=followUpsDue"]), urgent: false),
                .init(key: "documentsToServe", label: t("queue_documents_to_serve"), count: toServe, href: href(["mine=true", "queue=documentsToServe"]), urgent: false),
                .init(key: "open", label: t("queue_open"), count: open, href: href(["mine=true", "status=open"]), urgent: false),
            ]
        }

        // A bureau head: the court's teams (and the cases no team has yet).
        var teams: [HomeController.TeamRow] = []
        if user.role == .bureauHead {
            let tallies = try await CaseCounts.tallies(by: .team, scope: user.scope, court: .some(user.organisationID), month: month, on: db)
            let named = try await Team.query(on: db).filter(\.$court.$id == user.organisationID).sort(\.$name).all()
            var rows: [(String, String, CaseCounts.Tally)] = try named.map { team in
                let id = try team.requireID()
                return (team.name, id.uuidString, tallies[id] ?? CaseCounts.Tally())
            }
            if let unassigned = tallies[CaseCounts.noTeam], unassigned != CaseCounts.Tally() {
                rows.append((t("home_no_team"), "none", unassigned))
            }
            teams = rows.map { name, key, tally in
                let court = "court=" + (user.organisationCode.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                return HomeController.TeamRow(
                    name: name,
                    open: .init(value: tally.open, href: href([court, "team=\(key)", "status=open"])),
                    overdue: .init(value: tally.overdue, href: href([court, "team=\(key)", "status=open", "overdue=true"])),
                    closedThisMonth: .init(value: tally.closedThisMonth, href: href([court, "team=\(key)", "closedIn=\(month)"])))
            }
        }

        // The command centre, and a bureau head with courts below: the courts directly below, and every
        // court in reach that has cases, in the order of the court tree.
        var courts: [HomeController.CourtRow] = []
        if user.role == .commandOperator || (user.role == .bureauHead && user.role.reach == .ownCourtAndBelow) {
            let tallies = try await CaseCounts.tallies(by: .court, scope: user.scope, month: month, on: db)
            let withCases = Array(tallies.keys)
            let reach = try await user.scope.apply(to: Organisation.query(on: db).filter(\.$kind == OrganisationKind.court.rawValue))
                .group(.or) { $0.filter(\.$id ~~ withCases).filter(\.$parent.$id == user.organisationID).filter(\.$id == user.organisationID) }
                .sort(\.$path).all()
            let ownDepth = user.organisationPath.split(separator: "/").count
            if reach.count > 1 {
                courts = try reach.map { court in
                    let id = try court.requireID()
                    let tally = tallies[id] ?? CaseCounts.Tally()
                    let code = "court=" + (court.code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                    return HomeController.CourtRow(
                        code: court.code, name: court.name(language), href: Paths.court(court.code),
                        depth: max(0, court.path.split(separator: "/").count - ownDepth),
                        open: .init(value: tally.open, href: href([code, "status=open"])),
                        overdue: .init(value: tally.overdue, href: href([code, "status=open", "overdue=true"])),
                        terminated: .init(value: tally.terminated, href: href([code, "status=currentProcedureTerminated"])),
                        concluded: .init(value: tally.concluded, href: href([code, "status=concluded"])),
                        closedThisMonth: .init(value: tally.closedThisMonth, href: href([code, "closedIn=\(month)"])))
                }
            }
        }
        return Home(queue: queue, teams: teams, courts: courts, month: monthText, monthISO: month)
    }
}
