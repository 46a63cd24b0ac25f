import Foundation
import Testing
@testable import ZhixingCore

@Test func demoParties_thousandCases_everyIdentityNumberAndCreditCodeValid() throws {
    let cases = DemoFixture.cases(1_000)
    var persons = 0, organisations = 0
    for demo in cases {
        for party in demo.applicants + demo.debtors {
            switch party.kind {
            case .naturalPerson:
                persons += 1
                #expect(party.creditCode == nil && party.legalRepresentative == nil)
                let number = try ResidentID(parsing: try #require(party.identityNumber))
                #expect((18...80).contains(number.age(on: demo.filedOn)), "age \(number.age(on: demo.filedOn))")
            case .organisation:
                organisations += 1
                #expect(party.identityNumber == nil)
                let code = try CreditCode(parsing: try #require(party.creditCode))
                #expect(code.organisationCodeCheckHolds)
                #expect(code.organisationType != nil)
                #expect(!(party.legalRepresentative ?? "").isEmpty)
            }
        }
    }
    #expect(persons > 1_000 && organisations > 200)
}

@Test func demoParties_companies_registeredInTheCourtsArea() {
    let divisions = Dictionary(uniqueKeysWithValues: DemoFixture.courts.map { ($0.code, $0.divisionCode) })
    for demo in DemoFixture.cases(300) {
        for party in demo.debtors where party.kind == .organisation {
            #expect(party.creditCode.map { String($0.dropFirst(2).prefix(6)) } == divisions[demo.court])
        }
    }
}

@Test func demoParties_phonesAndNames_lookReal() {
    let mobile = /^1[3-9][0-9]{9}$/
    for demo in DemoFixture.cases(500) {
        for party in demo.applicants + demo.debtors {
            #expect(party.phone.wholeMatch(of: mobile) != nil, "\(party.phone)")
            #expect(!party.address.isEmpty)
            switch party.kind {
            case .naturalPerson: #expect((2...4).contains(party.name.count), "\(party.name)")
            case .organisation: #expect(party.name.hasSuffix("公司") || party.name.hasSuffix("局") || party.name.hasSuffix("支行")
                                        || party.name.hasSuffix("分行"), "\(party.name)")
            }
        }
    }
}

@Test func demoParties_addresses_inTheCourtsDistrict() {
    let cases = DemoFixture.cases(200).filter { $0.court == "京0105" }
    #expect(!cases.isEmpty)
    for demo in cases {
        #expect((demo.applicants + demo.debtors).allSatisfy { $0.address.hasPrefix("北京市朝阳区") })
    }
}

@Test func demoParties_debtors_aboutThirtyPercentOrganisations() {
    let debtors = DemoFixture.cases(1_000).flatMap(\.debtors)
    let share = debtors.filter { $0.kind == .organisation }.count * 100 / debtors.count
    #expect((22...38).contains(share), "\(share)%")
}

@Test func demoParties_sameBankBranch_sameIdentity() {
    let banks = DemoFixture.cases(1_000).flatMap(\.applicants).filter { $0.name.hasSuffix("支行") }
    let byName = Dictionary(grouping: banks, by: \.name)
    #expect(byName.values.contains { $0.count > 1 })
    #expect(byName.values.allSatisfy { Set($0).count == 1 })
}

@Test func demoParties_identityNumbers_menOddWomenEven_adultsOnly() throws {
    // The sex digit and the holder's age on the filing date, for the whole of a larger sample.
    var men = 0, women = 0
    for demo in DemoFixture.cases(2_000, seed: 77) {
        for number in (demo.applicants + demo.debtors).compactMap(\.identityNumber) {
            let id = try ResidentID(parsing: number)
            if id.sex == .male { men += 1 } else { women += 1 }
            #expect(!id.isMinor(on: demo.filedOn) && id.age(on: demo.filedOn) <= 80)
        }
    }
    #expect(men > women && women > 0)
}
