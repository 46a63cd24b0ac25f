import Vapor
import ZhixingCore

/// What a filing carries (立案): the execution basis, the sum applied for, the parties.
struct FilingInput: Content {
    struct Basis: Content {
        let kind: String
        let issuingBody: String
        let documentNumber: String
        let effectiveOn: String?
        let amountAwarded: String?
        /// Non-money obligations the basis fixes (delivery of things, acts), as text.
        let obligations: String?
    }

    struct Jurisdiction: Content {
        let isFirstInstanceCourt: Bool
        let propertyInCourtArea: Bool
        let sameLevelAsFirstInstance: Bool
    }

    struct Party: Content {
        /// `naturalPerson` or `organisation`
        let kind: String
        let name: String
        let identityNumber: String?
        let creditCode: String?
        let legalRepresentative: String?
        let phone: String?
        let address: String?
    }

    struct Agent: Content {
        let name: String
        let phone: String?
        /// `applicants[0]`, `debtors[1]`: whom the agent acts for.
        let actsFor: String
    }

    let caseType: String?
    let filedOn: String?
    let basis: Basis
    let amountApplied: String
    let nonLitigation: Bool?
    let jurisdiction: Jurisdiction
    let applicants: [Party]
    let debtors: [Party]
    let agents: [Agent]?
}

/// The filing after validation: every field parsed into core types, or a 400 naming the field.
struct ValidFiling: Sendable {
    let caseType: CaseType
    let filedOn: LocalDate
    let basis: ExecutionBasisFacts
    let obligations: String?
    let amountApplied: Money
    let nonLitigation: Bool
    let jurisdiction: JurisdictionFacts
    /// The parties as the core has them (`Party`), each with its role.
    let applicants: [Party]
    let debtors: [Party]
    /// Each agent, and whom they act for: the applicant or debtor at `index` of that role's list.
    let agents: [(agent: Party, actsFor: Party.Role, index: Int)]

