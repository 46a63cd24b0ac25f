import Foundation
import Testing
@testable import ZhixingCore

@Test func caseNumber_basicCourtFirstEnforcement_parses() throws {
    let number = try CaseNumber(parsing: "（2025）京0105执1234号")
    #expect(number.year == 2025)
    #expect(number.court.value == "京0105")
    #expect(number.type == .enforcement)
    #expect(number.serial == 1234)
    #expect(number.description == "（2025）京0105执1234号")
}

@Test func caseNumber_halfWidthParentheses_printFullWidth() throws {
    #expect(try CaseNumber(parsing: " (2024)沪0115执恢88号\n").description == "（2024）沪0115执恢88号")
}

@Test(arguments: [
    ("（2025）京0105执恢12号", CaseType.restoredEnforcement),
    ("（2025）京01执异3号", .objection),
    ("（2025）京执复1号", .reconsideration),
    ("（2025）最高法执监100号", .supervision),
    ("（2025）兵0102执保7号", .preservation),
    ("（2023）京73执协2号", .coordination),
    ("（2023）粤执请5号", .requestForInstructions),
    ("（2023）苏0505执他9号", .otherEnforcement),
    ("（2022）京01法赔1号", .courtCompensation),
    ("（2022）京委赔2号", .compensationCommittee),
    ("（2022）最高法委赔监3号", .compensationSupervision),
])
func caseNumber_longestTypeCode_isChosen(text: String, type: CaseType) throws {
    let number = try CaseNumber(parsing: text)
    #expect(number.type == type)
    #expect(number.description == text)
}

@Test func caseNumber_memberwise_buildsCanonicalText() throws {
    let number = try CaseNumber(year: 2025, court: .supreme, type: .supervision, serial: 1)
    #expect(number.description == "（2025）最高法执监1号")
    #expect(try number == CaseNumber(year: 2025, court: .supreme, type: .supervision, serial: 1))
}

@Test(arguments: ["", "2025京0105执1234号", "（2025京0105执1234号", "（2025）京0105执1234", "（2025）京0105执1234号号",
                  "（2025）京0105执1234号之一", "【2025】京0105执1234号", "（2025）京0105执1234 号"])
func caseNumber_brokenStructure_isFormatError(text: String) {
    let error = #expect(throws: FieldError.self) { try CaseNumber(parsing: text) }
    #expect(error?.code == "case_number.format")
    #expect(error?.field == "caseNumber")
}

@Test(arguments: ["（25）京0105执1号", "（1948）京0105执1号", "（3000）京0105执1号", "（二〇二五）京0105执1号",
                  "（２０２５）京0105执1号", "（20255）京0105执1号", "（）京0105执1号"])
func caseNumber_badYear_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try CaseNumber(parsing: text) }
    #expect(error?.code == "case_number.year")
}

@Test(arguments: ["（1949）京执1号", "（2999）京执1号"])
func caseNumber_yearBounds_areAccepted(text: String) throws {
    _ = try CaseNumber(parsing: text)
}

@Test(arguments: ["（2025）港01执1号", "（2025）京010执1号", "（2025）京1执1号", "（2025）执1号", "（2025） 京01执1号",
                  "（2025）最高执1号", "（2025）京01051号"])
func caseNumber_badCourtCode_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try CaseNumber(parsing: text) }
    #expect(error?.code == "case_number.court")
}

@Test(arguments: ["（2025）京0105民初1号", "（2014）京0105执字第1号", "（2025）京0105执恢复1号", "（2025）京0105号",
                  "（2025）京0105 执1号", "（2025）京0105赔1号"])
func caseNumber_unknownTypeCode_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try CaseNumber(parsing: text) }
    #expect(error?.code == "case_number.type")
}

@Test(arguments: ["（2025）京0105执0号", "（2025）京0105执01号", "（2025）京0105执号", "（2025）京0105执９号",
                  "（2025）京0105执99999999999999999999号"])
func caseNumber_badSerial_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try CaseNumber(parsing: text) }
    #expect(error?.code == "case_number.serial")
}

private struct Case: Codable {
    let number: CaseNumber
}

@Test func caseNumber_json_roundTripsAsFullWidthText() throws {
    let decoded = try JSONDecoder().decode(Case.self, from: Data(#"{"number":"(2025)京0105执1234号"}"#.utf8))
    #expect(decoded.number.serial == 1234)
    #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #"{"number":"（2025）京0105执1234号"}"#)
}

@Test func caseNumber_json_invalid_namesCodingKey() {
    let error = #expect(throws: FieldError.self) {
        try JSONDecoder().decode(Case.self, from: Data(#"{"number":"（2025）京0105执0号"}"#.utf8))
    }
    #expect(error?.code == "case_number.serial")
    #expect(error?.field == "number")
}

@Test("A case number dated before 1949 or with a serial of 0 is an error naming the field, never a trap (issue 8, 1.1)",
      arguments: [(1948, 1), (1900, 1), (0, 1), (3000, 1), (2026, 0), (2026, -5)])
func caseNumber_memberwise_outOfRange_throwsNamingTheField(year: Int, serial: Int) {
    #expect(throws: FieldError.self) {
        try CaseNumber(year: year, court: .supreme, type: .enforcement, serial: serial, field: "filedOn")
    }
    do {
        _ = try CaseNumber(year: year, court: .supreme, type: .enforcement, serial: serial, field: "filedOn")
    } catch let error as FieldError {
        #expect(error.field == "filedOn")
    } catch {
        Issue.record("unexpected error \(error)")
    }
}
