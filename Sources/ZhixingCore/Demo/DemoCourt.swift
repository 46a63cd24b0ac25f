/// A court the demo cases are filed at.
public struct DemoCourt: Sendable, Hashable, Codable {
    /// The case-number code, e.g. `京0105`.
    public let code: String
    /// The GB/T 2260 division code of the court's area, e.g. `110105`: used for addresses, identity
    /// numbers and credit codes.
    public let divisionCode: String
    /// E.g. `北京市朝阳区人民法院`.
    public let nameZh: String

    public init(code: String, divisionCode: String, nameZh: String) {
        self.code = code
        self.divisionCode = divisionCode
        self.nameZh = nameZh
    }

    /// A few basic courts of the court directory (`Resources/Data/courts.csv`) with their division codes.
    public static let samples: [DemoCourt] = [
        DemoCourt(code: "京0105", divisionCode: "110105", nameZh: "北京市朝阳区人民法院"),
        DemoCourt(code: "京0108", divisionCode: "110108", nameZh: "北京市海淀区人民法院"),
        DemoCourt(code: "京0106", divisionCode: "110106", nameZh: "北京市丰台区人民法院"),
        DemoCourt(code: "沪0115", divisionCode: "310115", nameZh: "上海市浦东新区人民法院"),
        DemoCourt(code: "粤0305", divisionCode: "440305", nameZh: "广东省深圳市南山区人民法院"),
    ]
}
