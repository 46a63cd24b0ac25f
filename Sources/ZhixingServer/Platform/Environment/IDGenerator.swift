import Foundation

/// Ids for new rows, injected: a service sets `row.id = effects.ids.next()` before it creates the row,
/// instead of leaving Fluent to invent one.
struct IDGenerator: Sendable {
    private let make: @Sendable () -> UUID

    init(_ make: @escaping @Sendable () -> UUID) { self.make = make }

    func next() -> UUID { make() }

    /// Random (version 4) UUIDs: production, where several server instances write to one database.
    static let random = IDGenerator { UUID() }
}
