/// A generated party: a natural person with a resident identity number, or an organisation with a
/// unified social credit code and a legal representative.
public struct DemoParty: Sendable, Hashable, Codable {
    public let kind: DemoPartyKind
    public let name: String
    /// 居民身份证号码 (natural persons): valid under GB 11643, the holder 18 to 80 on the filing date.
    public let identityNumber: String?
    /// 统一社会信用代码 (organisations): valid under GB 32100.
    public let creditCode: String?
    /// 法定代表人 or 负责人 (organisations).
    public let legalRepresentative: String?
    /// A mobile number, 11 digits.
    public let phone: String
    public let address: String

    public init(kind: DemoPartyKind, name: String, identityNumber: String?, creditCode: String?,
                legalRepresentative: String?, phone: String, address: String) {
        self.kind = kind
        self.name = name
        self.identityNumber = identityNumber
        self.creditCode = creditCode
        self.legalRepresentative = legalRepresentative
        self.phone = phone
        self.address = address
    }
}

public enum DemoPartyKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 自然人
    case naturalPerson
    /// 法人或非法人组织
    case organisation
}
