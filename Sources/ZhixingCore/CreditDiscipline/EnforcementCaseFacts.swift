/// Why enforcement was suspended (中止执行); only retrial (审判监督) and bankruptcy matter for Art.10 item 5.
public enum SuspensionCause: String, Sendable, Hashable, Codable, CaseIterable, CreditFactEnum {
    case retrial, bankruptcy, other
}

/// The execution basis (执行依据): the issuing body and the document number (Art.6 item 5).
public struct CreditCaseBasis: Decodable, Sendable, Hashable {
    /// 制作单位, e.g. 北京市朝阳区人民法院 or an arbitration commission.
    public var issuer: String
    /// 文号, e.g. （2024）京0105民初5678号.
    public var documentNumber: String

    public init(issuer: String, documentNumber: String) {
        self.issuer = issuer
        self.documentNumber = documentNumber
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case issuer, documentNumber }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        issuer = try c.creditText(.issuer, required: true) ?? ""
        documentNumber = try c.creditText(.documentNumber, required: true) ?? ""
    }
}

/// The enforcement notice (执行通知书) and the period it sets for performance (Consumption Restriction
/// Provisions 2015 Art.1 para.1: "未按执行通知书指定的期间履行").
public struct EnforcementNoticeFacts: Decodable, Sendable, Hashable {
    public var servedOn: LocalDate?
    /// The period for performance stated in the notice, in days from service.
    public var periodDays: Int?
    /// The last day for performance, when the notice states a date rather than a period.
    public var performBy: LocalDate?

    public init(servedOn: LocalDate? = nil, periodDays: Int? = nil, performBy: LocalDate? = nil) {
        self.servedOn = servedOn
        self.periodDays = periodDays
        self.performBy = performBy
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case servedOn, periodDays, performBy }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        servedOn = try c.creditOptional(LocalDate.self, .servedOn)
        periodDays = try c.creditInteger(.periodDays, in: 1...365)
        performBy = try c.creditOptional(LocalDate.self, .performBy)
        if periodDays != nil && servedOn == nil {
            throw CreditDecoding.error(c.creditPath(.servedOn), "missing",
                                       zh: "给出履行期间（periodDays）时须给出送达日期（servedOn）",
                                       en: "servedOn is required when periodDays is given")
        }
        try creditRequireOrder(servedOn, performBy, earlierField: c.creditPath(.servedOn),
                               laterField: c.creditPath(.performBy))
    }
}

/// One inquiry through the online inquiry and control system (网络执行查控系统).
public struct OnlineInquiry: Decodable, Sendable, Hashable {
    public var on: LocalDate
    /// Whether property available for enforcement was found.
    public var propertyFound: Bool

    public init(on: LocalDate, propertyFound: Bool) {
        self.on = on
        self.propertyFound = propertyFound
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case on, propertyFound }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        on = try c.creditRequired(LocalDate.self, .on)
        propertyFound = try c.creditRequired(Bool.self, .propertyFound)
    }
}

/// The enforcement case: what Art.6 publishes, and the events that end or suspend enforcement (Art.10 para.1).
public struct EnforcementCaseFacts: Decodable, Sendable {
    /// 执行案号 (Art.6 item 5).
    public var caseNumber: CaseNumber?
    /// 立案时间 (Art.6 item 5).
    public var filedOn: LocalDate?
    /// 执行法院 (Art.6 item 5).
    public var court: String?
    /// 执行依据的制作单位和文号 (Art.6 item 5).
    public var basis: CreditCaseBasis?
    /// 生效法律文书确定的义务 (Art.6 item 3), in words.
    public var obligation: String?
    /// The amount the instrument orders paid, if the obligation is monetary.
    public var amountDue: Money?
    /// The amount performed so far.
    public var amountPerformed: Money?
    public var enforcementNotice: EnforcementNoticeFacts?

    /// Art.10 para.1 item 1: 被执行人已履行生效法律文书确定的义务或人民法院已执行完毕.
    public var fullyPerformedOn: LocalDate?
    /// Art.10 para.1 item 2: 当事人达成执行和解协议且已履行完毕.
    public var settlementPerformedOn: LocalDate?
    /// Art.10 para.1 item 4: the ruling terminating the current enforcement procedure (终结本次执行程序).
    public var currentProcedureTerminatedOn: LocalDate?
    /// Art.10 para.1 item 4: inquiries of the online inquiry and control system.
    public var onlineInquiries: [OnlineInquiry]
    /// Art.10 para.1 item 4: the applicant or another person provided an effective clue to property after 终本.
    public var effectivePropertyClueProvided: Bool
    /// Art.10 para.1 item 5: ruling suspending enforcement (中止执行) and its cause.
    public var suspendedOn: LocalDate?
    public var suspensionCause: SuspensionCause?
    /// Art.10 para.1 item 6: ruling not to enforce (裁定不予执行).
    public var nonEnforcementRuledOn: LocalDate?
    /// Art.10 para.1 item 7: ruling terminating enforcement (裁定终结执行).
    public var enforcementTerminatedOn: LocalDate?

