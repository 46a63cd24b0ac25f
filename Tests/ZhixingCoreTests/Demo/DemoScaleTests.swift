import Foundation
import Testing
@testable import ZhixingCore

@Test func demoScale_tenThousandCases_streamed_allIdentitiesValid() throws {
    let generator = DemoCaseGenerator(seed: 1_000_000)
    var parties = 0
    // Indices spread over a million, as a bulk seeder streaming them would ask for.
    for step in 0..<10_000 {
        let demo = generator.makeCase(index: step * 100 + step % 100, courts: DemoFixture.courts,
                                      from: DemoFixture.from, to: DemoFixture.to)
        for party in demo.applicants + demo.debtors {
            parties += 1
            if let number = party.identityNumber { _ = try ResidentID(parsing: number) }
            if let code = party.creditCode { _ = try CreditCode(parsing: code) }
            #expect((party.identityNumber == nil) != (party.creditCode == nil))
        }
    }
    #expect(parties > 10_000)
}

@Test func demoScale_lastOfAMillion_withoutTheOthers() {
    let generator = DemoCaseGenerator(seed: 9)
    let last = generator.makeCase(index: 999_999, courts: DemoFixture.courts, from: DemoFixture.from, to: DemoFixture.to)
    #expect(last == generator.makeCase(index: 999_999, courts: DemoFixture.courts, from: DemoFixture.from, to: DemoFixture.to))
    #expect(DemoCaseChecks.violations(last, to: DemoFixture.to).isEmpty)
}
