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
            return query.filter(\.$id == (UUID(uuidString: id) ?? UUID()))
        }
    }

    func allows(_ organisation: Organisation) -> Bool {
        AccessPolicy().allows(self, owner: organisation.place)
    }
}
