import Foundation
import Testing
@testable import ZhixingCore

/// The worked example of a rule set, `Resources/RuleExamples/<name>.json`.
private func example(_ name: String) throws -> String {
    let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    let file = here.appendingPathComponent("../../../Resources/RuleExamples/\(name).json").standardizedFileURL
    return String(decoding: try Data(contentsOf: file), as: UTF8.self)
}

/// `json` with the first `target` replaced by `replacement`; the target must be there.
private func edited(_ json: String, _ target: String, _ replacement: String) throws -> String {
    let range = try #require(json.range(of: target), "\(target) not in the example")
    return json.replacingCharacters(in: range, with: replacement)
}

/// The `FieldError` the engine `name` throws on `json` (the test fails if it throws nothing or another error).
private func refusal(_ name: String, _ json: String) throws -> FieldError {
    try refusal(name, Data(json.utf8))
}

private func refusal(_ name: String, _ data: Data) throws -> FieldError {
    let engine = try #require(RuleEngine.named(name))
    let context = RuleContext(calendar: StatutoryCalendar(schedule: try HolidaySchedule.bundled()))
    do {
        _ = try engine.decide(json: data, context: context)
    } catch let error as FieldError {
        return error
    }
    Issue.record("\(name): expected a FieldError")
    return FieldError(field: "", code: "none", message: LocalizedText(zh: "", en: ""))
}

/// The decision JSON of `R` on `json` decoded by Foundation's lenient `JSONDecoder`, as before the strict decoder.
private func lenientDecision<R: RuleSet>(_ ruleSet: R.Type, _ json: String) throws -> Data {
    let facts = try JSONDecoder().decode(R.Facts.self, from: Data(json.utf8))
    return try JSONFacts.encode(try R.decide(facts, context: RuleContext(calendar: StatutoryCalendar(schedule: try HolidaySchedule.bundled()))))
}

private func strictDecision(_ name: String, _ json: String) throws -> Data {
    let engine = try #require(RuleEngine.named(name))
    return try engine.decide(json: Data(json.utf8), context: RuleContext(calendar: StatutoryCalendar(schedule: try HolidaySchedule.bundled())))
}

/// One case per rule set: an unknown key at the top and nested, and a date a year 0001 / 9999 could hide in.
private struct StrictCase: Sendable, CustomTestStringConvertible {
    let name: String
    let nestedTarget: String, nestedReplacement: String, nestedPath: String
    let dateTarget: String, dateReplacement: @Sendable (String) -> String, datePath: String
    var testDescription: String { name }
}

