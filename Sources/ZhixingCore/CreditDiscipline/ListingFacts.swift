/// Who asks for a listing or a restriction: the applicant (申请执行人申请) or the court of its own motion (依职权).
public enum MeasureInitiator: String, Sendable, Hashable, Codable, CaseIterable, CreditFactEnum {
    case applicant, court
}

/// A request to list the debtor now (Art.5 para.2).
public struct ListingRequest: Decodable, Sendable {
    public var initiatedBy: MeasureInitiator
    /// The date the court received the applicant's application (required when `initiatedBy` is `applicant`).
    public var appliedOn: LocalDate?
    /// The date of the listing decision; the decision takes effect when made (Art.5 para.3). Default `asOf`.
    public var decidedOn: LocalDate?
    /// Art.2 para.1: the extension the court decides, 0-3 years (可以延长一至三年). Default 0.
    public var extensionYears: Int
    /// Opinions 2019 No.15: a grace period of 1-3 months before the listing is published.
    public var gracePeriodMonths: Int?

    public init(initiatedBy: MeasureInitiator, appliedOn: LocalDate? = nil, decidedOn: LocalDate? = nil,
                extensionYears: Int = 0, gracePeriodMonths: Int? = nil) {
        self.initiatedBy = initiatedBy
        self.appliedOn = appliedOn
        self.decidedOn = decidedOn
        self.extensionYears = extensionYears
        self.gracePeriodMonths = gracePeriodMonths
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case initiatedBy, appliedOn, decidedOn, extensionYears, gracePeriodMonths
    }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let initiator = try c.creditEnum(MeasureInitiator.self, .initiatedBy) else {
            throw CreditDecoding.error(c.creditPath(.initiatedBy), "missing",
                                       zh: "缺少必填字段：\(c.creditPath(.initiatedBy))（applicant 或 court）",
                                       en: "Missing required field: \(c.creditPath(.initiatedBy)) (applicant or court)")
        }
        initiatedBy = initiator
        appliedOn = try c.creditOptional(LocalDate.self, .appliedOn)
        decidedOn = try c.creditOptional(LocalDate.self, .decidedOn)
        extensionYears = try c.creditInteger(.extensionYears, in: 0...3) ?? 0
        gracePeriodMonths = try c.creditInteger(.gracePeriodMonths, in: 1...3)
        if initiatedBy == .applicant && appliedOn == nil {
            throw CreditDecoding.error(c.creditPath(.appliedOn), "missing",
                                       zh: "申请执行人申请纳入的，须给出收到申请的日期（appliedOn）",
                                       en: "appliedOn is required when the applicant asks for the listing")
        }
    }

    func validate(asOf: LocalDate) throws {
        try creditRequireNotAfter(appliedOn, asOf, field: "listingRequest.appliedOn")
        try creditRequireNotAfter(decidedOn, asOf, field: "listingRequest.decidedOn")
        try creditRequireOrder(appliedOn, decidedOn, earlierField: "listingRequest.appliedOn",
                               laterField: "listingRequest.decidedOn")
    }
}

/// How an earlier listing came off the list, for Art.10 paras.3-4.
public enum DeletionSituation: String, Sendable, Hashable, Codable, CaseIterable, CreditFactEnum {
    /// Art.10 para.1 items 1-7.
    case performed, settlementPerformed, applicantRequest, noPropertyAfterTermination, suspension
    case nonEnforcement, enforcementTerminated
    /// Art.10 para.2: the term ran out.
    case termExpired
    /// Art.2 para.2: early deletion.
    case earlyDeletion
    /// Art.9 para.1: revoked because the debtor should not have been listed.
    case revoked

    /// The Art.10 para.1 item, for deletions under that paragraph.
    var article10Item: Int? {
        switch self {
        case .performed: 1
        case .settlementPerformed: 2
        case .applicantRequest: 3
        case .noPropertyAfterTermination: 4
        case .suspension: 5
        case .nonEnforcement: 6
        case .enforcementTerminated: 7
        case .termExpired, .earlyDeletion, .revoked: nil
        }
    }
}

/// The applicant's written request to delete the listing (Art.10 para.1 item 3).
public struct ApplicantDeletionRequest: Decodable, Sendable, Hashable {
    public var requestedOn: LocalDate
    /// The date the court approved it after review (人民法院审查同意); absent while pending.
    public var approvedOn: LocalDate?

