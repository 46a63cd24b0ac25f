/// What the assessors collect besides their own results: the human findings relied on and the warnings,
/// each kept once in the order first met.
struct CreditNotes {
    private(set) var relied: [Reason] = []
    private(set) var warnings: [Reason] = []

    /// Records that the engine relied on a finding of the court.
    mutating func rely(_ citations: [Citation], zh: String, en: String) {
        Self.append(Reason(citations: citations, message: LocalizedText(zh: "依据法院认定：" + zh,
                                                                    en: "Relied on the court's finding: " + en)),
                    to: &relied)
    }

    mutating func warn(_ reason: Reason) { Self.append(reason, to: &warnings) }

    mutating func warn(_ reasons: [Reason]) { reasons.forEach { warn($0) } }

    mutating func warn(_ citations: [Citation], zh: String, en: String) {
        warn(Reason(citations: citations, message: LocalizedText(zh: zh, en: en)))
    }

    private static func append(_ reason: Reason, to list: inout [Reason]) {
        if !list.contains(reason) { list.append(reason) }
    }
}

/// `a`, `a and b`, `a, b and c`.
func creditEnglishList(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
}

/// A reason in both languages.
func creditReason(_ citations: [Citation], zh: String, en: String) -> Reason {
    Reason(citations: citations, message: LocalizedText(zh: zh, en: en))
}

extension StatutoryCalendar {
    /// A deadline for an act (the court's or a party's): counted on the statutory calendar, the last day moved
    /// past rest days for periods in days (CPL 2023 Art.85 para.3); `article` sets the period.
    func creditDeadline(_ what: LocalizedText, from start: LocalDate, period: Period, citations: [Citation],
                        notes: inout CreditNotes) -> CreditDeadline {
        let deadline = deadline(from: start, period: period)
        notes.warn(deadline.warnings)
        let lead = what.en.prefix(1).uppercased() + what.en.dropFirst()
        let rule = creditReason(citations, zh: "\(what.zh)：自 \(start.iso) 起 \(period.zhDescription)内，即至 \(deadline.dueDate.iso)",
                                en: "\(lead): within \(period) of \(start.iso), i.e. by \(deadline.dueDate.iso)")
        return CreditDeadline(what: what, from: start, period: period, dueDate: deadline.dueDate,
                              reasons: [rule] + deadline.reasons)
    }

    /// The last day of a term or bar that runs against a person (a listing term, a six-month bar, a grace period):
    /// counted by Civil Code Art.201-202 on the calendar, and **not** moved past rest days (see docs/rules/credit.md).
    func creditTermEnd(from start: LocalDate, period: Period) -> (LocalDate, Reason?) {
        let deadline = deadline(from: start, period: period)
        // Rest days do not matter here, so a missing holiday schedule is no cause for a warning; the period
        // lengths used (months 1-6, years 1-5) are always within the calendar's range.
        return (deadline.nominalLastDay, deadline.reasons.first)
    }
}
