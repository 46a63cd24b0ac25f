import Foundation

/// 查询: an online inquiry of a debtor's property at an institution, and the time the institution has to answer.
///
/// - CPL 2023 Art.253 para.1: the court may inquire into the debtor's deposits and other property; the inquiry
///   names the case, its legal basis and the document served (the assistance notice for the inquiry).
/// - Termination Provisions 2016 Art.9: after 终本 the court keeps inquiring through the online system, so a
///   case closed by 终本 may still inquire; any other closure may not.
/// - CPL 2023 Art.267: while enforcement is suspended no new enforcement act is done.
/// - The answer time is not in a provision: practice answers deposit queries within minutes to an hour, and
///   Zhixing gives institutions 24 hours by default (configurable; RULES.md "Online inquiry and control").
///   It is counted as the CPL counts a period in hours (Art.85 para.2): the starting hour is not counted, so the
///   period runs from the next full hour. An unanswered request is overdue at its deadline and is resent once,
///   with a new deadline counted the same way; overdue again, it stays flagged for the command centre.
public enum InquiryRules {
    /// The default answer time in hours.
    public static let defaultAnswerHours = 24

    /// Why the case may not start an inquiry now, if it may not.
    public static func refusal(_ facts: EnforcementFacts, calendar: StatutoryCalendar) -> ActionRefusal? {
        let history = EnforcementHistory.replay(facts, calendar: calendar)
        if let closure = history.closure, closure != .currentProcedureTerminated {
            return ActionRefusal(code: "lifecycle.closed", reasons: [Reason(citations: [PropertyArticles.lifecycle], message: LocalizedText(
                zh: "案件已以“\(closure.zhName)”结案，不再查询被执行人的财产（终结本次执行程序的案件除外）",
                en: "The case is closed (\(closure.enName)); the debtor's property is no longer inquired into (except after 终本)"))])
        }
        if history.suspendedSince != nil {
            return ActionRefusal(code: "lifecycle.suspended", reasons: [Reason(citations: [PropertyArticles.suspension], message: LocalizedText(
                zh: "案件中止执行期间不进行新的查询", en: "While enforcement is suspended no new inquiry is made"))])
        }
        return nil
    }

    /// The legal basis every inquiry records.
    public static func basis(afterTermination: Bool) -> Reason {
        var citations = [PropertyArticles.cpl(253, para: 1), PropertyArticles.onlineFreezing]
        if afterTermination { citations.append(PropertyArticles.followUpInquiry) }
        return Reason(citations: citations, message: LocalizedText(
            zh: afterTermination ? "终结本次执行程序后，人民法院通过网络执行查控系统定期查询被执行人的财产" : "人民法院有权向有关单位查询被执行人的存款、债券、股票、基金份额等财产情况",
            en: afterTermination ? "After 终本 the court inquires into the debtor's property through the online system at intervals" : "The court may inquire of the bodies concerned into the debtor's deposits, bonds, shares, fund units and other property"))
    }

    /// The moment a period of `hours` hours that starts at `start` ends: the starting hour is not counted
    /// (CPL 2023 Art.85 para.2), so it runs from the next full hour. Beijing time is a whole number of hours
    /// ahead of UTC, so the full hours are the same in both.
    public static func deadline(from start: Date, hours: Int) -> Date {
        let seconds = start.timeIntervalSince1970
        let nextHour = (seconds / 3600).rounded(.down) * 3600 + 3600
        return Date(timeIntervalSince1970: nextHour + Double(max(hours, 1)) * 3600)
    }

    /// Where a request stands at `now`.
    public static func standing(_ request: InquiryTiming, now: Date, hours: Int = defaultAnswerHours) -> InquiryStanding {
        let due = deadline(from: request.resentAt ?? request.sentAt, hours: hours)
        if let answered = request.answeredAt {
            return InquiryStanding(state: .answered, dueAt: due, late: answered > due, mayResend: false,
                                   reason: Reason(citations: [PropertyArticles.lifecycle], message: LocalizedText(
                                    zh: answered > due ? "已答复，但晚于答复期限" : "已在答复期限内答复",
                                    en: answered > due ? "Answered, after the answer time" : "Answered within the answer time")))
        }
        guard now >= due else {
            return InquiryStanding(state: .pending, dueAt: due, late: false, mayResend: false, reason: timeReason(hours))
        }
        let resent = request.resentAt != nil
        return InquiryStanding(state: resent ? .overdueAfterResend : .overdue, dueAt: due, late: true, mayResend: !resent,
                               reason: Reason(citations: [PropertyArticles.lifecycle, PropertyArticles.hoursCounting], message: LocalizedText(
                                zh: resent ? "重发后仍未在答复期限内答复：已提示指挥中心督促" : "未在答复期限内答复：重发一次，重新计算答复期限",
                                en: resent ? "Not answered in time after it was resent: the command centre is told" : "Not answered in time: resent once, with a new answer time")))
    }

    static func timeReason(_ hours: Int) -> Reason {
        Reason(citations: [PropertyArticles.lifecycle, PropertyArticles.hoursCounting], message: LocalizedText(
            zh: "协助执行单位应在 \(hours) 小时内答复；期间开始的时不计算在内，自下一个整点起算",
            en: "The institution answers within \(hours) hours; the starting hour is not counted, so the time runs from the next full hour"))
    }
}

/// When a request went out, was resent and was answered.
public struct InquiryTiming: Sendable, Hashable {
    public let sentAt: Date
    public let resentAt: Date?
    public let answeredAt: Date?

    public init(sentAt: Date, resentAt: Date? = nil, answeredAt: Date? = nil) {
        self.sentAt = sentAt
        self.resentAt = resentAt
        self.answeredAt = answeredAt
    }
}

public struct InquiryStanding: Sendable, Hashable {
    public enum State: String, Sendable, Hashable, Codable {
        case pending, answered, overdue, overdueAfterResend
    }

    public let state: State
    /// The end of the answer time now running (from the resend, once resent).
    public let dueAt: Date
    /// Answered late, or not answered by `dueAt`.
    public let late: Bool
    /// Overdue and not yet resent: the one resend is due.
    public let mayResend: Bool
    public let reason: Reason
}
