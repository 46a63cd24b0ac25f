/// Whether the person who owes performance is a natural person or an organisation (Criminal Law Art.313 para.2).
public enum RefusalDebtorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case naturalPerson, organisation
}

/// How much of the duty was performed (Interpretation 2024 Art.11).
public enum PerformanceExtent: String, Sendable, Hashable, Codable, CaseIterable {
    case full, partial
}

/// Performance of the duty after the refusal (Interpretation 2024 Art.11: "履行全部或者部分执行义务").
public struct RefusalPerformance: Sendable, Hashable, Decodable {
    public let date: LocalDate
    public let extent: PerformanceExtent

    public init(date: LocalDate, extent: PerformanceExtent) {
        self.date = date
        self.extent = extent
    }

    private enum CodingKeys: String, CodingKey { case date, extent }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let base = JSONFacts.path(decoder.codingPath)
        date = try LocalDate(factText: try c.decode(String.self, forKey: .date), field: RefusalDecoding.join(base, "date"))
        extent = try RefusalDecoding.enumValue(PerformanceExtent.self, try c.decode(String.self, forKey: .extent),
                                               field: RefusalDecoding.join(base, "extent"))
    }
}

/// What people found and what the applicant filed for a private prosecution (Opinions 2025 Arts.11, 13).
public struct PrivateProsecutionFacts: Sendable, Hashable, Decodable {
    /// Art.11 item 1, a human finding: the refusal infringed the applicant's personal or property rights and
    /// criminal liability should be pursued. `nil` while nobody has found it.
    public let rightsInfringed: Bool?
    /// Who found it and where it is recorded (shown in the reasons).
    public let findingBy: String?
    /// The Art.13 materials the applicant has provided.
    public let materials: [PrivateProsecutionMaterial]
    /// Art.13 item 2: a legal representative or close relative brings the prosecution on the prosecutor's behalf.
    public let filedByRepresentative: Bool
    /// Art.13 item 6: the court has asked for further materials, and they are then required.
    public let courtRequestedOtherMaterials: Bool

    public init(rightsInfringed: Bool? = nil, findingBy: String? = nil, materials: [PrivateProsecutionMaterial] = [],
                filedByRepresentative: Bool = false, courtRequestedOtherMaterials: Bool = false) {
        self.rightsInfringed = rightsInfringed
        self.findingBy = findingBy
        self.materials = materials
        self.filedByRepresentative = filedByRepresentative
        self.courtRequestedOtherMaterials = courtRequestedOtherMaterials
    }

    private enum CodingKeys: String, CodingKey {
        case rightsInfringed, findingBy, materials, filedByRepresentative, courtRequestedOtherMaterials
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let base = JSONFacts.path(decoder.codingPath)
        self.init(
            rightsInfringed: try c.decodeIfPresent(Bool.self, forKey: .rightsInfringed),
            findingBy: try c.decodeIfPresent(String.self, forKey: .findingBy),
            materials: try RefusalDecoding.enumList(PrivateProsecutionMaterial.self,
                                                    try c.decodeIfPresent([String].self, forKey: .materials) ?? [],
                                                    field: RefusalDecoding.join(base, "materials")),
            filedByRepresentative: try c.decodeIfPresent(Bool.self, forKey: .filedByRepresentative) ?? false,
            courtRequestedOtherMaterials: try c.decodeIfPresent(Bool.self, forKey: .courtRequestedOtherMaterials) ?? false)
    }
}

