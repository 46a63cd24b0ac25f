import Testing
@testable import ZhixingCore

private let creditCaseJSON = #"""
"enforcement": {"caseNumber": "(2025)京0105执1234号", "filedOn": "2025-01-06", "court": "北京市朝阳区人民法院",
                "basis": {"issuer": "北京市朝阳区人民法院", "documentNumber": "（2024）京0105民初5678号"},
                "obligation": "支付货款350000元及利息", "amountDue": "350000.00", "amountPerformed": "20000.50"}
"""#

@Suite("Dishonest List Provisions 2017 Art.6-8: publication")
struct CreditListingPublicationTests {
    // MARK: - Art.6: what is published

    @Test func art6_item2_naturalPerson_nameSexAgeAndMaskedIdentityNumber() throws {
        let decision = try creditDecide(creditPersonFacts(asOf: "2025-06-16", id: CreditIDs.adultFemale, #"""
            "findings": {"violatedPropertyReporting": true},
            \#(creditCaseJSON)
            """#))
        let record = try #require(decision.listing.publication)
        let values = Dictionary(record.fields.map { ($0.label.zh, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["姓名"] == "王某某")
        #expect(values["性别"] == "女 / Female")
        #expect(values["年龄"] == "60")
        #expect(values["身份证号码"] == "3423011964****3229")
        #expect(record.fields.allSatisfy { !$0.value.contains("342301196407153229") })
        #expect(record.reasons.creditMentions("出生月日四位"))
        #expect(record.missingFields.isEmpty)
    }

    @Test func art6_item1_organisation_nameCodeAndLegalRepresentative() throws {
        let decision = try creditDecide(creditOrganisationFacts(#"""
            "findings": {"ableToPerformButRefuses": true},
            \#(creditCaseJSON)
            """#))
        let record = try #require(decision.listing.publication)
        #expect(record.fields.contains { $0.item == 1 && $0.label.zh == "统一社会信用代码" && $0.value == CreditIDs.creditCode })
        #expect(record.fields.contains { $0.item == 1 && $0.label.zh == "法定代表人或者负责人姓名" && $0.value == "李某" })
        #expect(!record.fields.contains { $0.item == 2 })
    }

    @Test func art6_item3_performanceExactToTheFen() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"violatedPropertyReporting": true},
            \#(creditCaseJSON)
            """#))
        let record = try #require(decision.listing.publication)
        let performance = try #require(record.fields.first { $0.label.zh == "被执行人的履行情况" })
        #expect(performance.value.contains("已履行 ¥20,000.50"))
        #expect(performance.value.contains("未履行 ¥329,999.50"))
    }

    @Test func art6_item4_conductNamesTheGroundsAndMeans() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"obstruction": {"methods": ["violence"]}, "evasion": {"methods": ["shamArbitration"]}}
            """#))
        let record = try #require(decision.listing.publication)
        let conduct = try #require(record.fields.first { $0.item == 4 })
        #expect(conduct.value.contains("暴力"))
        #expect(conduct.value.contains("虚假仲裁"))
    }

    @Test func art6_item5_caseFieldsPublished() throws {
        let decision = try creditDecide(creditPersonFacts(#"""
            "findings": {"violatedPropertyReporting": true},
            \#(creditCaseJSON)
            """#))
        let record = try #require(decision.listing.publication)
        let item5 = record.fields.filter { $0.item == 5 }.map(\.value)
        #expect(item5 == ["北京市朝阳区人民法院", "（2024）京0105民初5678号", "（2025）京0105执1234号", "2025-01-06", "北京市朝阳区人民法院"])
    }

    @Test func art6_missingFields_warned() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"violatedPropertyReporting": true}"#))
        let record = try #require(decision.listing.publication)
        #expect(record.missingFields.map(\.zh).contains("执行案号"))
        #expect(decision.warnings.creditArticles.contains("Dishonest List Provisions 2017 Art.6"))
    }

    // MARK: - Art.7-8: where it is published, whom the court notifies

    @Test func art7_publishedThroughTheSPCDatabase() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"violatedPropertyReporting": true}"#))
        let record = try #require(decision.listing.publication)
        #expect(record.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.7 para.1"))
        #expect(record.reasons.creditArticles.contains("Dishonest List Provisions 2017 Art.7 para.2"))
    }

    @Test func art8_paras1and2_alwaysNotifyAuthoritiesAndCreditAgencies() throws {
        let decision = try creditDecide(creditPersonFacts(#""findings": {"violatedPropertyReporting": true}"#))
        let notifications = try #require(decision.listing.publication?.notifications)
        #expect(notifications.creditArticles == ["Dishonest List Provisions 2017 Art.8 para.1",
                                                 "Dishonest List Provisions 2017 Art.8 para.2"])
    }

    @Test func art8_para3_stateFunctionary_employerNotified() throws {
        let json = """
        {"asOf": "2025-06-16",
         "debtor": {"kind": "naturalPerson", "name": "赵某", "identityNumber": "\(CreditIDs.adultMale)", "isStateFunctionary": true},
         "findings": {"ableToPerformButRefuses": true}}
        """
        let decision = try creditDecide(json)
        #expect(decision.listing.publication?.notifications.creditArticles.contains("Dishonest List Provisions 2017 Art.8 para.3") == true)
    }

    @Test func art8_para4_stateOwnedEnterprise_superiorNotified() throws {
        let json = """
        {"asOf": "2025-06-16",
         "debtor": {"kind": "organisation", "name": "某国有公司", "legalRepresentative": "钱某", "isStateOrganOrStateOwnedEnterprise": true},
         "findings": {"ableToPerformButRefuses": true}}
        """
        let decision = try creditDecide(json)
        #expect(decision.listing.publication?.notifications.creditArticles.contains("Dishonest List Provisions 2017 Art.8 para.4") == true)
        #expect(decision.listing.publication?.missingFields.map(\.zh).contains("统一社会信用代码") == true)
    }
}
