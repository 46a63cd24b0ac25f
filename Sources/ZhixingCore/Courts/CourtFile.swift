/// Reads and checks a court data file (`code,level,parent_code,name_zh,name_en`, optionally followed by
/// `address,phone`), row by row. Rows are checked on their own and against each other (codes unique,
/// parents known and one level up); parents may also be courts already in the directory (`existing`).
public enum CourtFile {
    public static let header = ["code", "level", "parent_code", "name_zh", "name_en"]
    /// The optional columns: a file that has them says each court's address and telephone (an empty
    /// cell: none); a file without them says nothing about either.
    public static let contactHeader = ["address", "phone"]
    public static let maxAddressLength = 200
    public static let maxPhoneLength = 40

    public struct Result: Sendable {
        public let records: [CourtRecord]
        public let errors: [RowError]
        /// Whether the file has the `address,phone` columns.
        public let hasContact: Bool

        public init(records: [CourtRecord], errors: [RowError], hasContact: Bool = false) {
            self.records = records
            self.errors = errors
            self.hasContact = hasContact
        }
    }

    /// - Parameter existing: levels of courts already known, by code (to accept parents outside the file).
    public static func parse(_ text: String, existing: [String: CourtLevel] = [:]) -> Result {
        let lines = CSVReader.read(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        guard let head = lines.first else {
            return Result(records: [], errors: [RowError(line: 1, field: "file", message: LocalizedText(
                zh: "文件为空。", en: "The file is empty."))])
        }
        let headNames = head.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let hasContact = headNames == header + contactHeader
        guard headNames == header || hasContact else {
            let expected = header.joined(separator: ",")
            let optional = contactHeader.joined(separator: ",")
            return Result(records: [], errors: [RowError(line: head.number, field: "header", message: LocalizedText(
                zh: "表头应为：\(expected)（其后可加 \(optional)）", en: "The header must be: \(expected) (optionally followed by \(optional))"))])
        }
        let columns = headNames.count
        var records: [CourtRecord] = []
        var errors: [RowError] = []
        var levels = existing
        var seen: [String: Int] = [:]

        for line in lines.dropFirst() {
            func fail(_ field: String, _ zh: String, _ en: String) {
                errors.append(RowError(line: line.number, field: field, message: LocalizedText(zh: zh, en: en)))
            }
            guard line.fields.count == columns else {
                fail("row", "应有 \(columns) 列，实有 \(line.fields.count) 列。",
                     "Expected \(columns) columns, found \(line.fields.count).")
                continue
            }
            let f = line.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            let (code, levelText, parentText, nameZh, nameEn) = (f[0], f[1], f[2], f[3], f[4])
            let errorCount = errors.count

            guard let level = CourtLevel(rawValue: levelText) else {
                fail("level", "层级无效：\(levelText)（应为 supreme/high/intermediate/basic/tribunal）",
                     "Invalid level: \(levelText) (expected supreme/high/intermediate/basic/tribunal)")
                continue
            }
            if let problem = codeProblem(code, level: level) {
                fail("code", problem.zh, problem.en)
            }
            if let line0 = seen[code] {
                fail("code", "代字 \(code) 与第 \(line0) 行重复。", "Code \(code) repeats line \(line0).")
            }
            if nameZh.isEmpty { fail("name_zh", "缺少中文名称。", "Chinese name missing.") }
            if nameEn.isEmpty { fail("name_en", "缺少英文名称。", "English name missing.") }
            let parent: String? = parentText.isEmpty ? nil : parentText
            switch (level, parent) {
            case (.supreme, nil): break
            case (.supreme, .some):
                fail("parent_code", "最高人民法院没有上级法院。", "The Supreme People's Court has no parent.")
            case (_, nil):
                fail("parent_code", "缺少上级法院代字。", "Parent court code missing.")
            case (_, .some(let p)):
                if let parentLevel = levels[p] {
                    if !isValidParent(parentLevel, of: level, code: code) {
                        fail("parent_code", "上级法院 \(p) 的层级（\(parentLevel.rawValue)）与本院层级（\(level.rawValue)）不相称。",
                             "Parent \(p) is \(parentLevel.rawValue), which cannot supervise a \(level.rawValue) court.")
                    }
                } else {
                    fail("parent_code", "上级法院 \(p) 不存在（须在文件中先列出或已在名录中）。",
                         "Parent court \(p) is unknown (list it earlier in the file or import it first).")
                }
            }
            let address = hasContact && !f[5].isEmpty ? f[5] : nil
            let phone = hasContact && !f[6].isEmpty ? f[6] : nil
            if let address, address.count > maxAddressLength {
                fail("address", "地址过长（最多 \(maxAddressLength) 字）。", "Address too long (at most \(maxAddressLength) characters).")
            }
            if let phone, !isPhone(phone) {
                fail("phone", "电话号码无效：\(phone)（至少 5 位数字，只可含数字、空格、+、-、括号和顿号，最多 \(maxPhoneLength) 字）",
                     "Invalid telephone number: \(phone) (at least 5 digits; digits, spaces, + - ( ) and 、 only; at most \(maxPhoneLength) characters)")
            }
            if errors.count == errorCount {
                records.append(CourtRecord(code: code, level: level, parentCode: parent, nameZh: nameZh, nameEn: nameEn,
                                           address: address, phone: phone))
                levels[code] = level
                seen[code] = line.number
            }
        }
        return Result(records: records, errors: errors, hasContact: hasContact)
    }

    /// A telephone number as a directory prints it: `010-12345678`, `(010) 1234 5678`, `12368`,
    /// `010-12345678、010-87654321`. At least five digits (the shortest, a service line such as 12368).
    public static func isPhone(_ text: String) -> Bool {
        let allowed = Set("0123456789 +-()（）、")
        return text.count <= maxPhoneLength && text.allSatisfy { allowed.contains($0) }
            && text.filter({ $0.isASCII && $0.isNumber }).count >= 5
    }

    /// The 兵团分院 is a high-level court that is a branch of the Xinjiang high court: it may hang
    /// under 新 or directly under the SPC.
    static func isValidParent(_ parent: CourtLevel, of level: CourtLevel, code: String) -> Bool {
        if level == .high && code == "兵" { return parent == .supreme || parent == .high }
        return level.parentLevel == parent
    }

    /// Why a code does not fit its level, or `nil` when it does.
    static func codeProblem(_ code: String, level: CourtLevel) -> LocalizedText? {
        let bad = LocalizedText(zh: "法院代字无效或与层级不符：\(code)", en: "Court code invalid or not fit for its level: \(code)")
        if level == .tribunal {
            let parts = code.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let basic = try? CourtCode(parsing: String(parts[0])),
                  basic.digitCount == 4, parts[1].count == 3, parts[1].first == "T",
                  parts[1].dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
            else { return bad }
            return nil
        }
        guard let parsed = try? CourtCode(parsing: code) else { return bad }
        switch level {
        case .supreme: return parsed.isSupreme ? nil : bad
        case .high: return !parsed.isSupreme && parsed.digitCount == 0 ? nil : bad
        case .intermediate: return parsed.digitCount == 2 ? nil : bad
        case .basic: return parsed.digitCount == 4 ? nil : bad
        case .tribunal: return bad
        }
    }
}