    init(_ input: FilingInput, today: LocalDate) throws {
        let typeText = input.caseType ?? FilingDefaults.caseType.rawValue
        guard let type = CaseType(rawValue: typeText), FilingDefaults.filedTypes.contains(type) else {
            throw AppError.badRequest("case_type.invalid", .init(
                zh: "立案的案件类型应为 执、执恢 或 执保：\(typeText)", en: "A filed case is 执, 执恢 or 执保: \(typeText)"), field: "caseType")
        }
        caseType = type
        filedOn = FilingDefaults.filedOn(try input.filedOn.map { try InputBounds.date($0, field: "filedOn") }, today: today)
        if filedOn > today {
            throw AppError.badRequest("date.future", .init(zh: "立案日期不能晚于今天。", en: "The filing date cannot be in the future."), field: "filedOn")
        }
        guard let kind = ExecutionBasisKind(rawValue: input.basis.kind) else {
            throw AppError.badRequest("basis.kind", .init(zh: "执行依据种类无效：\(input.basis.kind)", en: "Unknown kind of execution basis: \(input.basis.kind)"), field: "basis.kind")
        }
        let effective = try input.basis.effectiveOn.flatMap { $0.isEmpty ? nil : $0 }.map { try InputBounds.date($0, field: "basis.effectiveOn") }
        let awarded = try input.basis.amountAwarded.flatMap { $0.isEmpty ? nil : $0 }.map { try Money(parsing: $0, field: "basis.amountAwarded") }
        if let awarded, awarded.isNegative {
            throw AppError.badRequest("money.negative", .init(zh: "金额不能为负。", en: "The amount cannot be negative."), field: "basis.amountAwarded")
        }
        basis = ExecutionBasisFacts(
            kind: kind, issuingBody: try Self.text(input.basis.issuingBody, "basis.issuingBody"),
            documentNumber: try Self.text(input.basis.documentNumber, "basis.documentNumber"),
            effectiveOn: effective, amountAwarded: awarded)
        obligations = input.basis.obligations.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : String($0.prefix(2000)) }
        amountApplied = try Money(parsing: input.amountApplied, field: "amountApplied")
        if !amountApplied.isPositive {
            throw AppError.badRequest("money.not_positive", .init(zh: "申请执行金额应大于零。", en: "The amount applied for must be more than zero."), field: "amountApplied")
        }
        nonLitigation = FilingDefaults.nonLitigation(input.nonLitigation, basis: kind)
        jurisdiction = JurisdictionFacts(isFirstInstanceCourt: input.jurisdiction.isFirstInstanceCourt,
                                         propertyInCourtArea: input.jurisdiction.propertyInCourtArea,
                                         sameLevelAsFirstInstance: input.jurisdiction.sameLevelAsFirstInstance)
        guard !input.applicants.isEmpty else { throw AppError.required("applicants") }
        guard !input.debtors.isEmpty else { throw AppError.required("debtors") }
        applicants = try input.applicants.enumerated().map { try Self.party($1, as: .applicant, field: "applicants[\($0)]", bornBefore: today) }
        debtors = try input.debtors.enumerated().map { try Self.party($1, as: .debtor, field: "debtors[\($0)]", bornBefore: today) }
        var agents: [(Party, Party.Role, Int)] = []
        for (i, agent) in (input.agents ?? []).enumerated() {
            let field = "agents[\(i)]"
            let name = try Self.text(agent.name, field + ".name")
            let parts = agent.actsFor.split(whereSeparator: { "[]".contains($0) }).map(String.init)
            guard parts.count == 2, ["applicants", "debtors"].contains(parts[0]), let index = Int(parts[1]),
                  index >= 0, index < (parts[0] == "applicants" ? applicants.count : debtors.count) else {
                throw AppError.badRequest("agent.acts_for", .init(zh: "代理对象无效：\(agent.actsFor)", en: "Unknown party for the agent: \(agent.actsFor)"), field: field + ".actsFor")
            }
            agents.append((Party.agent(name: name, phone: agent.phone), parts[0] == "applicants" ? .applicant : .debtor, index))
        }
        self.agents = agents
    }

    static func text(_ raw: String, _ field: String, max: Int = 200) throws -> String {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw AppError.required(field) }
        guard value.count <= max else {
            throw AppError.badRequest("field.too_long", .init(zh: "内容过长（最多 \(max) 字）。", en: "Too long (at most \(max) characters)."), field: field)
        }
        return value
    }

    static func party(_ p: FilingInput.Party, as role: Party.Role, field: String, bornBefore today: LocalDate) throws -> Party {
        guard let kind = Party.Kind(rawValue: p.kind) else {
            throw AppError.badRequest("party.kind", .init(zh: "当事人类型应为自然人或组织：\(p.kind)", en: "A party is a naturalPerson or an organisation: \(p.kind)"), field: field + ".kind")
        }
        let name = try text(p.name, field + ".name", max: 100)
        var id: ResidentID? = nil
        var code: CreditCode? = nil
        var representative: String? = nil
        switch kind {
        case .naturalPerson:
            guard let raw = p.identityNumber, !raw.isEmpty else { throw AppError.required(field + ".identityNumber") }
            let parsed = try ResidentID(parsing: raw, field: field + ".identityNumber")
            try parsed.validate(bornBefore: today, field: field + ".identityNumber")
            id = parsed
        case .organisation:
            guard let raw = p.creditCode, !raw.isEmpty else { throw AppError.required(field + ".creditCode") }
            code = try CreditCode(parsing: raw, field: field + ".creditCode")
            representative = try text(p.legalRepresentative ?? "", field + ".legalRepresentative", max: 100)
        }
        let phone = p.phone.flatMap { $0.isEmpty ? nil : $0 }
        if let phone, !(phone.count <= 20 && phone.allSatisfy({ $0.isNumber || "-+ ".contains($0) })) {
            throw AppError.badRequest("phone.invalid", .init(zh: "电话号码格式不正确。", en: "Invalid phone number."), field: field + ".phone")
        }
        let address = try p.address.flatMap { $0.isEmpty ? nil : $0 }.map { try text($0, field + ".address") }
        return Party(role: role, kind: kind, name: name, identityNumber: id?.value, creditCode: code?.value,
                     legalRepresentative: representative, phone: phone, address: address)
    }
}

extension LocalDate {
    /// The calendar day in China (UTC+8) at `date`: the day a court's clerk sees on the wall.
    static func inChina(_ date: Date) -> LocalDate {
        let days = Int(((date.timeIntervalSince1970 + 8 * 3600) / 86_400).rounded(.down))
        return LocalDate(dayNumber: days)
    }
}
