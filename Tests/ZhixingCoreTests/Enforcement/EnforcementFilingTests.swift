import Foundation
import Testing
@testable import ZhixingCore

@Suite("Enforcement: filing")
struct EnforcementFilingTests {
    private func check(_ facts: EnforcementFacts) throws -> FilingCheck {
        EnforcementRules.checkFiling(facts, calendar: try enfCalendar())
    }

    @Test func filingConditions_effectiveBasisWithinSum_mayFileWithoutWarnings() throws {
        let result = try check(enfFacts())
        #expect(result.mayFile)
        #expect(result.refusals.isEmpty)
        #expect(result.warnings.isEmpty)
    }

    @Test func art16_item1_basisWithoutEffectiveDate_refused() throws {
        let result = try check(enfFacts(effectiveOn: nil))
        #expect(!result.mayFile)
        #expect(result.issues.first?.code == "basis.not_effective")
        #expect(result.issues.first?.field == "basis.effectiveOn")
        // The server maps the first refusal to a field by its article: it must not cite "Art.2".
        #expect(result.refusals.first?.article.contains("Art.16") == true)
        #expect(result.refusals.first?.article.contains("Art.2") == false)
        #expect(result.refusals.contains { $0.article == "Interpretation [2022] No.3 Art.2 item 1" })
    }

    @Test func art16_item1_basisEffectiveAfterFiling_refused() throws {
        let result = try check(enfFacts(effectiveOn: "2025-03-10"))
        #expect(result.issues.first?.code == "basis.not_yet_effective")
        #expect(result.refusals.first?.message.zh.contains("2025-03-10") == true)
    }

    @Test func art16_item1_basisEffectiveOnFilingDay_mayFile() throws {
        #expect(try check(enfFacts(effectiveOn: "2025-03-03")).mayFile)
    }

    @Test func interpretation2022_art2_item1_sumBeyondBasis_refused() throws {
        let result = try check(enfFacts(applied: "350000.01"))
        #expect(!result.mayFile)
        let issue = try #require(result.issues.first { $0.refuses })
        #expect(issue.code == "amount.beyond_basis")
        #expect(issue.field == "amountApplied")
        #expect(result.refusals.first?.article == "Interpretation [2022] No.3 Art.2 item 1")
        #expect(result.refusals.first?.message.zh.contains("¥0.01") == true)
        // Delay interest is not part of the comparison (CPL 2023 Art.264).
        #expect(result.refusals.contains { $0.article == "CPL 2023 Art.264" })
    }

    @Test func interpretation2022_art2_item1_basisFixesNoSum_moneyApplied_refused() throws {
        let result = try check(enfFacts(awarded: nil, applied: "1000.00"))
        #expect(result.issues.contains { $0.code == "amount.beyond_basis" && $0.refuses })
    }

    @Test func interpretation2022_art2_item1_nonMonetaryCase_noSumNeeded() throws {
        #expect(try check(enfFacts(awarded: nil, applied: "0.00")).mayFile)
    }

    @Test func negativeSum_refused() throws {
        #expect(try check(enfFacts(applied: "-1.00")).issues.contains { $0.code == "amount.negative" })
    }

    @Test func compensationCaseType_refused() throws {
        let result = try check(enfFacts(caseType: .courtCompensation))
        #expect(result.issues.contains { $0.code == "case_type.not_enforcement" && $0.field == "caseType" })
    }

    // MARK: CPL 2023 Art.235 (seed 003)

    @Test func cpl235_para1_firstInstanceCourt_noWarning() throws {
        #expect(try check(enfFacts()).warnings.isEmpty)
    }

