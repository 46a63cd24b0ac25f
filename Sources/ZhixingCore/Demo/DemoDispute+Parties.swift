/// Who applies and who owes, by dispute.
extension DemoDispute {
    /// The applicants: lenders and banks, sellers, landlords, victims, workers, the organ that fined.
    func applicants(basis: DemoBasis, region: DemoRegion, filedOn: LocalDate, _ random: inout DemoRandom) -> [DemoParty] {
        switch self {
        case .administrative:
            return [DemoParties.organ(basis.issuingBody, region: region)]
        case .financialLoan:
            return [random.chance(80) ? DemoParties.bankBranch(region: region, random: &random)
                                      : DemoParties.lender(region: region, random: &random)]
        case .salesContract, .construction:
            return [DemoParties.company(region: region, random: &random)]
        case .privateLending, .lease:
            if self == .lease && random.chance(30) { return [DemoParties.company(region: region, random: &random)] }
            fallthrough
        case .trafficAccident, .labour, .criminal:
            var parties = [DemoParties.person(region: region, filedOn: filedOn, random: &random)]
            if random.chance(self == .criminal ? 30 : 8) {
                parties.append(DemoParties.person(region: region, filedOn: filedOn, random: &random))
            }
            return parties
        }
    }

    /// The debtors: the principal debtor (an organisation if `organisation`), then guarantors, spouses
    /// or a company's legal representative held jointly liable.
    func debtors(organisation: Bool, region: DemoRegion, filedOn: LocalDate, _ random: inout DemoRandom) -> [DemoParty] {
        if organisation {
            let representative = DemoParties.person(region: region, filedOn: filedOn, random: &random)
            var parties = [DemoParties.company(region: region, representative: representative.name, random: &random)]
            let representativeLiable: Int
            switch self {
            case .financialLoan: representativeLiable = 45
            case .salesContract, .construction: representativeLiable = 15
            default: representativeLiable = 5
            }
            if random.chance(representativeLiable) { parties.append(representative) }
            if (self == .construction || self == .financialLoan) && random.chance(10) {
                parties.append(DemoParties.company(region: region, random: &random))
            }
            return parties
        }
        var parties = [DemoParties.person(region: region, filedOn: filedOn, random: &random)]
        let second: Int
        switch self {
        case .privateLending: second = 25  // spouse, for a joint marital debt
        case .financialLoan: second = 35   // guarantor
        case .criminal: second = 15        // accomplice
        default: second = 8
        }
        if random.chance(second) { parties.append(DemoParties.person(region: region, filedOn: filedOn, random: &random)) }
        return parties
    }
}
