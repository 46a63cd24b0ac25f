/// A generated case as the enforcement rules see a filing: the same facts and parties a clerk's filing gives.
extension DemoCase {
    /// The filing's facts: a first enforcement (执) at the court of first instance, where the property is; a
    /// non-litigation case exactly when the basis is an administrative decision (`FilingDefaults`). No events
    /// (the server stores the generated ones), asked on the filing day.
    public var filing: EnforcementFacts {
        EnforcementFacts(
            caseType: FilingDefaults.caseType, filedOn: filedOn, basis: basis.facts,
            jurisdiction: JurisdictionFacts(isFirstInstanceCourt: true, propertyInCourtArea: true, sameLevelAsFirstInstance: true),
            amountApplied: amountApplied, nonLitigation: FilingDefaults.nonLitigation(nil, basis: basis.kind.executionBasisKind),
            events: [], asOf: filedOn)
    }

    /// The applicants, then the debtors, as the core's parties.
    public var parties: [Party] {
        applicants.map { $0.party(as: .applicant) } + debtors.map { $0.party(as: .debtor) }
    }
}

extension DemoBasis {
    public var facts: ExecutionBasisFacts {
        ExecutionBasisFacts(kind: kind.executionBasisKind, issuingBody: issuingBody, documentNumber: documentNumber,
                            effectiveOn: effectiveOn, amountAwarded: amountAwarded)
    }
}

extension DemoBasisKind {
    /// The kind of execution basis of the enforcement rules.
    public var executionBasisKind: ExecutionBasisKind {
        switch self {
        case .civilJudgment: .civilJudgment
        case .civilRuling: .civilRuling
        case .mediationStatement: .mediationStatement
        case .criminalJudgmentPropertyPart: .criminalJudgmentPropertyPart
        case .arbitralAward: .arbitralAward
        case .notarizedDebtInstrument: .notarizedDebtInstrument
        case .administrativeDecision: .administrativeDecision
        }
    }
}

extension DemoParty {
    /// The generated party in `role`.
    public func party(as role: Party.Role) -> Party {
        Party(role: role, kind: kind == .organisation ? .organisation : .naturalPerson, name: name, identityNumber: identityNumber,
              creditCode: creditCode, legalRepresentative: legalRepresentative, phone: phone, address: address)
    }
}
