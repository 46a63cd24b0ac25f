import Fluent
import Foundation
import ZhixingCore

extension AccessScope {
    /// Restricts a query of organisations to those this scope may see.
    func apply(to query: QueryBuilder<Organisation>) -> QueryBuilder<Organisation> {
        switch self {
        case .everything: return query
        case .subtree(let prefix): return query.filter(\.$path =~ prefix)
        case .organisation(let id), .addressedTo(let id):
            return query.filter(\.$id ~~ Self.organisationIDs(id))
        }
    }

    /// The organisation a one-organisation scope names, as the ids a filter may match: none when its id is
    /// not a UUID (a place built from an unsaved row), so that such a scope matches nothing rather than
    /// some random id. Fluent writes a filter on an empty list as `1 = 0`.
    static func organisationIDs(_ id: String) -> [UUID] {
        UUID(uuidString: id).map { [$0] } ?? []
    }

    func allows(_ organisation: Organisation) -> Bool {
        AccessPolicy().allows(self, owner: organisation.place)
    }
}

extension QueryBuilder {
    /// Restricts a query whose rows belong to an organisation — joined with `Organisation` on `owner`
    /// — to what `scope` may see. `alsoOwnedBy` adds a second owning field for a user's own
    /// organisation (an entrusted court sees the cases entrusted to it).
    func scoped(_ scope: AccessScope, owner: KeyPath<Model, FieldProperty<Model, UUID>>,
                alsoOwnedBy second: KeyPath<Model, OptionalFieldProperty<Model, UUID>>? = nil) -> Self {
        switch scope {
        case .everything:
            return self
        case .subtree(let prefix):
            return filter(Organisation.self, \.$path =~ prefix)
        case .organisation(let id), .addressedTo(let id):
            // An id that does not parse matches nothing (`AccessScope.organisationIDs`).
            let orgIDs = AccessScope.organisationIDs(id)
            guard let second else { return filter(owner ~~ orgIDs) }
            return group(.or) { $0.filter(owner ~~ orgIDs).filter(second ~~ orgIDs) }
        }
    }
}
