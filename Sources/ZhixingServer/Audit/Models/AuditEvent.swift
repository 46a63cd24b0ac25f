import Fluent
import Foundation

/// One append-only audit event. `hash` covers this event's content and the previous event's hash,
/// so that changing, removing or reordering any event breaks the chain (`zhixing audit verify`).
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    /// The position in the chain: 1, 2, 3, ... without gaps.
    @ID(custom: "seq", generatedBy: .user) var id: Int?
    /// ISO 8601 UTC with milliseconds, stored as text so that the hashed value round-trips exactly.
    @Field(key: "at") var at: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @Field(key: "entity_id") var entityID: String
    /// The organisation path of the record's owner, for scoping who may read the event.
    @Field(key: "owner_path") var ownerPath: String
    /// What changed: canonical JSON `{"field": {"from": ..., "to": ...}}`.
    @Field(key: "changes") var changes: String
    @Field(key: "prev_hash") var prevHash: String
    @Field(key: "hash") var hash: String

    init() {}

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $at, $actorID, $actorName, $action, $entity, $entityID, $ownerPath, $changes, $prevHash, $hash]
    }
}