    public init(requestedOn: LocalDate, approvedOn: LocalDate? = nil) {
        self.requestedOn = requestedOn
        self.approvedOn = approvedOn
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case requestedOn, approvedOn }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        requestedOn = try c.creditRequired(LocalDate.self, .requestedOn)
        approvedOn = try c.creditOptional(LocalDate.self, .approvedOn)
        try creditRequireOrder(requestedOn, approvedOn, earlierField: c.creditPath(.requestedOn),
                               laterField: c.creditPath(.approvedOn))
    }
}

/// A listing already decided.
public struct ExistingListing: Decodable, Sendable {
    /// The date of the listing decision (effective when made, Art.5 para.3).
    public var listedOn: LocalDate
    public var grounds: [DishonestGround]
    /// Art.2 para.1: the extension decided, 0-3 years.
    public var extensionYears: Int
    public var applicantDeletionRequest: ApplicantDeletionRequest?
    /// When the listing was deleted, and why.
    public var deletedOn: LocalDate?
    public var deletionSituation: DeletionSituation?

    public init(listedOn: LocalDate, grounds: [DishonestGround], extensionYears: Int = 0,
                applicantDeletionRequest: ApplicantDeletionRequest? = nil, deletedOn: LocalDate? = nil,
                deletionSituation: DeletionSituation? = nil) {
        self.listedOn = listedOn
        self.grounds = grounds
        self.extensionYears = extensionYears
        self.applicantDeletionRequest = applicantDeletionRequest
        self.deletedOn = deletedOn
        self.deletionSituation = deletionSituation
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case listedOn, grounds, extensionYears, applicantDeletionRequest, deletedOn, deletionSituation
    }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        listedOn = try c.creditRequired(LocalDate.self, .listedOn)
        grounds = try c.creditEnumList(DishonestGround.self, .grounds).sorted { $0.item < $1.item }
        if grounds.isEmpty {
            throw CreditDecoding.error(c.creditPath(.grounds), "empty", zh: "已纳入名单须至少列明一项失信情形",
                                       en: "An existing listing must name at least one ground")
        }
        extensionYears = try c.creditInteger(.extensionYears, in: 0...3) ?? 0
        if extensionYears > 0 && !grounds.contains(where: \.hasFixedTerm) {
            throw CreditDecoding.error(c.creditPath(.extensionYears), "not_applicable",
                                       zh: "仅依第一条第一项纳入的名单没有纳入期限，不能延长（第二条第一款）",
                                       en: "A listing on Art.1 item 1 alone has no term and cannot be extended (Art.2 para.1)")
        }
        applicantDeletionRequest = try c.creditOptional(ApplicantDeletionRequest.self, .applicantDeletionRequest)
        deletedOn = try c.creditOptional(LocalDate.self, .deletedOn)
        deletionSituation = try c.creditEnum(DeletionSituation.self, .deletionSituation)
        if deletedOn != nil && deletionSituation == nil {
            throw CreditDecoding.error(c.creditPath(.deletionSituation), "missing",
                                       zh: "给出删除日期时须给出删除情形（deletionSituation）",
                                       en: "deletionSituation is required with deletedOn")
        }
        if deletionSituation != nil && deletedOn == nil {
            throw CreditDecoding.error(c.creditPath(.deletedOn), "missing",
                                       zh: "给出删除情形时须给出删除日期（deletedOn）",
                                       en: "deletedOn is required with deletionSituation")
        }
        try creditRequireOrder(listedOn, deletedOn, earlierField: c.creditPath(.listedOn),
                               laterField: c.creditPath(.deletedOn))
    }

    var hasFixedTerm: Bool { grounds.contains(where: \.hasFixedTerm) }

    func validate(asOf: LocalDate) throws {
        try creditRequireNotAfter(listedOn, asOf, field: "existingListing.listedOn")
        try creditRequireNotAfter(deletedOn, asOf, field: "existingListing.deletedOn")
        try creditRequireNotAfter(applicantDeletionRequest?.requestedOn, asOf,
                                  field: "existingListing.applicantDeletionRequest.requestedOn")
        try creditRequireNotAfter(applicantDeletionRequest?.approvedOn, asOf,
                                  field: "existingListing.applicantDeletionRequest.approvedOn")
    }
}
