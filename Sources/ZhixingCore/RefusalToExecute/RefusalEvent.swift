/// Who acts in a refusal-to-execute referral.
public enum RefusalOrgan: String, Sendable, Hashable, Codable, CaseIterable {
    /// The enforcing court (执行法院), or the court trying the case.
    case court
    /// The public security organ (公安机关).
    case police
    /// The people's procuratorate (人民检察院).
    case procuratorate
    /// The applicant for enforcement (申请执行人), the private prosecutor of Art.11.
    case applicant

    public var name: LocalizedText {
        switch self {
        case .court: LocalizedText(zh: "人民法院", en: "the court")
        case .police: LocalizedText(zh: "公安机关", en: "the police")
        case .procuratorate: LocalizedText(zh: "人民检察院", en: "the procuratorate")
        case .applicant: LocalizedText(zh: "申请执行人", en: "the applicant")
        }
    }
}

/// The procuratorate's decision on a request for approval of arrest (CrimPL 2018 Art.90).
public enum ArrestOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    case approved, notApproved
}

/// What happened in a referral. The JSON value is the case name (`courtTransfer`, ...).
public enum RefusalEventKind: String, Sendable, Hashable, Codable, CaseIterable {
    // Transfer and the police's review (Opinions Arts.3-8)
    /// 移送: the enforcing court transfers the case to the police (Art.3).
    case courtTransfer
    /// 移送: the procuratorate, in enforcement supervision, transfers the Art.4 materials (Art.8 para.3).
    case procuratorateTransfer
    /// 受案登记并出具回执: the police register the transferred materials and give a receipt (Art.5 para.1).
    case policeAcceptance
    /// 案情重大疑难复杂: the police's finding that extends the filing review to 30 days (Art.5 para.2).
    case majorComplexFinding
    /// 立案侦查 (Art.5 para.2; Art.8 para.2).
    case filingDecision
    /// 不予立案决定 (Art.5 para.2).
    case notFilingDecision
    /// A written answer of the police that is not itself a filing decision (Art.11 item 2; Art.12 para.1).
    case writtenAnswer
    /// 立案后撤销案件 (Art.7).
    case caseWithdrawal
    /// 函告执行法院并说明理由: the police tell the enforcing court why they did not file or withdrew (Art.7).
    case policeFeedback

    // Filing supervision (Opinions Arts.7-8)
    /// 提请人民检察院监督: the enforcing court asks the procuratorate to supervise (Art.7).
    case supervisionRequest
    /// 要求公安机关说明不立案理由 (Art.8 para.1).
    case reasonsRequest
    /// 书面说明不立案的情况、依据和理由 (Art.8 para.1).
    case reasonsAnswer
    /// The procuratorate finds the police's reasons for not filing valid (Art.12 para.2).
    case reasonsAccepted
    /// 通知公安机关立案, on the Procurator-General's decision (Art.8 para.2).
    case filingNotice

    // Coercive measures (Opinions Arts.6, 9; CrimPL 2018 Arts.90-91)
    /// 刑事拘留.
    case detention
    /// Release from detention or change to a non-custodial measure.
    case releasedFromDetention
    /// 提请批准逮捕.
    case arrestRequest
    /// 批准逮捕 / 不批准逮捕 (`outcome`).
    case arrestDecision
    /// 经上一级人民检察院批准延长侦查羁押期限一个月 (CrimPL 2018 Art.156).
    case investigationCustodyExtended

    // Prosecution (Opinions Art.9; CrimPL 2018 Arts.172, 175-177)
    /// 移送审查起诉.
    case prosecutionTransfer
    /// 重大、复杂案件延长审查起诉期限 (CrimPL 2018 Art.172 para.1).
    case prosecutionReviewExtended
    /// 退回补充侦查 (CrimPL 2018 Art.175).
    case returnForSupplementaryInvestigation
    /// 补充侦查完毕重新移送 (CrimPL 2018 Art.175 para.3).
    case resubmission
    /// 提起公诉.
    case publicProsecution
    /// 不起诉决定 (Art.11 item 2; Art.12 para.1).
    case nonProsecution

    // Trial (Opinions Arts.10, 17)
    /// 延长审理期限 to three months (CrimPL 2018 Art.208 para.1).
    case trialPeriodExtended
    /// 一审宣告判决.
    case judgment

    // The applicant (Opinions Arts.11-17)
    /// 控告: the applicant complains to the police (Art.11 item 2).
    case complaint
    /// The police refuse to accept the complaint materials (Art.11 item 2).
    case complaintRefused
    /// The police accept the complaint materials (Art.11 item 2: 30 days for a written answer).
    case complaintAccepted
    /// The court or procuratorate tells the applicant that a private prosecution may be brought (Art.12).
    case applicantNotified
    /// 提起刑事自诉 (Arts.11, 13).
    case privateProsecutionFiled
    /// 自诉立案 (Art.14).
    case privateProsecutionAccepted
    /// 不予受理 / 驳回自诉.
    case privateProsecutionRejected
    /// 自行和解 (Art.17).
    case reconciliation
    /// 撤回自诉 (Art.17).
    case privateProsecutionWithdrawn

