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
}
