import Foundation
import Testing
@testable import ZhixingCore

@Test(arguments: [
    ("京0105", "110105", "北京市朝阳区人民法院", "北京市朝阳区", "北京", "朝阳"),
    ("沪0115", "310115", "上海市浦东新区人民法院", "上海市浦东新区", "上海", "浦东"),
    ("粤0305", "440305", "广东省深圳市南山区人民法院", "广东省深圳市南山区", "深圳", "南山"),
    ("津0116", "120116", "天津市滨海新区人民法院", "天津市滨海新区", "天津", "滨海"),
    ("京0491", "110105", "北京互联网法院", "北京市", "北京", "北京"),
    ("京03", "110105", "北京市第三中级人民法院", "北京市", "北京", "北京"),
])
func demoRegion_fromCourtName(code: String, division: String, name: String, prefix: String, city: String, district: String) {
    let region = DemoRegion(court: DemoCourt(code: code, divisionCode: division, nameZh: name))
    #expect(region.addressPrefix == prefix)
    #expect(region.cityShort == city)
    #expect(region.districtShort == district)
}

@Test func demoRegion_badDivisionCode_replacedByTheProvinces() throws {
    let courts = [DemoCourt(code: "苏0505", divisionCode: "99x", nameZh: "江苏省苏州市虎丘区人民法院"),
                  DemoCourt(code: "兵0102", divisionCode: "", nameZh: "石河子市人民法院")]
    #expect(DemoRegion(court: courts[0]).divisionCode == "320100")
    #expect(DemoRegion(court: courts[1]).divisionCode == "659001")
    let cases = DemoCaseGenerator(seed: 6).cases(count: 200, courts: courts, from: DemoFixture.from, to: DemoFixture.to)
    for party in cases.flatMap({ $0.applicants + $0.debtors }) {
        if let number = party.identityNumber { _ = try ResidentID(parsing: number) }
        if let code = party.creditCode { _ = try CreditCode(parsing: code) }
    }
    #expect(cases.allSatisfy { DemoCaseChecks.violations($0, to: DemoFixture.to).isEmpty })
}

@Test func demoGenerator_negativeIndex_stillASoundCase() {
    let demo = DemoCaseGenerator(seed: 2).makeCase(index: -7, courts: DemoFixture.courts, from: DemoFixture.from, to: DemoFixture.to)
    #expect(DemoCaseChecks.violations(demo, to: DemoFixture.to).isEmpty)
}
