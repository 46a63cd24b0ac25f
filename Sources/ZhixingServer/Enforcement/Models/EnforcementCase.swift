import Fluent
import Foundation

/// An enforcement case (执行案件). Its lifecycle is the list of its `CaseEvent`s; `status`, `closure`,
/// `nextDueDate` and `overdue` are what the core's assessment last said, kept for lists and filters.
final class EnforcementCase: Model, @unchecked Sendable {
    static let schema = "enforcement_cases"

    @ID(key: .id) var id: UUID?
    @Parent(key: "court_id") var court: Organisation
    @Field(key: "year") var year: Int
    @Field(key: "type_code") var typeCode: String
    @Field(key: "serial") var serial: Int
    /// `（2025）京0105执1234号`, unique.
    @Field(key: "case_number") var caseNumber: String
    @Field(key: "filed_on") var filedOn: String
    @Field(key: "basis_kind") var basisKind: String
    @Field(key: "basis_issuing_body") var basisIssuingBody: String
    @Field(key: "basis_document_number") var basisDocumentNumber: String
    @OptionalField(key: "basis_effective_on") var basisEffectiveOn: String?
    @OptionalField(key: "basis_amount_fen") var basisAmountFen: Int64?
    @OptionalField(key: "basis_obligations") var basisObligations: String?
    @Field(key: "amount_applied_fen") var amountAppliedFen: Int64
    @Field(key: "non_litigation") var nonLitigation: Bool
    @Field(key: "first_instance_court") var isFirstInstanceCourt: Bool
    @Field(key: "property_in_area") var propertyInCourtArea: Bool
    @Field(key: "same_level") var sameLevelAsFirstInstance: Bool
    /// JSON array of the filing warnings (reasons), shown on the case page.
    @Field(key: "filing_warnings") var filingWarnings: String
    @OptionalParent(key: "team_id") var team: Team?
    @Field(key: "status") var status: String
    @OptionalField(key: "closure") var closure: String?
    @OptionalField(key: "next_due_date") var nextDueDate: String?
    @Field(key: "overdue") var overdue: Bool
    @Field(key: "amount_received_fen") var amountReceivedFen: Int64
    /// What the core last said of the case for its queue (`CaseSummary`): its standing (终本 apart), the
    /// day it closed, the sum outstanding, the earliest expiry of a measure in force, the next follow-up
    /// inquiry after 终本, and which version of the summary these columns hold.
    @Field(key: "standing") var standing: String
    @OptionalField(key: "closed_on") var closedOn: String?
    @Field(key: "amount_outstanding_fen") var amountOutstandingFen: Int64
    @OptionalField(key: "next_measure_expiry") var nextMeasureExpiry: String?
    @OptionalField(key: "next_follow_up_due") var nextFollowUpDue: String?
    @Field(key: "summary_version") var summaryVersion: Int
    /// SHA-256 of the party-portal access code issued at filing.
    @Field(key: "access_code_hash") var accessCodeHash: String
    @OptionalField(key: "linked_case_id") var linkedCaseID: UUID?
    @OptionalField(key: "link_kind") var linkKind: String?
    @OptionalParent(key: "entrusted_court_id") var entrustedCourt: Organisation?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Children(for: \.$enforcementCase) var parties: [CaseParty]
    @Children(for: \.$enforcementCase) var events: [CaseEvent]

    init() {}

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $court, $year, $typeCode, $serial, $caseNumber, $filedOn, $basisKind, $basisIssuingBody,
         $basisDocumentNumber, $basisEffectiveOn, $basisAmountFen, $basisObligations, $amountAppliedFen,
         $nonLitigation, $isFirstInstanceCourt, $propertyInCourtArea, $sameLevelAsFirstInstance, $filingWarnings,
         $team, $status, $closure, $nextDueDate, $overdue, $amountReceivedFen, $standing, $closedOn,
         $amountOutstandingFen, $nextMeasureExpiry, $nextFollowUpDue, $summaryVersion, $accessCodeHash,
         $linkedCaseID, $linkKind, $entrustedCourt, $version, $createdAt, $updatedAt, $parties, $events]
    }
}
