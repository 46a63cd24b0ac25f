import Foundation

/// 案件类型代字: the case-type part of a case number, for the enforcement and state-compensation
/// cases Zhixing handles (SPC Standard on Case Types and Their Codes, 2015, annexed to the
/// Provisions on Case Numbers). The raw value, text and JSON form is the Chinese code.
public enum CaseType: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case enforcement = "执"
    case restoredEnforcement = "执恢"
    case preservation = "执保"
    case objection = "执异"
    case reconsideration = "执复"
    case supervision = "执监"
    case coordination = "执协"
    case requestForInstructions = "执请"
    case otherEnforcement = "执他"
    case courtCompensation = "法赔"
    case compensationCommittee = "委赔"
    case compensationSupervision = "委赔监"

    public var description: String { rawValue }

    public var nameZh: String {
        switch self {
        case .enforcement: "首次执行案件"
        case .restoredEnforcement: "恢复执行案件"
        case .preservation: "财产保全执行案件"
        case .objection: "执行异议案件"
        case .reconsideration: "执行复议案件"
        case .supervision: "执行监督案件"
        case .coordination: "执行协调案件"
        case .requestForInstructions: "执行请示案件"
        case .otherEnforcement: "其他执行案件"
        case .courtCompensation: "法院作为赔偿义务机关自赔案件"
        case .compensationCommittee: "赔偿委员会审理赔偿案件"
        case .compensationSupervision: "赔偿委员会赔偿监督审查案件"
        }
    }

    public var nameEn: String {
        switch self {
        case .enforcement: "First enforcement"
        case .restoredEnforcement: "Restored enforcement"
        case .preservation: "Enforcement of preservation"
        case .objection: "Enforcement objection"
        case .reconsideration: "Enforcement reconsideration"
        case .supervision: "Enforcement supervision"
        case .coordination: "Enforcement coordination between courts"
        case .requestForInstructions: "Enforcement request for instructions"
        case .otherEnforcement: "Other enforcement"
        case .courtCompensation: "State compensation, court as obligated organ"
        case .compensationCommittee: "State compensation before a compensation committee"
        case .compensationSupervision: "State compensation supervision"
        }
    }

    /// Parses a type code; surrounding whitespace is ignored. Throws `case_type.invalid`.
    public init(parsing text: String, field: String = "caseType") throws {
        guard let type = CaseType(rawValue: text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw FieldError(field: field, code: "case_type.invalid", message: LocalizedText(
                zh: "不是支持的案件类型代字（如 执、执恢、执异）：\(text)",
                en: "Not a supported case type code (such as 执, 执恢, 执异): \(text)"))
        }
        self = type
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try CaseType(parsing: text, field: decoder.codingPath.last?.stringValue ?? "caseType")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
