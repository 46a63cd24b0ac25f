import Foundation
import Testing
@testable import ZhixingCore

// 11010519491231002X is the worked example of GB 11643-1999 itself; the other numbers are made up
// for these tests with a correct check character and belong to no one we know of.

private func date(_ iso: String) throws -> LocalDate { try LocalDate(iso: iso) }

@Test func residentID_standardExample_parses() throws {
    let id = try ResidentID(parsing: "11010519491231002X")
    #expect(id.value == "11010519491231002X")
    #expect(try id.birthDate == date("1949-12-31"))
    #expect(id.regionCode == "110105")
    #expect(id.province == .beijing)
    #expect(id.sex == .female)
    #expect(id.description == "11010519491231002X")
}

@Test func residentID_lowercaseX_isNormalised() throws {
    #expect(try ResidentID(parsing: "11010519491231002x").value == "11010519491231002X")
}

@Test func residentID_surroundingWhitespace_isTrimmed() throws {
    #expect(try ResidentID(parsing: "  650102200706151237\n").value == "650102200706151237")
}

@Test func residentID_oddSequence_isMale_evenIsFemale() throws {
    #expect(try ResidentID(parsing: "650102200706151237").sex == .male)     // sequence 123
    #expect(try ResidentID(parsing: "110105200002290021").sex == .female)   // sequence 002
    #expect(try ResidentID(parsing: "110105200002290013").sex == .male)     // sequence 001
}

@Test(arguments: ["", "11010519491231002", "11010519491231002XX", "1101051949123100", "110105194912310"])
func residentID_wrongLength_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try ResidentID(parsing: text) }
    #expect(error?.code == "resident_id.length")
    #expect(error?.field == "identityNumber")
}

@Test(arguments: ["1101051949123100X2", "11010519491231002Y", "A1010519491231002X",
                  "110105 9491231002X", "１10105194912310021", "11010519491231002-"])
func residentID_badCharacters_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try ResidentID(parsing: text) }
    #expect(error?.code == "resident_id.characters")
}

@Test(arguments: ["000000199001010017", "100000199001010017", "160000199001010016",
                  "240000199001010012", "380000199001010016", "900000199001010012", "720000199001010015"])
func residentID_unknownProvincePrefix_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try ResidentID(parsing: text) }
    #expect(error?.code == "resident_id.region")
}

@Test(arguments: ["810000199001010019", "710000199001010031"])
func residentID_hongKongAndTaiwanPrefixes_areAccepted(text: String) throws {
    let id = try ResidentID(parsing: text)
    #expect(id.province == nil)
}

@Test(arguments: [
    "440524188001010014",  // GB 11643-1999's second example: valid check, but born 1880
    "110105190002290017",  // 1900 was not a leap year
    "110105200113010013",  // month 13
    "110105200104310012",  // 31 April
    "110105200100000019",  // month and day 00
])
func residentID_impossibleBirthDate_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try ResidentID(parsing: text) }
    #expect(error?.code == "resident_id.birth_date")
}

@Test func residentID_birthDateOnFirstDayOf1900_isAccepted() throws {
    #expect(try ResidentID(parsing: "11010519000101001X").birthDate == date("1900-01-01"))
}

@Test(arguments: ["110105194912310021", "11010519491231020X", "110105200002290012", "650102200706151238",
                  "650120200706151237", "650102200706151327"])  // the last two: adjacent digits swapped
func residentID_wrongCheckDigit_isRejected(text: String) {
    let error = #expect(throws: FieldError.self) { try ResidentID(parsing: text) }
    #expect(error?.code == "resident_id.check_digit")
    #expect(error?.message.en.contains("does not match") == true)
}

@Test func residentID_errorMessages_doNotRepeatTheNumber() {
    let error = #expect(throws: FieldError.self) { try ResidentID(parsing: "110105194912310021") }
    #expect(error?.message.zh.contains("110105") == false)
    #expect(error?.message.en.contains("110105") == false)
}

@Test func residentID_validateBornBefore_rejectsFutureBirth() throws {
    let id = try ResidentID(parsing: "650102200706151237")  // born 2007-06-15
    try id.validate(bornBefore: date("2025-01-01"))
    try id.validate(bornBefore: date("2007-06-15"))
    let error = #expect(throws: FieldError.self) { try id.validate(bornBefore: date("2007-06-14"), field: "debtorID") }
    #expect(error?.code == "resident_id.birth_date")
    #expect(error?.field == "debtorID")
}

@Test func residentID_age_countsFullYears() throws {
    let id = try ResidentID(parsing: "650102200706151237")  // born 2007-06-15
    #expect(try id.age(on: date("2025-06-14")) == 17)
    #expect(try id.age(on: date("2025-06-15")) == 18)
    #expect(try id.age(on: date("2007-06-15")) == 0)
    #expect(try id.isMinor(on: date("2025-06-14")))
    #expect(try !id.isMinor(on: date("2025-06-15")))
}

@Test func residentID_age_leapDayBirthday_completesOnLastDayOfFebruary() throws {
    let id = try ResidentID(parsing: "110105200002290021")  // born 2000-02-29
    #expect(try id.age(on: date("2018-02-27")) == 17)
    #expect(try id.age(on: date("2018-02-28")) == 18)
    #expect(try id.age(on: date("2020-02-28")) == 19)
    #expect(try id.age(on: date("2020-02-29")) == 20)
}

@Test func residentID_masks_hideTheRightDigits() throws {
    let id = try ResidentID(parsing: "342301196409093223")
    #expect(id.maskedForPublication == "3423011964****3223")
    #expect(id.maskedForParties == "342301********3223")
}

private struct Party: Codable {
    let identityNumber: ResidentID
}

@Test func residentID_json_roundTripsAsString() throws {
    let party = try JSONDecoder().decode(Party.self, from: Data(#"{"identityNumber":"11010519491231002x"}"#.utf8))
    #expect(party.identityNumber.value == "11010519491231002X")
    let data = try JSONEncoder().encode(party)
    #expect(String(decoding: data, as: UTF8.self) == #"{"identityNumber":"11010519491231002X"}"#)
}

@Test func residentID_json_invalid_namesCodingKey() {
    let error = #expect(throws: FieldError.self) {
        try JSONDecoder().decode(Party.self, from: Data(#"{"identityNumber":"110105194912310021"}"#.utf8))
    }
    #expect(error?.code == "resident_id.check_digit")
    #expect(error?.field == "identityNumber")
}

@Test func sex_parsing_acceptsRawValues_andRejectsOthers() throws {
    #expect(try Sex(parsing: " Female ") == .female)
    #expect(Sex.male.nameZh == "男")
    let error = #expect(throws: FieldError.self) { try Sex(parsing: "unknown") }
    #expect(error?.code == "sex.invalid")
}