    /// The organs that may be recorded as the actor of this kind of event.
    public var allowedActors: [RefusalOrgan] {
        switch self {
        case .courtTransfer, .supervisionRequest, .trialPeriodExtended, .judgment,
             .privateProsecutionAccepted, .privateProsecutionRejected:
            [.court]
        case .procuratorateTransfer, .reasonsRequest, .reasonsAccepted, .filingNotice, .arrestDecision, .investigationCustodyExtended,
             .prosecutionReviewExtended, .returnForSupplementaryInvestigation, .publicProsecution, .nonProsecution:
            [.procuratorate]
        case .policeAcceptance, .majorComplexFinding, .filingDecision, .notFilingDecision, .writtenAnswer,
             .caseWithdrawal, .policeFeedback, .reasonsAnswer, .detention, .releasedFromDetention,
             .arrestRequest, .prosecutionTransfer, .resubmission, .complaintRefused, .complaintAccepted:
            [.police]
        case .complaint, .privateProsecutionFiled, .reconciliation, .privateProsecutionWithdrawn:
            [.applicant]
        case .applicantNotified:
            [.court, .procuratorate]
        }
    }

    public var title: LocalizedText {
        switch self {
        case .courtTransfer: LocalizedText(zh: "法院移送", en: "transfer by the court")
        case .procuratorateTransfer: LocalizedText(zh: "检察院移送", en: "transfer by the procuratorate")
        case .policeAcceptance: LocalizedText(zh: "公安机关受案", en: "acceptance by the police")
        case .majorComplexFinding: LocalizedText(zh: "认定案情重大疑难复杂", en: "finding that the case is major and complex")
        case .filingDecision: LocalizedText(zh: "立案侦查", en: "decision to file for investigation")
        case .notFilingDecision: LocalizedText(zh: "不予立案决定", en: "decision not to file")
        case .writtenAnswer: LocalizedText(zh: "公安机关书面答复", en: "written answer of the police")
        case .caseWithdrawal: LocalizedText(zh: "撤销案件", en: "withdrawal of the case")
        case .policeFeedback: LocalizedText(zh: "函告执行法院", en: "letter to the enforcing court")
        case .supervisionRequest: LocalizedText(zh: "提请检察监督", en: "request for procuratorial supervision")
        case .reasonsRequest: LocalizedText(zh: "要求说明不立案理由", en: "request for the reasons for not filing")
        case .reasonsAnswer: LocalizedText(zh: "书面说明不立案理由", en: "written reasons for not filing")
        case .reasonsAccepted: LocalizedText(zh: "认为不立案理由成立", en: "reasons for not filing found valid")
        case .filingNotice: LocalizedText(zh: "通知公安机关立案", en: "notice to the police to file")
        case .detention: LocalizedText(zh: "刑事拘留", en: "criminal detention")
        case .releasedFromDetention: LocalizedText(zh: "释放或变更强制措施", en: "release or change of measure")
        case .arrestRequest: LocalizedText(zh: "提请批准逮捕", en: "request for approval of arrest")
        case .arrestDecision: LocalizedText(zh: "审查批准逮捕决定", en: "decision on the arrest request")
        case .investigationCustodyExtended: LocalizedText(zh: "延长侦查羁押期限", en: "extension of custody for investigation")
        case .prosecutionTransfer: LocalizedText(zh: "移送审查起诉", en: "transfer for review of prosecution")
        case .prosecutionReviewExtended: LocalizedText(zh: "延长审查起诉期限", en: "extension of the prosecution review")
        case .returnForSupplementaryInvestigation: LocalizedText(zh: "退回补充侦查", en: "return for supplementary investigation")
        case .resubmission: LocalizedText(zh: "补充侦查完毕重新移送", en: "resubmission after supplementary investigation")
        case .publicProsecution: LocalizedText(zh: "提起公诉", en: "public prosecution")
        case .nonProsecution: LocalizedText(zh: "不起诉决定", en: "decision not to prosecute")
        case .trialPeriodExtended: LocalizedText(zh: "延长审理期限", en: "extension of the trial period")
        case .judgment: LocalizedText(zh: "宣告判决", en: "judgment pronounced")
        case .complaint: LocalizedText(zh: "申请执行人控告", en: "complaint by the applicant")
        case .complaintRefused: LocalizedText(zh: "公安机关不予接受控告材料", en: "complaint materials refused by the police")
        case .complaintAccepted: LocalizedText(zh: "公安机关接受控告材料", en: "complaint materials accepted by the police")
        case .applicantNotified: LocalizedText(zh: "告知申请执行人可以提起自诉", en: "applicant told of the right to prosecute privately")
        case .privateProsecutionFiled: LocalizedText(zh: "提起刑事自诉", en: "private prosecution brought")
        case .privateProsecutionAccepted: LocalizedText(zh: "自诉立案", en: "private prosecution filed by the court")
        case .privateProsecutionRejected: LocalizedText(zh: "自诉不予受理或驳回", en: "private prosecution rejected")
        case .reconciliation: LocalizedText(zh: "自诉人与被告人和解", en: "reconciliation")
        case .privateProsecutionWithdrawn: LocalizedText(zh: "撤回自诉", en: "private prosecution withdrawn")
        }
    }
}

