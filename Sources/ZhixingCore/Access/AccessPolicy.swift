/// Who may see which record: the one place where Zhixing decides access.
///
/// Every organisation has a place in one tree, written as a path of directory codes from the
/// Supreme People's Court down (`/最高法/京/京03/京0105/`). Courts hang under their supervising
/// court; police offices, procuratorates, institutions and governance offices hang under the court
/// of their area, whose administrators keep their accounts.
///
/// - A user sees the records of their own court.
/// - Command roles (command centre, bureau head) and administrators of a court also see the courts
///   below it; so only the Supreme People's Court's reaches across provinces.
/// - Police, procuratorate, grid managers and institutions see only what is addressed to their office.
public struct AccessPolicy: Sendable {
    public init() {}

    /// What a user can see, to be applied as a filter to every query of court-owned records.
    public func scope(role: Role, organisation: OrganisationPlace) -> AccessScope {
        switch role.reach {
        case .ownCourt:
            return .organisation(organisation.id)
        case .ownCourtAndBelow:
            return organisation.path == OrganisationPlace.rootPath(supremeCode: organisation.supremeCode)
                ? .everything
                : .subtree(pathPrefix: organisation.path)
        case .addressedToOwnOrganisation:
            return .addressedTo(organisation.id)
        }
    }

    /// Whether a user with this scope may see a record owned by `owner`, addressed to `addressees`.
    public func allows(_ scope: AccessScope, owner: OrganisationPlace, addressees: Set<OrganisationID> = []) -> Bool {
        switch scope {
        case .everything: true
        case .subtree(let prefix): owner.path.hasPrefix(prefix)
        case .organisation(let id): owner.id == id
        case .addressedTo(let id): owner.id == id || addressees.contains(id)
        }
    }
}

public typealias OrganisationID = String

/// An organisation's place in the tree: its id and its path of codes.
public struct OrganisationPlace: Sendable, Hashable {
    public let id: OrganisationID
    /// `/最高法/京/京03/京0105/`: the codes from the root down, each followed by `/`.
    public let path: String

    public init(id: OrganisationID, path: String) {
        self.id = id
        self.path = path
    }

    public var supremeCode: String { "最高法" }

    public static func rootPath(supremeCode: String = "最高法") -> String { "/\(supremeCode)/" }

    /// The path of a child with `code` under a parent at `parentPath` (root when `nil`).
    public static func path(code: String, under parentPath: String?) -> String {
        (parentPath ?? "/") + code + "/"
    }
}

/// The records a user may see.
public enum AccessScope: Sendable, Hashable {
    /// Everything (the Supreme People's Court's command roles and administrators).
    case everything
    /// The organisations whose path starts with this prefix: a court and everything below it.
    case subtree(pathPrefix: String)
    /// One organisation's own records.
    case organisation(OrganisationID)
    /// Records addressed to this organisation (and its own).
    case addressedTo(OrganisationID)
}
