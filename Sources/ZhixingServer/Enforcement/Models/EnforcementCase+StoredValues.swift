import ZhixingCore

/// The case's stored kinds and statuses as the enums they are. An unknown stored value throws
/// `StoredValueError` (corrupt data, HTTP 500), never a default; writes set `rawValue` of the same enums.
extension EnforcementCase {
    /// `type_code`: the case-number type (执, 执恢, 执异, ...).
    var caseType: CaseType { get throws { try stored(\.$typeCode) } }
    /// `basis_kind`: the kind of the execution basis (执行依据).
    var executionBasisKind: ExecutionBasisKind { get throws { try stored(\.$basisKind) } }
    /// `status`: what the core's assessment last said.
    var caseStatus: CaseStatus { get throws { try stored(\.$status) } }
    /// `standing`: the status with 终本 apart (`CaseStanding`).
    var caseStanding: CaseStanding { get throws { try stored(\.$standing) } }
    /// `closure`: how the case closed, if it has.
    var closureKind: ClosureKind? { get throws { try stored(\.$closure) } }
    /// `link_kind`: how the case was born of `linked_case_id`, if it was.
    var caseLinkKind: CaseLinkKind? { get throws { try stored(\.$linkKind) } }
}
