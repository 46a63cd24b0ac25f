/// The statutory calendar as a rule set (`zhixing rules calendar`, `POST /api/v1/rules/calendar`):
/// when does a period that begins on `start` end?
public enum CalendarRules: RuleSet {
    public static let name = "calendar"
    public static let title = LocalizedText(zh: "法定期间计算", en: "Statutory periods")

    public struct Facts: Decodable, Sendable {
        /// The day the period begins (service, filing, ...); it is not counted.
        public let start: LocalDate
        public let period: Period
        /// `civilProcedure` (default), `criminalProcedure` or `criminalCustody`.
        public let basis: CountingBasis?

        public init(start: LocalDate, period: Period, basis: CountingBasis? = nil) {
            self.start = start
            self.period = period
            self.basis = basis
        }
    }

    public struct Decision: Encodable, Sendable {
        public let deadline: Deadline
        /// How the calendar classifies the due date (always a working day unless the basis forbids extension).
        public let dueDateKind: DayKind
        public let reasons: [Reason]
        public let warnings: [Reason]
    }

    public static func decide(_ facts: Facts, context: RuleContext) throws -> Decision {
        let period = try facts.period.validated(field: "period.count")
        let deadline = context.calendar.deadline(from: facts.start, period: period, basis: facts.basis ?? .civilProcedure)
        return Decision(deadline: deadline, dueDateKind: context.calendar.dayKind(deadline.dueDate),
                        reasons: deadline.reasons, warnings: deadline.warnings)
    }
}
