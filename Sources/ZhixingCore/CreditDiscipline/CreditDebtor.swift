/// 被执行人: a natural person or an organisation (法人或者其他组织).
public enum DebtorKind: String, Sendable, Hashable, Codable, CaseIterable, CreditFactEnum {
    case naturalPerson, organisation
}

/// The persons bound by a consumption restriction of an organisation (Consumption Restriction Provisions 2015
/// Art.3 para.2): 法定代表人, 主要负责人, 影响债务履行的直接责任人员, 实际控制人.
public enum ResponsibleRole: String, Sendable, Hashable, Codable, CaseIterable, CreditFactEnum {
    case legalRepresentative, principalResponsiblePerson, directlyResponsiblePerson, actualController

    public var title: LocalizedText {
        switch self {
        case .legalRepresentative: LocalizedText(zh: "法定代表人", en: "legal representative")
        case .principalResponsiblePerson: LocalizedText(zh: "主要负责人", en: "principal responsible person")
        case .directlyResponsiblePerson:
            LocalizedText(zh: "影响债务履行的直接责任人员", en: "person directly responsible for the non-performance")
        case .actualController: LocalizedText(zh: "实际控制人", en: "actual controller")
        }
    }
}

/// A person connected with an organisation debtor.
public struct ResponsiblePerson: Decodable, Sendable, Hashable {
    public var name: String
    public var roles: [ResponsibleRole]
    /// Opinions 2019 No.17 item 2: the person was a legal representative or principal responsible person and
    /// has been replaced because of the organisation's business needs.
    public var replacedForBusinessNeeds: Bool
    /// Opinions 2019 No.17 item 2 (human finding): the court has verified that the former holder is neither the
    /// actual controller nor a person directly responsible for the non-performance.
    public var verifiedNotControllerNorDirectlyResponsible: Bool

    public init(name: String, roles: [ResponsibleRole], replacedForBusinessNeeds: Bool = false,
                verifiedNotControllerNorDirectlyResponsible: Bool = false) {
        self.name = name
        self.roles = roles
        self.replacedForBusinessNeeds = replacedForBusinessNeeds
        self.verifiedNotControllerNorDirectlyResponsible = verifiedNotControllerNorDirectlyResponsible
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, roles, replacedForBusinessNeeds, verifiedNotControllerNorDirectlyResponsible
    }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.creditText(.name, required: true) ?? ""
        roles = try c.creditEnumList(ResponsibleRole.self, .roles)
        if roles.isEmpty {
            throw CreditDecoding.error(c.creditPath(.roles), "empty", zh: "须至少列明一种身份（roles）",
                                       en: "At least one role must be given (roles)")
        }
        replacedForBusinessNeeds = try c.creditFlag(.replacedForBusinessNeeds)
        verifiedNotControllerNorDirectlyResponsible = try c.creditFlag(.verifiedNotControllerNorDirectlyResponsible)
    }
}

/// The debtor (被执行人).
public struct CreditDebtor: Decodable, Sendable {
    public var kind: DebtorKind
    /// 姓名 or 名称.
    public var name: String

    // Natural person
    public var identityNumber: ResidentID?
    /// Needed when there is no resident identity number (e.g. a foreign national), to apply Art.4 (minors).
    public var birthDate: LocalDate?
    public var sex: Sex?
    /// Dishonest List Provisions 2017 Art.8 para.3: 国家工作人员 → the court notifies the employer.
    public var isStateFunctionary: Bool
    /// Opinions 2019 No.16: a full-time student who became a debtor through a "campus loan" (校园贷) dispute.
    public var fullTimeStudentInCampusLoanDispute: Bool

    // Organisation
    /// 统一社会信用代码 (Art.6 item 1).
    public var creditCode: CreditCode?
    /// 组织机构代码, for an organisation without a unified social credit code (Art.6 item 1, "或组织机构代码").
    public var organisationCode: String?
    /// 法定代表人或者负责人姓名 (Art.6 item 1).
    public var legalRepresentative: String?
    /// Art.8 para.4: 国家机关、国有企业 → the court notifies the superior or competent department.
    public var isStateOrganOrStateOwnedEnterprise: Bool
    /// Persons bound with the organisation by a consumption restriction (2015 Art.3 para.2).
    public var responsiblePersons: [ResponsiblePerson]

    public init(naturalPerson name: String, identityNumber: ResidentID? = nil, birthDate: LocalDate? = nil,
                sex: Sex? = nil, isStateFunctionary: Bool = false, fullTimeStudentInCampusLoanDispute: Bool = false) {
        self.kind = .naturalPerson
        self.name = name
        self.identityNumber = identityNumber
        self.birthDate = birthDate
        self.sex = sex
        self.isStateFunctionary = isStateFunctionary
        self.fullTimeStudentInCampusLoanDispute = fullTimeStudentInCampusLoanDispute
        self.creditCode = nil
        self.organisationCode = nil
        self.legalRepresentative = nil
        self.isStateOrganOrStateOwnedEnterprise = false
        self.responsiblePersons = []
    }

