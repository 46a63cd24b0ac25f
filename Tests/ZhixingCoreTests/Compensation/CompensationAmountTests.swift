import Foundation
import Testing
@testable import ZhixingCore

private func withLosses(_ losses: [CompJSON], _ changes: [(String, Any?)] = []) -> CompJSON {
    compWith(compWith(compBaseFacts(), "acts[0].losses", losses), changes)
}

private func total(_ losses: [CompJSON], _ changes: [(String, Any?)] = []) throws -> Money? {
    try compDecide(withLosses(losses, changes)).amounts?.total
}

// MARK: - Art.15: property value

@Test func art15_marketPriceAtAct_withoutInsufficiencyFinding_noInterest() throws {
    let decision = try compDecide(withLosses([["kind": "property", "marketPriceAtAct": "380000.00"]]))
    #expect(decision.amounts?.total == Money(yuan: 380_000))
    #expect(decision.act("A1")?.losses.first?.reasons.first?.message.zh.contains("不适用第十五条第（一）项的利息") == true)
}

@Test func art15_item1_priceInsufficient_interestFromActToDecision() throws {
    // 380 000 × 1.5 % × 4 years (2020-09-10 → 2024-09-10) + 380 000 × 1.5 % ÷ 360 × 293 days (→ 2025-06-30)
    // = 22 800 + 4 639.1666… = 27 439.1666…; with the price 407 439.1666… → 407 439.17.
    let decision = try compDecide(withLosses([["kind": "property", "marketPriceAtAct": "380000.00", "priceAtActInsufficient": true]]))
    let loss = try #require(decision.act("A1")?.losses.first)
    #expect(loss.amount == "407439.166666")
    #expect(!loss.amountIsExact)
    #expect(decision.amounts?.total == Money(fen: 40_743_917))
    let formula = loss.reasons.first { $0.article.contains("PBOC Notice 银发〔2005〕129号") }
    #expect(formula?.message.zh.contains("380000.00 元×1.50%×4＋380000.00 元×1.50%÷360×293") == true)
    #expect(formula?.message.zh.contains("22800.00＋4639.166666…＝27439.166666…") == true)
    #expect(decision.humanFindings.contains { $0.article == "Interpretation [2022] No.3 Art.15 item 1" })
}

@Test func art15_item1_actDateMissing_isFieldError() {
    let error = compError(withLosses([["kind": "property", "marketPriceAtAct": "1000.00", "priceAtActInsufficient": true]],
                                     [("acts[0].date", nil)]))
    #expect(error?.field == "acts[0].date")
}

@Test func art15_item1_alreadyReceivedDeductedBeforeInterest() throws {
    // (380 000 − 300 000) = 80 000; interest 4 800 + 976.6666… → 85 776.6666… → 85 776.67.
    let money = try total([["kind": "property", "marketPriceAtAct": "380000.00", "priceAtActInsufficient": true, "alreadyReceived": "300000.00"]])
    #expect(money == Money(fen: 8_577_667))
}

@Test func art15_item2_priceAtActIndeterminable_decisionTimePrice() throws {
    let decision = try compDecide(withLosses([["kind": "property", "marketPriceAtDecision": "420000.00", "priceAtActIndeterminable": true]]))
    #expect(decision.amounts?.total == Money(yuan: 420_000))
    #expect(decision.act("A1")?.losses.first?.reasons.first?.article == "Interpretation [2022] No.3 Art.15 item 2")
    #expect(decision.humanFindings.contains { $0.message.zh.contains("无法确定") })
}

@Test func art15_item2_manifestlyUnfair_decisionTimePrice() throws {
    let decision = try compDecide(withLosses([[
        "kind": "property", "marketPriceAtAct": "380000.00", "marketPriceAtDecision": "520000.00", "priceAtActManifestlyUnfair": true,
    ]]))
    #expect(decision.amounts?.total == Money(yuan: 520_000))
    #expect(decision.humanFindings.contains { $0.message.zh.contains("显失公平") })
}

