/// A party to an enforcement case (当事人), or an agent acting for one (代理人): the one shape the filing,
/// the stored row, the API, the case page, the documents and the party portal all derive from.
///
/// The applicant (申请执行人) is the creditor the basis names, the debtor (被执行人) the obligor (Enforcement
/// Work Provisions 2020 Art.16 items 2 and 5 — 申请执行人是生效法律文书确定的权利人或其继承人、权利承受人; 义务人在
/// 生效法律文书确定的期限内未履行义务). A natural person is identified by the resident identity number
/// (GB 11643), an organisation by the unified social credit code (GB 32100) and acts through its legal
/// representative or person in charge (CPL 2023 Art.51 para.2: 法人由其法定代表人进行诉讼).
public struct Party: Sendable, Hashable, Codable {
    /// Stored and in JSON as `applicant`, `debtor`, `agent`.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// 申请执行人
        case applicant
        /// 被执行人
        case debtor
        /// 委托代理人, acting for an applicant or a debtor (CPL 2023 Art.61-62)
        case agent
    }

    /// Stored and in JSON as `naturalPerson`, `organisation`.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 自然人
        case naturalPerson
        /// 法人或者非法人组织
        case organisation
    }

    public let role: Role
    public let kind: Kind
    public let name: String
    /// 居民身份证号码 (natural persons), as filed.
    public let identityNumber: String?
    /// 统一社会信用代码 (organisations), as filed.
    public let creditCode: String?
    /// 法定代表人 or 负责人 (organisations).
    public let legalRepresentative: String?
    public let phone: String?
    public let address: String?

    public init(role: Role, kind: Kind, name: String, identityNumber: String? = nil, creditCode: String? = nil,
                legalRepresentative: String? = nil, phone: String? = nil, address: String? = nil) {
        self.role = role
        self.kind = kind
        self.name = name
        self.identityNumber = identityNumber
        self.creditCode = creditCode
        self.legalRepresentative = legalRepresentative
        self.phone = phone
        self.address = address
    }

    /// An agent: always a natural person — a lawyer, a legal worker, a relative or an employee
    /// (CPL 2023 Art.61 para.2) — known by name, phone and, where the filing gives it, the resident identity
    /// number of the identity document filed with the power of attorney (CPL 2023 Art.62 para.1); whom they act
    /// for is the case's record. The number identifies the agent to the court; it never opens the party portal
    /// (`isIdentified(by:)`).
    public static func agent(name: String, identityNumber: String? = nil, phone: String?) -> Party {
        Party(role: .agent, kind: .naturalPerson, name: name, identityNumber: identityNumber, phone: phone)
    }

    /// The same party in another role (a filed party gets its role from the list it was filed in).
    public func with(role: Role) -> Party {
        Party(role: role, kind: kind, name: name, identityNumber: identityNumber, creditCode: creditCode,
              legalRepresentative: legalRepresentative, phone: phone, address: address)
    }

    /// Whether this is a party to the case itself (an applicant or a debtor), not an agent.
    public var isPartyToTheCase: Bool { role != .agent }

    /// The identity number or the credit code, whichever the party has ("" for an agent filed without a number).
    public var identifier: String { identityNumber ?? creditCode ?? "" }

    /// The identifier as other parties may see it: an identity number masked to its division code and last
    /// four characters (personal information is shown to others only as far as needed: Personal Information
    /// Protection Law Art.6, 28; RULES.md, public disclosure: a masked identity number), a credit code in full
    /// (an organisation's code is public registration data). An identity number that does not parse is
    /// masked whole.
    public var identifierForOtherParties: String {
        if let identityNumber {
            return (try? ResidentID(parsing: identityNumber))?.maskedForParties ?? "******"
        }
        return creditCode ?? ""
    }

    /// Whether `text` (trimmed and upper-cased by the caller) is this party's own identity number or credit
    /// code: how an applicant or a debtor proves who they are to the party portal. An agent is never
    /// identified this way (they have neither on record).
    public func isIdentified(by text: String) -> Bool {
        isPartyToTheCase && !text.isEmpty && (identityNumber == text || creditCode == text)
    }
}
