import Foundation

/// 省级行政区: one of the 31 province-level divisions of the mainland, plus the Xinjiang Production
/// and Construction Corps (新疆生产建设兵团), which has its own court system and case-number
/// abbreviation 兵.
///
/// The raw value, text form and JSON form is the one-character abbreviation used in case numbers
/// (SPC Provisions on Case Numbers, 2015, annex: 京, 内, 兵, ...). Division prefixes are the first
/// two digits of GB/T 2260 administrative division codes. Listed in the order of that annex.
public enum Province: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case beijing = "京", tianjin = "津", hebei = "冀", shanxi = "晋", innerMongolia = "内"
    case liaoning = "辽", jilin = "吉", heilongjiang = "黑"
    case shanghai = "沪", jiangsu = "苏", zhejiang = "浙", anhui = "皖", fujian = "闽", jiangxi = "赣", shandong = "鲁"
    case henan = "豫", hubei = "鄂", hunan = "湘", guangdong = "粤", guangxi = "桂", hainan = "琼"
    case chongqing = "渝", sichuan = "川", guizhou = "黔", yunnan = "云", xizang = "藏"
    case shaanxi = "陕", gansu = "甘", qinghai = "青", ningxia = "宁", xinjiang = "新"
    case xinjiangCorps = "兵"

    /// All 32, in case-number order (京 ... 新, 兵).
    public static let all: [Province] = allCases

    /// The case-number abbreviation, e.g. `京`.
    public var abbreviation: String { rawValue }

    public var description: String { rawValue }

    /// The province whose case-number abbreviation is `abbreviation` (`京`), or `nil`.
    public init?(abbreviation: String) {
        self.init(rawValue: abbreviation)
    }

    /// The province whose division codes start with `prefix` (`"11"` → Beijing), or `nil`.
    /// The Corps has no prefix of its own (its divisions carry Xinjiang's 65), so it is never returned.
    public init?(divisionPrefix prefix: String) {
        guard let province = Province.allCases.first(where: { $0.divisionPrefix == prefix }) else { return nil }
        self = province
    }

    /// Parses a case-number abbreviation; throws `province.invalid`.
    public init(parsing text: String, field: String = "province") throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let province = Province(rawValue: trimmed) else {
            throw FieldError(field: field, code: "province.invalid", message: LocalizedText(
                zh: "不是省级行政区的案号简称（如 京、沪、兵）：\(text)",
                en: "Not a province-level case-number abbreviation (such as 京, 沪, 兵): \(text)"))
        }
        self = province
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try Province(parsing: text, field: decoder.codingPath.last?.stringValue ?? "province")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The first two digits of the division's GB/T 2260 codes; `nil` for the Corps.
    public var divisionPrefix: String? {
        switch self {
        case .beijing: "11"
        case .tianjin: "12"
        case .hebei: "13"
        case .shanxi: "14"
        case .innerMongolia: "15"
        case .liaoning: "21"
        case .jilin: "22"
        case .heilongjiang: "23"
        case .shanghai: "31"
        case .jiangsu: "32"
        case .zhejiang: "33"
        case .anhui: "34"
        case .fujian: "35"
        case .jiangxi: "36"
        case .shandong: "37"
        case .henan: "41"
        case .hubei: "42"
        case .hunan: "43"
        case .guangdong: "44"
        case .guangxi: "45"
        case .hainan: "46"
        case .chongqing: "50"
        case .sichuan: "51"
        case .guizhou: "52"
        case .yunnan: "53"
        case .xizang: "54"
        case .shaanxi: "61"
        case .gansu: "62"
        case .qinghai: "63"
        case .ningxia: "64"
        case .xinjiang: "65"
        case .xinjiangCorps: nil
        }
    }

    /// Full Chinese name, e.g. `内蒙古自治区`.
    public var nameZh: String {
        switch self {
        case .beijing: "北京市"
        case .tianjin: "天津市"
        case .hebei: "河北省"
        case .shanxi: "山西省"
        case .innerMongolia: "内蒙古自治区"
        case .liaoning: "辽宁省"
        case .jilin: "吉林省"
        case .heilongjiang: "黑龙江省"
        case .shanghai: "上海市"
        case .jiangsu: "江苏省"
        case .zhejiang: "浙江省"
        case .anhui: "安徽省"
        case .fujian: "福建省"
        case .jiangxi: "江西省"
        case .shandong: "山东省"
        case .henan: "河南省"
        case .hubei: "湖北省"
        case .hunan: "湖南省"
        case .guangdong: "广东省"
        case .guangxi: "广西壮族自治区"
        case .hainan: "海南省"
        case .chongqing: "重庆市"
        case .sichuan: "四川省"
        case .guizhou: "贵州省"
        case .yunnan: "云南省"
        case .xizang: "西藏自治区"
        case .shaanxi: "陕西省"
        case .gansu: "甘肃省"
        case .qinghai: "青海省"
        case .ningxia: "宁夏回族自治区"
        case .xinjiang: "新疆维吾尔自治区"
        case .xinjiangCorps: "新疆生产建设兵团"
        }
    }

    /// Full English name, e.g. `Inner Mongolia Autonomous Region`.
    public var nameEn: String {
        switch self {
        case .beijing: "Beijing Municipality"
        case .tianjin: "Tianjin Municipality"
        case .hebei: "Hebei Province"
        case .shanxi: "Shanxi Province"
        case .innerMongolia: "Inner Mongolia Autonomous Region"
        case .liaoning: "Liaoning Province"
        case .jilin: "Jilin Province"
        case .heilongjiang: "Heilongjiang Province"
        case .shanghai: "Shanghai Municipality"
        case .jiangsu: "Jiangsu Province"
        case .zhejiang: "Zhejiang Province"
        case .anhui: "Anhui Province"
        case .fujian: "Fujian Province"
        case .jiangxi: "Jiangxi Province"
        case .shandong: "Shandong Province"
        case .henan: "Henan Province"
        case .hubei: "Hubei Province"
        case .hunan: "Hunan Province"
        case .guangdong: "Guangdong Province"
        case .guangxi: "Guangxi Zhuang Autonomous Region"
        case .hainan: "Hainan Province"
        case .chongqing: "Chongqing Municipality"
        case .sichuan: "Sichuan Province"
        case .guizhou: "Guizhou Province"
        case .yunnan: "Yunnan Province"
        case .xizang: "Xizang (Tibet) Autonomous Region"
        case .shaanxi: "Shaanxi Province"
        case .gansu: "Gansu Province"
        case .qinghai: "Qinghai Province"
        case .ningxia: "Ningxia Hui Autonomous Region"
        case .xinjiang: "Xinjiang Uygur Autonomous Region"
        case .xinjiangCorps: "Xinjiang Production and Construction Corps"
        }
    }
}
