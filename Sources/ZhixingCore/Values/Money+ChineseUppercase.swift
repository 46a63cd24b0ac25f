extension Money {
    private static let uppercaseDigits: [String] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    private static let uppercaseUnits: [String] = ["", "拾", "佰", "仟"]

    /// 人民币大写: the amount in capital numerals as written on bills and in judgments, following the
    /// People's Bank of China rules for filling in bills and settlement vouchers
    /// (《正确填写票据和结算凭证的基本规定》):
    ///
    /// - an amount that ends at 元 is closed with 整: `100.00` → `壹佰元整`, `0.00` → `零元整`;
    ///   one that ends at 角 or 分 is not: `0.50` → `伍角`, `1234.56` → `壹仟贰佰叁拾肆元伍角陆分`;
    /// - zeros between digits are written as a single 零: `1005.07` → `壹仟零伍元零柒分`,
    ///   `100005000` → `壹亿零伍仟元整`; tens are written 壹拾: `100000` → `壹拾万元整`;
    /// - where 角 is 0 and 分 is not, 零 follows 元: `325.04` → `叁佰贰拾伍元零肆分`;
    /// - where the rules leave 零 optional (元位 0 with a non-zero 角, or 万位 0 with a non-zero 仟位)
    ///   this follows the first form the rules show: `1680.32` → `壹仟陆佰捌拾元零叁角贰分`,
    ///   `107000.53` → `壹拾万柒仟元零伍角叁分`;
    /// - above 亿 the units are 万亿 (not 兆): `1000000000000` → `壹万亿元整`.
    ///
    /// Below one yuan no 元 is written (`0.05` → `伍分`). A negative amount, which the rules do not
    /// cover, is prefixed with 负.
    public var chineseUppercase: String {
        let magnitude = fen < 0 ? -fen : fen
        let yuan = magnitude / 100
        let jiao = Int(magnitude / 10 % 10)
        let fenDigit = Int(magnitude % 10)
        var result = fen < 0 ? "负" : ""
        if yuan > 0 {
            result += Money.uppercaseInteger(yuan) + "元"
        }
        if jiao == 0 && fenDigit == 0 {
            return result + (yuan == 0 ? "零元整" : "整")
        }
        if jiao > 0 {
            if yuan > 0 && yuan % 10 == 0 { result += "零" }
            result += Money.uppercaseDigits[jiao] + "角"
        } else if yuan > 0 {
            result += "零"
        }
        if fenDigit > 0 {
            result += Money.uppercaseDigits[fenDigit] + "分"
        }
        return result
    }

    /// A positive whole number in capitals, with 万 and 亿 (and 万亿 above that).
    private static func uppercaseInteger(_ number: Int64) -> String {
        if number >= 100_000_000 {
            let high = number / 100_000_000, low = number % 100_000_000
            var text = uppercaseInteger(high) + "亿"
            if low > 0 {
                if low < 10_000_000 { text += "零" }
                text += uppercaseInteger(low)
            }
            return text
        }
        if number >= 10_000 {
            let high = number / 10_000, low = number % 10_000
            var text = uppercaseGroup(high) + "万"
            if low > 0 {
                if low < 1_000 { text += "零" }
                text += uppercaseGroup(low)
            }
            return text
        }
        return uppercaseGroup(number)
    }

    /// 1...9999 in capitals: 仟, 佰, 拾; inner zeros as one 零, trailing zeros dropped.
    private static func uppercaseGroup(_ number: Int64) -> String {
        var text = ""
        var pendingZero = false
        for (unit, divisor) in [(3, Int64(1_000)), (2, 100), (1, 10), (0, 1)] {
            let digit = Int(number / divisor % 10)
            if digit == 0 {
                pendingZero = pendingZero || !text.isEmpty
            } else {
                if pendingZero { text += "零" }
                pendingZero = false
                text += uppercaseDigits[digit] + uppercaseUnits[unit]
            }
        }
        return text
    }
}
