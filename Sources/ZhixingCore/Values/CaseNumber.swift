import Foundation

/// 案号: a case number under the SPC Provisions on Case Numbers of People's Courts (2015, in force
/// 2016-01-01): `（2025）京0105执1234号` — the year the case was filed in parentheses, the court code
/// (`CourtCode`), the case-type code (`CaseType`), the serial number and 号.
///
/// Text and JSON form: `description`, with full-width parentheses.
public struct CaseNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The year of filing (收案年度), 1949...2999.
    public let year: Int
    public let court: CourtCode
    public let type: CaseType
    /// The serial number within the court, year and type; positive.
    public let serial: Int

    /// The years a case number may carry (收案年度): from the founding of the People's Republic to 2999.
    public static let years = 1949...2999

    /// A case number from its parts. Throws `case_number.year` if `year` is outside `CaseNumber.years`
    /// (a filing dated 1948, say) and `case_number.serial` if `serial` is not positive, naming `field`:
    /// input must never reach a trap.
    public init(year: Int, court: CourtCode, type: CaseType, serial: Int, field: String = "caseNumber") throws {
        guard Self.years.contains(year) else {
            throw FieldError(field: field, code: "case_number.year", message: LocalizedText(
                zh: "案号年度应在 1949 至 2999 年之间：\(year)",
                en: "The year of a case number must be from 1949 to 2999: \(year)"))
        }
        guard serial > 0 else {
            throw FieldError(field: field, code: "case_number.serial", message: LocalizedText(
                zh: "案号顺序号应为正整数：\(serial)", en: "The serial of a case number must be positive: \(serial)"))
        }
        self.year = year
        self.court = court
        self.type = type
        self.serial = serial
    }

    /// Parses a case number. Full-width `（）` and half-width `()` parentheses are both accepted, and
    /// surrounding whitespace is ignored; nothing else may differ from the canonical form.
    ///
    /// The type code is the whole run of text between the court code and the serial, so `执恢` is read
    /// as 执恢 and never as 执 followed by something else, and `委赔监` likewise.
    ///
    /// Throws: `case_number.format` (no parentheses, or not ending in a single 号),
    /// `case_number.year` (not four digits in 1949...2999), `case_number.court` (no valid court
    /// code), `case_number.type` (an unknown type code, e.g. the pre-2016 `执字第`),
    /// `case_number.serial` (missing, zero, with leading zeros, or too large).
    public init(parsing text: String, field: String = "caseNumber") throws {
        func failure(_ code: String, _ zh: String, _ en: String) -> FieldError {
            FieldError(field: field, code: "case_number." + code, message: LocalizedText(
                zh: zh + "：" + text, en: en + ": " + text))
        }
        let formatError = failure("format", "案号格式无效，应如（2025）京0105执1234号",
                                  "Invalid case number; expected the form （2025）京0105执1234号")
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard rest.first == "（" || rest.first == "(",
              let close = rest.firstIndex(where: { $0 == "）" || $0 == ")" }) else { throw formatError }
        let yearText = rest[rest.index(after: rest.startIndex)..<close]
        rest = rest[rest.index(after: close)...]

        guard yearText.count == 4, yearText.allSatisfy({ Money.digit($0) != nil }),
              let year = Int(yearText), Self.years.contains(year) else {
            throw failure("year", "案号中的年度应为 1949 至 2999 之间的四位数字",
                          "The year in a case number must be four digits from 1949 to 2999")
        }
        guard let scanned = CourtCode.scan(rest) else {
            throw failure("court", "案号中的法院代字无效，应为“最高法”或省级简称加 0、2、4 位数字",
                          "The court code in the case number is invalid; expected 最高法 or a province abbreviation followed by 0, 2 or 4 digits")
        }
        rest = scanned.rest

        let typeText = rest.prefix(while: { !$0.isNumber && $0 != "号" })
        guard let type = CaseType(rawValue: String(typeText)) else {
            throw failure("type", "案号中的案件类型代字“\(typeText)”不是支持的执行或国家赔偿类型",
                          "The case type code “\(typeText)” is not a supported enforcement or state compensation type")
        }
        rest = rest.dropFirst(typeText.count)

        let serialText = rest.prefix(while: { Money.digit($0) != nil })
        guard let first = serialText.first, first != "0", let serial = Int(serialText) else {
            throw failure("serial", "案号中的顺序号应为不以 0 开头的正整数",
                          "The serial in a case number must be a positive integer without leading zeros")
        }
        guard rest.dropFirst(serialText.count) == "号" else { throw formatError }

        try self.init(year: year, court: scanned.code, type: type, serial: serial, field: field)
    }

    /// `（2025）京0105执1234号`.
    public var description: String { "（\(year)）\(court)\(type.rawValue)\(serial)号" }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try CaseNumber(parsing: text, field: decoder.codingPath.last?.stringValue ?? "caseNumber")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
