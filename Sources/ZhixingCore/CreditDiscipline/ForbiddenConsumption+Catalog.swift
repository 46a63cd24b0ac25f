extension ForbiddenConsumption {
    /// Consumption Restriction Provisions 2015 Art.3 para.1: the nine kinds of high and non-essential consumption
    /// a restricted person may not engage in. Item 9 ends with the catch-all "等其他非生活和工作必需的消费行为":
    /// it is part of item 9, not a tenth item.
    public static let catalog: [ForbiddenConsumption] = [
        ForbiddenConsumption(item: 1, code: "premiumTransport", text: LocalizedText(
            zh: "乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位",
            en: "when travelling, choosing aircraft, train soft sleepers, or ship berths of second class or above")),
        ForbiddenConsumption(item: 2, code: "luxuryVenues", text: LocalizedText(
            zh: "在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费",
            en: "high spending at star-rated hotels and restaurants, night clubs, golf courses and similar venues")),
        ForbiddenConsumption(item: 3, code: "realEstate", text: LocalizedText(
            zh: "购买不动产或者新建、扩建、高档装修房屋",
            en: "buying real estate, or building, extending or luxuriously decorating a house")),
        ForbiddenConsumption(item: 4, code: "premiumOffices", text: LocalizedText(
            zh: "租赁高档写字楼、宾馆、公寓等场所办公",
            en: "renting high-grade office buildings, hotels, apartments or similar premises as offices")),
        ForbiddenConsumption(item: 5, code: "nonBusinessVehicles", text: LocalizedText(
            zh: "购买非经营必需车辆", en: "buying vehicles not necessary for business")),
        ForbiddenConsumption(item: 6, code: "travelHolidays", text: LocalizedText(
            zh: "旅游、度假", en: "tourism and holidays")),
        ForbiddenConsumption(item: 7, code: "privateSchools", text: LocalizedText(
            zh: "子女就读高收费私立学校", en: "sending children to high-fee private schools")),
        ForbiddenConsumption(item: 8, code: "highPremiumInsurance", text: LocalizedText(
            zh: "支付高额保费购买保险理财产品",
            en: "paying high premiums for insurance or wealth-management products")),
        ForbiddenConsumption(item: 9, code: "highSpeedRailAndOther", text: LocalizedText(
            zh: "乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为",
            en: "riding any seat of G-series high-speed trains or first class and above of other bullet trains, and other consumption not necessary for living or work")),
    ]
}
