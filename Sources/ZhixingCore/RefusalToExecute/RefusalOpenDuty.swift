/// A period opened by an event and not yet closed by the act it asks for.
struct RefusalOpenDuty: Sendable {
    let duty: RefusalDuty
    let owedBy: RefusalOrgan
    let citations: [Citation]
    let start: LocalDate
    var period: Period
    /// Days added after the end of `period`, counted from its nominal last day (CrimPL 2018 Art.172 para.1).
    var extensionDays: Int?
    let basis: CountingBasis
    let trigger: Int
    /// Why the period starts where it does, and any extension applied.
    var notes: [Reason]
    var consequence: LocalizedText?

    init(_ duty: RefusalDuty, owedBy: RefusalOrgan, citations: [Citation], start: LocalDate, period: Period,
         basis: CountingBasis = .criminalProcedure, trigger: Int, notes: [Reason] = [],
         consequence: LocalizedText? = nil) {
        self.duty = duty
        self.owedBy = owedBy
        self.citations = citations
        self.start = start
        self.period = period
        self.basis = basis
        self.trigger = trigger
        self.notes = notes
        self.consequence = consequence
    }

    /// The due date by the statutory calendar, with the reasons of every step of the count.
    func compute(_ calendar: StatutoryCalendar) -> (due: LocalDate, reasons: [Reason], warnings: [Reason]) {
        let base = calendar.deadline(from: start, period: period, basis: basis)
        guard let extra = extensionDays else {
            return (base.dueDate, notes + base.reasons, base.warnings)
        }
        // "可以延长十五日": the extension runs on from the last day of the original period.
        let extended = calendar.deadline(from: base.nominalLastDay, days: extra, basis: basis)
        let link = Reason(citations: citations, message: LocalizedText(
            zh: "原期间最后一日为 \(base.nominalLastDay.iso)，延长 \(extra) 日自该日的次日起算",
            en: "The original period's last day is \(base.nominalLastDay.iso); the \(extra)-day extension runs from the day after it"))
        return (extended.dueDate, notes + Array(base.reasons.prefix(1)) + [link] + extended.reasons,
                base.warnings + extended.warnings)
    }
}
