/// Property of a debtor as the online inquiry system reports it.
enum DemoAssets {
    /// The kind of a newly found asset, by whether the debtor is an organisation and the size of the
    /// debt (whoever owes little and has a flat or a stake usually pays before the court finds them).
    static func kind(organisation: Bool, debt: Money, random: inout DemoRandom) -> DemoAssetKind {
        let small = debt < Money(yuan: 100_000)
        if organisation {
            return random.weighted([(.bankDeposit, 55), (.realEstate, small ? 2 : 8), (.vehicle, 12), (.securities, 5),
                                    (.equity, small ? 2 : 10), (.other, 10)])
        }
        return random.weighted([(.bankDeposit, 50), (.realEstate, small ? 3 : 15), (.vehicle, 15), (.securities, 5),
                                (.equity, small ? 1 : 3), (.other, 12)])
    }

    /// An asset of `kind` held by a debtor (an organisation or not), worth about what such assets are
    /// worth, and at least `atLeast`.
    static func make(_ kind: DemoAssetKind, organisation: Bool, region: DemoRegion, atLeast: Money = .zero,
                     random: inout DemoRandom) -> DemoAsset {
        func value(median: Int, spread: Int, floor: Int64, ceiling: Int64) -> Money {
            let drawn = DemoAmounts.amount(medianLog10Milli: median, spreadMilli: spread, floorYuan: floor,
                                           ceilingYuan: ceiling, random: &random)
            guard drawn < atLeast else { return drawn }
            // Enough to cover what it must, by a margin, not to the fen.
            let covering = DemoAmounts.share(atLeast, percent: random.int(in: 101...180))
            return Money(fen: covering.fen + Int64(random.int(below: 100)))
        }
        switch kind {
        case .bankDeposit:
            let bank = random.pick(DemoParties.banks)
            let branch = region.districtShort == region.cityShort ? "分行" : region.districtShort + "支行"
            let account = organisation
                ? "基本存款账户 " + random.digits(4) + String(repeating: "*", count: 11) + random.digits(4)
                : "借记卡账户 " + bank.cardPrefix + String(repeating: "*", count: 9) + random.digits(4)
            let amount = organisation ? value(median: 4300, spread: 900, floor: 1, ceiling: 50_000_000)
                                      : value(median: 3500, spread: 900, floor: 1, ceiling: 5_000_000)
            return DemoAsset(kind: kind, holderInstitution: bank.name + region.cityShort + branch,
                             description: account + "，存款余额 " + amount.formatted, estimatedValue: amount)
        case .realEstate:
            return realEstate(organisation: organisation, region: region, atLeast: atLeast, random: &random)
        case .vehicle:
            let office = DemoRegion.municipalities.contains(region.provinceName)
                ? region.provinceName + "公安局公安交通管理局车辆管理所"
                : region.cityName + "公安局交通警察支队车辆管理所"
            let model = organisation && random.chance(40)
                ? random.pick(["重型半挂牵引车（解放 J6P）", "轻型厢式货车（福田 欧马可）", "小型普通客车（别克 GL8）", "中型普通客车（宇通）"])
                : random.pick(["小型轿车（大众 帕萨特）", "小型轿车（丰田 凯美瑞）", "小型轿车（本田 雅阁）", "小型轿车（大众 朗逸）",
                               "小型越野客车（哈弗 H6）", "小型轿车（宝马 5系）", "小型轿车（奥迪 A6L）", "小型轿车（比亚迪 汉）",
                               "小型轿车（日产 轩逸）", "小型越野客车（丰田 RAV4）", "小型轿车（奔驰 E级）", "小型轿车（别克 君越）"])
            let amount = value(median: 4950, spread: 300, floor: 8_000, ceiling: 1_500_000)
            return DemoAsset(kind: kind, holderInstitution: office,
                             description: model + " " + plate(region: region, random: &random), estimatedValue: amount)
        case .securities:
            let shanghai = random.chance(55)
            let account = shanghai ? "A" + random.digits(2) + "*****" + random.digits(2) : "0" + random.digits(2) + "*****" + random.digits(2)
            let amount = value(median: 4600, spread: 700, floor: 500, ceiling: 80_000_000)
            return DemoAsset(kind: kind, holderInstitution: "中国证券登记结算有限责任公司" + (shanghai ? "上海分公司" : "深圳分公司"),
                             description: "证券账户 " + account + " 内股票及基金份额", estimatedValue: amount)
        case .equity:
            let company = DemoCompanyNames.companyName(region: region, random: &random)
            let percent = random.pick([5, 10, 15, 20, 25, 30, 33, 40, 49, 51, 60, 70, 80, 100])
            let capital = random.pick([10, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000])
            let amount = value(median: 5300, spread: 700, floor: 10_000, ceiling: 200_000_000)
            return DemoAsset(kind: kind, holderInstitution: region.addressPrefix + "市场监督管理局",
                             description: "持有的\(company)\(percent)%股权（认缴出资额 \(capital * percent / 100) 万元）",
                             estimatedValue: amount)
        case .other:
            if organisation {
                let amount = value(median: 5000, spread: 600, floor: 5_000, ceiling: 50_000_000)
                let third = DemoCompanyNames.companyName(region: region, random: &random)
                return DemoAsset(kind: kind, holderInstitution: third,
                                 description: "对\(third)享有的到期债权（货款）", estimatedValue: amount)
            }
            let holders = [(region.cityShort + "住房公积金管理中心", "住房公积金账户余额"),
                           ("支付宝（中国）网络技术有限公司", "支付宝账户余额"), ("财付通支付科技有限公司", "微信支付账户余额")]
            let (holder, what) = random.pick(holders)
            let amount = value(median: 3700, spread: 700, floor: 1, ceiling: 2_000_000)
            return DemoAsset(kind: kind, holderInstitution: holder, description: what + " " + amount.formatted, estimatedValue: amount)
        }
    }

