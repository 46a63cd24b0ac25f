import Foundation
import Testing
@testable import ZhixingCore

/// Codes of well-known companies as published in the National Enterprise Credit Information
/// Publicity System (国家企业信用信息公示系统); each was checked against this implementation.
private let publishedCodes: [(code: String, holder: String)] = [
    ("914403001922038216", "华为技术有限公司 (Huawei Technologies Co., Ltd.)"),
    ("9144030071526726XG", "腾讯科技（深圳）有限公司 (Tencent Technology (Shenzhen) Co., Ltd.)"),
    ("91440300708461136T", "深圳市腾讯计算机系统有限公司 (Shenzhen Tencent Computer Systems Co., Ltd.)"),
    ("91110108551385082Q", "小米科技有限责任公司 (Xiaomi Inc.)"),
    ("91110000802100433B", "北京百度网讯科技有限公司 (Beijing Baidu Netcom Science and Technology Co., Ltd.)"),
    ("91100000100003962T", "中国工商银行股份有限公司 (Industrial and Commercial Bank of China Ltd.)"),
]

@Test(arguments: publishedCodes.map(\.code))
func creditCode_publishedCompanyCodes_parse(code: String) throws {
    let parsed = try CreditCode(parsing: code)
    #expect(parsed.value == code)
    #expect(parsed.registrationAuthority == .marketRegulation)
    #expect(parsed.organisationTypeCode == "1")
    #expect(parsed.organisationType?.zh == "企业")
    #expect(parsed.description == code)
}

@Test func creditCode_huawei_exposesItsParts() throws {
    let huawei = try CreditCode(parsing: "914403001922038216")
    #expect(huawei.divisionCode == "440300")            // 深圳市
    #expect(huawei.organisationCode == "192203821")
    #expect(huawei.organisationCodeCheckHolds)
    #expect(huawei.registrationAuthority.nameZh.hasPrefix("工商"))
}

@Test func creditCode_lowercase_isNormalisedToUppercase() throws {
    #expect(try CreditCode(parsing: " 9144030071526726xg\t").value == "9144030071526726XG")
}

@Test(arguments: publishedCodes.map(\.code))
func creditCode_everySingleCharacterCorruption_isRejected(code: String) {
    let characters = Array(code)
    for position in characters.indices {
        for replacement in CreditCode.alphabet where replacement != characters[position] {
            var corrupted = characters
            corrupted[position] = replacement
            let text = String(corrupted)
            let error = #expect(throws: FieldError.self, "\(text) was accepted") { try CreditCode(parsing: text) }
            if (8..<18).contains(position) {
                #expect(error?.code == "credit_code.check_digit")
            }
        }
    }
}

@Test func creditCode_transposedNeighbours_isRejected() {
    let error = #expect(throws: FieldError.self) { try CreditCode(parsing: "914403001922308216") }
    #expect(error?.code == "credit_code.check_digit")
    #expect(error?.message.en.contains("does not match") == true)
    #expect(error?.field == "creditCode")
}

@Test(arguments: ["", "91440300192203821", "9144030019220382161", "91440300 1922038216"])
func creditCode_wrongLength_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try CreditCode(parsing: text) }
    #expect(error?.code == "credit_code.length")
}

@Test(arguments: [
    "91440300192203821I", "9144030019220382O6", "914403001922038Z16", "91440300192203S216", "9144030019220V8216",
    "91440300-922038216", "91A403001922038216", "9144030M1922038216", "９14403001922038216",
])
func creditCode_forbiddenCharacters_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try CreditCode(parsing: text) }
    #expect(error?.code == "credit_code.characters")
}

@Test(arguments: ["014403001922038216", "B14403001922038216", "C14403001922038216", "X14403001922038216"])
func creditCode_unknownRegistrationAuthority_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try CreditCode(parsing: text) }
    #expect(error?.code == "credit_code.registration_authority")
}

// Made-up codes with a correct check character, one per kind of registration authority.
@Test(arguments: [
    ("12100000400000000W", CreditCode.RegistrationAuthority.organEstablishment, "事业单位"),
    ("31110000MA0000000P", .justice, "律师执业机构"),
    ("511000005000000007", .civilAffairs, "社会团体"),
    ("A1100000MA0000000C", .military, "军队事业单位"),
    ("N2330100MA0000000U", .agriculture, "村级集体经济组织"),
    ("Y1110000MA0000000U", .other, "其他"),
])
func creditCode_otherAuthorities_areRecognised(code: String, authority: CreditCode.RegistrationAuthority,
                                               type: String) throws {
    let parsed = try CreditCode(parsing: code)
    #expect(parsed.registrationAuthority == authority)
    #expect(parsed.organisationType?.zh == type)
}

@Test func creditCode_organisationCodeCheck_isReportedNotEnforced() throws {
    // MA000000-0 fails the GB 11714 check (it wants 7), yet the GB 32100 check character is right.
    let code = try CreditCode(parsing: "Y1110000MA0000000U")
    #expect(!code.organisationCodeCheckHolds)
    #expect(try CreditCode(parsing: "9144030071526726XG").organisationCodeCheckHolds)  // 71526726-X
}

@Test func creditCode_unlistedOrganisationType_hasNoName() throws {
    // 98: authority 9 lists only types 1–3; position 2 is not validated.
    let first17 = "98440300192203821"
    let code = try CreditCode(parsing: first17 + checkCharacter(for: first17))
    #expect(code.organisationTypeCode == "8")
    #expect(code.organisationType == nil)
}

/// The check character for 17 characters, for building test codes.
private func checkCharacter(for first17: String) -> String {
    let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    let values = first17.compactMap { CreditCode.alphabet.firstIndex(of: $0) }
    let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
    return String(CreditCode.alphabet[(31 - sum % 31) % 31])
}

private struct Party: Codable {
    let creditCode: CreditCode
    let authority: CreditCode.RegistrationAuthority
}

@Test func creditCode_json_roundTripsAsString() throws {
    let json = #"{"creditCode":"914403001922038216","authority":"9"}"#
    let party = try JSONDecoder().decode(Party.self, from: Data(json.utf8))
    #expect(party.authority == .marketRegulation)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    #expect(String(decoding: try encoder.encode(party), as: UTF8.self) == #"{"authority":"9","creditCode":"914403001922038216"}"#)
}

@Test func creditCode_json_invalid_namesCodingKey() {
    let error = #expect(throws: FieldError.self) {
        try JSONDecoder().decode(Party.self, from: Data(#"{"creditCode":"914403001922038217","authority":"9"}"#.utf8))
    }
    #expect(error?.code == "credit_code.check_digit")
    #expect(error?.field == "creditCode")
}

@Test func creditCode_json_unknownAuthority_namesCodingKey() {
    let error = #expect(throws: FieldError.self) {
        try JSONDecoder().decode(Party.self, from: Data(#"{"creditCode":"914403001922038216","authority":"B"}"#.utf8))
    }
    #expect(error?.code == "credit_code.registration_authority")
    #expect(error?.field == "authority")
}
