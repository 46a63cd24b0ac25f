import Foundation
import Testing
@testable import ZhixingCore

@Test func demoMix_twoHundredCases_everyStage() {
    let stages = DemoFixture.cases(200).map(\.stage)
    #expect(Set(stages) == Set(DemoStage.allCases))
    let counts = Dictionary(grouping: stages, by: { $0 }).mapValues(\.count)
    #expect(counts[.closedFullyPerformed] == 44 && counts[.closedCurrentProcedureTerminated] == 44)
    #expect(counts[.filed] == 10 && counts[.restored] == 10)
}

@Test func demoMix_elevenCases_oneOfEachStage() {
    #expect(Set(DemoFixture.cases(11, seed: 4).map(\.stage)) == Set(DemoStage.allCases))
}

@Test func demoMix_everyBasisKind_inItsOwnFormat() {
    let cases = DemoFixture.cases(1_000)
    #expect(Set(cases.map(\.basis.kind)) == Set(DemoBasisKind.allCases))
    let courtNumber = /^（20[0-9]{2}）[京沪粤][0-9]{4}(民初|民特|刑初)[1-9][0-9]*号$/
    for demo in cases {
        let basis = demo.basis
        switch basis.kind {
        case .civilJudgment, .mediationStatement, .civilRuling, .criminalJudgmentPropertyPart:
            #expect(basis.documentNumber.wholeMatch(of: courtNumber) != nil, "\(basis.documentNumber)")
            #expect(basis.issuingBody.hasSuffix("人民法院"))
        case .arbitralAward:
            #expect(basis.issuingBody.hasSuffix("仲裁委员会"), "\(basis.issuingBody)")
            #expect(basis.documentNumber.contains("仲") && basis.documentNumber.hasSuffix("号"), "\(basis.documentNumber)")
        case .notarizedDebtInstrument:
            #expect(basis.issuingBody.hasSuffix("公证处") && basis.documentNumber.contains("执字第"), "\(basis.documentNumber)")
        case .administrativeDecision:
            #expect(basis.issuingBody.hasSuffix("局") && basis.documentNumber.contains("〔"), "\(basis.documentNumber)")
            #expect(demo.applicants.first?.name == basis.issuingBody)
        }
        if basis.kind == .criminalJudgmentPropertyPart { #expect(basis.documentNumber.contains("刑初")) }
    }
}

@Test func demoMix_amounts_mostlyBetweenFiveThousandAndTwoMillionYuan() {
    let awarded = DemoFixture.cases(1_000).map(\.basis.amountAwarded).sorted()
    let inRange = awarded.filter { $0 >= Money(yuan: 5_000) && $0 <= Money(yuan: 2_000_000) }.count
    #expect(inRange >= 850, "\(inRange) of 1000 in range")
    #expect(awarded.contains { $0 > Money(yuan: 2_000_000) })
    let median = awarded[awarded.count / 2]
    #expect(median >= Money(yuan: 30_000) && median <= Money(yuan: 300_000), "median \(median)")
    #expect(Set(awarded.map { $0.fen % 100 != 0 }).count == 2)  // some to the fen, some whole yuan
}

@Test func demoMix_assets_ofEveryKind_withRealInstitutions() {
    let assets = DemoFixture.cases(1_000).flatMap(\.assets)
    #expect(Set(assets.map(\.kind)) == Set(DemoAssetKind.allCases))
    let plate = /[京沪粤][A-Z]·[A-Z0-9]{5,6}/
    for asset in assets {
        switch asset.kind {
        case .bankDeposit:
            #expect(asset.holderInstitution.hasSuffix("支行") || asset.holderInstitution.hasSuffix("分行"))
            #expect(asset.description.contains("*"))
        case .realEstate: #expect(asset.holderInstitution.hasSuffix("不动产登记中心") && asset.description.contains("平方米"))
        case .vehicle: #expect(asset.holderInstitution.hasSuffix("车辆管理所") && asset.description.firstMatch(of: plate) != nil)
        case .securities: #expect(asset.holderInstitution.hasPrefix("中国证券登记结算有限责任公司"))
        case .equity: #expect(asset.holderInstitution.hasSuffix("市场监督管理局") && asset.description.contains("股权"))
        case .other: #expect(!asset.holderInstitution.isEmpty)
        }
    }
}
