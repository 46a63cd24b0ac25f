import Foundation

extension CreditCode {
    /// 登记管理部门代码: position 1 of a unified social credit code, GB 32100-2015 Annex A as
    /// amended (A and N were added after the first edition). Text and JSON form: the code character.
    public enum RegistrationAuthority: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// 机构编制: organs and public institutions registered by the staffing authorities.
        case organEstablishment = "1"
        /// 外交.
        case foreignAffairs = "2"
        /// 司法行政: law firms, notaries, arbitration commissions, ...
        case justice = "3"
        /// 文化.
        case culture = "4"
        /// 民政: social organisations, private non-enterprise units, foundations.
        case civilAffairs = "5"
        /// 旅游.
        case tourism = "6"
        /// 宗教.
        case religiousAffairs = "7"
        /// 工会.
        case tradeUnion = "8"
        /// 工商, now 市场监督管理: enterprises, individual businesses, farmers' cooperatives.
        case marketRegulation = "9"
        /// 中央军委改革和编制办公室.
        case military = "A"
        /// 农业: rural collective economic organisations.
        case agriculture = "N"
        /// 其他.
        case other = "Y"

        public var description: String { rawValue }

        public var nameZh: String {
            switch self {
            case .organEstablishment: "机构编制"
            case .foreignAffairs: "外交"
            case .justice: "司法行政"
            case .culture: "文化"
            case .civilAffairs: "民政"
            case .tourism: "旅游"
            case .religiousAffairs: "宗教"
            case .tradeUnion: "工会"
            case .marketRegulation: "工商（市场监督管理）"
            case .military: "中央军委改革和编制办公室"
            case .agriculture: "农业"
            case .other: "其他"
            }
        }

        public var nameEn: String {
            switch self {
            case .organEstablishment: "Institutional staffing authority"
            case .foreignAffairs: "Foreign affairs"
            case .justice: "Judicial administration"
            case .culture: "Culture"
            case .civilAffairs: "Civil affairs"
            case .tourism: "Tourism"
            case .religiousAffairs: "Religious affairs"
            case .tradeUnion: "Trade unions"
            case .marketRegulation: "Market regulation (industry and commerce)"
            case .military: "Reform and Organisation Office of the Central Military Commission"
            case .agriculture: "Agriculture"
            case .other: "Other"
            }
        }

        /// The organisation types (position 2) the standard lists under this authority.
        public var organisationTypes: [String: LocalizedText] {
            let other = LocalizedText(zh: "其他", en: "Other")
            switch self {
            case .organEstablishment:
                return ["1": LocalizedText(zh: "机关", en: "Government organ"),
                        "2": LocalizedText(zh: "事业单位", en: "Public institution"),
                        "3": LocalizedText(zh: "中央编办直接管理机构编制的群众团体",
                                           en: "Mass organisation staffed directly by the central staffing office"),
                        "9": other]
            case .foreignAffairs:
                return ["1": LocalizedText(zh: "外国常驻新闻机构", en: "Resident foreign news organisation"), "9": other]
            case .justice:
                return ["1": LocalizedText(zh: "律师执业机构", en: "Law firm"),
                        "2": LocalizedText(zh: "公证处", en: "Notary office"),
                        "3": LocalizedText(zh: "基层法律服务所", en: "Grassroots legal service office"),
                        "4": LocalizedText(zh: "司法鉴定机构", en: "Forensic appraisal institution"),
                        "5": LocalizedText(zh: "仲裁委员会", en: "Arbitration commission"),
                        "9": other]
            case .culture:
                return ["1": LocalizedText(zh: "外国在华文化中心", en: "Foreign cultural centre in China"), "9": other]
            case .civilAffairs:
                return ["1": LocalizedText(zh: "社会团体", en: "Social organisation"),
                        "2": LocalizedText(zh: "民办非企业单位", en: "Private non-enterprise unit"),
                        "3": LocalizedText(zh: "基金会", en: "Foundation"),
                        "9": other]
            case .tourism:
                return ["1": LocalizedText(zh: "外国旅游部门常驻代表机构", en: "Resident office of a foreign tourism authority"),
                        "2": LocalizedText(zh: "港澳台地区旅游部门常驻内地（大陆）代表机构",
                                           en: "Resident mainland office of a Hong Kong, Macao or Taiwan tourism authority"),
                        "9": other]
            case .religiousAffairs:
                return ["1": LocalizedText(zh: "宗教活动场所", en: "Venue for religious activities"),
                        "2": LocalizedText(zh: "宗教院校", en: "Religious school"),
                        "9": other]
            case .tradeUnion:
                return ["1": LocalizedText(zh: "基层工会", en: "Grassroots trade union"), "9": other]
            case .marketRegulation:
                return ["1": LocalizedText(zh: "企业", en: "Enterprise"),
                        "2": LocalizedText(zh: "个体工商户", en: "Individual industrial and commercial household"),
                        "3": LocalizedText(zh: "农民专业合作社", en: "Farmers' specialised cooperative")]
            case .military:
                return ["1": LocalizedText(zh: "军队事业单位", en: "Military public institution"), "9": other]
            case .agriculture:
                return ["1": LocalizedText(zh: "组级集体经济组织", en: "Group-level collective economic organisation"),
                        "2": LocalizedText(zh: "村级集体经济组织", en: "Village-level collective economic organisation"),
                        "3": LocalizedText(zh: "乡镇级集体经济组织", en: "Township-level collective economic organisation"),
                        "9": other]
            case .other:
                return ["1": other]
            }
        }

        /// Parses a registration authority code character; throws `credit_code.registration_authority`.
        public init(parsing text: String, field: String = "registrationAuthority") throws {
            guard let authority = RegistrationAuthority(
                rawValue: text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()) else {
                throw FieldError(field: field, code: "credit_code.registration_authority", message: LocalizedText(
                    zh: "不是有效的登记管理部门代码（1–9、A、N、Y）：\(text)",
                    en: "Not a registration authority code (1–9, A, N, Y): \(text)"))
            }
            self = authority
        }

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            self = try RegistrationAuthority(
                parsing: text, field: decoder.codingPath.last?.stringValue ?? "registrationAuthority")
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }
}
