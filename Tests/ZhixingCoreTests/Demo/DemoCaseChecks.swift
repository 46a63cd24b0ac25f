import Foundation
@testable import ZhixingCore

/// What the tests of the demo generator look at: a window of dates, and every rule a generated case
/// must keep, written out as a list of broken rules (empty when the case is sound).
enum DemoFixture {
    static let from = LocalDate(year: 2022, month: 1, day: 1) ?? LocalDate(dayNumber: 0)
    static let to = LocalDate(year: 2025, month: 6, day: 30) ?? LocalDate(dayNumber: 0)
    static let courts = DemoCourt.samples

    static func cases(_ count: Int, seed: UInt64 = 20_250_630) -> [DemoCase] {
        DemoCaseGenerator(seed: seed).cases(count: count, courts: courts, from: from, to: to)
    }
}

enum DemoCaseChecks {
    static let closures: Set<DemoEventKind> = [.closedFullyPerformed, .closedCurrentProcedureTerminated, .closedTerminated]

    /// The rules every generated case keeps, whatever its stage; then those of its stage.
    static func violations(_ demo: DemoCase, to: LocalDate) -> [String] {
        var problems: [String] = []
        func require(_ condition: Bool, _ message: String) { if !condition { problems.append(message) } }
        let events = demo.events
        let kinds = events.map(\.kind)
        func sum(_ kind: DemoEventKind) -> Int64 { events.filter { $0.kind == kind }.reduce(0) { $0 + ($1.amount?.fen ?? 0) } }
        func date(of kind: DemoEventKind) -> LocalDate? { events.first { $0.kind == kind }?.date }

        require(events.first?.kind == .filed && events.first?.date == demo.filedOn, "starts with filing on the filing date")
        require(kinds.filter { $0 == .filed }.count == 1, "filed once")
        require(zip(events, events.dropFirst()).allSatisfy { $0.date <= $1.date }, "events in date order")
        require(events.allSatisfy { $0.date >= demo.filedOn && $0.date <= to }, "events between filing and `to`")
        require(demo.basis.effectiveOn < demo.filedOn, "basis effective before filing")
        require(demo.amountApplied.isPositive && demo.amountApplied <= demo.basis.amountAwarded, "0 < applied ≤ awarded")
        require(!demo.applicants.isEmpty && !demo.debtors.isEmpty, "parties on both sides")

        // Assets: each found once (by an inquiry's assetFound, or after 终本 by the follow-up check that
        // found it), controlled only after it was found.
        for (position, event) in events.enumerated() {
            let needsAsset = event.kind == .assetFound || event.kind == .measureTaken
                || (event.kind == .followUpCheck && event.propertyFound == true)
            require(needsAsset == (event.assetIndex != nil), "\(event.kind) has an asset index iff it concerns an asset")
            if let index = event.assetIndex {
                require(demo.assets.indices.contains(index), "asset index in range")
                if event.kind == .measureTaken {
                    require(events.prefix(position).contains { $0.kind == .assetFound && $0.assetIndex == index }, "measure after finding")
                }
            }
            let needsAmount: Set<DemoEventKind> = [.paymentReceived, .paymentDisbursed, .settlementAgreed]
            require(needsAmount.contains(event.kind) == (event.amount != nil), "\(event.kind) has an amount iff it moves money")
            if let amount = event.amount { require(amount.isPositive, "positive amounts") }
            let needsFound: Set<DemoEventKind> = [.propertyInquiry, .followUpCheck]
            require(needsFound.contains(event.kind) == (event.propertyFound != nil), "\(event.kind) says whether property was found")
        }
        for index in demo.assets.indices {
            require(events.filter { ($0.kind == .assetFound || $0.kind == .followUpCheck) && $0.assetIndex == index }.count == 1,
                    "asset \(index) found once")
        }
        require(demo.assets.allSatisfy { $0.estimatedValue.isPositive }, "assets have a value")

        // Money: never more paid out than received, never more received than applied for.
        var received: Int64 = 0, disbursed: Int64 = 0
        for event in events {
            if event.kind == .paymentReceived { received += event.amount?.fen ?? 0 }
            if event.kind == .paymentDisbursed { disbursed += event.amount?.fen ?? 0 }
            require(disbursed <= received, "disbursed only what was received")
        }
        require(received <= demo.amountApplied.fen, "received no more than applied for")

        // Closure.
        let closureEvents = events.filter { closures.contains($0.kind) }
        require(closureEvents.count == (demo.stage.isClosed ? 1 : 0), "one closure iff closed")
        if let closure = closureEvents.first {
            let after = events.drop { $0 != closure }.dropFirst().map(\.kind)
            let allowedAfter: Set<DemoEventKind> = closure.kind == .closedCurrentProcedureTerminated ? [.followUpCheck, .assetFound, .restored] : []
            require(after.allSatisfy(allowedAfter.contains), "only follow-up checks and restoration after closure")
        }

        switch demo.stage {
        case .filed:
            require(Set(kinds).isSubset(of: [.filed, .handlerAssigned]), "filed: nothing but filing and assignment")
        case .noticeServed:
            require(kinds.contains(.enforcementNoticeServed) && kinds.contains(.propertyReportOrderServed), "notices served")
            require(!kinds.contains(.propertyInquiry), "noticeServed: no inquiry yet")
        case .investigating:
            require(kinds.contains(.propertyInquiry), "investigating: inquired")
            require(!kinds.contains(.measureTaken) && received == 0, "investigating: no measures, no money")
        case .measuresTaken:
            require(kinds.contains(.measureTaken) && received == 0, "measuresTaken: a measure, no money yet")
        case .partlyPaid:
            require(received > 0 && received < demo.amountApplied.fen, "partlyPaid: some but not all received")
        case .settlement:
            require(kinds.contains(.settlementAgreed) && !kinds.contains(.settlementPerformed), "settlement: agreed, not yet performed")
            require(received < sum(.settlementAgreed), "settlement: instalments outstanding")
        case .suspended:
            require(kinds.last == .suspended, "suspended: suspension is the last event")
        case .closedFullyPerformed:
            require(received == demo.amountApplied.fen && disbursed == received, "fully performed: all received and paid out")
            require(kinds.last == .closedFullyPerformed, "fully performed: closure last")
        case .closedCurrentProcedureTerminated, .restored:
            problems += currentProcedureViolations(demo)
        case .closedTerminated:
            require(kinds.last == .closedTerminated, "terminated: closure last")
        }
        if demo.stage != .closedCurrentProcedureTerminated && demo.stage != .restored {
            require(!kinds.contains(.followUpCheck) && !kinds.contains(.restored), "follow-ups only after 终本")
        }
        return problems
    }

