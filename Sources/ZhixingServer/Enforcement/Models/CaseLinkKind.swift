/// How a case was born of another (`enforcement_cases.link_kind`, with `linked_case_id`): an objection
/// (执异) or third-party objection, a reconsideration (执复), an assistance request (执协), a restoration
/// (执恢), or a whole-case entrustment filed by the entrusted court (委托执行).
enum CaseLinkKind: String, Sendable, Hashable, CaseIterable {
    case objection
    case thirdPartyObjection
    case reconsideration
    case assistance
    case restoration
    case entrusted

    /// The link a case opened through `CaseLinks` carries.
    init(_ kind: CaseLinks.Kind) {
        switch kind {
        case .objection: self = .objection
        case .thirdPartyObjection: self = .thirdPartyObjection
        case .reconsideration: self = .reconsideration
        case .assistance: self = .assistance
        case .restoration: self = .restoration
        }
    }
}
