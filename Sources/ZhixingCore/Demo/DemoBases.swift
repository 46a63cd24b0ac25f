/// Execution bases: who issued them, their document numbers, when they took effect.
enum DemoBases {
    static let kinds = DemoWeightedTable<DemoBasisKind>([
        (.civilJudgment, 50), (.mediationStatement, 18), (.civilRuling, 5), (.arbitralAward, 10),
        (.notarizedDebtInstrument, 6), (.criminalJudgmentPropertyPart, 5), (.administrativeDecision, 6),
    ])

    /// Days between the basis taking effect and the application for enforcement.
    static func daysBeforeFiling(_ kind: DemoBasisKind, _ random: inout DemoRandom) -> Int {
        switch kind {
        case .civilJudgment, .mediationStatement, .civilRuling: random.chance(70) ? random.int(in: 16...180) : random.int(in: 181...700)
        case .arbitralAward: random.int(in: 16...300)
        case .notarizedDebtInstrument: random.int(in: 30...700)
        case .criminalJudgmentPropertyPart: random.int(in: 20...200)
        case .administrativeDecision: random.int(in: 190...480)  // after the periods for review and suit
        }
    }

    /// The issuing body and document number of a basis of `kind` that took effect on `effectiveOn`.
    /// Court instruments come from `issuingCourt`; other instruments from bodies of the enforcing court's area.
    static func document(_ kind: DemoBasisKind, dispute: DemoDispute, effectiveOn: LocalDate, issuingCourt: DemoCourt,
                         region: DemoRegion, _ random: inout DemoRandom) -> (body: String, number: String) {
        // Cases are numbered by the year they were accepted, often the year before the instrument took effect.
        let year = effectiveOn.year - (random.chance(effectiveOn.month <= 5 ? 60 : 20) ? 1 : 0)
        let initial = region.districtShort.first.map(String.init) ?? ""
        switch kind {
        case .civilJudgment, .mediationStatement:
            return (issuingCourt.nameZh, "（\(year)）\(issuingCourt.code)民初\(random.int(in: 100...39_999))号")
        case .civilRuling:
            return (issuingCourt.nameZh, "（\(year)）\(issuingCourt.code)民特\(random.int(in: 10...9_999))号")
        case .criminalJudgmentPropertyPart:
            return (issuingCourt.nameZh, "（\(year)）\(issuingCourt.code)刑初\(random.int(in: 10...2_999))号")
        case .arbitralAward:
            if dispute == .labour {
                return (region.addressPrefix + "劳动人事争议仲裁委员会",
                        "\(region.abbreviation)\(initial)劳人仲字〔\(year)〕第\(random.int(in: 100...19_999))号")
            }
            if random.chance(15) {
                return ("中国国际经济贸易仲裁委员会", "（\(year)）中国贸仲京裁字第\(random.int(in: 100...3_999))号")
            }
            let municipality = DemoRegion.municipalities.contains(region.provinceName)
            let mark = municipality ? region.abbreviation : (region.cityShort.first.map(String.init) ?? region.abbreviation)
            return (region.cityShort + "仲裁委员会", "（\(year)）\(mark)仲裁字第\(random.int(in: 100...6_999))号")
        case .notarizedDebtInstrument:
            let office: String
            switch region.abbreviation {
            case "京": office = random.pick(["方圆", "长安", "国信", "中信", "东方", "天平", "信德"])
            case "沪": office = random.pick(["东方", "徐汇", "静安", "黄浦", "普陀"])
            default: office = ""
            }
            let body = (office.isEmpty ? region.cityName : region.provinceName + office) + "公证处"
            let mark = region.abbreviation + (office.isEmpty ? "证" : office)
            return (body, "（\(year)）\(mark)执字第\(random.int(in: 1...2_999))号")
        case .administrativeDecision:
            let (organ, code) = random.pick(administrativeOrgans)
            return (region.addressPrefix + organ, "\(region.abbreviation)\(initial)\(code)〔\(year)〕\(random.int(in: 10...2_999))号")
        }
    }

    /// District organs that impose fines and apply to the court to enforce them, with their document codes.
    static let administrativeOrgans: [(String, String)] = [
        ("市场监督管理局", "市监罚"), ("人力资源和社会保障局", "人社监罚字"),
        ("城市管理综合行政执法局", "城管罚字"), ("生态环境局", "环罚字"),
    ]
}