    /// A flat, office or shop in the court's area, priced by the local price per square metre.
    static func realEstate(organisation: Bool, region: DemoRegion, atLeast: Money, random: inout DemoRandom) -> DemoAsset {
        let perSquareMetre: Int64
        switch String(region.divisionCode.prefix(2)) {
        case "11", "31": perSquareMetre = Int64(random.int(in: 45_000...95_000))
        case "44": perSquareMetre = Int64(random.int(in: 25_000...80_000))
        case "12", "32", "33", "50": perSquareMetre = Int64(random.int(in: 12_000...35_000))
        default: perSquareMetre = Int64(random.int(in: 6_000...20_000))
        }
        var centiSquareMetres = Int64(random.int(in: 4_500...16_000))  // 45.00 to 160.00 m²
        if organisation { centiSquareMetres *= Int64(random.int(in: 1...4)) }
        let needed = (atLeast.fen / 100 * 100 + perSquareMetre - 1) / perSquareMetre  // in 0.01 m²
        centiSquareMetres = max(centiSquareMetres, needed)
        let yuan = centiSquareMetres * perSquareMetre / 100 / 10_000 * 10_000 + 10_000  // rounded up to 10,000 yuan
        let use = organisation ? random.pick(["办公", "商业"]) : "住宅"
        let address = organisation ? DemoAddresses.premises(region: region, random: &random)
                                   : DemoAddresses.home(region: region, random: &random)
        let area = "\(centiSquareMetres / 100).\(centiSquareMetres % 100 < 10 ? "0" : "")\(centiSquareMetres % 100)"
        let certificate = "\(region.abbreviation)（\(random.int(in: 2012...2023))）\(region.districtName.isEmpty ? region.cityName : region.districtName)"
            + "不动产权第\(random.digits(7))号"
        return DemoAsset(kind: .realEstate, holderInstitution: region.addressPrefix + "不动产登记中心",
                         description: "\(address)（\(use)，建筑面积 \(area) 平方米，\(certificate)）",
                         estimatedValue: Money(yuan: yuan))
    }

    /// A plate of the court's province: `京A·12345`, or `京A·D12345` for a new-energy vehicle.
    static func plate(region: DemoRegion, random: inout DemoRandom) -> String {
        let cityLetters: [String: [String]] = [
            "京": ["A", "B", "C", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q"],
            "沪": ["A", "B", "C", "D"], "津": ["A", "B", "C", "D", "E", "F", "G", "H"],
        ]
        let cityLetter = random.pick(cityLetters[region.abbreviation] ?? ["A", "B", "C", "D", "E", "F"])
        let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ").map(String.init)
        var serial = ""
        if random.chance(20) {
            serial = random.pick(["D", "F"]) + random.digits(5)
        } else {
            for position in 0..<5 {
                serial += position > 0 && position < 4 && random.chance(20) ? random.pick(letters) : random.digits(1)
            }
        }
        return region.abbreviation + cityLetter + "·" + serial
    }
}