@Test func art15_item2_withoutDecisionTimePrice_isFieldError() {
    let error = compError(withLosses([["kind": "property", "priceAtActManifestlyUnfair": true]]))
    #expect(error?.field == "acts[0].losses[0].marketPriceAtDecision")
}

@Test func art15_item3_otherReasonableMethod() throws {
    let decision = try compDecide(withLosses([[
        "kind": "property", "marketPriceAtAct": "380000.00", "priceAtActInsufficient": true,
        "otherReasonableAmount": "395000.00", "otherReasonableMethod": "按同型号二手设备近三个月成交均价",
    ]]))
    #expect(decision.amounts?.total == Money(yuan: 395_000))
    #expect(decision.act("A1")?.losses.first?.reasons.first?.article == "Interpretation [2022] No.3 Art.15 item 3")
}

@Test func art15_item3_withoutFinding_isFieldError() {
    let error = compError(withLosses([["kind": "property", "otherReasonableAmount": "395000.00"]]))
    #expect(error?.field == "acts[0].losses[0].otherReasonableAmount")
    #expect(error?.code == "compensation.other_method_without_finding")
}

// MARK: - Art.14 and State Compensation Law Art.36 item 7, item 8

@Test func art14_interestLossProvedAsSum_directLoss() throws {
    let decision = try compDecide(withLosses([["kind": "actualInterest", "amount": "8700.00"]]))
    #expect(decision.amounts?.total == Money(yuan: 8_700))
    #expect(decision.act("A1")?.losses.first?.reasons.first?.article == "Interpretation [2022] No.3 Art.14; State Compensation Law Art.36 item 8")
}

@Test func art14_interestLossAtContractRate_computed() throws {
    // 200 000 × 4.35 % ÷ 360 × 365 days (2024-01-01 → 2024-12-31: no whole year) = 8 820.8333… → 8 820.83.
    let money = try total([["kind": "actualInterest", "principal": "200000.00", "from": "2024-01-01", "to": "2024-12-31", "annualRate": "4.35"]])
    #expect(money == Money(fen: 882_083))
}

@Test func art14_rentLoss_directLoss() throws {
    let decision = try compDecide(withLosses([["kind": "rent", "amount": "36000.00"]]))
    #expect(decision.amounts?.total == Money(yuan: 36_000))
    #expect(decision.act("A1")?.losses.first?.reasons.first?.article.hasPrefix("Interpretation [2022] No.3 Art.14") == true)
}

@Test func scl36_item7_depositInterest_benchmarkAtDecision() throws {
    // 100 000 from 2023-01-15 to 2025-06-30: 2 years (3 000) + 166 days (691.6666…) = 3 691.6666… → 3 691.67.
    let decision = try compDecide(withLosses([["kind": "depositInterest", "principal": "100000.00", "from": "2023-01-15"]]))
    #expect(decision.amounts?.total == Money(fen: 369_167))
    #expect(decision.amounts?.interestBasis.annualRate == "1.50%")
    #expect(decision.amounts?.interestBasis.rateEffectiveFrom == compDay("2015-10-24"))
    #expect(decision.cites("SPC Interpretation [2016] No.20 Art.15 para.1"))
}

@Test func scl36_item7_interestPastDecisionDate_isFieldError() {
    let error = compError(withLosses([["kind": "depositInterest", "principal": "1000.00", "from": "2023-01-15", "to": "2025-07-01"]]))
    #expect(error?.field == "acts[0].losses[0].to")
}

@Test func scl36_item8_expectedProfits_notCompensated() throws {
    let decision = try compDecide(withLosses([["kind": "expectedProfits", "amount": "50000.00"], ["kind": "otherDirectLoss", "amount": "100.00"]]))
    #expect(decision.amounts?.total == Money(yuan: 100))
    #expect(decision.act("A1")?.losses.first?.allowed == false)
}

// MARK: - Art.16

