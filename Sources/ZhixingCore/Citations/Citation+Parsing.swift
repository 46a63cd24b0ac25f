import Foundation

/// Reads back the English citations the core has printed (`Reason.article` in JSON stored before citations
/// were values): every form `Citation.english` produces, joined with "; ".
extension Citation {
    /// The citations in `text`; a part that is not a form we print becomes an uncatalogued citation carrying it.
    public static func parse(_ text: String) -> [Citation] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        return trimmed.components(separatedBy: "; ").map { part in
            Citation(parsing: part) ?? Citation(uncatalogued: part)
        }
    }

    /// One citation in the English form, or `nil` when `text` is not exactly a form we print.
    public init?(parsing text: String) {
        // The longest English short form that starts the text and ends at a word boundary.
        let candidates = InstrumentID.allCases.filter { id in
            let short = id.instrument.englishShort
            guard text.hasPrefix(short) else { return false }
            let rest = text.dropFirst(short.count)
            return rest.isEmpty || rest.hasPrefix(" ")
        }
        guard let id = candidates.max(by: { $0.instrument.englishShort.count < $1.instrument.englishShort.count })
        else { return nil }
        var scanner = CitationScanner(text.dropFirst(id.instrument.englishShort.count))
        var year: Int?, date: LocalDate?, point: Int?, article: Int?, through: Int?
        var paragraph: Int?, paragraphThrough: Int?, item: Int?
        if id == .holidayNotice, scanner.startsWithDigit(after: " ") {
            _ = scanner.take(" ")
            guard let y = scanner.number() else { return nil }
            year = y
        }
        if id == .depositBenchmarkRate, scanner.take(" of ") {
            guard let d = scanner.isoDate() else { return nil }
            date = d
        }
        if let prefix = id.instrument.englishPointPrefix, scanner.take(" " + prefix) {
            guard let n = scanner.number() else { return nil }
            point = n
        }
        if scanner.take(" Art.") {
            guard let n = scanner.number() else { return nil }
            article = n
            if scanner.take("-") {
                guard let m = scanner.number() else { return nil }
                through = m
            }
        }
        if scanner.take(" paras.") {
            guard let n = scanner.number(), scanner.take("-"), let m = scanner.number() else { return nil }
            paragraph = n
            paragraphThrough = m
        } else if scanner.take(" para.") {
            guard let n = scanner.number() else { return nil }
            paragraph = n
        }
        if scanner.take(" item ") {
            guard let n = scanner.number() else { return nil }
            item = n
        }
        guard scanner.atEnd else { return nil }
        self.init(id, article: article, through: through, paragraph: paragraph, paragraphThrough: paragraphThrough,
                  item: item, point: point, year: year, date: date)
        // Only what prints back the same is a reading of our own form.
        guard english == text else { return nil }
    }
}

/// A cursor over the rest of a citation's text.
private struct CitationScanner {
    private var rest: Substring

    init(_ text: Substring) { rest = text }

    var atEnd: Bool { rest.isEmpty }

    mutating func take(_ literal: String) -> Bool {
        guard rest.hasPrefix(literal) else { return false }
        rest = rest.dropFirst(literal.count)
        return true
    }

    func startsWithDigit(after literal: String) -> Bool {
        guard rest.hasPrefix(literal) else { return false }
        return rest.dropFirst(literal.count).first.map { $0.isASCII && $0.isNumber } ?? false
    }

    mutating func number() -> Int? {
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let value = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        return value
    }

    mutating func isoDate() -> LocalDate? {
        let candidate = rest.prefix(10)
        guard let date = try? LocalDate(iso: String(candidate)) else { return nil }
        rest = rest.dropFirst(10)
        return date
    }
}
