/// Bad input, naming the field at fault. The server turns it into HTTP 400
/// `{"error": {"code", "message", "field"}}`; the CLI prints it and exits 2.
public struct FieldError: Error, Sendable, Hashable, Codable {
    /// The input field at fault, as the API names it (`identityNumber`, `amount`, ...).
    public var field: String
    /// A stable machine code, e.g. `resident_id.check_digit`.
    public let code: String
    public let message: LocalizedText

    public init(field: String, code: String, message: LocalizedText) {
        self.field = field
        self.code = code
        self.message = message
    }

    /// The same error, reported against another field name (a value type validates itself
    /// under a generic name; the caller knows which field of its input it came from).
    public func at(_ field: String) -> FieldError {
        var copy = self
        copy.field = field
        return copy
    }
}