private let strictCases: [StrictCase] = [
    StrictCase(name: "calendar",
               nestedTarget: #""count": 7"#, nestedReplacement: #""count": 7, "units": "days""#, nestedPath: "period.units",
               dateTarget: #""start": "2025-09-26""#, dateReplacement: { #""start": "\#($0)-09-26""# }, datePath: "start"),
    StrictCase(name: "compensation",
               nestedTarget: #""marketPriceAtAct": "380000.00","#, nestedReplacement: #""marketPriceAtAct": "380000.00", "colour": "yellow","#,
               nestedPath: "acts[0].losses[0].colour",
               dateTarget: #""filedOn": "2024-03-18""#, dateReplacement: { #""filedOn": "\#($0)-03-18""# }, datePath: "claim.filedOn"),
    StrictCase(name: "refusal",
               nestedTarget: #"{"kind": "notFilingDecision", "date": "2025-09-03", "actor": "police"}"#,
               nestedReplacement: #"{"kind": "notFilingDecision", "date": "2025-09-03", "actor": "police", "outcomee": "approved"}"#,
               nestedPath: "events[3].outcomee",
               dateTarget: #""asOf": "2025-10-30""#, dateReplacement: { #""asOf": "\#($0)-10-30""# }, datePath: "asOf"),
    StrictCase(name: "credit",
               nestedTarget: #"{"name": "刘志强", "roles": ["actualController"]}"#,
               nestedReplacement: #"{"name": "刘志强", "roles": ["actualController"], "nickname": "老刘"}"#,
               nestedPath: "debtor.responsiblePersons[1].nickname",
               dateTarget: #""appliedOn": "2025-06-09""#, dateReplacement: { #""appliedOn": "\#($0)-06-09""# }, datePath: "listingRequest.appliedOn"),
    StrictCase(name: "enforcement",
               nestedTarget: #""rank": "first", "startsOn": "2025-03-14", "termMonths": 12}}"#,
               nestedReplacement: #""rank": "first", "startsOn": "2025-03-14", "termMonths": 12, "termYears": 1}}"#,
               nestedPath: "events[6].measure.termYears",
               dateTarget: #""filedOn": "2025-03-03""#, dateReplacement: { #""filedOn": "\#($0)-03-03""# }, datePath: "filedOn"),
]

@Suite("Rules: the one strict fact decoder")
struct FactDecoderTests {
    @Test("Every rule set: the worked example decides as it did under the lenient decoder")
    func workedExamples_decideTheSame() throws {
        #expect(try strictDecision("calendar", example("calendar")) == lenientDecision(CalendarRules.self, example("calendar")))
        #expect(try strictDecision("compensation", example("compensation"))
                    == lenientDecision(CompensationRules.self, example("compensation")))
        #expect(try strictDecision("refusal", example("refusal")) == lenientDecision(RefusalRules.self, example("refusal")))
        #expect(try strictDecision("credit", example("credit")) == lenientDecision(CreditRuleSet.self, example("credit")))
        #expect(try strictDecision("enforcement", example("enforcement"))
                    == lenientDecision(EnforcementRules.self, example("enforcement")))
    }

    @Test("Every rule set: an unknown top-level key is refused, naming it", arguments: strictCases)
    fileprivate func unknownTopLevelKey_refused(_ c: StrictCase) throws {
        let json = try edited(try example(c.name), "{", #"{"asOfDate": "2025-01-01", "#)
        let error = try refusal(c.name, json)
        #expect(error.field == "asOfDate")
        #expect(error.code.hasSuffix("unknown") || error.code.hasSuffix("unknown_field"))
        #expect(error.message.zh.contains("asOfDate") && error.message.en.contains("asOfDate"))
    }

    @Test("Every rule set: an unknown nested key is refused, naming its JSON path", arguments: strictCases)
    fileprivate func unknownNestedKey_refused(_ c: StrictCase) throws {
        let json = try edited(try example(c.name), c.nestedTarget, c.nestedReplacement)
        let error = try refusal(c.name, json)
        #expect(error.field == c.nestedPath)
        #expect(error.message.en.contains(c.nestedPath))
    }

    @Test("The unknown-key message lists the keys read at that level")
    func unknownKey_messageListsAllowedKeys() throws {
        let json = try edited(try example("calendar"), #""count": 7"#, #""count": 7, "units": "days""#)
        let error = try refusal("calendar", json)
        #expect(error.message.en.contains("allowed here: unit, count") || error.message.en.contains("allowed here: count, unit"))
    }

    @Test("A UTF-8 byte order mark before the facts is skipped; JSON number grammar is kept")
    func byteOrderMark_andNumberGrammar() throws {
        struct N: Decodable { let n: Double }
        #expect(try JSONFacts.decode(N.self, from: Data([0xEF, 0xBB, 0xBF] + Array(#"{"n": -0.5e+2}"#.utf8))).n == -50)
        for bad in ["01", "1.", ".5", "-", "1e", "1e+", "--1", "0x10", "1.2.3"] {
            #expect(throws: FieldError.self, "\(bad)") { try JSONFacts.decode(N.self, from: Data(#"{"n": \#(bad)}"#.utf8)) }
        }
    }

    @Test("Every rule set: a date in year 0001 or 9999 is refused (facts take 1949-2100)", arguments: strictCases)
    fileprivate func farDate_refused(_ c: StrictCase) throws {
        for year in ["0001", "9999", "1948", "2101"] {
            let error = try refusal(c.name, try edited(try example(c.name), c.dateTarget, c.dateReplacement(year)))
            #expect(error.field == c.datePath, "\(year)")
            #expect(error.code.hasPrefix("date.") || error.code.hasPrefix("credit."), "\(year): \(error.code)")
        }
    }

    @Test("Every rule set: the first and last years of the range are taken", arguments: strictCases)
    fileprivate func rangeEnds_accepted(_ c: StrictCase) throws {
        for year in ["1949", "2100"] {
            let json = try edited(try example(c.name), c.dateTarget, c.dateReplacement(year))
            do {
                _ = try strictDecision(c.name, json)
            } catch let error as FieldError {
                // A later consistency check may refuse the date (e.g. filed after "as of"), but not as out of range.
                #expect(error.code != "date.out_of_range", "\(year): \(error.field)")
            }
        }
    }

    @Test("Credit: a debtor's birth date may be before 1949 (1900-2100)")
    func credit_birthDateBefore1949_accepted() throws {
        let json = #"""
        {"asOf": "2025-06-20", "debtor": {"kind": "naturalPerson", "name": "王某", "birthDate": "1938-05-01"}}
        """#
        let facts = try JSONFacts.decode(CreditFacts.self, from: Data(json.utf8))
        #expect(facts.debtor.birthDate == LocalDate(year: 1938, month: 5, day: 1))
        let tooOld = json.replacingOccurrences(of: "1938-05-01", with: "1899-12-31")
        #expect(throws: FieldError.self) { try JSONFacts.decode(CreditFacts.self, from: Data(tooOld.utf8)) }
    }

    @Test("Hostile input: deep nesting, huge numbers, 500,000-character strings, bad bytes — a FieldError, never a crash")
    func hostileInput_fieldErrorNeverCrash() throws {
        let deepArrays = String(repeating: "[", count: 200_000)
        let deepObjects = String(repeating: #"{"a":"#, count: 100_000)
        let long = String(repeating: "执", count: 500_000)
        for engine in RuleEngine.all.map(\.name) {
            #expect(try refusal(engine, deepArrays).code == "body.too_deep")
            #expect(try refusal(engine, deepObjects).code == "body.too_deep")
            #expect(try refusal(engine, #"{"asOf": "\#(long)"}"#).field == "asOf")
            #expect(try refusal(engine, #"{"asOf": "\#(long)"}"#).code == "field.too_long")
            #expect(try refusal(engine, "").code == "body.invalid")
            #expect(try refusal(engine, "null").field == "")
            #expect(try refusal(engine, "[1, 2]").field == "")
            #expect(try refusal(engine, #"{"asOf": "2025-01-01", "asOf": "2025-01-02"}"#).code == "field.duplicate")
            #expect(try refusal(engine, Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D])).code == "body.invalid")
            #expect(try refusal(engine, Data(repeating: 0x20, count: FactLimits.documentBytes + 1)).code == "body.too_large")
            #expect(try refusal(engine, "{" + (0..<600).map { #""k\#($0)": 1"# }.joined(separator: ",") + "}").code
                        == "field.too_many_keys")
        }
        let calendar = try example("calendar")
        for number in ["1e400", "-1e400", "123456789012345678901234567890", "7.5", "99999999999999999999"] {
            let error = try refusal("calendar", try edited(calendar, #""count": 7"#, #""count": \#(number)"#))
            #expect(error.field == "period.count", "\(number)")
        }
        let longNumber = String(repeating: "9", count: 5_000)
        #expect(try refusal("calendar", try edited(calendar, #""count": 7"#, #""count": \#(longNumber)"#)).field == "period.count")
        let list = "[" + Array(repeating: "1", count: FactLimits.arrayLength + 1).joined(separator: ",") + "]"
        #expect(try refusal("refusal", #"{"asOf": "2025-01-01", "events": \#(list)}"#).code == "field.too_long")
    }

    @Test("Enforcement: an amount beyond Money's range is refused, naming its path")
    func enforcement_amountBeyondMoneyRange_refused() throws {
        let json = try edited(try example("enforcement"), #""amountApplied": "350000.00""#,
                              #""amountApplied": "9000000000000000000.00""#)
        let error = try refusal("enforcement", json)
        #expect(error.field == "amountApplied")
        #expect(error.code == "money.overflow" || error.code.hasPrefix("money."))
        let nested = try edited(try example("enforcement"), #""amountAwarded": "350000.00""#, #""amountAwarded": 350000"#)
        #expect(try refusal("enforcement", nested).field == "basis.amountAwarded")
    }

    @Test("Enforcement: payments out summing beyond Money's range are a FieldError, not a trap in the message")
    func enforcement_disbursementsBeyondMoneyRange_fieldError() throws {
        let max = "900000000000000.00"
        let events = #"""
            {"kind": "filed", "date": "2025-03-03"},
            {"kind": "paymentReceived", "date": "2025-03-10", "amount": "\#(max)"},
            {"kind": "paymentDisbursed", "date": "2025-03-11", "amount": "\#(max)"},
            {"kind": "paymentDisbursed", "date": "2025-03-12", "amount": "\#(max)"}
            """#
        let json = #"""
            {"caseType": "执", "filedOn": "2025-03-03", "asOf": "2025-03-20", "amountApplied": "\#(max)", "nonLitigation": false,
             "basis": {"kind": "civilJudgment", "issuingBody": "某法院", "documentNumber": "（2024）京0105民初1号",
                       "effectiveOn": "2025-01-10", "amountAwarded": "\#(max)"},
             "jurisdiction": {"isFirstInstanceCourt": true, "propertyInCourtArea": false, "sameLevelAsFirstInstance": true},
             "events": [\#(events)]}
            """#
        let error = try refusal("enforcement", json)
        #expect(error.field == "events[3].amount")
        #expect(error.code == "money.overflow")
        // The exact edge: paid out one fen more than Money.maxFen in all.
        let oneFenOver = json.replacingOccurrences(of: #"{"kind": "paymentDisbursed", "date": "2025-03-12", "amount": "\#(max)"}"#,
                                                   with: #"{"kind": "paymentDisbursed", "date": "2025-03-12", "amount": "0.01"}"#)
        #expect(oneFenOver != json)
        let edge = try refusal("enforcement", oneFenOver)
        #expect(edge.field == "events[3].amount")
        #expect(edge.code == "money.overflow")
    }

    @Test("A field the facts type reads is not refused just because it is null")
    func explicitNullForOptional_accepted() throws {
        let json = try edited(try example("calendar"), #""basis": "civilProcedure""#, #""basis": null"#)
        #expect(throws: Never.self) { try strictDecision("calendar", json) }
    }

    @Test("Strings with escapes and surrogate pairs decode exactly")
    func escapes_decodeExactly() throws {
        let json = #"{"s": "a\"b\\c\/d\n\u6267\ud83d\ude00"}"#
        struct S: Decodable { let s: String }
        #expect(try JSONFacts.decode(S.self, from: Data(json.utf8)).s == "a\"b\\c/d\n执😀")
        #expect(throws: FieldError.self) { try JSONFacts.decode(S.self, from: Data(#"{"s": "\ud83d"}"#.utf8)) }
        #expect(throws: FieldError.self) { try JSONFacts.decode(S.self, from: Data(#"{"s": 01}"#.utf8)) }
    }
}
