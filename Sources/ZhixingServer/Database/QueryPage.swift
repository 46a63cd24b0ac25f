import Fluent

extension QueryBuilder {
    /// Page `page` (from 1) of `per` rows. Fluent's `range(lower:upper:)` takes an inclusive upper
    /// bound, which once gave every list one row too many; a half-open range cannot.
    func page(_ page: Int, per: Int) -> Self {
        let lower = Swift.max(0, page - 1) * Swift.max(1, per)
        return range(lower..<(lower + Swift.max(1, per)))
    }
}
