extension CompensationRules {
    /// What the compensation committee knows about one claim. JSON: camelCase keys, dates `YYYY-MM-DD`,
    /// money as strings `"1234.56"`, enums as strings. Fields marked *finding* are judgments the law leaves to
    /// people; the engine relies on them and says so in its reasons, it never guesses them.
    public struct Facts: Decodable, Sendable {
        /// 赔偿决定作出之日: the date of the decision. Interest runs to it, the benchmark rate in force on it applies,
        /// and pending reviews are judged as of it. Must be on or after 2022-03-01 (Art.20).
        public let asOf: LocalDate
        public let claim: Claim
        public let claimant: Claimant
        /// The enforcement procedure in which the acts were done (for an Art.19 claim: the proceedings in which the
        /// coercive measure, preservation or advance execution was taken).
        public let enforcement: Enforcement
        /// The findings the limitation period (State Compensation Law Art.39) needs.
        public let limitation: Limitation
        /// Objection, reconsideration and supervision reviews of the measures (Art.6, Art.7).
        public let reviews: [Review]
        /// The acts complained of, each with its losses.
        public let acts: [Act]

        public init(asOf: LocalDate, claim: Claim, claimant: Claimant, enforcement: Enforcement,
                    limitation: Limitation, reviews: [Review] = [], acts: [Act]) {
            self.asOf = asOf
            self.claim = claim
            self.claimant = claimant
            self.enforcement = enforcement
            self.limitation = limitation
            self.reviews = reviews
            self.acts = acts
        }

        private enum CodingKeys: String, CodingKey { case asOf, claim, claimant, enforcement, limitation, reviews, acts }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            asOf = try c.compRequired(LocalDate.self, .asOf)
            claim = try c.compRequired(Claim.self, .claim)
            claimant = try c.compRequired(Claimant.self, .claimant)
            enforcement = try c.compRequired(Enforcement.self, .enforcement)
            limitation = try c.compOptional(Limitation.self, .limitation) ?? Limitation()
            reviews = try c.compList(Review.self, .reviews)
            acts = try c.compRequired([Act].self, .acts)
        }
    }

    /// A period of days, both ends included.
    public struct DateRange: Decodable, Sendable, Hashable {
        public let from: LocalDate
        public let to: LocalDate
        public let description: String?

        public init(from: LocalDate, to: LocalDate, description: String? = nil) {
            self.from = from
            self.to = to
            self.description = description
        }

        private enum CodingKeys: String, CodingKey { case from, to, description }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            from = try c.compRequired(LocalDate.self, .from)
            to = try c.compRequired(LocalDate.self, .to)
            description = try c.compText(.description)
            guard from <= to else {
                throw compensationError(c.compPath(.to), "range_reversed", zh: "期间的结束日早于开始日：\(from.iso) 至 \(to.iso)",
                                en: "The period ends before it begins: \(from.iso) to \(to.iso)")
            }
        }
    }
}