    public init(organisation name: String, creditCode: CreditCode? = nil, legalRepresentative: String? = nil,
                isStateOrganOrStateOwnedEnterprise: Bool = false, responsiblePersons: [ResponsiblePerson] = []) {
        self.kind = .organisation
        self.name = name
        self.identityNumber = nil
        self.birthDate = nil
        self.sex = nil
        self.isStateFunctionary = false
        self.fullTimeStudentInCampusLoanDispute = false
        self.creditCode = creditCode
        self.organisationCode = nil
        self.legalRepresentative = legalRepresentative
        self.isStateOrganOrStateOwnedEnterprise = isStateOrganOrStateOwnedEnterprise
        self.responsiblePersons = responsiblePersons
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, name, identityNumber, birthDate, sex, isStateFunctionary, fullTimeStudentInCampusLoanDispute
        case creditCode, organisationCode, legalRepresentative, isStateOrganOrStateOwnedEnterprise, responsiblePersons
    }

    public init(from decoder: any Decoder) throws {
        try decoder.creditRejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let kind = try c.creditEnum(DebtorKind.self, .kind) else {
            throw CreditDecoding.error(c.creditPath(.kind), "missing", zh: "缺少必填字段：debtor.kind",
                                       en: "Missing required field: debtor.kind")
        }
        self.kind = kind
        name = try c.creditText(.name, required: true) ?? ""
        identityNumber = try c.creditOptional(ResidentID.self, .identityNumber)
        // A debtor may have been born before 1949: birth dates take 1900-2100, not `LocalDate.factYears`.
        birthDate = try c.creditOptional(String.self, .birthDate).map {
            try LocalDate(factText: $0, field: c.creditPath(.birthDate), years: 1900...2100)
        }
        sex = try c.creditOptional(Sex.self, .sex)
        isStateFunctionary = try c.creditFlag(.isStateFunctionary)
        fullTimeStudentInCampusLoanDispute = try c.creditFlag(.fullTimeStudentInCampusLoanDispute)
        creditCode = try c.creditOptional(CreditCode.self, .creditCode)
        organisationCode = try c.creditText(.organisationCode)
        legalRepresentative = try c.creditText(.legalRepresentative)
        isStateOrganOrStateOwnedEnterprise = try c.creditFlag(.isStateOrganOrStateOwnedEnterprise)
        responsiblePersons = try c.creditOptional([ResponsiblePerson].self, .responsiblePersons) ?? []

        let naturalOnly: [(CodingKeys, Bool)] = [
            (.identityNumber, identityNumber != nil), (.birthDate, birthDate != nil), (.sex, sex != nil),
            (.isStateFunctionary, isStateFunctionary),
            (.fullTimeStudentInCampusLoanDispute, fullTimeStudentInCampusLoanDispute)]
        let organisationOnly: [(CodingKeys, Bool)] = [
            (.creditCode, creditCode != nil), (.organisationCode, organisationCode != nil),
            (.legalRepresentative, legalRepresentative != nil),
            (.isStateOrganOrStateOwnedEnterprise, isStateOrganOrStateOwnedEnterprise),
            (.responsiblePersons, !responsiblePersons.isEmpty)]
        for (key, present) in (kind == .naturalPerson ? organisationOnly : naturalOnly) where present {
            throw CreditDecoding.error(c.creditPath(key), "not_applicable",
                                       zh: "\(c.creditPath(key)) 不适用于\(kind == .naturalPerson ? "自然人" : "单位")被执行人",
                                       en: "\(c.creditPath(key)) does not apply to a debtor that is \(kind == .naturalPerson ? "a natural person" : "an organisation")")
        }
    }

    /// The birth date from the identity number, or the one given.
    public var effectiveBirthDate: LocalDate? { identityNumber?.birthDate ?? birthDate }

    /// The sex from the identity number, or the one given.
    public var effectiveSex: Sex? { identityNumber?.sex ?? sex }

    /// Age in full years (周岁) on `date`, if the birth date is known.
    public func age(on date: LocalDate) -> Int? {
        if let identityNumber { return identityNumber.age(on: date) }
        guard let birthDate else { return nil }
        var years = date.year - birthDate.year
        if birthDate.adding(years: years) > date { years -= 1 }
        return years
    }

    func validate(asOf: LocalDate) throws {
        if let identityNumber {
            try identityNumber.validate(bornBefore: asOf, field: "debtor.identityNumber")
            if let birthDate, birthDate != identityNumber.birthDate {
                throw CreditDecoding.error("debtor.birthDate", "birth_date_mismatch",
                                           zh: "debtor.birthDate 与居民身份证号码中的出生日期不一致",
                                           en: "debtor.birthDate differs from the birth date in the resident identity number")
            }
            if let sex, sex != identityNumber.sex {
                throw CreditDecoding.error("debtor.sex", "sex_mismatch",
                                           zh: "debtor.sex 与居民身份证号码中的性别不一致",
                                           en: "debtor.sex differs from the sex encoded in the resident identity number")
            }
        }
        if let birthDate, birthDate > asOf {
            throw CreditDecoding.error("debtor.birthDate", "date_after_as_of",
                                       zh: "出生日期晚于评估日期 asOf", en: "The birth date is after the assessment date asOf")
        }
    }
}