/// One event of a referral: what happened, on which day, done by whom.
///
/// JSON: `{"kind": "reasonsRequest", "date": "2025-09-15", "actor": "procuratorate", "receivedOn": "2025-09-16"}`.
/// Optional fields apply to some kinds only: `receivedOn` (the day the addressee received the document;
/// periods "after receipt" count from it, else from `date`), `outcome` (`arrestDecision`), `extensionDays`
/// and `roamingRepeatedOrGang` (`detention`, CrimPL 2018 Art.91 paras.1-2), `fastTrack`
/// (`prosecutionTransfer`, CrimPL 2018 Art.172 para.1), `inCustody` (`arrestRequest`,
/// `prosecutionTransfer`, `privateProsecutionAccepted`), `note` (free text, kept for the record).
public struct RefusalEvent: Sendable, Hashable, Decodable {
    public let kind: RefusalEventKind
    public let date: LocalDate
    public let actor: RefusalOrgan
    public let receivedOn: LocalDate?
    public let outcome: ArrestOutcome?
    public let extensionDays: Int?
    public let roamingRepeatedOrGang: Bool?
    public let fastTrack: Bool?
    public let inCustody: Bool?
    public let note: String?

    public init(_ kind: RefusalEventKind, _ date: LocalDate, by actor: RefusalOrgan, receivedOn: LocalDate? = nil,
                outcome: ArrestOutcome? = nil, extensionDays: Int? = nil, roamingRepeatedOrGang: Bool? = nil,
                fastTrack: Bool? = nil, inCustody: Bool? = nil, note: String? = nil) {
        self.kind = kind
        self.date = date
        self.actor = actor
        self.receivedOn = receivedOn
        self.outcome = outcome
        self.extensionDays = extensionDays
        self.roamingRepeatedOrGang = roamingRepeatedOrGang
        self.fastTrack = fastTrack
        self.inCustody = inCustody
        self.note = note
    }

    /// The day from which a period "after receipt" counts: `receivedOn`, else `date`.
    public var effectiveReceipt: LocalDate { receivedOn ?? date }

    private enum CodingKeys: String, CodingKey {
        case kind, date, actor, receivedOn, outcome, extensionDays, roamingRepeatedOrGang, fastTrack, inCustody, note
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let base = JSONFacts.path(decoder.codingPath)
        func field(_ key: CodingKeys) -> String { base.isEmpty ? key.stringValue : "\(base).\(key.stringValue)" }

        let kindText = try c.decode(String.self, forKey: .kind)
        guard let kind = RefusalEventKind(rawValue: kindText) else {
            throw FieldError(field: field(.kind), code: "refusal.event.kind_unknown", message: LocalizedText(
                zh: "未知的事件类型：\(kindText)", en: "Unknown event kind: \(kindText)"))
        }
        let actorText = try c.decode(String.self, forKey: .actor)
        guard let actor = RefusalOrgan(rawValue: actorText) else {
            throw FieldError(field: field(.actor), code: "refusal.event.actor_unknown", message: LocalizedText(
                zh: "未知的行为主体：\(actorText)（应为 court、police、procuratorate 或 applicant）",
                en: "Unknown actor: \(actorText) (expected court, police, procuratorate or applicant)"))
        }
        let date = try LocalDate(factText: try c.decode(String.self, forKey: .date), field: field(.date))
        let receivedOn = try c.decodeIfPresent(String.self, forKey: .receivedOn)
            .map { try LocalDate(factText: $0, field: field(.receivedOn)) }
        var outcome: ArrestOutcome?
        if let text = try c.decodeIfPresent(String.self, forKey: .outcome) {
            guard let value = ArrestOutcome(rawValue: text) else {
                throw FieldError(field: field(.outcome), code: "refusal.event.outcome_unknown", message: LocalizedText(
                    zh: "未知的逮捕审查结果：\(text)（应为 approved 或 notApproved）",
                    en: "Unknown arrest decision: \(text) (expected approved or notApproved)"))
            }
            outcome = value
        }
        self.init(kind, date, by: actor, receivedOn: receivedOn, outcome: outcome,
                  extensionDays: try c.decodeIfPresent(Int.self, forKey: .extensionDays),
                  roamingRepeatedOrGang: try c.decodeIfPresent(Bool.self, forKey: .roamingRepeatedOrGang),
                  fastTrack: try c.decodeIfPresent(Bool.self, forKey: .fastTrack),
                  inCustody: try c.decodeIfPresent(Bool.self, forKey: .inCustody),
                  note: try c.decodeIfPresent(String.self, forKey: .note))
    }
}
