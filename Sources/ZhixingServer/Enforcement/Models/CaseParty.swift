import Fluent
import Foundation
import ZhixingCore

/// A party to an enforcement case as stored: the core's `Party` (applicant 申请执行人, debtor 被执行人 or agent
/// 代理人), with its case, its place in the list and, for an agent, whom they act for.
final class CaseParty: Model, @unchecked Sendable {
    static let schema = "case_parties"

    @ID(key: .id) var id: UUID?
    @Parent(key: "case_id") var enforcementCase: EnforcementCase
    /// `Party.Role`: `applicant`, `debtor`, `agent`
    @Field(key: "role") var role: String
    /// `Party.Kind`: `naturalPerson` or `organisation`
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

    /// The core's party as a row of the case, at `position`; `agentFor` is the row of the party an agent acts for.
    /// Filing, linked cases, the entrusted court's filing and the demo seeder build parties with this.
    init(_ party: Party, caseID: UUID, position: Int, agentFor: UUID? = nil, id: UUID? = nil) {
        self.id = id
        self.$enforcementCase.id = caseID
        self.role = party.role.rawValue
        self.kind = party.kind.rawValue
        self.name = party.name
        self.identityNumber = party.identityNumber
        self.creditCode = party.creditCode
        self.legalRepresentative = party.legalRepresentative
        self.phone = party.phone
        self.address = party.address
        self.agentFor = agentFor
        self.position = position
    }

    /// The row as the core's party. A stored role or kind the core does not know is an error, never a default.
    func party() throws -> Party {
        guard let role = Party.Role(rawValue: role), let kind = Party.Kind(rawValue: kind) else {
            throw AppError(status: .internalServerError, code: "data.party",
                           message: .init(zh: "当事人记录无效：\(role) \(kind)", en: "Invalid party record: \(role) \(kind)"))
        }
        return Party(role: role, kind: kind, name: name, identityNumber: identityNumber, creditCode: creditCode,
                     legalRepresentative: legalRepresentative, phone: phone, address: address)
    }

    /// The same party in another case (a linked case copies its parties; whom an agent acts for is not copied).
    func copy(to caseID: UUID) throws -> CaseParty {
        CaseParty(try party(), caseID: caseID, position: position)
    }

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $enforcementCase, $role, $kind, $name, $identityNumber, $creditCode, $legalRepresentative, $phone,
         $address, $agentFor, $position]
    }
}

extension [CaseParty] {
    /// The rows as the core's parties, in their order.
    func parties() throws -> [Party] { try map { try $0.party() } }
}
