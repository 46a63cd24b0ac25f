import Foundation
import Testing
@testable import ZhixingCore

@Test(arguments: [
    ("京", Province.beijing, ""), ("京01", .beijing, "01"), ("京73", .beijing, "73"), ("京0105", .beijing, "0105"),
    ("京0491", .beijing, "0491"), ("沪7101", .shanghai, "7101"), ("兵0102", .xinjiangCorps, "0102"),
    ("内01", .innerMongolia, "01"),
])
func courtCode_provincialCodes_parse(text: String, province: Province, digits: String) throws {
    let code = try CourtCode(parsing: text)
    #expect(code.value == text)
    #expect(code.province == province)
    #expect(code.digits == digits)
    #expect(!code.isSupreme)
    #expect(code.description == text)
}

@Test func courtCode_supremeCourt_parses() throws {
    let code = try CourtCode(parsing: " 最高法 ")
    #expect(code == .supreme)
    #expect(code.isSupreme)
    #expect(code.province == nil)
    #expect(code.digits == "")
}

@Test func courtCode_highCourtOfProvince_isBareAbbreviation() {
    #expect(CourtCode(highCourtOf: .zhejiang).value == "浙")
}

@Test(arguments: ["", "京1", "京010", "京01055", "港01", "最高", "最高法01", "京０１", "京 01", "京01a", "01", "BJ01"])
func courtCode_malformed_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try CourtCode(parsing: text) }
    #expect(error?.code == "court_code.invalid")
    #expect(error?.field == "court")
}

private struct Filing: Codable {
    let court: CourtCode
}

@Test func courtCode_json_roundTripsAndNamesCodingKey() throws {
    let filing = try JSONDecoder().decode(Filing.self, from: Data(#"{"court":"京0105"}"#.utf8))
    #expect(filing.court.value == "京0105")
    #expect(String(decoding: try JSONEncoder().encode(filing), as: UTF8.self) == #"{"court":"京0105"}"#)
    let error = #expect(throws: FieldError.self) {
        try JSONDecoder().decode(Filing.self, from: Data(#"{"court":"京010"}"#.utf8))
    }
    #expect(error?.code == "court_code.invalid")
    #expect(error?.field == "court")
}
