/// The kind of dispute behind a generated case (案由). It decides who the parties are and how large
/// the sums tend to be; it is not part of `DemoCase`.
enum DemoDispute: CaseIterable {
    /// 民间借贷纠纷
    case privateLending
    /// 金融借款合同纠纷
    case financialLoan
    /// 买卖合同纠纷
    case salesContract
    /// 房屋租赁合同纠纷
    case lease
    /// 机动车交通事故责任纠纷
    case trafficAccident
    /// 建设工程施工合同纠纷
    case construction
    /// 劳动争议
    case labour
    /// 刑事退赔、罚金 (the property part of a criminal judgment)
    case criminal
    /// 行政处罚 (non-litigation administrative enforcement)
    case administrative

    /// The disputes that lead to a basis of `kind`, with weights.
    static func draw(for kind: DemoBasisKind, _ random: inout DemoRandom) -> DemoDispute {
        switch kind {
        case .civilJudgment:
            random.weighted([(.privateLending, 30), (.financialLoan, 22), (.salesContract, 16), (.lease, 8),
                             (.trafficAccident, 8), (.construction, 8), (.labour, 8)])
        case .mediationStatement:
            random.weighted([(.privateLending, 35), (.salesContract, 20), (.lease, 15), (.trafficAccident, 15),
                             (.labour, 10), (.construction, 5)])
        case .civilRuling:
            random.weighted([(.privateLending, 50), (.lease, 25), (.labour, 25)])
        case .arbitralAward:
            random.weighted([(.labour, 45), (.salesContract, 35), (.construction, 20)])
        case .notarizedDebtInstrument:
            random.weighted([(.financialLoan, 60), (.privateLending, 40)])
        case .criminalJudgmentPropertyPart: .criminal
        case .administrativeDecision: .administrative
        }
    }

    /// Median of the decimal logarithm of the sum in yuan, in thousandths, and its spread.
    var amountShape: (median: Int, spread: Int) {
        switch self {
        case .privateLending: (4950, 600)
        case .financialLoan: (5250, 650)
        case .salesContract: (5300, 600)
        case .lease: (4550, 500)
        case .trafficAccident: (4850, 450)
        case .construction: (5800, 600)
        case .labour: (4500, 400)
        case .criminal: (4800, 650)
        case .administrative: (4350, 500)
        }
    }

    /// Percent of cases in which the principal debtor is an organisation.
    var organisationDebtorPercent: Int {
        switch self {
        case .privateLending: 8
        case .financialLoan: 18
        case .salesContract: 68
        case .lease: 20
        case .trafficAccident: 10
        case .construction: 85
        case .labour: 85
        case .criminal: 3
        case .administrative: 60
        }
    }
}