@Test func art16_para1_items1to5_necessaryRecurringCosts() throws {
    let items: [CompJSON] = [
        ["category": "retainedStaffWages", "amount": "12000.00"],
        ["category": "taxesAndSocialInsurance", "amount": "3000.00"],
        ["category": "utilitiesCustodyStorageContracting", "amount": "1500.50"],
        ["category": "premisesEquipmentRentAndDepreciation", "amount": "8000.00"],
        ["category": "otherBasicOperatingCosts", "amount": "499.50"],
        ["category": "lostProfits", "amount": "90000.00"],
    ]
    let decision = try compDecide(withLosses([[
        "kind": "stoppageCosts", "items": items, "stoppage": ["from": "2021-03-01", "to": "2021-08-31"] as CompJSON,
    ]]))
    #expect(decision.amounts?.total == Money(yuan: 25_000))
    let reasons = try #require(decision.act("A1")?.losses.first?.reasons)
    for item in 1...5 {
        #expect(reasons.contains { $0.article == "Interpretation [2022] No.3 Art.16 para.1 item \(item)" })
    }
    #expect(reasons.contains { $0.message.zh.contains("不属于停产停业期间必要的经常性费用开支") })
}

@Test func art16_para1_withoutItems_isFieldError() {
    #expect(compError(withLosses([["kind": "stoppageCosts"]]))?.field == "acts[0].losses[0].items")
}

@Test func art16_para2_soleSourceOfLiving_actualLoss() throws {
    let decision = try compDecide(withLosses([["kind": "soleLivelihood", "asset": "operatingVehicle", "soleSourceOfLiving": true, "amount": "68000.00"]]))
    #expect(decision.amounts?.total == Money(yuan: 68_000))
    #expect(decision.humanFindings.contains { $0.article == "Interpretation [2022] No.3 Art.16 para.2" })
}

@Test func art16_para2_notSoleSource_notAllowedUnderThisHead() throws {
    let decision = try compDecide(withLosses([["kind": "soleLivelihood", "asset": "productionEquipment", "amount": "68000.00"]]))
    #expect(decision.act("A1")?.outcome == .noLoss)
    #expect(decision.outcome == .noCompensation)
}

// MARK: - Art.17

@Test func art17_para1_debtClaimCappedAtClaimAmount() throws {
    let decision = try compDecide(withLosses([["kind": "debtClaim", "amount": "150000.00", "claimAmount": "120000.00"]]))
    #expect(decision.amounts?.total == Money(yuan: 120_000))
    #expect(decision.act("A1")?.losses.first?.reasons.first?.article == "Interpretation [2022] No.3 Art.17 para.1")
}

@Test func art17_para1_generallyCapped_committeeMayDisapply() throws {
    let decision = try compDecide(withLosses([["kind": "debtClaim", "amount": "150000.00", "capDisappliedBecause": "执行款被错误发放后另生利息损失"]]))
    #expect(decision.amounts?.total == Money(yuan: 150_000))
    #expect(decision.humanFindings.contains { $0.article == "Interpretation [2022] No.3 Art.17 para.1" })
}

@Test func art17_para1_claimAmountMissing_isFieldError() {
    #expect(compError(withLosses([["kind": "debtClaim", "amount": "1.00"]]))?.field == "acts[0].losses[0].claimAmount")
}

@Test func art17_para2_assigneeCappedAtConsiderationPaid() throws {
    let decision = try compDecide(withLosses([["kind": "debtClaim", "amount": "150000.00", "claimAmount": "120000.00"]], [
        ("claimant.role", "assignee"), ("claimant.assignment", ["assignor": "某银行", "considerationPaid": "50000.00"] as CompJSON),
    ]))
    #expect(decision.amounts?.total == Money(yuan: 50_000))
    #expect(decision.act("A1")?.reasons.contains { $0.article == "Interpretation [2022] No.3 Art.17 para.2" } == true)
    #expect(decision.amounts?.reasons.contains { $0.article == "Interpretation [2022] No.3 Art.17 para.2" } == true)
}

