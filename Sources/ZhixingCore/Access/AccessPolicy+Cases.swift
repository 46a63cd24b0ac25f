/// Who may do what to a court's cases: the role sets, in one place.
///
/// - Only what the user may see can be acted on; anything else is `notVisible` (404), so a user never
///   learns that another court's case exists.
/// - Case work is done only by the owning court's own people. A superior court's bureau head or command
///   centre sees a lower court's cases (command and supervision, Outline 2019-2023) but works on none; an
///   entrusted court files its own case and never works on the entrusting court's (Entrusted
///   Enforcement Provisions 2011 Art.2 para.1); a delegated matter (事项委托, Art.2 para.2) will be its own
///   record, addressed to the court asked.
/// - Administrators administer users and do no case work (issue 8, 1.8): they read, nothing more.
extension AccessPolicy {
    /// 立案: the court's filing staff — the enforcement team's judge, assistant judge and clerk, and the
    /// bureau head. Judicial police take enforcement acts but do not file.
    public static let filingRoles: Set<Role> = [.enforcementJudge, .assistantJudge, .clerk, .bureauHead]

    /// Recording what happened in a case and issuing its documents: the whole enforcement team (judge,
    /// assistant judge, judicial police, clerk; Outline 2019-2023 item 15) and the bureau head.
    public static let workingRoles: Set<Role> = [.enforcementJudge, .assistantJudge, .judicialPolice, .clerk, .bureauHead]

    /// Assigning a case to a team (which fixes the handler, Time Limits Provisions 2006 Art.2): the bureau
    /// head, or a judge taking a case for a team.
    public static let assigningRoles: Set<Role> = [.bureauHead, .enforcementJudge]

    /// Creating the court's enforcement teams: the bureau head.
    public static let teamManagingRoles: Set<Role> = [.bureauHead]

    /// Entrusting the whole case to another court: a decision of the handling judge or the bureau head on
    /// the court's findings (Entrusted Enforcement Provisions 2011 Art.1 para.1).
    public static let entrustingRoles: Set<Role> = [.enforcementJudge, .bureauHead]

    /// The roles that may take `action`, wherever they are allowed to (`nil`: every role that sees the record).
    public static func roles(for action: CaseAction) -> Set<Role>? {
        switch action {
        case .read: nil
        case .file, .fileEntrustment: filingRoles
        case .recordEvent, .issueDocument: workingRoles
        // A linked case is filed by the original case's filing staff or team.
        case .openLinkedCase: filingRoles.union(workingRoles)
        case .assignTeam: assigningRoles
        case .manageTeams: teamManagingRoles
        case .entrust: entrustingRoles
        }
    }

    /// May `actor` do `action` on `record`?
    public func may(_ actor: Actor, _ action: CaseAction, on record: CaseRecordPlace) -> AccessDecision {
        let scope = scope(role: actor.role, organisation: actor.organisation)
        guard allows(scope, owner: record.owner) else { return .notVisible }
        guard let roles = Self.roles(for: action) else { return .allowed }
        // Case work is the owning court's own, by a court's people.
        guard actor.organisationKind == .court, record.owner.id == actor.organisation.id, roles.contains(actor.role) else {
            return .forbidden
        }
        return .allowed
    }
}
