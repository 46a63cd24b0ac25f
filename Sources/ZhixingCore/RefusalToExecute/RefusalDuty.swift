/// A timed act owed in a referral: who owes it, under which provision, and what it answers.
public enum RefusalDuty: String, Sendable, Hashable, Codable, CaseIterable {
    /// Opinions 2025 Art.5 para.2: decide whether to file, 7 days (30 days for a major, complicated case).
    case filingReview
    /// Opinions 2025 Art.12 para.1: a written answer within 30 days of receiving the court's materials.
    case writtenAnswerToTransfer
    /// Opinions 2025 Art.11 item 2: a written answer within 30 days of accepting the applicant's complaint.
    case complaintAnswer
    /// Opinions 2025 Art.7: tell the enforcing court, with reasons, within 7 days of not filing or withdrawing.
    case feedbackToCourt
    /// Opinions 2025 Art.8 para.1: written reasons for not filing, 7 days from receipt of the request.
    case reasonsAnswer
    /// Opinions 2025 Art.8 para.2: file within 15 days from receipt of the notice to file.
    case filingAfterNotice
    /// CrimPL 2018 Art.91 paras.1-2: ask for approval of arrest within 3 days of detention (up to 7, or 30).
    case arrestRequestAfterDetention
    /// CrimPL 2018 Art.91 para.3 (Opinions 2025 Art.9): decide on the arrest request within 7 days of receipt.
    case arrestDecision
    /// CrimPL 2018 Art.156: custody for investigation after arrest, 2 months (+1 month on the superior
    /// procuratorate's approval); ends with the transfer for prosecution or a release.
    case investigationCustody
    /// CrimPL 2018 Art.172 para.1 (Opinions 2025 Art.9): decide on prosecution within 1 month (+15 days);
    /// in fast-track cases within 10 days (15).
    case prosecutionReview
    /// CrimPL 2018 Art.175 para.3: finish supplementary investigation within 1 month.
    case supplementaryInvestigation
    /// CrimPL 2018 Art.208 para.1 (Opinions 2025 Art.10): pronounce judgment within 2 months of accepting the
    /// public prosecution, 3 months at the latest.
    case firstInstanceTrial
    /// CrimPL 2018 Art.212 para.2: a private prosecution: as Art.208 if the defendant is in custody, else 6 months.
    case privateProsecutionTrial
    /// CrimPL 2018 Art.180: the applicant (as victim) may appeal a decision not to prosecute within 7 days of
    /// receiving it. A right, not a duty: nothing is overdue when it passes, the appeal is just no longer open.
    case nonProsecutionAppeal

    public var title: LocalizedText {
        switch self {
        case .filingReview:
            LocalizedText(zh: "公安机关作出是否立案的决定", en: "police decision whether to file")
        case .writtenAnswerToTransfer:
            LocalizedText(zh: "公安机关对法院移送材料的书面答复", en: "police written answer to the court's transfer")
        case .complaintAnswer:
            LocalizedText(zh: "公安机关对控告的书面答复", en: "police written answer to the complaint")
        case .feedbackToCourt:
            LocalizedText(zh: "公安机关函告执行法院并说明理由", en: "police letter to the enforcing court with reasons")
        case .reasonsAnswer:
            LocalizedText(zh: "公安机关书面说明不立案理由", en: "police written reasons for not filing")
        case .filingAfterNotice:
            LocalizedText(zh: "公安机关按通知立案", en: "police filing on the procuratorate's notice")
        case .arrestRequestAfterDetention:
            LocalizedText(zh: "公安机关提请批准逮捕（或释放）", en: "police request for approval of arrest (or release)")
        case .arrestDecision:
            LocalizedText(zh: "检察院作出是否批准逮捕的决定", en: "procuratorate decision on the arrest request")
        case .investigationCustody:
            LocalizedText(zh: "逮捕后的侦查羁押期限（移送审查起诉或者释放）", en: "custody for investigation after arrest (transfer for prosecution or release)")
        case .prosecutionReview:
            LocalizedText(zh: "检察院作出是否起诉的决定", en: "procuratorate decision whether to prosecute")
        case .supplementaryInvestigation:
            LocalizedText(zh: "公安机关补充侦查完毕", en: "police completion of supplementary investigation")
        case .firstInstanceTrial:
            LocalizedText(zh: "人民法院宣告一审判决", en: "court's first-instance judgment")
        case .privateProsecutionTrial:
            LocalizedText(zh: "人民法院宣告自诉案件一审判决", en: "court's first-instance judgment in the private prosecution")
        case .nonProsecutionAppeal:
            LocalizedText(zh: "申请执行人对不起诉决定的申诉期（权利）", en: "applicant's period to appeal the decision not to prosecute (a right)")
        }
    }
}

/// Whether a running period is still open on the "as of" date.
public enum RefusalDeadlineStatus: String, Sendable, Hashable, Codable {
    /// The due date is on or after the "as of" date.
    case running
    /// The due date is before the "as of" date and the act has not been recorded.
    case overdue
}

/// A period still open (or overdue) on the "as of" date.
public struct RefusalDeadline: Sendable, Hashable, Cited {
    public let duty: RefusalDuty
    public let title: LocalizedText
    public let owedBy: RefusalOrgan
    public let citations: [Citation]
    /// The index in `events` of the event that started the period.
    public let triggeredBy: Int
    /// The day the period begins (not counted).
    public let start: LocalDate
    /// The period as the provision states it after any extension recorded (`{"unit": "days", "count": 7}`).
    public let period: Period
    /// Days added after the end of `period` (CrimPL 2018 Art.172: "可以延长十五日"), if any.
    public let extensionDays: Int?
    public let basis: CountingBasis
    /// The last day on which the act is still in time (statutory calendar).
    public let dueDate: LocalDate
    public let status: RefusalDeadlineStatus
    /// Days from the "as of" date to the due date (negative when overdue).
    public let daysRemaining: Int
    /// What follows when the period passes without the act.
    public let consequence: LocalizedText?
    public let reasons: [Reason]
    public let warnings: [Reason]
}

/// A period that was closed by the act it asked for, in time or late.
public struct RefusalCompletedDuty: Sendable, Hashable, Cited {
    public let duty: RefusalDuty
    public let title: LocalizedText
    public let owedBy: RefusalOrgan
    public let citations: [Citation]
    public let start: LocalDate
    public let dueDate: LocalDate
    /// The date of the act that closed the period.
    public let metOn: LocalDate
    /// The index in `events` of that act.
    public let metBy: Int
    public let late: Bool
    public let reasons: [Reason]
}

/// An act owed "promptly" or without a period the law fixes: listed, never dated.
public struct RefusalUntimedDuty: Sendable, Hashable, Cited {
    public let code: String
    public let title: LocalizedText
    public let owedBy: RefusalOrgan
    public let citations: [Citation]
    /// Since when it is owed.
    public let since: LocalDate
    public let reasons: [Reason]
}
