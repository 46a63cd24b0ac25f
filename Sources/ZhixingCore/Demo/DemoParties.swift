/// Applicants and debtors: natural persons, companies, and the institutions that often apply
/// (banks, lenders, administrative organs).
enum DemoParties {
    /// A natural person aged 18 to 80 on `filedOn`, registered in the court's area or elsewhere,
    /// living in the court's area.
    static func person(region: DemoRegion, filedOn: LocalDate, random: inout DemoRandom) -> DemoParty {
        let sex: Sex = random.chance(64) ? .male : .female
        // Ages cluster between 30 and 55; 18 ≤ age ≤ 80 on the filing date.
        let age = min(80, max(18, 42 + DemoAmounts.normalMilli(&random) * 11 / 1000))
        let latest = filedOn.adding(years: -age)                  // the holder turns `age` on this day
        let birthDate = latest.adding(days: -random.int(in: 0...360))  // ... or up to 360 days before
        let division = random.chance(55) ? region.divisionCode : random.pick(DemoIdentity.otherDivisionCodes)
        let number = DemoIdentity.residentID(division: division, birthDate: birthDate, sex: sex, random: &random)
        return DemoParty(
            kind: .naturalPerson,
            name: DemoNames.personName(sex: sex, birthYear: birthDate.year, random: &random),
            identityNumber: number, creditCode: nil, legalRepresentative: nil,
            phone: DemoAddresses.mobile(random: &random),
            address: DemoAddresses.home(region: region, random: &random))
    }

    /// A company registered in the court's area, with `representative` (or a made-up name) as its
    /// legal representative.
    static func company(region: DemoRegion, representative: String? = nil, random: inout DemoRandom) -> DemoParty {
        DemoParty(
            kind: .organisation,
            name: DemoCompanyNames.companyName(region: region, random: &random),
            identityNumber: nil,
            creditCode: DemoIdentity.creditCode(authorityAndType: "91", division: region.divisionCode, random: &random),
            legalRepresentative: representative ?? DemoNames.anyAdultName(random: &random),
            phone: DemoAddresses.mobile(random: &random),
            address: DemoAddresses.premises(region: region, random: &random))
    }

    /// An institution named `name`: its code, person in charge, phone and address depend on the name
    /// alone, so the same bank branch or organ looks the same in every case.
    static func institution(name: String, authorityAndType: String, region: DemoRegion) -> DemoParty {
        var random = DemoRandom(seed: DemoRandom.hash(name), stream: 0, salt: 0x1D)
        return DemoParty(
            kind: .organisation, name: name, identityNumber: nil,
            creditCode: DemoIdentity.creditCode(authorityAndType: authorityAndType, division: region.divisionCode, random: &random),
            legalRepresentative: DemoNames.anyAdultName(random: &random),
            phone: DemoAddresses.mobile(random: &random),
            address: DemoAddresses.premises(region: region, random: &random))
    }

    /// Commercial banks, as they name their branches (`中国工商银行股份有限公司北京朝阳支行`).
    static let banks: [(name: String, cardPrefix: String)] = [
        ("中国工商银行", "622202"), ("中国农业银行", "622848"), ("中国银行", "621661"), ("中国建设银行", "621700"),
        ("交通银行", "622260"), ("招商银行", "622588"), ("中国邮政储蓄银行", "621799"), ("中信银行", "622690"),
        ("中国民生银行", "622622"), ("兴业银行", "622909"), ("上海浦东发展银行", "622521"), ("平安银行", "622155"),
        ("中国光大银行", "622660"), ("华夏银行", "622630"),
    ]

    /// A bank branch as a creditor: `中国工商银行股份有限公司北京朝阳支行`.
    static func bankBranch(region: DemoRegion, random: inout DemoRandom) -> DemoParty {
        let bank = random.pick(banks).name
        let name = bank + "股份有限公司" + region.cityShort + (region.districtShort == region.cityShort ? "分行" : region.districtShort + "支行")
        return institution(name: name, authorityAndType: "91", region: region)
    }

    /// A small-loan company or consumer finance company of the area.
    static func lender(region: DemoRegion, random: inout DemoRandom) -> DemoParty {
        let trade = random.pick(["恒信", "鑫达", "中和", "汇通", "融达", "信诚", "安泰", "宏远"])
        let name = random.chance(50)
            ? region.cityShort + "市" + trade + "小额贷款有限公司"
            : region.cityShort + trade + "融资担保有限公司"
        return institution(name: name, authorityAndType: "91", region: region)
    }

    /// An administrative organ of the district that applies to enforce its own decision.
    static func organ(_ name: String, region: DemoRegion) -> DemoParty {
        institution(name: name, authorityAndType: "11", region: region)
    }
}
