/// The grounds on which a listed person may ask for correction (Art.11).
public enum CorrectionGround: String, Sendable, Hashable, Codable, CaseIterable, CreditFactEnum {
    /// Item 1: 不应将其纳入失信被执行人名单.
    case shouldNotHaveBeenListed
    /// Item 2: 记载和公布的失信信息不准确.
    case inaccurateInformation
    /// Item 3: 失信信息应予删除.
    case shouldBeDeleted

    public var item: Int {
        switch self {
        case .shouldNotHaveBeenListed: 1
        case .inaccurateInformation: 2
        case .shouldBeDeleted: 3
        }
    }
}

/// A written application for correction (Art.11-12).
public struct CorrectionApplication: Decodable, Sendable {
    /// The date the enforcing court received the written application.
    public var receivedOn: LocalDate
    public var grounds: [CorrectionGround]
    /// The court's review (human finding): `true` the reasons hold, `false` they do not; absent while pending.
    public var reasonsFoundValid: Bool?
    /// The date of the review decision (required when `reasonsFoundValid` is given).
    public var reviewedOn: LocalDate?
    /// The date the decision rejecting the application was served.
    public var rejectionServedOn: LocalDate?
    /// The date the court one level up received an application for reconsideration.
    public var reconsiderationReceivedOn: LocalDate?

    public init(receivedOn: LocalDate, grounds: [CorrectionGround], reasonsFoundValid: Bool? = nil,
                reviewedOn: LocalDate? = nil, rejectionServedOn: LocalDate? = nil,
                reconsiderationReceivedOn: LocalDate? = nil) {
        self.receivedOn = receivedOn
        self.grounds = grounds
        self.reasonsFoundValid = reasonsFoundValid
        self.reviewedOn = reviewedOn
        self.rejectionServedOn = rejectionServedOn
        self.reconsiderationReceivedOn = reconsiderationReceivedOn
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case receivedOn, grounds, reasonsFoundValid, reviewedOn, rejectionServedOn, reconsiderationReceivedOn
    }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        receivedOn = try c.creditRequired(LocalDate.self, .receivedOn)
        grounds = try c.creditEnumList(CorrectionGround.self, .grounds).sorted { $0.item < $1.item }
        if grounds.isEmpty {
            throw CreditDecoding.error(c.creditPath(.grounds), "empty", zh: "纠正申请须至少列明一项理由（第十一条）",
                                       en: "An application for correction must give at least one ground (Art.11)")
        }
        reasonsFoundValid = try c.creditOptional(Bool.self, .reasonsFoundValid)
        reviewedOn = try c.creditOptional(LocalDate.self, .reviewedOn)
        rejectionServedOn = try c.creditOptional(LocalDate.self, .rejectionServedOn)
        reconsiderationReceivedOn = try c.creditOptional(LocalDate.self, .reconsiderationReceivedOn)
        if reasonsFoundValid != nil && reviewedOn == nil {
            throw CreditDecoding.error(c.creditPath(.reviewedOn), "missing",
                                       zh: "给出审查结论时须给出审查日期（reviewedOn）",
                                       en: "reviewedOn is required with reasonsFoundValid")
        }
        if (rejectionServedOn != nil || reconsiderationReceivedOn != nil) && reasonsFoundValid != false {
            throw CreditDecoding.error(c.creditPath(.reasonsFoundValid), "inconsistent",
                                       zh: "只有驳回决定（reasonsFoundValid 为 false）才能送达驳回决定或申请复议",
                                       en: "A rejection can be served, and reconsideration sought, only when reasonsFoundValid is false")
        }
        try creditRequireOrder(receivedOn, reviewedOn, earlierField: c.creditPath(.receivedOn),
                               laterField: c.creditPath(.reviewedOn))
        try creditRequireOrder(reviewedOn, rejectionServedOn, earlierField: c.creditPath(.reviewedOn),
                               laterField: c.creditPath(.rejectionServedOn))
        try creditRequireOrder(rejectionServedOn, reconsiderationReceivedOn,
                               earlierField: c.creditPath(.rejectionServedOn),
                               laterField: c.creditPath(.reconsiderationReceivedOn))
    }

    func validate(asOf: LocalDate) throws {
        try creditRequireNotAfter(receivedOn, asOf, field: "correction.receivedOn")
        try creditRequireNotAfter(reviewedOn, asOf, field: "correction.reviewedOn")
        try creditRequireNotAfter(rejectionServedOn, asOf, field: "correction.rejectionServedOn")
        try creditRequireNotAfter(reconsiderationReceivedOn, asOf, field: "correction.reconsiderationReceivedOn")
    }
}
