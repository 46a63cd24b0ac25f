/// The stages of a case still being enforced.
extension DemoLifecycle {
    /// 财产调查: an inquiry; found property is recorded but not yet controlled. Nothing found: the
    /// court may restrict consumption and, for a debtor who did not report, list as dishonest.
    func investigate(_ timeline: inout DemoTimeline, _ random: inout DemoRandom) {
        timeline.open(&random)
        let found = random.chance(55)
        timeline.inquire(found: found, &random)
        if found {
            for _ in 0..<random.int(in: 1...2) {
                let found = asset(&random)
                timeline.find(found, &random)
            }
        } else {
            if random.chance(40) {
                timeline.wait(3...20, &random)
                timeline.add(.consumptionRestricted)
                if random.chance(25) {
                    timeline.wait(0...20, &random)
                    timeline.add(.listedDishonest)
                }
            }
            if random.chance(30) { timeline.inquire(found: false, &random) }
        }
    }

    /// 控制措施: property found and frozen, sealed or seized.
    func takeMeasures(_ timeline: inout DemoTimeline, _ random: inout DemoRandom) {
        timeline.open(&random)
        if random.chance(20) {
            timeline.inquire(found: false, &random)
            timeline.wait(20...60, &random)
        }
        timeline.inquire(found: true, &random)
        let count = random.weighted([0, 60, 30, 10])
        var indices: [Int] = []
        for _ in 0..<count {
            let found = asset(&random)
            indices.append(timeline.find(found, &random))
        }
        for index in indices where index == 0 || random.chance(85) { timeline.control(index, &random) }
        if random.chance(25) {
            timeline.wait(5...30, &random)
            timeline.add(.consumptionRestricted)
        }
        if random.chance(5) { timeline.interlude(&random) }
    }

    /// 部分履行: some money received (paid voluntarily or deducted from a frozen account), most of it
    /// already paid out; the rest outstanding.
    func payPartly(_ timeline: inout DemoTimeline, _ random: inout DemoRandom) {
        timeline.open(&random)
        let total = DemoAmounts.share(amountApplied, percent: random.int(in: 5...90))
        let parts = DemoAmounts.split(total, into: random.weighted([0, 50, 35, 15]), random: &random)
        if random.chance(60) {
            timeline.inquire(found: true, &random)
            let account = asset(atLeast: parts[0], kind: .bankDeposit, &random)
            let deposit = timeline.find(account, &random)
            timeline.control(deposit, &random)
            if random.chance(8) { timeline.interlude(&random) }
            timeline.wait(5...30, &random)
        } else {
            timeline.wait(3...30, &random)
        }
        for (number, part) in parts.enumerated() {
            if number > 0 { timeline.wait(15...60, &random) }
            timeline.receive(part, disburse: number < parts.count - 1 || random.chance(60), &random)
        }
    }

    /// 执行和解: an agreement to pay by instalments, some of them paid.
    func settle(_ timeline: inout DemoTimeline, _ random: inout DemoRandom) {
        timeline.open(&random)
        if random.chance(50) {
            let found = random.chance(50)
            timeline.inquire(found: found, &random)
            if found {
                let property = asset(&random)
                let index = timeline.find(property, &random)
                timeline.control(index, &random)
            }
        }
        timeline.wait(5...40, &random)
        let agreed = DemoAmounts.share(amountApplied, percent: random.pick([70, 80, 85, 90, 95, 100, 100, 100]))
        timeline.add(.settlementAgreed, amount: agreed)
        let instalments = DemoAmounts.split(agreed, into: random.int(in: 3...12), random: &random)
        let paid = random.int(below: instalments.count)
        for instalment in instalments.prefix(paid) {
            timeline.wait(25...35, &random)
            timeline.receive(instalment, disburse: true, &random)
        }
    }

    /// 中止执行: e.g. a third party's objection, the debtor's bankruptcy or death pending succession.
    func suspend(_ timeline: inout DemoTimeline, _ random: inout DemoRandom) {
        timeline.open(&random)
        let found = random.chance(40)
        timeline.inquire(found: found, &random)
        if found {
            let property = asset(&random)
            let index = timeline.find(property, &random)
            timeline.control(index, &random)
        }
        timeline.wait(10...90, &random)
        timeline.add(.suspended)
    }
}