    /// 终本 (2016 Provisions Art.1, 9) and, for restored cases, what came after.
    static func currentProcedureViolations(_ demo: DemoCase) -> [String] {
        var problems: [String] = []
        func require(_ condition: Bool, _ message: String) { if !condition { problems.append(message) } }
        guard let closure = demo.events.firstIndex(where: { $0.kind == .closedCurrentProcedureTerminated }) else {
            return ["终本: closed by 终本"]
        }
        let before = demo.events[..<closure], after = demo.events[(closure + 1)...]
        let closedOn = demo.events[closure].date
        let kindsBefore = Set(before.map(\.kind))
        require(kindsBefore.isSuperset(of: [.enforcementNoticeServed, .propertyReportOrderServed, .consumptionRestricted, .applicantHeard]),
                "终本: notices, consumption restriction and hearing before closure")
        let inquiries = before.filter { $0.kind == .propertyInquiry }
        require(!inquiries.isEmpty && inquiries.allSatisfy { $0.propertyFound == false }, "终本: inquiries found nothing")
        require(!kindsBefore.contains(.paymentReceived) && !kindsBefore.contains(.assetFound), "终本: no property, no money")
        require(closedOn > demo.filedOn.adding(months: 3), "终本: more than three months after filing")
        let checks = after.filter { $0.kind == .followUpCheck }
        var previous = closedOn
        for check in checks {
            require(check.date <= previous.adding(months: 6), "follow-up checks at most six months apart")
            previous = check.date
        }
        if demo.stage == .restored {
            require(after.last?.kind == .restored, "restored: restoration last")
            require(checks.last?.propertyFound == true && checks.dropLast().allSatisfy { $0.propertyFound == false },
                    "restored: the last check found property")
            require(checks.last?.assetIndex != nil, "restored: the property recorded with the check that found it")
            require(!after.contains { $0.kind == .assetFound }, "restored: no act on the closed case")
        } else {
            require(checks.allSatisfy { $0.propertyFound == false }, "终本: checks found nothing")
            require(after.allSatisfy { $0.kind == .followUpCheck }, "终本: only checks after closure")
        }
        return problems
    }
}
