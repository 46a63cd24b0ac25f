import Foundation
import Testing
@testable import ZhixingCore

/// A copy of `Resources/RuleExamples/credit.json`; `example_fileMatchesThisCopy` keeps the two equal.
private let creditExampleJSON = #"""
{
  "asOf": "2025-06-20",
  "debtor": {
    "kind": "organisation",
    "name": "北京华辰建材贸易有限公司",
    "creditCode": "91110105MA01ABCD13",
    "legalRepresentative": "张建国",
    "responsiblePersons": [
      {"name": "张建国", "roles": ["legalRepresentative", "principalResponsiblePerson"]},
      {"name": "刘志强", "roles": ["actualController"]},
      {"name": "陈敏", "roles": ["directlyResponsiblePerson"]}
    ]
  },
  "enforcement": {
    "caseNumber": "（2025）京0105执1234号",
    "filedOn": "2025-01-06",
    "court": "北京市朝阳区人民法院",
    "basis": {"issuer": "北京市朝阳区人民法院", "documentNumber": "（2024）京0105民初5678号"},
    "obligation": "支付货款人民币350000元及逾期付款利息",
    "amountDue": "350000.00",
    "amountPerformed": "20000.00",
    "enforcementNotice": {"servedOn": "2025-01-08", "periodDays": 10}
  },
  "findings": {
    "evasion": {"methods": ["transferringProperty"]},
    "violatedPropertyReporting": true
  },
  "listingRequest": {
    "initiatedBy": "applicant",
    "appliedOn": "2025-06-09",
    "decidedOn": "2025-06-20",
    "extensionYears": 1
  },
  "consumptionRestriction": {
    "initiatedBy": "applicant",
    "factors": {"negativePerformance": true, "evasion": true, "abilityToPerform": true},
    "orderedOn": "2025-02-10",
    "privateConsumptionApplications": [
      {"person": "张建国", "purpose": "自费乘坐飞机赴广州参加女儿毕业典礼", "verifiedPrivateWithPersonalFunds": true}
    ]
  }
}
"""#

@Suite("Credit: the worked example")
struct CreditExampleTests {
    @Test func example_fileMatchesThisCopy() throws {
        let testFile = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let repo = testFile.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = repo.appendingPathComponent("Resources/RuleExamples/credit.json")
        let data = try Data(contentsOf: file)
        let onDisk = try JSONSerialization.jsonObject(with: data) as? NSDictionary
        let copy = try JSONSerialization.jsonObject(with: Data(creditExampleJSON.utf8)) as? NSDictionary
        #expect(onDisk != nil && onDisk == copy)
    }

    @Test func example_organisationEvadingAndNotReporting_listedThreeYearsAndRestricted() throws {
        let decision = try creditDecide(creditExampleJSON)

        // Listing: items 3 and 4, decided on the applicant's application within the 15 days of Art.5 para.2.
        #expect(decision.listing.outcome == .shallList)
        #expect(decision.availableGrounds == [.evadesEnforcement, .violatesPropertyReporting])
        #expect(decision.listing.applicationReview?.dueDate == creditDay("2025-06-24"))
        #expect(decision.warnings.allSatisfy { !$0.article.contains("Art.5") })

        // Term: two years plus one for several dishonest acts, from the decision of 2025-06-20.
        let term = try #require(decision.listing.term)
        #expect(term.kind == .fixed)
        #expect(term.totalYears == 3)
        #expect(term.lastDay == creditDay("2028-06-20"))
        #expect(term.deletion?.dueDate == creditDay("2028-06-23"))
        #expect(decision.warnings.creditMentions("2028"))  // no holiday schedule for 2028 yet

        // Publication: organisation fields and the performance exact to the fen.
        let record = try #require(decision.listing.publication)
        #expect(record.missingFields.isEmpty)
        #expect(record.fields.contains { $0.value.contains("未履行 ¥330,000.00") })
        #expect(record.fields.contains { $0.value == "（2025）京0105执1234号" })

        // Consumption restriction: mandatory once listed; the organisation and its three officers are bound;
        // the legal representative's verified private trip with personal funds shall be permitted.
        let restriction = decision.consumptionRestriction
        #expect(restriction.outcome == .mustRestrict)
        #expect(restriction.noticePerformBy == creditDay("2025-01-20"))
        #expect(restriction.boundPersons.map(\.name) == ["北京华辰建材贸易有限公司", "张建国", "刘志强", "陈敏"])
        #expect(restriction.privateConsumption.map(\.outcome) == [.shallPermit])
        #expect(restriction.status == .inForce)

        // The engine says which findings of the court it relied on.
        #expect(decision.reliedArticles == ["Dishonest List Provisions 2017 Art.1 item 3",
                                            "Dishonest List Provisions 2017 Art.1 item 4",
                                            "Consumption Restriction Provisions 2015 Art.3 para.2"])
    }

    @Test func example_everyReasonCarriesAnArticleAndBothLanguages() throws {
        let data = try JSONEncoder().encode(try creditDecide(creditExampleJSON))
        var count = 0
        func visit(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                if let article = dictionary["article"] as? String, let message = dictionary["message"] as? [String: Any] {
                    count += 1
                    #expect(!article.isEmpty)
                    #expect((message["zh"] as? String)?.isEmpty == false)
                    #expect((message["en"] as? String)?.isEmpty == false)
                }
                dictionary.values.forEach(visit)
            } else if let array = value as? [Any] {
                array.forEach(visit)
            }
        }
        visit(try JSONSerialization.jsonObject(with: data))
        #expect(count > 40)
    }
}
