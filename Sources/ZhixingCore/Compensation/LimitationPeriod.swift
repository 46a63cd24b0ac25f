/// 赔偿请求时效: the two-year period of State Compensation Law Art.39 para.1, counted on the statutory calendar,
/// with periods that are not counted (the enforcement procedure under Art.5 para.2 of the interpretation, custody
/// under Art.39 para.1) and suspension in the last six months (Art.39 para.2).
///
/// Counting: the day of knowledge is not counted (Civil Code Art.201). While no day has yet been counted, the period
/// is two calendar years from the last day not counted (Civil Code Art.202: the corresponding day). Once days have
/// been counted and counting stops, what is left of the two years is kept as a number of days and resumes the day
/// after the pause ends ("时效期间继续计算"). The last day moves past rest days (CPL Art.85 para.3, Civil Code Art.203).
struct LimitationPeriod {
    /// A stretch of days not counted, both ends included.
    struct Pause: Sendable, Hashable {
        let from: LocalDate
        let to: LocalDate
    }

    static let years = 2

    /// The deadline for a claim whose limitation starts on `knewOn`, leaving out `pauses`.
    static func deadline(knewOn: LocalDate, pauses: [Pause], calendar: StatutoryCalendar) -> Deadline {
        var start = knewOn
        var remaining: Int?  // nil: nothing counted yet, the full two years run from `start`
        for pause in merged(pauses) where pause.to > start {
            let nominalEnd: LocalDate
            if let days = remaining {
                nominalEnd = calendar.deadline(from: start, days: days).nominalLastDay
            } else {
                nominalEnd = calendar.deadline(from: start, years: years).nominalLastDay
            }
            if pause.from > nominalEnd { break }
            let countedBefore = max(0, start.days(until: pause.from) - 1)
            if countedBefore > 0 {
                remaining = (remaining ?? start.days(until: nominalEnd)) - countedBefore
            }
            start = pause.to
        }
        if let days = remaining {
            return calendar.deadline(from: start, days: max(1, days))
        }
        return calendar.deadline(from: start, years: years)
    }

    /// Art.39 para.2: an obstacle suspends the period only for the part of it inside the last six months; the
    /// returned pauses are those parts, found one obstacle at a time against the period as extended so far.
    static func suspensions(knewOn: LocalDate, pauses: [Pause], obstacles: [Pause],
                            calendar: StatutoryCalendar) -> [Pause] {
        var found: [Pause] = []
        for obstacle in obstacles.sorted(by: { $0.from < $1.from }) {
            let lastDay = deadline(knewOn: knewOn, pauses: pauses + found, calendar: calendar).nominalLastDay
            // "时效期间的最后六个月内": the six months ending on the last day, counted back as Civil Code Art.202 counts
            // forward, begin the day after the corresponding day six months earlier; an obstacle ending the day
            // before does not suspend.
            let windowStart = lastDay.adding(months: -6).adding(days: 1)
            guard obstacle.to >= windowStart, obstacle.from <= lastDay else { continue }
            found.append(Pause(from: max(obstacle.from, windowStart), to: obstacle.to))
        }
        return found
    }

    /// Sorted, overlapping or touching stretches joined.
    static func merged(_ pauses: [Pause]) -> [Pause] {
        var result: [Pause] = []
        for pause in pauses.sorted(by: { $0.from < $1.from }) {
            if let last = result.last, pause.from <= last.to.adding(days: 1) {
                result[result.count - 1] = Pause(from: last.from, to: max(last.to, pause.to))
            } else {
                result.append(pause)
            }
        }
        return result
    }
}
