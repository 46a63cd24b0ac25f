import Foundation
import Testing
@testable import ZhixingCore

/// `2025-10-01` → LocalDate (test helper; the literals are valid dates).
func creditDay(_ iso: String) -> LocalDate {
    try! LocalDate(iso: iso)
}

func creditContext() throws -> RuleContext {
    RuleContext(calendar: StatutoryCalendar(schedule: try HolidaySchedule.bundled()))
}

/// Decodes `json` as `CreditFacts` (the way the API does) and decides.
func creditDecide(_ json: String) throws -> CreditDecision {
    let facts = try JSONFacts.decode(CreditFacts.self, from: Data(json.utf8))
    return try CreditRuleSet.decide(facts, context: try creditContext())
}

/// The `FieldError` thrown when decoding `json`, if any.
func creditFieldError(_ json: String) -> FieldError? {
    do {
        _ = try creditDecide(json)
        return nil
    } catch let error as FieldError {
        return error
    } catch {
        return nil
    }
}

/// Valid test identity numbers (check digits computed per GB 11643).
enum CreditIDs {
    /// Male, born 1990-03-07.
    static let adultMale = "110105199003071239"
    /// Female, born 1964-07-15.
    static let adultFemale = "342301196407153229"
    /// Female, born 2010-05-20.
    static let minorFemale = "110105201005200022"
    /// Male, born 2007-06-16: eighteen on 2025-06-16.
    static let turns18On20250616 = "440305200706160011"
    /// A valid unified social credit code.
    static let creditCode = "91110105MA01ABCD13"
}

/// Facts for a natural-person debtor, with the given JSON members added at top level.
func creditPersonFacts(asOf: String = "2025-06-16", id: String = CreditIDs.adultMale, _ extra: String = "") -> String {
    """
    {
      "asOf": "\(asOf)",
      "debtor": {"kind": "naturalPerson", "name": "王某某", "identityNumber": "\(id)"}\(extra.isEmpty ? "" : ",\n  " + extra)
    }
    """
}

/// Facts for an organisation debtor, with the given JSON members added at top level.
func creditOrganisationFacts(asOf: String = "2025-06-16", persons: String = "[]", _ extra: String = "") -> String {
    """
    {
      "asOf": "\(asOf)",
      "debtor": {"kind": "organisation", "name": "北京某某贸易有限公司", "creditCode": "\(CreditIDs.creditCode)",
                 "legalRepresentative": "李某", "responsiblePersons": \(persons)}\(extra.isEmpty ? "" : ",\n  " + extra)
    }
    """
}

extension CreditDecision {
    var availableGrounds: [DishonestGround] { listing.availableGrounds.map(\.ground) }
    var refusedGrounds: [DishonestGround] { listing.refusedGrounds.map(\.ground) }
    func refusal(_ ground: DishonestGround) -> GroundAssessment? { listing.refusedGrounds.first { $0.ground == ground } }
    var listingArticles: [String] { listing.reasons.map(\.article) }
    var reliedArticles: [String] { reliedOnFindings.map(\.article) }
}

extension Array where Element == Reason {
    var creditArticles: [String] { map(\.article) }
    func creditMentions(_ text: String) -> Bool { contains { $0.message.zh.contains(text) || $0.message.en.contains(text) } }
}
