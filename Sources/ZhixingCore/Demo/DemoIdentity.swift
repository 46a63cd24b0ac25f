/// Identity numbers and credit codes that pass the check-digit rules of `ResidentID` (GB 11643) and
/// `CreditCode` (GB 32100).
enum DemoIdentity {
    /// Division codes of other places, for people registered away from the court's area (migrants).
    static let otherDivisionCodes: [String] = [
        "110101", "110102", "110108", "120101", "120104", "130102", "130104", "130629", "140105", "150102",
        "210102", "220102", "230102", "310101", "310104", "310115", "320102", "320583", "330106", "330382",
        "340104", "341321", "350102", "350583", "360102", "370102", "370283", "410105", "411528", "412726",
        "420106", "421087", "430102", "430521", "440106", "440305", "441481", "450102", "460105", "500103",
        "500229", "510104", "511602", "520102", "530102", "610113", "620102", "640104", "650102",
    ]

    private static let residentWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let residentCheck: [Character] = Array("10X98765432")

    /// An 18-character resident identity number: `division`, `birthDate`, a sequence code whose last
    /// digit is odd for men and even for women, and the MOD 11-2 check character.
    static func residentID(division: String, birthDate: LocalDate, sex: Sex, random: inout DemoRandom) -> String {
        let sequence = random.int(in: 1...499) * 2 + (sex == .male ? 1 : 0)  // 003...999 odd, 002...998 even
        let body = division + birthDate.iso.filter { $0 != "-" } + threeDigits(sequence)
        let sum = zip(body.utf8, residentWeights).reduce(0) { $0 + Int($1.0 - 48) * $1.1 }
        return body + String(residentCheck[sum % 11])
    }

    private static func threeDigits(_ value: Int) -> String {
        value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)"
    }

    private static let creditAlphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    private static let creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// An 18-character unified social credit code: authority and type (`91` enterprise, `11` organ),
    /// `division`, an organisation code whose own GB 11714 check holds, and the GB 32100 check character.
    ///
    /// Enterprises registered since the unified codes get organisation codes of the `MA` series; older
    /// ones keep their eight-digit code. Organs have the older form.
    static func creditCode(authorityAndType: String, division: String, random: inout DemoRandom) -> String {
        var organisation: [Character]
        if authorityAndType == "91" && random.chance(65) {
            organisation = Array("MA")
            for _ in 0..<6 { organisation.append(random.pick(creditAlphabet)) }
        } else {
            organisation = Array(random.digits(8))
        }
        organisation.append(organisationCheck(organisation))
        let characters = Array(authorityAndType + division) + organisation
        let values = characters.map { character in creditAlphabet.firstIndex(of: character) ?? 0 }
        let sum = zip(values, creditWeights).reduce(0) { $0 + $1.0 * $1.1 }
        return String(characters) + String(creditAlphabet[(31 - sum % 31) % 31])
    }

    /// The GB 11714-1997 check character of an eight-character organisation code.
    private static func organisationCheck(_ code: [Character]) -> Character {
        let weights = [3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (character, weight) in zip(code, weights) {
            let ascii = Int(character.asciiValue ?? 48)
            sum += (ascii >= 65 ? ascii - 55 : ascii - 48) * weight
        }
        let check = 11 - sum % 11
        return check == 10 ? "X" : check == 11 ? "0" : Character(String(check))
    }
}
