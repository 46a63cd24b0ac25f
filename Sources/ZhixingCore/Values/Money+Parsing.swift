import Foundation

extension Money {
    /// Parses an amount in yuan as people type it.
    ///
    /// Accepted: `1234`, `1234.5`, `1234.56`, an optional leading `-`, an optional `¥` or `￥`
    /// (before or after the `-`), and thousands separators `,` if every group after the first has
    /// exactly three digits (`1,234,567.89`). Surrounding whitespace is ignored.
    ///
    /// Refused, with the `FieldError` code: empty text (`money.empty`); letters, inner whitespace,
    /// full-width digits, a bare `.` or anything else (`money.invalid`); misplaced separators
    /// (`money.grouping`); more than two decimals, even trailing zeros (`money.too_many_decimals`);
    /// an amount beyond `Money.maxFen` (`money.overflow`).
    public init(parsing text: String, field: String = "amount") throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw FieldError(field: field, code: "money.empty", message: LocalizedText(
                zh: "金额不能为空", en: "Amount is empty"))
        }
        var rest = Substring(trimmed)
        var negative = false
        if rest.first == "-" {
            negative = true
            rest = rest.dropFirst()
        }
        if rest.first == "¥" || rest.first == "￥" {
            rest = rest.dropFirst()
            if !negative && rest.first == "-" {
                negative = true
                rest = rest.dropFirst()
            }
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = parts[0]
        let fractionPart: Substring? = parts.count == 2 ? parts[1] : nil
        guard parts.count <= 2, !integerPart.isEmpty,
              integerPart.allSatisfy({ $0 == "," || Money.digit($0) != nil }),
              fractionPart.map({ !$0.isEmpty && $0.allSatisfy({ Money.digit($0) != nil }) }) ?? true
        else {
            throw FieldError(field: field, code: "money.invalid", message: LocalizedText(
                zh: "金额格式无效，应为数字，如 1234.56、1,234.56 或 ¥1234：\(text)",
                en: "Invalid amount; expected a number such as 1234.56, 1,234.56 or ¥1234: \(text)"))
        }
        if let fractionPart, fractionPart.count > 2 {
            throw FieldError(field: field, code: "money.too_many_decimals", message: LocalizedText(
                zh: "金额最多保留两位小数（精确到分）：\(text)",
                en: "Amount may have at most two decimals (fen): \(text)"))
        }
        if integerPart.contains(",") {
            let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw FieldError(field: field, code: "money.grouping", message: LocalizedText(
                    zh: "千位分隔符位置不正确，逗号之间应为三位数字：\(text)",
                    en: "Misplaced thousands separator; groups between commas must have three digits: \(text)"))
            }
        }
        let fraction = String(fractionPart ?? "") + String(repeating: "0", count: 2 - (fractionPart?.count ?? 0))
        var fen: Int64 = 0
        for character in integerPart.filter({ $0 != "," }) + fraction {
            fen = fen * 10 + (Money.digit(character) ?? 0)  // fen ≤ 9e16 before the step: no Int64 overflow
            guard fen <= Money.maxFen else { throw Money.overflowError(field: field, detail: text) }
        }
        self.init(uncheckedFen: negative ? -fen : fen)
    }

    /// The value of an ASCII digit, `nil` for anything else (including full-width digits).
    static func digit(_ character: Character) -> Int64? {
        guard let ascii = character.asciiValue, ascii >= 48, ascii <= 57, character.unicodeScalars.count == 1 else {
            return nil
        }
        return Int64(ascii - 48)
    }
}
