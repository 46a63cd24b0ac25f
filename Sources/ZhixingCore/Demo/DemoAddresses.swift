/// Plausible addresses and mobile numbers in a court's area.
enum DemoAddresses {
    /// Real roads of a few districts, by division code; other districts get common road names.
    static let roadsByDivision: [String: [String]] = [
        "110101": ["东直门内大街", "东四北大街", "建国门内大街", "朝阳门北大街", "安定门外大街", "崇文门外大街"],
        "110102": ["西直门外大街", "金融大街", "阜成门外大街", "宣武门外大街", "德胜门外大街", "广安门内大街"],
        "110105": ["建国路", "朝阳北路", "望京街", "酒仙桥路", "东三环中路", "朝阳路", "姚家园路", "广顺北大街", "北苑路", "双桥中路"],
        "110106": ["丰台北路", "南四环西路", "马家堡东路", "方庄路", "丰台南路", "西四环南路"],
        "110108": ["中关村大街", "学院路", "海淀大街", "知春路", "北四环西路", "西三环北路", "苏州街", "上地十街", "万泉河路"],
        "310104": ["漕溪北路", "肇嘉浜路", "虹桥路", "田林路", "龙华中路", "衡山路"],
        "310115": ["世纪大道", "张杨路", "陆家嘴环路", "浦东南路", "川沙路", "杨高南路", "张江路", "金科路", "东方路"],
        "440304": ["深南中路", "福华路", "益田路", "彩田路", "新洲路", "福中路"],
        "440305": ["深南大道", "科技园路", "南海大道", "后海大道", "沙河西路", "创业路", "桃园路", "学府路"],
    ]

    static let commonRoads: [String] = [
        "建设路", "人民路", "解放路", "和平路", "中山路", "文化路", "胜利路", "新华路", "光明路", "幸福路", "东风路",
        "团结路", "青年路", "工业路", "花园路", "兴业路", "科技路", "创业路", "长江路", "黄河路", "迎宾大道", "滨河路",
        "府前街", "站前路", "育才路", "民主路",
    ]

    static let estateWords: [String] = [
        "阳光", "华府", "翠微", "金色", "幸福", "和平", "世纪", "东方", "锦绣", "学府", "远洋", "保利", "金地",
        "龙湖", "碧水", "紫薇", "丽都", "晨光", "嘉和", "万和", "富力", "星河", "观澜", "怡景",
    ]
    static let estateKinds: [String] = ["家园", "花园", "小区", "嘉园", "苑", "新城", "公寓", "雅苑"]

    static func road(region: DemoRegion, random: inout DemoRandom) -> String {
        random.pick(roadsByDivision[region.divisionCode] ?? commonRoads)
    }

    /// A flat in a residential estate or on a road of the court's area.
    static func home(region: DemoRegion, random: inout DemoRandom) -> String {
        let building = random.int(in: 1...24), unit = random.int(in: 1...6)
        let room = random.int(in: 1...28) * 100 + random.int(in: 1...4)
        if random.chance(50) {
            let estate = random.pick(estateWords) + random.pick(estateKinds)
            return region.addressPrefix + estate + "\(building)号楼\(unit)单元\(room)室"
        }
        return region.addressPrefix + road(region: region, random: &random) + "\(random.int(in: 1...300))号院"
            + "\(building)号楼\(unit)单元\(room)室"
    }

    /// Business premises on a road of the court's area.
    static func premises(region: DemoRegion, random: inout DemoRandom) -> String {
        let road = road(region: region, random: &random), number = random.int(in: 1...399)
        switch random.int(below: 3) {
        case 0:
            let floor = random.int(in: 1...25)
            return region.addressPrefix + road + "\(number)号\(random.int(in: 1...12))号楼\(floor)层"
                + "\(floor * 100 + random.int(in: 1...30))室"
        case 1:
            return region.addressPrefix + road + "\(number)号\(random.int(in: 1...28) * 100 + random.int(in: 1...20))室"
        default:
            return region.addressPrefix + road + "\(number)号院\(random.int(in: 1...9))号楼\(random.int(in: 1...6))层"
        }
    }

    /// Mobile number prefixes in use (China Mobile, Unicom, Telecom, Broadnet).
    static let mobilePrefixes: [String] = [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
        "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186",
        "187", "188", "189", "191", "193", "195", "196", "198", "199",
    ]

    /// An 11-digit mobile number, e.g. `13812345678`.
    static func mobile(random: inout DemoRandom) -> String {
        random.pick(mobilePrefixes) + random.digits(8)
    }
}
