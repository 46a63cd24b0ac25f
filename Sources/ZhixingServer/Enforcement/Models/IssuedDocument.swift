import Fluent
import Foundation

/// A document generated from case data and issued (执行通知书, 报告财产令, 终本裁定书): the HTML as
/// issued is kept, so that what was served can always be shown again.
final class IssuedDocument: Model, @unchecked Sendable {
    static let schema = "issued_documents"

    @ID(key: .id) var id: UUID?
    @Parent(key: "case_id") var enforcementCase: EnforcementCase
    /// `enforcementNotice`, `propertyReportOrder`, `terminationRuling`
    @Field(key: "kind") var kind: String
    @Field(key: "issued_on") var issuedOn: String
    @Field(key: "html") var html: String
    @Field(key: "issued_by") var issuedBy: String
    /// The day it was served, once the case records its service (`CaseDocuments.Kind.servedBy`).
    @OptionalField(key: "served_on") var servedOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $enforcementCase, $kind, $issuedOn, $html, $issuedBy, $servedOn, $createdAt]
    }
}
