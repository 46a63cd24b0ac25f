import Foundation
import Testing
@testable import ZhixingCore

/// `Resources/RuleExamples/compensation.json`, verbatim: the worked example of `docs/rules/compensation.md`.
let compensationExampleJSON = #"""
{
  "asOf": "2025-06-30",
  "claim": {
    "filedOn": "2024-03-18",
    "acceptedOn": "2024-03-25",
    "basis": "erroneousEnforcement",
    "respondent": "河北省三河市人民法院"
  },
  "claimant": {
    "name": "北京恒通机械租赁有限公司",
    "role": "thirdParty"
  },
  "enforcement": {
    "court": "北京市朝阳区人民法院",
    "caseNumber": "（2020）京0105执5678号",
    "filedOn": "2020-04-15",
    "status": "fullyPerformed",
    "endedOn": "2023-06-30",
    "entrustedTo": "河北省三河市人民法院",
    "debtor": "李某"
  },
  "limitation": {
    "knewOn": "2020-09-10"
  },
  "reviews": [
    {
      "kind": "objection",
      "actIds": ["A1"],
      "filedOn": "2020-09-25",
      "concludedOn": "2021-03-02",
      "document": "（2020）京0105执异88号"
    }
  ],
  "acts": [
    {
      "id": "A1",
      "description": "扣押并拍卖案外人所有的挖掘机一台",
      "kind": "thirdPartyPropertyOrWrongDelivery",
      "date": "2020-09-10",
      "legality": {
        "priorFinding": {
          "procedure": "objection",
          "document": "（2020）京0105执异88号",
          "held": "unlawful"
        }
      },
      "losses": [
        {
          "kind": "property",
          "description": "挖掘机（已被拍卖，无法返还）",
          "marketPriceAtAct": "380000.00",
          "priceAtActInsufficient": true,
          "valueEvidence": "appraisal"
        },
        {
          "kind": "rent",
          "description": "另行租赁同类挖掘机的租金",
          "amount": "36000.00"
        }
      ]
    },
    {
      "id": "A2",
      "description": "查封的自卸货车由保管人露天停放致损",
      "kind": "custodyDutyNeglected",
      "date": "2020-10-12",
      "legality": { "committeeFinding": "unlawful" },
      "damageByCustodianOrThirdParty": {
        "role": "custodian",
        "name": "三河市顺达停车场",
        "courtFailedSupervision": true
      },
      "courtShare": "0.4",
      "losses": [
        { "kind": "otherDirectLoss", "description": "货车修复费用", "amount": "25000.00" }
      ]
    }
  ]
}
"""#

@Test func example_docsFile_matchesTheLiteral() throws {
    let url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/RuleExamples/compensation.json")
    let onDisk = try String(contentsOf: url, encoding: .utf8)
    #expect(onDisk.trimmingCharacters(in: .whitespacesAndNewlines) == compensationExampleJSON)
}

@Test func example_workedCase_decision() throws {
    let facts = try JSONFacts.decode(CompensationRules.Facts.self, from: Data(compensationExampleJSON.utf8))
    let decision = try CompensationRules.decide(facts, context: try compContext())
    #expect(decision.outcome == .compensation)
    // Art.4: the seal was entrusted; the entrusting court pays.
    #expect(decision.obligatedOrgan.court == "北京市朝阳区人民法院")
    // Art.5 para.2: enforcement 2020-04-15..2023-06-30 not counted; two years from 2023-06-30.
    #expect(decision.admissibility.limitation?.deadline.dueDate == compDay("2025-06-30"))
    // A1: 380 000 + 22 800 + 4 639.1666… (Art.15 item 1) + rent 36 000 (Art.14) = 443 439.1666…
    #expect(decision.act("A1")?.compensation == "443439.166666")
    // A2: 25 000 × 40 % (Art.12) = 10 000.
    #expect(decision.act("A2")?.compensation == "10000.000000")
    let amounts = try #require(decision.amounts)
    #expect(amounts.totalUnrounded == "453439.166666")
    #expect(amounts.total == Money(fen: 45_343_917))
    #expect(amounts.totalInWords == "肆拾伍万叁仟肆佰叁拾玖元壹角柒分")
    #expect(amounts.payableToClaimant == amounts.total)
    #expect(decision.recourse.map(\.against) == ["三河市顺达停车场"])
    #expect(decision.findingsRequired.isEmpty)
    #expect(decision.warnings.isEmpty)
}

@Test func example_throughTheRuleEngine_isDeterministic() throws {
    let engine = RuleEngine(CompensationRules.self)
    let context = try compContext()
    let first = try engine.decide(json: Data(compensationExampleJSON.utf8), context: context)
    let second = try engine.decide(json: Data(compensationExampleJSON.utf8), context: context)
    #expect(first == second)
    let text = String(decoding: first, as: UTF8.self)
    #expect(text.contains("\"total\" : \"453439.17\""))
    #expect(engine.name == "compensation")
}

@Test func compensationExample_everyReasonIsBilingualWithAnArticle() throws {
    let facts = try JSONFacts.decode(CompensationRules.Facts.self, from: Data(compensationExampleJSON.utf8))
    let decision = try CompensationRules.decide(facts, context: try compContext())
    #expect(!decision.allReasons.isEmpty)
    for reason in decision.allReasons {
        #expect(!reason.article.isEmpty)
        #expect(!reason.message.zh.isEmpty && !reason.message.en.isEmpty)
    }
}