@Test func art17_para2_capBeforeTheCourtsShare() throws {
    // Loss 120 000 capped at the 50 000 paid; the court answers for 50 % of that: 25 000.
    let decision = try compDecide(withLosses([["kind": "debtClaim", "amount": "150000.00", "claimAmount": "120000.00"]], [
        ("claimant.role", "assignee"), ("claimant.assignment", ["considerationPaid": "50000.00"] as CompJSON),
        ("acts[0].noLiabilitySituation", "applicantGaveWrongPropertyClues"), ("acts[0].courtShare", "0.5"),
    ]))
    #expect(decision.amounts?.total == Money(yuan: 25_000))
}

// MARK: - Art.10: set-off against the claimant's own debt

@Test func art10_debtorWithOutstandingDebt_compensationPaysDebtFirst() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [("claimant.role", "debtor"), ("claimant.outstandingDebt", "4000.00")]))
    let amounts = try #require(decision.amounts)
    #expect(amounts.total == Money(yuan: 10_000))
    #expect(amounts.setOff?.appliedToDebt == Money(yuan: 4_000))
    #expect(amounts.payableToClaimant == Money(yuan: 6_000))
    #expect(amounts.reasons.contains { $0.article == "Interpretation [2022] No.3 Art.10" })
    #expect(decision.summary.zh.contains("首先用于清偿"))
}

@Test func art10_debtExceedsCompensation_allGoesToDebt() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [("claimant.role", "debtor"), ("claimant.outstandingDebt", "15000.00")]))
    #expect(decision.amounts?.payableToClaimant == .zero)
    #expect(decision.amounts?.setOff?.remainingDebt == Money(yuan: 5_000))
}

@Test func art10_debtorDebtNotGiven_asksForIt() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "claimant.role", "debtor"))
    #expect(decision.outcome == .findingsRequired)
    #expect(decision.requiredFields == ["claimant.outstandingDebt"])
}

@Test func art10_notADebtor_noSetOff() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "claimant.outstandingDebt", "4000.00"))
    #expect(decision.amounts?.setOff == nil)
    #expect(decision.amounts?.payableToClaimant == Money(yuan: 10_000))
}

// MARK: - Art.11: recourse

@Test func art11_para1_unreturnableImproperBenefit_courtMayRecover() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "acts[0].improperBenefit", ["holder": "张某", "returnable": false, "amount": "10000.00"] as CompJSON))
    #expect(decision.recourse.count == 1)
    #expect(decision.recourse.first?.kind == .recovery)
    #expect(decision.recourse.first?.against == "张某")
    #expect(decision.recourse.first?.article == "Interpretation [2022] No.3 Art.11 para.1")
}

@Test func art11_para1_returnableBenefit_noRecourse() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "acts[0].improperBenefit", ["holder": "张某", "returnable": true] as CompJSON))
    #expect(decision.recourse.isEmpty)
}

@Test func art11_para2_applicantCompensated_noContinuedEnforcement_recourseAgainstDebtor() throws {
    let decision = try compDecide(compWith(compBaseFacts(), [
        ("claimant.role", "applicant"), ("acts[0].kind", "delayOrFailureToEnforce"), ("acts[0].madeInstrumentUnenforceable", true),
    ]))
    #expect(decision.recourse.map(\.kind) == [.continuedEnforcementNotSupported, .recovery])
    #expect(decision.recourse[0].against == "北京恒通机械租赁有限公司")
    #expect(decision.recourse[1].against == "李某")
    #expect(decision.recourse.allSatisfy { $0.article == "Interpretation [2022] No.3 Art.11 para.2" })
}

@Test func art11_para2_thirdPartyClaimant_notApplicable() throws {
    let decision = try compDecide(compWith(compBaseFacts(), "acts[0].madeInstrumentUnenforceable", true))
    #expect(decision.recourse.isEmpty)
}

// MARK: - Rounding and exact arithmetic