    public init(caseNumber: CaseNumber? = nil, filedOn: LocalDate? = nil, court: String? = nil,
                basis: CreditCaseBasis? = nil, obligation: String? = nil, amountDue: Money? = nil,
                amountPerformed: Money? = nil, enforcementNotice: EnforcementNoticeFacts? = nil,
                fullyPerformedOn: LocalDate? = nil, settlementPerformedOn: LocalDate? = nil,
                currentProcedureTerminatedOn: LocalDate? = nil, onlineInquiries: [OnlineInquiry] = [],
                effectivePropertyClueProvided: Bool = false, suspendedOn: LocalDate? = nil,
                suspensionCause: SuspensionCause? = nil, nonEnforcementRuledOn: LocalDate? = nil,
                enforcementTerminatedOn: LocalDate? = nil) {
        self.caseNumber = caseNumber
        self.filedOn = filedOn
        self.court = court
        self.basis = basis
        self.obligation = obligation
        self.amountDue = amountDue
        self.amountPerformed = amountPerformed
        self.enforcementNotice = enforcementNotice
        self.fullyPerformedOn = fullyPerformedOn
        self.settlementPerformedOn = settlementPerformedOn
        self.currentProcedureTerminatedOn = currentProcedureTerminatedOn
        self.onlineInquiries = onlineInquiries
        self.effectivePropertyClueProvided = effectivePropertyClueProvided
        self.suspendedOn = suspendedOn
        self.suspensionCause = suspensionCause
        self.nonEnforcementRuledOn = nonEnforcementRuledOn
        self.enforcementTerminatedOn = enforcementTerminatedOn
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case caseNumber, filedOn, court, basis, obligation, amountDue, amountPerformed, enforcementNotice
        case fullyPerformedOn, settlementPerformedOn, currentProcedureTerminatedOn, onlineInquiries
        case effectivePropertyClueProvided, suspendedOn, suspensionCause, nonEnforcementRuledOn
        case enforcementTerminatedOn
    }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        caseNumber = try c.creditOptional(CaseNumber.self, .caseNumber)
        filedOn = try c.creditOptional(LocalDate.self, .filedOn)
        court = try c.creditText(.court)
        basis = try c.creditOptional(CreditCaseBasis.self, .basis)
        obligation = try c.creditText(.obligation)
        amountDue = try c.creditOptional(Money.self, .amountDue)
        amountPerformed = try c.creditOptional(Money.self, .amountPerformed)
        enforcementNotice = try c.creditOptional(EnforcementNoticeFacts.self, .enforcementNotice)
        fullyPerformedOn = try c.creditOptional(LocalDate.self, .fullyPerformedOn)
        settlementPerformedOn = try c.creditOptional(LocalDate.self, .settlementPerformedOn)
        currentProcedureTerminatedOn = try c.creditOptional(LocalDate.self, .currentProcedureTerminatedOn)
        onlineInquiries = try c.creditOptional([OnlineInquiry].self, .onlineInquiries) ?? []
        effectivePropertyClueProvided = try c.creditFlag(.effectivePropertyClueProvided)
        suspendedOn = try c.creditOptional(LocalDate.self, .suspendedOn)
        suspensionCause = try c.creditEnum(SuspensionCause.self, .suspensionCause)
        nonEnforcementRuledOn = try c.creditOptional(LocalDate.self, .nonEnforcementRuledOn)
        enforcementTerminatedOn = try c.creditOptional(LocalDate.self, .enforcementTerminatedOn)
        if suspendedOn != nil && suspensionCause == nil {
            throw CreditDecoding.error(c.creditPath(.suspensionCause), "missing",
                                       zh: "给出中止执行日期时须给出中止原因（retrial、bankruptcy 或 other）",
                                       en: "suspensionCause (retrial, bankruptcy or other) is required with suspendedOn")
        }
    }

    /// Dates must not lie after `asOf`; amounts must be sane.
    func validate(asOf: LocalDate) throws {
        let dated: [(String, LocalDate?)] = [
            ("enforcement.filedOn", filedOn), ("enforcement.fullyPerformedOn", fullyPerformedOn),
            ("enforcement.settlementPerformedOn", settlementPerformedOn),
            ("enforcement.currentProcedureTerminatedOn", currentProcedureTerminatedOn),
            ("enforcement.suspendedOn", suspendedOn), ("enforcement.nonEnforcementRuledOn", nonEnforcementRuledOn),
            ("enforcement.enforcementTerminatedOn", enforcementTerminatedOn),
            ("enforcement.enforcementNotice.servedOn", enforcementNotice?.servedOn)]
        for (field, date) in dated {
            try creditRequireNotAfter(date, asOf, field: field)
        }
        for (index, inquiry) in onlineInquiries.enumerated() {
            try creditRequireNotAfter(inquiry.on, asOf, field: "enforcement.onlineInquiries[\(index)].on")
        }
        if let amountDue, amountDue.isNegative {
            throw CreditDecoding.error("enforcement.amountDue", "negative", zh: "应履行金额不能为负数",
                                       en: "amountDue cannot be negative")
        }
        if let amountPerformed {
            if amountPerformed.isNegative {
                throw CreditDecoding.error("enforcement.amountPerformed", "negative", zh: "已履行金额不能为负数",
                                           en: "amountPerformed cannot be negative")
            }
            if let amountDue, amountPerformed > amountDue {
                throw CreditDecoding.error("enforcement.amountPerformed", "exceeds_due",
                                           zh: "已履行金额不能超过应履行金额", en: "amountPerformed cannot exceed amountDue")
            }
        }
    }

    /// The first date on which the obligations were extinguished: full performance or a performed settlement.
    func performedOn(by date: LocalDate) -> LocalDate? {
        [fullyPerformedOn, settlementPerformedOn].compactMap { $0 }.filter { $0 <= date }.min()
    }
}