    @Test func cpl235_para1_sameLevelCourtWhereThePropertyIs_noWarning() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: true, sameLevelAsFirstInstance: true)
        #expect(try check(enfFacts(jurisdiction: j)).warnings.isEmpty)
    }

    @Test func cpl235_para1_propertyCourtAtAnotherLevel_warns() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: true, sameLevelAsFirstInstance: false)
        let result = try check(enfFacts(jurisdiction: j))
        #expect(result.mayFile)
        let issue = try #require(result.issues.first { $0.code == "jurisdiction.doubtful" })
        #expect(!issue.refuses)
        #expect(issue.reasons.first?.message.zh.contains("同级") == true)
    }

    @Test func seed003_neitherFirstInstanceNorProperty_warnsButMayFile() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: false, sameLevelAsFirstInstance: true)
        let result = try check(enfFacts(jurisdiction: j))
        #expect(result.mayFile)
        #expect(result.warnings.first?.article == "CPL 2023 Art.235 para.1; seed 003")
    }

    @Test func enforcementProcedureInterpretation_art3_jurisdictionObjectionWithin10Days_stated() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: false, sameLevelAsFirstInstance: true)
        let result = try check(enfFacts(jurisdiction: j))
        #expect(result.warnings.contains { $0.article.contains("Enforcement Procedure Interpretation 2020 Art.3") && $0.message.zh.contains("十日") })
    }

    @Test func cpl235_para1_criminalJudgmentPropertyPart_sameRule() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: false, sameLevelAsFirstInstance: false)
        #expect(!(try check(enfFacts(basisKind: .criminalJudgmentPropertyPart, jurisdiction: j)).warnings.isEmpty))
    }

    @Test func arbitralAwardProvisions2018_art2_intermediateCourtOfDebtorsDomicile_noWarning() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: false, sameLevelAsFirstInstance: false,
                                  debtorDomicileInCourtArea: true, enforcingCourtLevel: .intermediate)
        #expect(try check(enfFacts(basisKind: .arbitralAward, jurisdiction: j)).warnings.isEmpty)
    }

    @Test func arbitralAwardProvisions2018_art2_para2_basicCourtNotDesignated_warns() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: true, sameLevelAsFirstInstance: false,
                                  enforcingCourtLevel: .basic)
        let result = try check(enfFacts(basisKind: .arbitralAward, jurisdiction: j))
        #expect(result.warnings.contains { $0.article.contains("Arbitral Award Enforcement Provisions 2018 Art.2") })
    }

    @Test func arbitralAwardProvisions2018_art2_para2_basicCourtDesignated_noWarning() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: true, sameLevelAsFirstInstance: false,
                                  enforcingCourtLevel: .basic, designatedByHigherCourt: true)
        #expect(try check(enfFacts(basisKind: .arbitralAward, jurisdiction: j)).warnings.isEmpty)
    }

    @Test func cpl235_para2_arbitralAward_levelUnknown_warns() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: true, sameLevelAsFirstInstance: false)
        #expect(!(try check(enfFacts(basisKind: .arbitralAward, jurisdiction: j)).warnings.isEmpty))
    }

    @Test func cpl235_para2_notarizedInstrument_neitherDomicileNorProperty_warns() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: false, sameLevelAsFirstInstance: false,
                                  debtorDomicileInCourtArea: false)
        let result = try check(enfFacts(basisKind: .notarizedDebtInstrument, jurisdiction: j))
        #expect(result.warnings.contains { $0.article.contains("Notarized Debt Instrument Provisions 2018 Art.2") })
    }

    @Test func cpl235_para2_notarizedInstrument_debtorDomiciledHere_noWarning() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: false, sameLevelAsFirstInstance: false,
                                  debtorDomicileInCourtArea: true)
        #expect(try check(enfFacts(basisKind: .notarizedDebtInstrument, jurisdiction: j)).warnings.isEmpty)
    }

    @Test func recognizedForeignAward_basicCourt_warns() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: true, sameLevelAsFirstInstance: false,
                                  enforcingCourtLevel: .basic)
        #expect(!(try check(enfFacts(basisKind: .recognizedForeignAward, jurisdiction: j)).warnings.isEmpty))
    }

    @Test func administrativeLitigationInterpretation_art157_applicantOrganHere_noWarning() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: false, sameLevelAsFirstInstance: false,
                                  enforcingCourtLevel: .basic, applicantInCourtArea: true)
        #expect(try check(enfFacts(basisKind: .administrativeDecision, nonLitigation: true, jurisdiction: j)).warnings.isEmpty)
    }

    @Test func timeLimits_art1_administrativeDecisionNotMarkedNonLitigation_warns() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: false, sameLevelAsFirstInstance: false,
                                  applicantInCourtArea: true)
        let result = try check(enfFacts(basisKind: .administrativeDecision, nonLitigation: false, jurisdiction: j))
        #expect(result.issues.contains { $0.code == "non_litigation.mismatch" && !$0.refuses })
    }

    @Test func cpl250_applicationMoreThanTwoYearsAfterEffect_warnsOnly() throws {
        let result = try check(enfFacts(effectiveOn: "2022-12-01"))
        #expect(result.mayFile)
        #expect(result.issues.contains { $0.code == "application_period.doubtful" && $0.reasons.first?.article == "CPL 2023 Art.250" })
    }

    @Test func objectionCase_noJurisdictionCheck() throws {
        let j = JurisdictionFacts(isFirstInstanceCourt: false, propertyInCourtArea: false, sameLevelAsFirstInstance: false)
        #expect(try check(enfFacts(caseType: .objection, jurisdiction: j)).warnings.isEmpty)
    }

    @Test func filingCheck_encodesMayFile() throws {
        let data = try JSONEncoder().encode(try check(enfFacts(effectiveOn: nil)))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["mayFile"] as? Bool == false)
    }
}
