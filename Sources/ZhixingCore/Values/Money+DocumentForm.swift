extension Money {
    /// An amount as a court's document states it: `人民币50,000.00元（大写：伍万元整）` — the figures in yuan
    /// (no ¥ sign: the currency is named in words), then the capital form (`chineseUppercase`), which a
    /// stroke added later cannot alter, as on bills and in judgments.
    public var documentForm: String {
        "人民币\(documentFigures)元（大写：\(chineseUppercase)）"
    }

    /// `50,000.00`: the figures of `documentForm`, grouped by thousands, two decimals.
    public var documentFigures: String {
        let magnitude = fen < 0 ? -fen : fen
        let digits = Array(String(magnitude / 100))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let cents = magnitude % 100
        return (fen < 0 ? "-" : "") + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }
}
