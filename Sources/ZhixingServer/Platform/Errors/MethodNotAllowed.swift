import Vapor

/// Tells a wrong method on a known path (405 with `Allow`) from an unknown path (404).
struct RouteTable: Sendable {
    private let routes: [(method: HTTPMethod, path: [PathComponent])]

    init(_ routes: Routes) {
        self.routes = routes.all.map { ($0.method, $0.path) }
    }

    /// The methods registered for paths that match `path`; empty when none does.
    func methods(for path: String) -> [HTTPMethod] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var found: [HTTPMethod] = []
        for route in routes where Self.matches(route.path, parts) && !found.contains(route.method) {
            found.append(route.method)
        }
        return found
    }

    private static func matches(_ pattern: [PathComponent], _ parts: [String]) -> Bool {
        var i = 0
        for component in pattern {
            switch component {
            case .catchall: return i < parts.count
            case .anything, .parameter:
                guard i < parts.count else { return false }
            case .constant(let value):
                guard i < parts.count, parts[i] == value else { return false }
            }
            i += 1
        }
        return i == parts.count
    }
}

extension Application {
    private struct RouteTableKey: StorageKey { typealias Value = RouteTable }

    var routeTable: RouteTable {
        get { storage[RouteTableKey.self] ?? RouteTable(routes) }
        set { storage[RouteTableKey.self] = newValue }
    }
}
