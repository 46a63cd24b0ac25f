/// Chinese numerals as laws and court documents write them: 第一百二十五条, 第（十三）项, 二十一日.
public enum ChineseNumerals {
    static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 110 → 一百一十, 1005 → 一千零五.
    /// Numbers from 0 to 9999; others are written in Arabic digits.
    public static func numeral(_ number: Int) -> String {
        guard (0...9999).contains(number) else { return String(number) }
        if number == 0 { return "零" }
        let units = ["千", "百", "十", ""]
        let places = [number / 1000, number / 100 % 10, number / 10 % 10, number % 10]
        var text = ""
        var pendingZero = false
        for (index, digit) in places.enumerated() {
            if digit == 0 {
                if !text.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { text += "零"; pendingZero = false }
            // 十, 十一 … 十九: no leading 一 when the tens come first.
            if !(index == 2 && digit == 1 && text.isEmpty) { text.append(digits[digit]) }
            text += units[index]
        }
        return text
    }

    /// Each digit on its own, as years are written in rulings: 2026 → 二〇二六.
    public static func digitByDigit(_ number: Int) -> String {
        String(String(number).map { character -> Character in
            guard let value = character.wholeNumberValue else { return character }
            return value == 0 ? "〇" : digits[value]
        })
    }
}