/// What people found about the refusal itself, for Criminal Law Art.313 and Interpretation 2024.
/// The engine never finds these: it reports the band they point to and says it relied on them.
public struct RefusalCircumstanceFacts: Sendable, Hashable, Decodable {
    public let debtorKind: RefusalDebtorKind
    /// Interpretation 2024 Art.5: able to perform all or part, after the living necessities of the person and
    /// dependants. `nil` when not yet found.
    public let abilityToPerform: Bool?
    /// The circumstances found (NPCSC Interpretation 2002 items 1-4; Interpretation 2024 Arts.3, 4, 6).
    public let found: [RefusalCircumstance]
    /// Who found them and where it is recorded.
    public let foundBy: String?
    /// Interpretation 2024 Art.10: the judgment is for maintenance, support, child support, pensions, medical
    /// expenses, labour remuneration and the like.
    public let supportOrWagesJudgment: Bool
    /// Interpretation 2024 Art.11 sentence 1, a human finding: 情节显著轻微危害不大.
    public let manifestlyMinorAndHarmless: Bool?
    /// Interpretation 2024 Art.11 sentences 2-3, a human finding: 犯罪情节轻微.
    public let minorCircumstances: Bool?
    /// Interpretation 2024 Art.11: the duty performed in full or in part, and when.
    public let performance: RefusalPerformance?

    public init(debtorKind: RefusalDebtorKind = .naturalPerson, abilityToPerform: Bool? = nil,
                found: [RefusalCircumstance] = [], foundBy: String? = nil, supportOrWagesJudgment: Bool = false,
                manifestlyMinorAndHarmless: Bool? = nil, minorCircumstances: Bool? = nil,
                performance: RefusalPerformance? = nil) {
        self.debtorKind = debtorKind
        self.abilityToPerform = abilityToPerform
        self.found = found
        self.foundBy = foundBy
        self.supportOrWagesJudgment = supportOrWagesJudgment
        self.manifestlyMinorAndHarmless = manifestlyMinorAndHarmless
        self.minorCircumstances = minorCircumstances
        self.performance = performance
    }

    private enum CodingKeys: String, CodingKey {
        case debtorKind, abilityToPerform, found, foundBy, supportOrWagesJudgment, manifestlyMinorAndHarmless
        case minorCircumstances, performance
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let base = JSONFacts.path(decoder.codingPath)
        let kind = try c.decodeIfPresent(String.self, forKey: .debtorKind).map {
            try RefusalDecoding.enumValue(RefusalDebtorKind.self, $0, field: RefusalDecoding.join(base, "debtorKind"))
        }
        self.init(
            debtorKind: kind ?? .naturalPerson,
            abilityToPerform: try c.decodeIfPresent(Bool.self, forKey: .abilityToPerform),
            found: try RefusalDecoding.enumList(RefusalCircumstance.self,
                                                try c.decodeIfPresent([String].self, forKey: .found) ?? [],
                                                field: RefusalDecoding.join(base, "found")),
            foundBy: try c.decodeIfPresent(String.self, forKey: .foundBy),
            supportOrWagesJudgment: try c.decodeIfPresent(Bool.self, forKey: .supportOrWagesJudgment) ?? false,
            manifestlyMinorAndHarmless: try c.decodeIfPresent(Bool.self, forKey: .manifestlyMinorAndHarmless),
            minorCircumstances: try c.decodeIfPresent(Bool.self, forKey: .minorCircumstances),
            performance: try c.decodeIfPresent(RefusalPerformance.self, forKey: .performance))
    }
}

/// Decoding helpers that name the JSON path of a bad value (`events[3].kind`, `circumstances.found[1]`).
enum RefusalDecoding {
    static func join(_ base: String, _ key: String) -> String { base.isEmpty ? key : "\(base).\(key)" }

    static func enumValue<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ text: String, field: String) throws -> E
    where E.RawValue == String {
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw FieldError(field: field, code: "field.unknown_value", message: LocalizedText(
                zh: "\(field) 的取值未知：\(text)（可选：\(allowed)）",
                en: "Unknown value for \(field): \(text) (allowed: \(allowed))"))
        }
        return value
    }

    /// The values in order, duplicates dropped.
    static func enumList<E: RawRepresentable & CaseIterable & Hashable>(_ type: E.Type, _ texts: [String],
                                                                        field: String) throws -> [E]
    where E.RawValue == String {
        var out: [E] = []
        for (index, text) in texts.enumerated() {
            let value = try enumValue(type, text, field: "\(field)[\(index)]")
            if !out.contains(value) { out.append(value) }
        }
        return out
    }
}