@Test func rounding_onceAtTheEndOfTheDecision() throws {
    // Two heads of 100.00 × 1.5 % ÷ 360 × 1 day = 0.41666… fen each: each alone would round to 0.00; together
    // 0.8333… fen rounds once to 0.01.
    let head: CompJSON = ["kind": "depositInterest", "principal": "100.00", "from": "2025-06-29"]
    let decision = try compDecide(withLosses([head, head]))
    #expect(decision.amounts?.total == Money(fen: 1))
    #expect(decision.amounts?.rounding == .halfUp)
    #expect(decision.amounts?.totalUnrounded == "0.008333")
}

@Test func exactAmount_halfFenRoundsUp_belowHalfDown() throws {
    #expect(try ExactAmount(units: ExactAmount.unitsPerFen / 2).roundedHalfUp(field: "x") == Money(fen: 1))
    #expect(try ExactAmount(units: ExactAmount.unitsPerFen / 2 - 1).roundedHalfUp(field: "x") == .zero)
    #expect(ExactAmount(units: ExactAmount.unitsPerFen * 3 / 2).yuanText == "0.015000")
    #expect(ExactAmount(Money(fen: 123_456)).displayText == "1234.56")
}

@Test func interest_wholeYearsThenDays_fromLeapDay() throws {
    let convention = InterestConvention.table[0]
    let interest = InterestComputation(principal: Money(yuan: 36_000), from: compDay("2020-02-29"), to: compDay("2021-03-01"),
                                       basisPoints: 150, convention: convention)
    #expect(interest.wholeYears == 1)  // 2020-02-29 + 1 year = 2021-02-28 (Civil Code Art.202)
    #expect(interest.oddDays == 1)
    #expect(try interest.amount.roundedHalfUp(field: "x") == Money(fen: 54_000 + 150))
}

@Test func interest_actualDaysMethod_availableForADatedChange() throws {
    let convention = InterestConvention(effectiveFrom: compDay("2030-01-01"), dayCount: .actualDays, daysPerYear: 360,
                                        source: LocalizedText(zh: "测试", en: "test"))
    let interest = InterestComputation(principal: Money(yuan: 36_000), from: compDay("2024-01-01"), to: compDay("2025-01-01"),
                                       basisPoints: 150, convention: convention)
    #expect(interest.days == 366)
    #expect(try interest.amount.roundedHalfUp(field: "x") == Money(yuan: 549))
}

@Test func benchmarkRate_datedData_1_50PercentSince2015_10_24() {
    #expect(DepositBenchmarkRate.inForce(on: compDay("2025-06-30"))?.basisPoints == 150)
    #expect(DepositBenchmarkRate.inForce(on: compDay("2015-10-24"))?.percentText == "1.50%")
    #expect(DepositBenchmarkRate.inForce(on: compDay("2015-10-23")) == nil)
    #expect(InterestConvention.inForce(on: compDay("2025-06-30"))?.dayCount == .wholeYearsThenDays)
}

@Test func liabilityShare_parsing() throws {
    #expect(try LiabilityShare(parsing: "0.4").tenThousandths == 4_000)
    #expect(try LiabilityShare(parsing: "1").tenThousandths == 10_000)
    #expect(try LiabilityShare(parsing: "0.3333").percentText == "33.33%")
    for bad in ["1.5", "0.12345", "abc", ".5", "-0.1", "0."] {
        #expect(throws: FieldError.self) { try LiabilityShare(parsing: bad) }
    }
}

@Test func exactAmount_beyondMoneyRange_throwsNotTraps() throws {
    let huge = ExactAmount(Money(fen: Money.maxFen)) + ExactAmount(Money(fen: Money.maxFen))
    #expect(huge.yuanText == "1800000000000000.000000")
    #expect(throws: FieldError.self) { try huge.roundedHalfUp(field: "acts") }
    let facts = withLosses([["kind": "otherDirectLoss", "amount": "900000000000000.00"], ["kind": "rent", "amount": "900000000000000.00"]])
    #expect(compError(facts)?.code == "money.overflow")
}
