/// Where a generated lifecycle falls in the calendar.
extension DemoCaseGenerator {
    /// The lifecycle of `lifecycle`'s stage, and a filing date that lets it end by `to` — at once for a
    /// closed case; for an open one, no longer ago than such cases stand still. When the window is too
    /// short, a simpler stage (`DemoStagePlan.fallback`), down to a case filed on `to`.
    static func place(_ lifecycle: DemoLifecycle, from earliest: LocalDate, to latest: LocalDate,
                      _ random: inout DemoRandom) -> (DemoStage, DemoTimeline, LocalDate) {
        var lifecycle = lifecycle
        while true {
            let timeline = lifecycle.timeline(&random)
            let lastFiling = latest.adding(days: -timeline.day)
            let firstFiling = lifecycle.stage.isClosed
                ? earliest : max(earliest, lastFiling.adding(days: -lifecycle.idleDays.upperBound))
            if firstFiling <= lastFiling {
                let drawn = firstFiling.adding(days: random.int(in: 0...firstFiling.days(until: lastFiling)))
                return (lifecycle.stage, timeline, workingDay(drawn, within: firstFiling...lastFiling))
            }
            guard let simpler = DemoStagePlan.fallback(after: lifecycle.stage) else {
                var filed = DemoTimeline()
                filed.add(.filed)
                return (.filed, filed, latest)
            }
            lifecycle = DemoLifecycle(stage: simpler, amountApplied: lifecycle.amountApplied,
                                      organisationDebtor: lifecycle.organisationDebtor, region: lifecycle.region)
        }
    }

    /// `date`, or the Monday after it when it falls on a weekend and that Monday is no later than `limit`.
    /// (Moving every date this way keeps their order.)
    static func workingDay(after date: LocalDate, until limit: LocalDate) -> LocalDate {
        guard date.isWeekend else { return date }
        let monday = date.adding(days: 8 - date.weekday)
        return monday <= limit ? monday : date
    }

    /// `date`, or the nearest working day (Monday to Friday) before or after it within `range`.
    static func workingDay(_ date: LocalDate, within range: ClosedRange<LocalDate>) -> LocalDate {
        guard date.isWeekend else { return date }
        let back = date.adding(days: -(date.weekday - 5))
        if range.contains(back) { return back }
        let forward = date.adding(days: 8 - date.weekday)
        return range.contains(forward) ? forward : date
    }
}
