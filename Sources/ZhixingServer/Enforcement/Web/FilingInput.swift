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
        /// The agent's resident identity number, when the filing gives it; checked like a party's.
        let identityNumber: String?
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

    /// Checks every field, and reports every bad one at once (`InputErrors`, in the order of the form; the API
    /// answers with the first).
    init(_ input: FilingInput, today: LocalDate) throws {
        var check = ErrorCollector()
        let typeText = input.caseType ?? FilingDefaults.caseType.rawValue
        let type = try check.check { () throws -> CaseType in
            guard let type = CaseType(rawValue: typeText), FilingDefaults.filedTypes.contains(type) else {
                throw AppError.badRequest("case_type.invalid", .init(
                    zh: "立案的案件类型应为 执、执恢 或 执保：\(typeText)", en: "A filed case is 执, 执恢 or 执保: \(typeText)"), field: "caseType")
            }
            return type
        }
        let filedOn = try check.check { () throws -> LocalDate in
            let filedOn = FilingDefaults.filedOn(try input.filedOn.map { try InputBounds.date($0, field: "filedOn") }, today: today)
            if filedOn > today {
                throw AppError.badRequest("date.future", .init(zh: "立案日期不能晚于今天。", en: "The filing date cannot be in the future."), field: "filedOn")
            }
            return filedOn
        }
        let kind = try check.check { () throws -> ExecutionBasisKind in
            guard let kind = ExecutionBasisKind(rawValue: input.basis.kind) else {
                throw AppError.badRequest("basis.kind", .init(zh: "执行依据种类无效：\(input.basis.kind)", en: "Unknown kind of execution basis: \(input.basis.kind)"), field: "basis.kind")
            }
            return kind
        }
        let issuingBody = try check.check { try Self.text(input.basis.issuingBody, "basis.issuingBody") }
        let documentNumber = try check.check { try Self.text(input.basis.documentNumber, "basis.documentNumber") }
        let effective = try check.check {
            try input.basis.effectiveOn.flatMap { $0.isEmpty ? nil : $0 }.map { try InputBounds.date($0, field: "basis.effectiveOn") }
        }
        let awarded = try check.check { () throws -> Money? in
            let awarded = try input.basis.amountAwarded.flatMap { $0.isEmpty ? nil : $0 }.map { try Money(parsing: $0, field: "basis.amountAwarded") }
            if let awarded, awarded.isNegative {
                throw AppError.badRequest("money.negative", .init(zh: "金额不能为负。", en: "The amount cannot be negative."), field: "basis.amountAwarded")
            }
            return awarded
        }
        let amountApplied = try check.check { () throws -> Money in
            let amount = try Money(parsing: input.amountApplied, field: "amountApplied")
            if !amount.isPositive {
                throw AppError.badRequest("money.not_positive", .init(zh: "申请执行金额应大于零。", en: "The amount applied for must be more than zero."), field: "amountApplied")
            }
            return amount
        }
        if input.applicants.isEmpty { _ = try check.check { () throws -> Void in throw AppError.required("applicants") } }
        if input.debtors.isEmpty { _ = try check.check { () throws -> Void in throw AppError.required("debtors") } }
        let applicants = try input.applicants.enumerated().map { i, p in
            try check.check { try Self.party(p, as: .applicant, field: "applicants[\(i)]", bornBefore: today) }
        }
        let debtors = try input.debtors.enumerated().map { i, p in
            try check.check { try Self.party(p, as: .debtor, field: "debtors[\(i)]", bornBefore: today) }
        }
        var agents: [(Party, Party.Role, Int)] = []
        for (i, agent) in (input.agents ?? []).enumerated() {
            let counts = (applicants: input.applicants.count, debtors: input.debtors.count)
            if let valid = try check.check({ try Self.agent(agent, field: "agents[\(i)]", counts: counts, bornBefore: today) }) {
                agents.append(valid)
            }
        }
        try check.throwIfAny()
        guard let validType = type, let validFiledOn = filedOn, let validKind = kind, let validIssuer = issuingBody,
              let validNumber = documentNumber, let validEffective = effective, let validAwarded = awarded,
              let validAmount = amountApplied else {
            throw InputErrors(errors: check.errors)
        }
        caseType = validType
        self.filedOn = validFiledOn
        basis = ExecutionBasisFacts(kind: validKind, issuingBody: validIssuer, documentNumber: validNumber,
                                    effectiveOn: validEffective, amountAwarded: validAwarded)
        obligations = input.basis.obligations.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : String($0.prefix(2000)) }
        self.amountApplied = validAmount
        nonLitigation = FilingDefaults.nonLitigation(input.nonLitigation, basis: validKind)
        jurisdiction = JurisdictionFacts(isFirstInstanceCourt: input.jurisdiction.isFirstInstanceCourt,
                                         propertyInCourtArea: input.jurisdiction.propertyInCourtArea,
                                         sameLevelAsFirstInstance: input.jurisdiction.sameLevelAsFirstInstance)
        self.applicants = applicants.compactMap { $0 }
        self.debtors = debtors.compactMap { $0 }
        self.agents = agents
    }

    /// An agent (委托代理人, CPL 2023 Art.61-62): a name, the identity number if given (checked like a party's), the
    /// phone, and the applicant or debtor they act for, which must be one of the filing's.
    static func agent(_ agent: FilingInput.Agent, field: String, counts: (applicants: Int, debtors: Int),
                      bornBefore today: LocalDate) throws -> (Party, Party.Role, Int) {
        var check = ErrorCollector()
        let name = try check.check { try text(agent.name, field + ".name", max: 100) }
        let id = try check.check { () throws -> String? in
            guard let raw = agent.identityNumber, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            let parsed = try ResidentID(parsing: raw, field: field + ".identityNumber")
            try parsed.validate(bornBefore: today, field: field + ".identityNumber")
            return parsed.value
        }
        let phone = try check.check { try Self.phone(agent.phone, field: field + ".phone") }
        let actsFor = try check.check { () throws -> (Party.Role, Int) in
            let target = agent.actsFor.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !target.isEmpty else { throw AppError.required(field + ".actsFor") }
            let parts = target.split(whereSeparator: { "[]".contains($0) }).map(String.init)
            guard parts.count == 2, ["applicants", "debtors"].contains(parts[0]), let index = Int(parts[1]),
                  index >= 0, index < (parts[0] == "applicants" ? counts.applicants : counts.debtors) else {
                throw AppError.badRequest("agent.acts_for", .init(zh: "代理对象无效：\(target)", en: "Unknown party for the agent: \(target)"), field: field + ".actsFor")
            }
            return (parts[0] == "applicants" ? .applicant : .debtor, index)
        }
        try check.throwIfAny()
        if let name, let id, let phone, let actsFor {
            return (Party.agent(name: name, identityNumber: id, phone: phone), actsFor.0, actsFor.1)
        }
        throw InputErrors(errors: check.errors)
    }

    /// A phone number as filed: digits, spaces, `+` and `-`, at most 20 characters; empty is none.
    static func phone(_ raw: String?, field: String) throws -> String? {
        guard let phone = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !phone.isEmpty else { return nil }
        guard phone.count <= 20, phone.allSatisfy({ $0.isASCII && ($0.isNumber || "-+ ".contains($0)) }) else {
            throw AppError.badRequest("phone.invalid", .init(zh: "电话号码格式不正确。", en: "Invalid phone number."), field: field)
        }
        return phone
    }

    static func text(_ raw: String, _ field: String, max: Int = 200) throws -> String {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw AppError.required(field) }
        guard value.count <= max else {
            throw AppError.badRequest("field.too_long", .init(zh: "内容过长（最多 \(max) 字）。", en: "Too long (at most \(max) characters)."), field: field)
        }
        return value
    }

    /// A party as filed: a natural person by the resident identity number (GB 11643), an organisation by the unified
    /// social credit code (GB 32100) and its legal representative (CPL 2023 Art.51 para.2). Only the chosen kind's
    /// fields are read: what was typed into the other kind's is ignored. Every bad field is reported.
    static func party(_ p: FilingInput.Party, as role: Party.Role, field: String, bornBefore today: LocalDate) throws -> Party {
        var check = ErrorCollector()
        let kind = try check.check { () throws -> Party.Kind in
            guard let kind = Party.Kind(rawValue: p.kind) else {
                throw AppError.badRequest("party.kind", .init(zh: "当事人类型应为自然人或组织：\(p.kind)", en: "A party is a naturalPerson or an organisation: \(p.kind)"), field: field + ".kind")
            }
            return kind
        }
        let name = try check.check { try text(p.name, field + ".name", max: 100) }
        var id: ResidentID? = nil
        var code: CreditCode? = nil
        var representative: String? = nil
        switch kind {
        case .naturalPerson:
            id = try check.check { () throws -> ResidentID in
                guard let raw = p.identityNumber, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw AppError.required(field + ".identityNumber")
                }
                let parsed = try ResidentID(parsing: raw, field: field + ".identityNumber")
                try parsed.validate(bornBefore: today, field: field + ".identityNumber")
                return parsed
            }
        case .organisation:
            code = try check.check { () throws -> CreditCode in
                guard let raw = p.creditCode, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw AppError.required(field + ".creditCode")
                }
                return try CreditCode(parsing: raw, field: field + ".creditCode")
            }
            representative = try check.check { try text(p.legalRepresentative ?? "", field + ".legalRepresentative", max: 100) }
        case nil:
            break
        }
        let phone = try check.check { try Self.phone(p.phone, field: field + ".phone") }
        let address = try check.check {
            try p.address.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }.map { try text($0, field + ".address") }
        }
        try check.throwIfAny()
        if let kind, let name, let phone, let address {
            return Party(role: role, kind: kind, name: name, identityNumber: id?.value, creditCode: code?.value,
                         legalRepresentative: representative, phone: phone, address: address)
        }
        throw InputErrors(errors: check.errors)
    }
}

extension LocalDate {
    /// The calendar day in China (UTC+8) at `date`: the day a court's clerk sees on the wall.
    static func inChina(_ date: Date) -> LocalDate {
        let days = Int(((date.timeIntervalSince1970 + 8 * 3600) / 86_400).rounded(.down))
        return LocalDate(dayNumber: days)
    }
}
