/// The stages of a closed case.
extension DemoLifecycle {
    /// 执行完毕: everything applied for received and paid out — paid after the notice, deducted from a
    /// frozen account, realised from sealed property, or paid by instalments under a settlement.
    func performFully(_ timeline: inout DemoTimeline, _ random: inout DemoRandom) {
        timeline.open(&random)
        switch random.weighted([35, 30, 15, 20]) {
        case 0:  // paid after the notice
            timeline.wait(2...30, &random)
            for part in DemoAmounts.split(amountApplied, into: random.chance(70) ? 1 : 2, random: &random) {
                timeline.receive(part, disburse: true, &random)
                timeline.wait(0...20, &random)
            }
        case 1:  // deducted from a frozen account
            timeline.inquire(found: true, &random)
            let account = asset(atLeast: amountApplied, kind: .bankDeposit, &random)
            let index = timeline.find(account, &random)
            timeline.control(index, &random)
            if random.chance(10) { timeline.interlude(&random) }
            timeline.wait(3...30, &random)
            timeline.receive(amountApplied, disburse: true, &random)
        case 2:  // sealed property valued and auctioned
            timeline.inquire(found: true, &random)
            let kind: DemoAssetKind = random.chance(65) ? .realEstate : .vehicle
            let property = asset(atLeast: DemoAmounts.share(amountApplied, percent: kind == .realEstate ? 140 : 110),
                                 kind: kind, &random)
            let index = timeline.find(property, &random)
            timeline.control(index, &random)
            if random.chance(10) { timeline.interlude(&random) }
            timeline.wait(90...300, &random)
            timeline.receive(amountApplied, disburse: true, &random)
        default:  // settlement performed by instalments
            timeline.wait(5...40, &random)
            timeline.add(.settlementAgreed, amount: amountApplied)
            for instalment in DemoAmounts.split(amountApplied, into: random.int(in: 2...6), random: &random) {
                timeline.wait(25...35, &random)
                timeline.receive(instalment, disburse: true, &random)
            }
            timeline.add(.settlementPerformed)
        }
        timeline.wait(0...10, &random)
        timeline.add(.closedFullyPerformed)
    }

    /// 终结本次执行程序 (2016 终本 Provisions Art.1): notices served; the property report either made
    /// and verified by the inquiry that follows, or refused and sanctioned (Art.2 items 2-3, CPL 2023
    /// Art.252); inquiries that found nothing, consumption restricted (and, often, listed as dishonest),
    /// the applicant heard, more than three months after filing.
    func terminateCurrentProcedure(_ timeline: inout DemoTimeline, _ random: inout DemoRandom) {
        timeline.open(&random)
        let reports = random.chance(55)
        if reports {
            timeline.wait(2...9, &random)
            timeline.add(.propertyReported)
        }
        timeline.inquire(found: false, &random)
        if !reports {
            timeline.wait(3...20, &random)
            timeline.add(.obstructionSanctioned)
        }
        timeline.wait(0...20, &random)
        timeline.add(.consumptionRestricted)
        if random.chance(60) {
            timeline.wait(0...30, &random)
            timeline.add(.listedDishonest)
        }
        if random.chance(45) {
            timeline.wait(20...50, &random)
            timeline.add(.propertyInquiry, propertyFound: false)
        }
        timeline.wait(until: random.int(in: 75...200))
        timeline.add(.applicantHeard)
        timeline.wait(1...15, &random)
        timeline.wait(until: 93 + random.int(below: 8))  // more than 3 months (at most 92 days) after filing
        timeline.add(.closedCurrentProcedureTerminated)
    }

    /// 终结执行: the applicant withdraws (sometimes after a settlement), or the debtor dies without
    /// estate or an organisation is wound up after a suspension.
    func terminate(_ timeline: inout DemoTimeline, _ random: inout DemoRandom) {
        timeline.open(&random)
        switch random.weighted([45, 25, 30]) {
        case 0:  // withdrawal
            if random.chance(60) { timeline.inquire(found: false, &random) }
            timeline.wait(10...90, &random)
        case 1:  // settlement, then withdrawal
            timeline.wait(5...40, &random)
            timeline.add(.settlementAgreed, amount: DemoAmounts.share(amountApplied, percent: random.pick([60, 70, 80, 90, 100])))
            timeline.wait(10...60, &random)
        default:  // death without estate, or dissolution
            timeline.inquire(found: false, &random)
            timeline.wait(10...60, &random)
            timeline.add(.suspended)
            timeline.wait(30...180, &random)
        }
        timeline.add(.closedTerminated)
    }

    /// 恢复执行 after 终本: a periodic check (every six months, Art.9) finds property; the case is
    /// restored as a new 执恢 case.
    func restore(_ timeline: inout DemoTimeline, _ random: inout DemoRandom) {
        let checks = random.int(in: 1...3)
        let closedOn = timeline.day
        for check in 1..<checks {
            timeline.wait(until: closedOn + check * DemoLifecycle.followUpInterval)
            timeline.add(.followUpCheck, propertyFound: false)
        }
        timeline.wait(until: closedOn + checks * DemoLifecycle.followUpInterval)
        timeline.findInFollowUpCheck(asset(&random))
        timeline.wait(3...30, &random)
        timeline.add(.restored)
    }

    /// Days between follow-up checks after 终本 (Art.9: every six months): 179, two days short of the
    /// shortest six calendar months (181), so that no two checks are more than six months apart even
    /// when one of them is moved off a weekend.
    static let followUpInterval = 179
}
