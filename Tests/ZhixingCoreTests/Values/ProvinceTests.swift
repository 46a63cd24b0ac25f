import Foundation
import Testing
@testable import ZhixingCore

@Test func province_all_hasThirtyOneDivisionsPlusCorps_inCaseNumberOrder() {
    #expect(Province.all.count == 32)
    #expect(Province.all.map(\.abbreviation).joined() == "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新兵")
    #expect(Set(Province.all.compactMap(\.divisionPrefix)).count == 31)
}

@Test func province_lookupByAbbreviation() {
    #expect(Province(abbreviation: "京") == .beijing)
    #expect(Province(abbreviation: "内") == .innerMongolia)
    #expect(Province(abbreviation: "兵") == .xinjiangCorps)
    #expect(Province(abbreviation: "港") == nil)
    #expect(Province(abbreviation: "京津") == nil)
}

@Test(arguments: [("11", Province.beijing), ("15", .innerMongolia), ("23", .heilongjiang), ("37", .shandong),
                  ("46", .hainan), ("50", .chongqing), ("54", .xizang), ("61", .shaanxi), ("65", .xinjiang)])
func province_lookupByDivisionPrefix(prefix: String, province: Province) {
    #expect(Province(divisionPrefix: prefix) == province)
    #expect(province.divisionPrefix == prefix)
}

@Test(arguments: ["00", "16", "71", "81", "82", "1", "110"])
func province_unknownDivisionPrefix_isNil(prefix: String) {
    #expect(Province(divisionPrefix: prefix) == nil)
}

@Test func province_corps_hasNoDivisionPrefixOfItsOwn() {
    #expect(Province.xinjiangCorps.divisionPrefix == nil)
    #expect(Province.xinjiangCorps.nameZh == "新疆生产建设兵团")
    #expect(Province.xinjiangCorps.nameEn == "Xinjiang Production and Construction Corps")
}

@Test func province_names_areFullOfficialNames() {
    #expect(Province.beijing.nameZh == "北京市")
    #expect(Province.innerMongolia.nameZh == "内蒙古自治区")
    #expect(Province.guangxi.nameZh == "广西壮族自治区")
    #expect(Province.shanxi.nameEn == "Shanxi Province")
    #expect(Province.shaanxi.nameEn == "Shaanxi Province")
    #expect(Province.all.allSatisfy { !$0.nameZh.isEmpty && !$0.nameEn.isEmpty })
    #expect(Set(Province.all.map(\.nameZh)).count == 32)
}

@Test func province_parsing_unknownAbbreviation_isRejected() throws {
    #expect(try Province(parsing: " 沪 ") == .shanghai)
    let error = #expect(throws: FieldError.self) { try Province(parsing: "上海") }
    #expect(error?.code == "province.invalid")
    #expect(error?.field == "province")
}

private struct Court: Codable {
    let seat: Province
}

@Test func province_json_isTheAbbreviation() throws {
    let court = try JSONDecoder().decode(Court.self, from: Data(#"{"seat":"粤"}"#.utf8))
    #expect(court.seat == .guangdong)
    #expect(court.seat.description == "粤")
    #expect(String(decoding: try JSONEncoder().encode(court), as: UTF8.self) == #"{"seat":"粤"}"#)
    let error = #expect(throws: FieldError.self) {
        try JSONDecoder().decode(Court.self, from: Data(#"{"seat":"guangdong"}"#.utf8))
    }
    #expect(error?.code == "province.invalid")
    #expect(error?.field == "seat")
}
