import ZhixingCore

extension CaseEvent {
    /// `kind` as the core's event kind; an unknown stored kind throws `StoredValueError`, never `.filed`.
    var eventKind: EnforcementEventKind { get throws { try stored(\.$kind) } }
}
