import Fluent
import Foundation

/// A party to an enforcement case: applicant (申请执行人), debtor (被执行人) or agent (代理人).
final class CaseParty: Model, @unchecked Sendable {
    static let schema = "case_parties"

    @ID(key: .id) var id: UUID?
    @Parent(key: "case_id") var enforcementCase: EnforcementCase
    /// `applicant`, `debtor`, `agent`
    @Field(key: "role") var role: String
    /// `naturalPerson` or `organisation`
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: String
    @OptionalField(key: "identity_number") var identityNumber: String?
    @OptionalField(key: "credit_code") var creditCode: String?
    @OptionalField(key: "legal_representative") var legalRepresentative: String?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "address") var address: String?
    /// For an agent: the party they act for.
    @OptionalField(key: "agent_for") var agentFor: UUID?
    @Field(key: "position") var position: Int

    init() {}

    /// Every field at once: filing, linked cases and the demo seeder build parties with this.
    init(id: UUID? = nil, caseID: UUID, role: String, kind: String, name: String, identityNumber: String? = nil,
         creditCode: String? = nil, legalRepresentative: String? = nil, phone: String? = nil, address: String? = nil,
         agentFor: UUID? = nil, position: Int) {
        self.id = id
        self.$enforcementCase.id = caseID
        self.role = role
        self.kind = kind
        self.name = name
        self.identityNumber = identityNumber
        self.creditCode = creditCode
        self.legalRepresentative = legalRepresentative
        self.phone = phone
        self.address = address
        self.agentFor = agentFor
        self.position = position
    }

    /// The same party in another case (a linked case copies its parties).
    func copy(to caseID: UUID) -> CaseParty {
        CaseParty(caseID: caseID, role: role, kind: kind, name: name, identityNumber: identityNumber, creditCode: creditCode,
                  legalRepresentative: legalRepresentative, phone: phone, address: address, position: position)
    }
}
