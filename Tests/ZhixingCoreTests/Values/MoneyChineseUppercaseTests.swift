import Testing
@testable import ZhixingCore

// Expected forms follow the People's Bank of China 《正确填写票据和结算凭证的基本规定》; the
// examples marked PBOC are the ones printed in those rules (first form where two are allowed).

@Test(arguments: [
    ("1234.56", "壹仟贰佰叁拾肆元伍角陆分"),
    ("100", "壹佰元整"),
    ("0.5", "伍角"),
    ("0.05", "伍分"),
    ("0.55", "伍角伍分"),
    ("0", "零元整"),
    ("1", "壹元整"),
    ("10", "壹拾元整"),
    ("15", "壹拾伍元整"),
    ("110", "壹佰壹拾元整"),
])
func money_chineseUppercase_simpleAmounts(text: String, expected: String) throws {
    #expect(try Money(parsing: text).chineseUppercase == expected)
}

@Test(arguments: [
    ("1409.50", "壹仟肆佰零玖元伍角"),             // PBOC: a zero between digits is written 零
    ("6007.14", "陆仟零柒元壹角肆分"),             // PBOC: several zeros, one 零
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),       // PBOC: 元位 0, 角 not 0
    ("107000.53", "壹拾万柒仟元零伍角叁分"),       // PBOC: 万位 0 and 元位 0
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),      // PBOC: 角 0, 分 not 0 → 零 after 元
    ("325.04", "叁佰贰拾伍元零肆分"),              // PBOC
    ("1005.07", "壹仟零伍元零柒分"),
    ("1000.50", "壹仟元零伍角"),
    ("1010", "壹仟零壹拾元整"),
    ("1100", "壹仟壹佰元整"),
    ("10001", "壹万零壹元整"),
    ("10010", "壹万零壹拾元整"),
    ("105000", "壹拾万伍仟元整"),
    ("100500", "壹拾万零伍佰元整"),
    ("100000", "壹拾万元整"),
])
func money_chineseUppercase_zerosFollowTheBankRules(text: String, expected: String) throws {
    #expect(try Money(parsing: text).chineseUppercase == expected)
}

@Test(arguments: [
    ("100000000", "壹亿元整"),
    ("100005000", "壹亿零伍仟元整"),
    ("100000001", "壹亿零壹元整"),
    ("105000000", "壹亿零伍佰万元整"),
    ("110000000", "壹亿壹仟万元整"),
    ("200300000", "贰亿零叁拾万元整"),
    ("1000000000", "壹拾亿元整"),
    ("1234567890.12", "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元零壹角贰分"),
    ("1000000000000", "壹万亿元整"),
    ("1000100000000", "壹万零壹亿元整"),
    ("2100000000000", "贰万壹仟亿元整"),
    ("900000000000000", "玖佰万亿元整"),
    ("899999999999999.99", "捌佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
])
func money_chineseUppercase_amountsOverOneYi(text: String, expected: String) throws {
    #expect(try Money(parsing: text).chineseUppercase == expected)
}

@Test func money_chineseUppercase_negative_isPrefixedWithFu() {
    #expect(Money(fen: -10_050).chineseUppercase == "负壹佰元零伍角")
    #expect(Money(fen: -5).chineseUppercase == "负伍分")
}
