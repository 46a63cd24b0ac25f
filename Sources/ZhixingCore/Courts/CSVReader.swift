/// A small RFC 4180 reader: comma-separated, fields may be quoted with `"` (doubled inside),
/// lines ending in LF or CRLF. Lines starting with `#` outside quotes are comments.
public enum CSVReader {
    public struct Line: Sendable, Equatable {
        /// 1-based line number in the file, for error messages.
        public let number: Int
        public let fields: [String]
    }

    public static func read(_ text: String) -> [Line] {
        var lines: [Line] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var lineNumber = 1
        var startLine = 1
        var atLineStart = true
        var inComment = false
        var iterator = Array(text.replacingOccurrences(of: "\r\n", with: "\n")).makeIterator()
        var pending: Character? = nil

        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }

        while let ch = next() {
            if inComment {
                if ch == "\n" { inComment = false; lineNumber += 1; atLineStart = true }
                continue
            }
            if atLineStart && !inQuotes {
                startLine = lineNumber
                if ch == "#" { inComment = true; atLineStart = false; continue }
                if ch == "\n" { lineNumber += 1; continue }  // blank line
            }
            atLineStart = false
            if inQuotes {
                if ch == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { inQuotes = false; pending = following }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if ch == "\n" { lineNumber += 1 }
                    field.append(ch)
                }
                continue
            }
            switch ch {
            case "\"" where field.isEmpty:
                inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\n":
                fields.append(field)
                lines.append(Line(number: startLine, fields: fields))
                fields = []
                field = ""
                lineNumber += 1
                atLineStart = true
            default:
                field.append(ch)
            }
        }
        if !atLineStart || !fields.isEmpty || !field.isEmpty {
            if !inComment {
                fields.append(field)
                lines.append(Line(number: startLine, fields: fields))
            }
        }
        return lines
    }
}
