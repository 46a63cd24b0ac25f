import Testing
@testable import ZhixingCore

// Every time limit of the compensation rule set on its last day, the day before and the day after.

// MARK: - State Compensation Law Art.39 para.1 with Interpretation [2022] No.3 Art.5 para.2: two years

@Test("SCL Art.39: enforcement ended 2023-06-30, two years end Mon 2025-06-30 — claims of 06-27 and 06-30 in time, 07-01 out of time")
func scl39_para1_twoYears_lastDayInTime() throws {
    func inTime(_ filed: String) throws -> Bool? {
        try compDecide(compWith(compBaseFacts(), [("claim.filedOn", filed), ("asOf", "2025-07-10")])).admissibility.limitation?.inTime
    }
    #expect(try inTime("2025-06-27") == true)
    #expect(try inTime("2025-06-30") == true)
    #expect(try inTime("2025-07-01") == false)
}

// MARK: - SCL Art.39 para.2: suspension only inside the last six months

@Test("SCL Art.39 para.2: the period ends 2023-08-01, its last six months begin 2023-02-02 — an obstacle on 02-01 does not suspend, one on 02-02 suspends a day")
func scl39_para2_lastSixMonths_firstDayOfTheWindow() throws {
    let base = compWith(compBaseFacts(), [
        ("enforcement.endedOn", "2021-06-30"), ("limitation.knewOn", "2021-08-01"), ("claim.filedOn", "2023-07-20"),
        ("asOf", "2023-10-10"),
    ])
    func due(obstacleOn day: String) throws -> LocalDate? {
        try compDecide(compWith(base, "limitation.obstacles", [["from": day, "to": day, "description": "重病住院"] as CompJSON]))
            .admissibility.limitation?.deadline.dueDate
    }
    #expect(try compDecide(base).admissibility.limitation?.deadline.dueDate == compDay("2023-08-01"))
    #expect(try due(obstacleOn: "2023-01-31") == compDay("2023-08-01"))
    #expect(try due(obstacleOn: "2023-02-01") == compDay("2023-08-01"))
    #expect(try due(obstacleOn: "2023-02-02") == compDay("2023-08-02"))
}

// MARK: - Interpretation [2022] No.3 Art.5 para.1 item 3: more than five years since filing

@Test("Art.5 item 3: enforcement filed 2020-04-15, five years end 2025-04-15 — claims of 04-14 and 04-15 not yet \"more than five years\", 04-16 is")
func art5_item3_fiveYears_lastDayNotMore() throws {
    func admissible(_ filed: String) throws -> Bool {
        try compDecide(compWith(compBaseFacts(), [
            ("enforcement.status", "currentProcedureTerminated"), ("enforcement.endedOn", nil),
            ("enforcement.currentProcedureTerminatedOn", "2021-01-20"), ("claim.filedOn", filed), ("asOf", "2025-06-30"),
            ("claim.earlyClaimGrounds", ["debtorHasNoPropertyForEnforcement": true, "cannotBeRemediedInProceedings": true] as CompJSON),
        ])).admissibility.admissible
    }
    #expect(try !admissible("2025-04-14"))
    #expect(try !admissible("2025-04-15"))
    #expect(try admissible("2025-04-16"))
}
