import Foundation
import Testing
@testable import ZhixingCore

@Test func caseType_allCodes_haveRawChineseCodesAndNames() {
    #expect(CaseType.allCases.map(\.rawValue) == ["执", "执恢", "执保", "执异", "执复", "执监", "执协", "执请", "执他",
                                                  "法赔", "委赔", "委赔监"])
    #expect(CaseType.allCases.allSatisfy { !$0.nameZh.isEmpty && !$0.nameEn.isEmpty })
    #expect(CaseType.restoredEnforcement.nameZh == "恢复执行案件")
    #expect(CaseType.enforcement.description == "执")
}

@Test func caseType_parsing_unknownCode_isRejected() throws {
    #expect(try CaseType(parsing: "执异") == .objection)
    let error = #expect(throws: FieldError.self) { try CaseType(parsing: "民初") }
    #expect(error?.code == "case_type.invalid")
}

private struct Filing: Codable {
    let kind: CaseType
}

@Test func caseType_json_isTheChineseCode() throws {
    let filing = try JSONDecoder().decode(Filing.self, from: Data(#"{"kind":"委赔监"}"#.utf8))
    #expect(filing.kind == .compensationSupervision)
    #expect(String(decoding: try JSONEncoder().encode(filing), as: UTF8.self) == #"{"kind":"委赔监"}"#)
    let error = #expect(throws: FieldError.self) {
        try JSONDecoder().decode(Filing.self, from: Data(#"{"kind":"enforcement"}"#.utf8))
    }
    #expect(error?.code == "case_type.invalid")
    #expect(error?.field == "kind")
}
