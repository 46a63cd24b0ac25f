import Fluent
import Foundation

/// An enforcement team (执行团队): judge + assistant judge + judicial police + clerk (Outline 2019-2023 item 15).
final class Team: Model, @unchecked Sendable {
    static let schema = "teams"

    @ID(key: .id) var id: UUID?
    @Parent(key: "court_id") var court: Organisation
    @Field(key: "name") var name: String
    @Parent(key: "judge_id") var judge: User
    @OptionalParent(key: "assistant_id") var assistant: User?
    @OptionalParent(key: "police_id") var police: User?
    @OptionalParent(key: "clerk_id") var clerk: User?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $court, $name, $judge, $assistant, $police, $clerk, $createdAt]
    }
}
