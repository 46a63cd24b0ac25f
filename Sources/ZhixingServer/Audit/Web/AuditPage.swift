import Foundation
import ZhixingCore

/// The audit log page's model: the filter form with its values, the events in words, the pager.
struct AuditPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        let seq: Int
        /// Beijing time, as the page's language writes it.
        let at: String
        /// The stored UTC instant, for `<time datetime>`.
        let atUTC: String
        let actor: String
        let action: String
        let actionCode: String
        let record: String
        /// The case page (or the directory page) when the user may open it.
        let recordHref: String?
        let changes: String
        let hash: String
    }

    struct Option: Encodable, Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct OptionGroup: Encodable, Sendable {
        let label: String
        let options: [Option]
    }

    /// The form's values as typed, and the field at fault.
    struct Form: Encodable, Sendable {
        let action: String
        let actor: String
        let caseNumber: String
        let kind: String
        let from: String
        let to: String
        let kinds: [OptionGroup]
        /// A kind from the address that the list does not offer (shown as its code, so it stays selected).
        let otherKind: String?
        let error: String?
        let errorField: String?
        let filtered: Bool
        let clearHref: String
        let maxActor: Int
        let maxCase: Int
        let minDate: String
        let maxDate: String
    }

    let form: Form
    let events: [Row]
    let prev: String?
    let next: String?
    let total: Int
    let verifyHref: String?
    let verified: Bool
    let intact: Bool
    let problem: String?
    let checked: Int
}
