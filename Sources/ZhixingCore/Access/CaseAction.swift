/// What a user may do to a court's case records: the one question every permission asks
/// (`AccessPolicy.may(_:_:on:)`).
public enum CaseAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// See the case (its page, its documents, the API).
    case read
    /// 立案: file a new case at the user's own court (the record is that court).
    case file
    /// Record a lifecycle event (service, inquiry, measure, payment, closure...).
    case recordEvent
    /// Issue a document generated from the case (执行通知书, 报告财产令, 终本裁定书).
    case issueDocument
    /// Assign or reassign the case to a team of its court (确定承办人).
    case assignTeam
    /// Create the court's teams (the record is the court).
    case manageTeams
    /// File a case born of this one: objection, reconsideration, assistance request, restoration.
    case openLinkedCase
    /// 委托执行: entrust the whole case to a court in another province.
    case entrust
    /// File, as the court's own case, an entrustment addressed to the court (the record is that court).
    case fileEntrustment
}

/// Who asks: a role at an organisation.
public struct Actor: Sendable, Hashable {
    public let role: Role
    public let organisation: OrganisationPlace
    public let organisationKind: OrganisationKind

    public init(role: Role, organisation: OrganisationPlace, organisationKind: OrganisationKind) {
        self.role = role
        self.organisation = organisation
        self.organisationKind = organisationKind
    }
}

/// What is asked about: a record owned by a court (a case; for `file`, `manageTeams` and
/// `fileEntrustment`, the court itself).
public struct CaseRecordPlace: Sendable, Hashable {
    public let owner: OrganisationPlace

    public init(owner: OrganisationPlace) {
        self.owner = owner
    }
}

/// The answer: allowed; not visible at all (HTTP 404, whether or not it exists); or visible but not
/// the user's to do (HTTP 403).
public enum AccessDecision: String, Sendable, Hashable, Codable {
    case allowed
    case notVisible
    case forbidden

    public var isAllowed: Bool { self == .allowed }
}
