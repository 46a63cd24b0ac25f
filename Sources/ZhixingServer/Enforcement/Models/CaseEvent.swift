import Fluent
import Foundation

/// One event of a case's lifecycle, in order (`seq`). The core reads these to decide.
final class CaseEvent: Model, @unchecked Sendable {
    static let schema = "case_events"

    @ID(key: .id) var id: UUID?
    @Parent(key: "case_id") var enforcementCase: EnforcementCase
    @Field(key: "seq") var seq: Int
    @Field(key: "kind") var kind: String
    @Field(key: "date") var date: String
    @OptionalField(key: "amount_fen") var amountFen: Int64?
    /// The control measure as JSON (`ControlMeasure`), for measure events and found assets.
    @OptionalField(key: "measure") var measure: String?
    @OptionalField(key: "property_found") var propertyFound: Bool?
    @OptionalField(key: "note") var note: String?
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $enforcementCase, $seq, $kind, $date, $amountFen, $measure, $propertyFound, $note, $actorID,
         $actorName, $createdAt]
    }
}
