import Fluent
import Vapor
import ZhixingCore

/// The home page: one per role, saying what the user can reach and see.
struct HomeController {
    struct HomePage: Encodable, Sendable {
        let role: String
        let roleKey: String
        let organisation: String
        let organisationCode: String
        let scopeText: String
        let roleIntro: String
        let courtsInScope: Int
        let usersInScope: Int
        let tasks: [Link]
        let subordinateCourts: [CourtLink]
        /// A member of a team: their queue, each a count that opens its list.
        let queue: [QueueItem]
        /// A bureau head: the court's teams with their counts.
        let teams: [TeamRow]
        /// The command centre (and a bureau head with courts below): each court with its counts.
        let courts: [CourtRow]
        /// `2026年12月` / `December 2026`: the month "closed this month" counts.
        let month: String
    }

    struct QueueItem: Content {
        let key: String
        let label: String
        let count: Int
        let href: String
        let urgent: Bool
    }

    struct Count: Content {
        let value: Int
        let href: String
    }

    struct TeamRow: Content {
        let name: String
        let open: Count
        let overdue: Count
        let closedThisMonth: Count
    }

    struct CourtRow: Content {
        let code: String
        let name: String
        let href: String
        let depth: Int
        let open: Count
        let overdue: Count
        let terminated: Count
        let concluded: Count
        let closedThisMonth: Count
    }

    struct Link: Encodable, Sendable {
        let href: String
        let label: String
    }

    struct CourtLink: Encodable, Sendable {
        let href: String
        let code: String
        let name: String
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.home, use: home)
    }

    @Sendable func home(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let lang = req.language
        let table = req.application.localizer.table(lang)
        let courtsQuery = user.scope.apply(to: Organisation.query(on: req.db).filter(\.$kind == OrganisationKind.court.rawValue))
        let courtsInScope = try await courtsQuery.count()
        let usersInScope = try await UserAdmin.list(as: user, query: nil, page: 1, per: 1, on: req.db).total
        var subordinate: [CourtLink] = []
        if user.role.reach == .ownCourtAndBelow {
            subordinate = try await Organisation.query(on: req.db).filter(\.$parent.$id == user.organisationID)
                .filter(\.$kind == OrganisationKind.court.rawValue).sort(\.$path).limit(60).all()
                .map { CourtLink(href: Paths.court($0.code), code: $0.code, name: $0.name(lang)) }
        }
        let scopeKey: String = switch user.scope {
        case .everything: "scope_everything"
        case .subtree: "scope_subtree"
        case .organisation: "scope_organisation"
        case .addressedTo: "scope_addressed"
        }
        var tasks: [Link] = []
        if user.organisationKind == .court {
            tasks.append(Link(href: Paths.cases + "?mine=true", label: table["home_task_my_cases"] ?? ""))
            tasks.append(Link(href: Paths.cases + "?overdue=true", label: table["home_task_overdue"] ?? ""))
            if user.may(.file, on: user.place) { tasks.append(Link(href: Paths.newCase, label: table["home_task_file"] ?? "")) }
            if user.may(.fileEntrustment, on: user.place) {
                // 委托执行: what other courts entrusted to this one, waiting to be filed here.
                let waiting = try await Entrustments.inboxCount(as: user, on: req.db)
                tasks.append(Link(href: Paths.entrustments, label: (table["home_task_entrustments"] ?? "") + "（\(waiting)）"))
            }
        }
        tasks.append(Link(href: Paths.courts, label: table["home_task_courts"] ?? ""))
        tasks.append(Link(href: Paths.rules, label: table["home_task_rules"] ?? ""))
        if user.role.administersUsers {
            tasks.append(Link(href: Paths.users, label: table["home_task_users"] ?? ""))
            tasks.append(Link(href: Paths.audit, label: table["home_task_audit"] ?? ""))
        }
        let work = try await WorkQueues.home(for: user, language: lang, table: table, today: LocalDate.inChina(req.now), on: req.db)
        let page = HomePage(
            role: user.role.name.text(for: lang), roleKey: user.role.rawValue,
            organisation: user.organisationName(lang), organisationCode: user.organisationCode,
            scopeText: table[scopeKey] ?? scopeKey, roleIntro: table["role_intro_" + user.role.rawValue] ?? "", courtsInScope: courtsInScope, usersInScope: usersInScope,
            tasks: tasks, subordinateCourts: work.courts.isEmpty ? subordinate : [],
            queue: work.queue, teams: work.teams, courts: work.courts, month: work.month)
        return try await PageRenderer.render("Platform/home", titleKey: "home_title", data: page, for: req)
    }
}
