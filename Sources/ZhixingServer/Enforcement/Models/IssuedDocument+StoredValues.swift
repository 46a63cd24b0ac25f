extension IssuedDocument {
    /// `kind` as the document kinds the server issues; an unknown stored kind throws `StoredValueError`.
    var documentKind: CaseDocuments.Kind { get throws { try stored(\.$kind) } }
}
