/// After 终本: "终结本次执行程序后的五年内，执行法院应当每六个月通过网络执行查控系统查询一次被执行人的财产，
/// 并将查询结果告知申请执行人。符合恢复执行条件的，执行法院应当及时恢复执行。" (Termination Provisions 2016
/// Art.9 para.2). Ten inquiries, one in each six months counted from the closure on the statutory calendar.
enum FollowUpRules {
    static let count = 10
    static let monthsEach = 6

    struct Outcome {
        var checks: [FollowUpCheck] = []
        var deadlines: [CaseDeadline] = []
        var warnings: [Reason] = []
    }

    static func assess(_ history: EnforcementHistory, asOf: LocalDate) -> Outcome {
        guard history.closure == .currentProcedureTerminated, let closed = history.closedOn else { return Outcome() }
        let calendar = history.calendar
        let citations = EnforcementArticles.termination(9, para: 2)
        var outcome = Outcome()
        var unused = history.events(.followUpCheck)
        var periodStart = closed
        for number in 1...count {
            let period = calendar.deadline(from: closed, months: monthsEach * number)
            let due = period.dueDate
            // Each six months run from the closure (the closing day not counted, Civil Code Arts.201-202) and the inquiry
            // is a duty to act, so a last day on a rest day moves on (CPL 2023 Art.85 para.3). An inquiry on the due date
            // itself belongs to that period (the day runs to 24:00, Civil Code Art.203 para.2), and so not to the next,
            // which opens the day after; the first period also takes an inquiry on the closing day.
            let index = unused.firstIndex { $0.date >= periodStart && $0.date <= due && (number == 1 || $0.date > periodStart) }
            let done = index.map { unused[$0] }
            if let index { unused.remove(at: index) }
            var reasons = [Reason.enforcement([citations],
                "终本后五年内每六个月查询一次：第 \(number) 次查询涵盖 \(periodStart.iso) 之后至 \(due.iso)，并将结果告知申请执行人",
                "One inquiry every six months for five years after 终本: inquiry \(number) covers the time after \(periodStart.iso) up to \(due.iso), its result told to the applicant")]
            reasons.append(contentsOf: period.reasons)
            outcome.warnings.append(contentsOf: period.warnings)
            let state: FollowUpState
            if let restored = history.restoredOn, periodStart >= restored || (done == nil && restored <= due) {
                state = .cancelled
                reasons.append(.enforcement([EnforcementArticles.filingClosing(6, item: 3)],
                    "本案已于 \(restored.iso) 恢复执行（执恢），此后的查询在恢复执行的案件中进行",
                    "Enforcement was restored on \(restored.iso); inquiries from then on belong to the restored case"))
            } else if let done {
                state = .done
                reasons.append(.enforcement([citations],
                    "已于 \(done.date.iso) 查询\(done.propertyFound.map { $0 ? "，发现财产" : "，未发现财产" } ?? "（未记录结果）")；依赖该记录已将结果告知申请执行人",
                    "Inquiry made on \(done.date.iso)\(done.propertyFound.map { $0 ? ", property found" : ", nothing found" } ?? " (result not recorded)"); relying on the record that the applicant was told the result"))
                if done.propertyFound == true && history.restoredOn == nil {
                    outcome.warnings.append(.enforcement([citations, EnforcementArticles.erroneousEnforcementItem2],
                        "\(done.date.iso) 的终本后查询发现了财产：符合恢复执行条件的，应当及时恢复执行（应当恢复而不恢复属错误执行）",
                        "The follow-up inquiry of \(done.date.iso) found property: where the conditions hold, enforcement must be restored promptly (failing to restore is erroneous enforcement)"))
                }
                if done.propertyFound == nil {
                    outcome.warnings.append(.enforcement([citations], "\(done.date.iso) 的终本后查询没有记录结果", "The follow-up inquiry of \(done.date.iso) has no recorded result"))
                }
            } else if asOf > due {
                state = .overdue
                reasons.append(.enforcement([citations], "第 \(number) 次查询应于 \(due.iso) 前完成，没有记录", "Inquiry \(number) was due by \(due.iso) and none is recorded"))
            } else if asOf > periodStart || (number == 1 && asOf >= periodStart) {
                state = .due
            } else {
                state = .upcoming
            }
            outcome.checks.append(FollowUpCheck(number: number, periodStart: periodStart, dueDate: due, doneOn: done?.date,
                                                propertyFound: done?.propertyFound, state: state, reasons: reasons))
            if state != .cancelled {
                let deadlineState: DeadlineState = switch state {
                case .done: .met
                case .overdue: .overdue
                default: .running
                }
                outcome.deadlines.append(CaseDeadline(
                    duty: "followUpCheck.\(number)",
                    title: LocalizedText(zh: "终本后第 \(number) 次财产查询", en: "Follow-up property inquiry \(number) after 终本"),
                    citations: [citations], owedBy: "court", start: periodStart, dueDate: due, metOn: done?.date,
                    overdue: state == .overdue, state: deadlineState, reasons: reasons))
            }
            periodStart = due
        }
        return outcome
    }
}
