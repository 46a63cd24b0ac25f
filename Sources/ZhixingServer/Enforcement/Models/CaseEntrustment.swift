import Fluent
import Foundation
import ZhixingCore

/// An entrustment of a whole case to a court in another province (委托执行, Entrusted Enforcement
/// Provisions 2011 Art.1-2): sent by the owning court with its two findings, waiting in the entrusted
/// court's inbox until that court files the case as its own (`acceptedCase`), which closes the owner's
/// case as entrusted (委托结案). The entrusted court never works on the owner's case.
final class CaseEntrustment: Model, @unchecked Sendable {
    static let schema = "case_entrustments"

    @ID(key: .id) var id: UUID?
    /// The entrusting court's case.
    @Parent(key: "case_id") var enforcementCase: EnforcementCase
    @Parent(key: "from_court_id") var fromCourt: Organisation
    @Parent(key: "to_court_id") var toCourt: Organisation
    @Field(key: "entrusted_on") var entrustedOn: String
    /// Art.1 para.1 finding: no property left to enforce in the entrusting court's area.
    @Field(key: "no_property_in_area") var noPropertyInArea: Bool
    /// Art.1 para.1 finding: property to enforce in another province.
    @Field(key: "property_in_other_province") var propertyInOtherProvince: Bool
    @OptionalField(key: "note") var note: String?
    @Field(key: "entrusted_by") var entrustedBy: String
    /// The entrusted court's own case, once it has filed it.
    @OptionalField(key: "accepted_case_id") var acceptedCaseID: UUID?
    @OptionalField(key: "accepted_case_number") var acceptedCaseNumber: String?
    @OptionalField(key: "accepted_on") var acceptedOn: String?
    @OptionalField(key: "accepted_by") var acceptedBy: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// The entrusting case's side, as the core's lifecycle reads it.
    func facts() throws -> EntrustmentFacts {
        EntrustmentFacts(entrustedOn: try LocalDate(iso: entrustedOn, field: "entrustedOn"),
                         entrustedCourt: $toCourt.value?.code ?? "",
                         filedOn: try acceptedOn.map { try LocalDate(iso: $0, field: "acceptedOn") },
                         caseNumber: acceptedCaseNumber)
    }

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $enforcementCase, $fromCourt, $toCourt, $entrustedOn, $noPropertyInArea, $propertyInOtherProvince,
         $note, $entrustedBy, $acceptedCaseID, $acceptedCaseNumber, $acceptedOn, $acceptedBy, $createdAt]
    }
}
