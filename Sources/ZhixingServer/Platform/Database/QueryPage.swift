import Fluent
import SQLKit

extension QueryBuilder {
    /// Page `page` (from 1) of `per` rows. Fluent's `range(lower:upper:)` takes an inclusive upper
    /// bound, which once gave every list one row too many; a half-open range cannot.
    func page(_ page: Int, per: Int) -> Self {
        let lower = Swift.max(0, page - 1) * Swift.max(1, per)
        return range(lower..<(lower + Swift.max(1, per)))
    }
}

extension QueryBuilder {
    /// The number of rows the query matches, as `COUNT(*)`: the database may then count from its
    /// smallest index. Fluent's `count()` counts the id column, which on PostgreSQL took twice as
    /// long over a million cases (docs/performance.md).
    func countRows() async throws -> Int {
        try await aggregate(.custom(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("aggregate"))), as: Int.self)
    }
}
