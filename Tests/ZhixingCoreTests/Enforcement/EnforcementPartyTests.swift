import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: the party")
struct EnforcementPartyTests {
    private let person = Party(role: .applicant, kind: .naturalPerson, name: "张三", identityNumber: "342301196409093223",
                               phone: "13800000000", address: "北京市朝阳区")
    private let company = Party(role: .debtor, kind: .organisation, name: "华为技术有限公司", creditCode: "914403001922038216",
                                legalRepresentative: "赵明路")

    @Test("Party portal: an identity number is shown to other parties masked to its division code and last four")
    func identityNumber_shownToOthersMasked() {
        #expect(person.identifier == "342301196409093223")
        #expect(person.identifierForOtherParties == "342301********3223")
    }

    @Test("Party portal: a credit code is public registration data and shown whole")
    func creditCode_shownToOthersWhole() {
        #expect(company.identifier == "914403001922038216")
        #expect(company.identifierForOtherParties == "914403001922038216")
    }

    @Test("Party portal: an identity number that does not parse is masked whole, never shown")
    func unparsableIdentityNumber_maskedWhole() {
        let odd = Party(role: .debtor, kind: .naturalPerson, name: "李四", identityNumber: "110105198001011230")
        #expect(odd.identifierForOtherParties == "******")
    }

    @Test("Party portal: an applicant or a debtor proves who they are by their own identity number or credit code")
    func partyIdentifiedByOwnIdentifier() {
        #expect(person.isIdentified(by: "342301196409093223"))
        #expect(company.isIdentified(by: "914403001922038216"))
        #expect(!person.isIdentified(by: "914403001922038216"))
        #expect(!person.isIdentified(by: ""))
    }

    @Test("CPL 2023 Art.61: an agent is a natural person, never identified as a party to the case")
    func agent_naturalPerson_neverIdentified() {
        let agent = Party.agent(name: "王律师", phone: "13900000000")
        #expect(agent.role == .agent)
        #expect(agent.kind == .naturalPerson)
        #expect(!agent.isPartyToTheCase)
        #expect(agent.identifier == "")
        // Even an agent row that carried an identity number does not open the portal.
        let odd = Party(role: .agent, kind: .naturalPerson, name: "王律师", identityNumber: "342301196409093223")
        #expect(!odd.isIdentified(by: "342301196409093223"))
    }

    @Test("CPL 2023 Art.62: an agent filed with the number of their identity document keeps it, and still never opens the portal")
    func agent_withIdentityNumber_keepsIt_neverIdentified() {
        let agent = Party.agent(name: "李律师", identityNumber: "11010519491231002X", phone: nil)
        #expect(agent.role == .agent)
        #expect(agent.identityNumber == "11010519491231002X")
        #expect(agent.identifierForOtherParties == "110105********002X")
        #expect(!agent.isIdentified(by: "11010519491231002X"))
    }

    @Test("A filed party takes its role from the list it was filed in, keeping everything else")
    func withRole_keepsTheRest() {
        let debtor = person.with(role: .debtor)
        #expect(debtor.role == .debtor)
        #expect(debtor == Party(role: .debtor, kind: .naturalPerson, name: "张三", identityNumber: "342301196409093223",
                                phone: "13800000000", address: "北京市朝阳区"))
    }

    @Test("Stored and JSON names of roles and kinds are stable")
    func rawValues_stable() {
        #expect(Party.Role.allCases.map(\.rawValue) == ["applicant", "debtor", "agent"])
        #expect(Party.Kind.allCases.map(\.rawValue) == ["naturalPerson", "organisation"])
    }
}
