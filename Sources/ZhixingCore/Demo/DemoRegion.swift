/// The place names of a court's area, read from the court's name and codes, from which the generator
/// builds addresses, institutions and document numbers.
struct DemoRegion: Sendable, Hashable {
    /// The province-level abbreviation, e.g. `京`.
    let abbreviation: String
    /// E.g. `北京市`, `广东省`.
    let provinceName: String
    /// E.g. `北京市`, `深圳市`.
    let cityName: String
    /// E.g. `北京`, `深圳`.
    let cityShort: String
    /// E.g. `朝阳区`, `南山区`; empty when the court's name names no district.
    let districtName: String
    /// E.g. `朝阳`, `浦东`, `南山`; the city's short name when there is no district.
    let districtShort: String
    /// The prefix of a postal address, e.g. `北京市朝阳区`, `广东省深圳市南山区`.
    let addressPrefix: String
    /// A valid six-digit division code (the court's, or one made from its province).
    let divisionCode: String

    static let municipalities: Set<String> = ["北京市", "天津市", "上海市", "重庆市"]
    static let provincePrefixes: Set<String> = Set(Province.allCases.compactMap(\.divisionPrefix))

    init(court: DemoCourt) {
        let province = court.code.first.flatMap { Province(abbreviation: String($0)) }
        abbreviation = province?.abbreviation ?? "京"
        let provinceName = province == .xinjiangCorps ? "新疆维吾尔自治区" : (province?.nameZh ?? "北京市")
        self.provinceName = provinceName

        var base = Substring(court.nameZh)
        if base.hasSuffix("人民法院") { base = base.dropLast(4) } else if base.hasSuffix("法院") { base = base.dropLast(2) }
        var rest = base.hasPrefix(provinceName) ? base.dropFirst(provinceName.count) : base

        var city = ""
        if DemoRegion.municipalities.contains(provinceName) {
            city = provinceName
            if rest.hasPrefix(String(provinceName.dropLast())) { rest = rest.dropFirst(provinceName.count - 1) }
        } else if let index = rest.firstIndex(of: "市") {
            city = String(rest[...index])
            rest = rest[rest.index(after: index)...]
        }
        if city.isEmpty { city = provinceName }
        cityName = city
        cityShort = city.hasSuffix("市") || city.hasSuffix("省") ? String(city.dropLast()) : city

        let district: String
        if let last = rest.last, "区县旗市".contains(last), rest.count >= 2, !rest.contains("级") {
            district = String(rest)
        } else {
            district = ""
        }
        districtName = district
        if district.hasSuffix("新区") && district.count > 3 {
            districtShort = String(district.dropLast(2))
        } else if district.count >= 3 {
            districtShort = String(district.dropLast())
        } else if !district.isEmpty {
            districtShort = district
        } else {
            districtShort = cityShort
        }
        let cityPart = city == provinceName ? "" : city
        addressPrefix = provinceName + cityPart + district
        divisionCode = DemoRegion.validDivisionCode(court.divisionCode, province: province)
    }

    /// The given code when it is six digits with a real province prefix; otherwise one made from the
    /// province (`110100` style), or 石河子市 `659001` for the Corps.
    static func validDivisionCode(_ code: String, province: Province?) -> String {
        if code.count == 6, code.allSatisfy({ $0.isASCII && $0.isNumber }), provincePrefixes.contains(String(code.prefix(2))) {
            return code
        }
        if let prefix = province?.divisionPrefix { return prefix + "0100" }
        return province == .xinjiangCorps ? "659001" : "110105"
    }
}
