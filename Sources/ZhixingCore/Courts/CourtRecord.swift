/// One court of the directory, as a data file gives it.
public struct CourtRecord: Sendable, Hashable, Codable {
    /// The case-number code (`京0105`); a dispatched tribunal has `<basic court code>-T<nn>`.
    public let code: String
    public let level: CourtLevel
    /// The directly supervising court's code; `nil` only for the Supreme People's Court.
    public let parentCode: String?
    public let nameZh: String
    public let nameEn: String
    /// The court's address and telephone, when the file has the optional `address,phone` columns and
    /// the row fills them.
    public let address: String?
    public let phone: String?

    public init(code: String, level: CourtLevel, parentCode: String?, nameZh: String, nameEn: String,
                address: String? = nil, phone: String? = nil) {
        self.code = code
        self.level = level
        self.parentCode = parentCode
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.address = address
        self.phone = phone
    }
}

/// An error in one row of a court data file.
public struct RowError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public let line: Int
    public let field: String
    public let message: LocalizedText

    public init(line: Int, field: String, message: LocalizedText) {
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String { "line \(line), \(field): \(message.en)" }
}
