/// Tables for company names: `北京恒信达商贸有限公司` = region + trade name + industry + form.
enum DemoCompanyNames {
    /// Characters trade names (字号) are made of.
    static let tradeCharacters: [String] = Array("恒信达鑫华盛源泰丰汇宏德隆嘉瑞祥安博创远新金鼎宇辉润通和启诚腾亿佳鸿运昌兴旺富荣升凯中天正永明").map(String.init)

    /// (industry words, weight).
    static let industries = DemoWeightedTable<String>([
        ("商贸", 12), ("贸易", 8), ("科技", 12), ("信息技术", 5), ("网络科技", 5), ("建筑工程", 6), ("建设工程", 4),
        ("装饰工程", 5), ("房地产开发", 3), ("物业管理", 3), ("物流", 4), ("餐饮管理", 5), ("文化传媒", 5),
        ("广告", 2), ("教育咨询", 3), ("投资管理", 3), ("实业", 4), ("汽车销售服务", 2), ("机械设备", 3),
        ("医药", 2), ("食品", 3), ("服装", 2), ("电子", 3), ("环保科技", 2), ("供应链管理", 3), ("劳务派遣", 2),
        ("酒店管理", 2), ("健身服务", 1), ("家居", 2), ("建材", 3),
    ])

    /// A company name registered in `region`, e.g. `北京恒信达商贸有限公司` or `恒信（北京）科技有限公司`.
    static func companyName(region: DemoRegion, random: inout DemoRandom) -> String {
        var trade = ""
        let length = random.chance(55) ? 2 : 3
        while trade.count < length {
            let character = random.pick(tradeCharacters)
            if !trade.contains(character) { trade += character }
        }
        let industry = industries.draw(&random)
        let form = random.chance(8) ? "股份有限公司" : "有限公司"
        if random.chance(10) {
            return trade + "（" + region.cityShort + "）" + industry + form
        }
        return region.cityShort + trade + industry + form
    }
}
