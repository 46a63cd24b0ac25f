import Foundation
import Testing
@testable import ZhixingCore

/// The worked example `Resources/RuleExamples/enforcement.json`: a case mid-way — filed, notices served, the
/// debtor's report, a freeze of its deposit, a payment received and paid out, the applicant's clue checked.
@Suite("Enforcement: the worked example")
struct EnforcementExampleTests {
    private func example() throws -> EnforcementFacts {
        let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        let file = here.appendingPathComponent("../../../Resources/RuleExamples/enforcement.json").standardizedFileURL
        return try JSONFacts.decode(EnforcementFacts.self, from: Data(contentsOf: file))
    }

    private func decide() throws -> EnforcementAssessment {
        try EnforcementRules.decide(try example(), context: RuleContext(calendar: try enfCalendar()))
    }

    @Test func example_midWayCase_activeWithEveryTimeLimitMet() throws {
        let decision = try decide()
        #expect(decision.status == .active)
        #expect(decision.closure == nil)
        #expect(decision.filing.mayFile)
        #expect(decision.overdue.isEmpty)

        // 6 months from 2025-03-03; the handler, notice, report order, investigation, clue and payment all in time.
        #expect(decision.deadline("conclusion")?.dueDate == enfDay("2025-09-03"))
        #expect(decision.deadline("conclusion")?.state == .running)
        for duty in ["handlerAssignment", "enforcementNotice", "propertyReportOrder", "investigation", "clueVerification.1",
                     "clueVerificationInternal.1", "disbursement.1"] {
            #expect(decision.deadline(duty)?.state == .met, "\(duty)")
        }
        #expect(decision.deadline("disbursement.1")?.dueDate == enfDay("2025-05-12"))

        // The freeze of the deposit: one year from 2025-03-14, ending on a Saturday, not moved.
        let freeze = try #require(decision.measures.first)
        #expect(freeze.id == "FZ-2025-0314-01")
        #expect(freeze.state == .inForce)
        #expect(freeze.expiresOn == enfDay("2026-03-14"))
        #expect(freeze.lastWorkingDayToRenew == enfDay("2026-03-13"))

        // Money: ¥120,000.00 received and paid out; ¥230,000.00 outstanding.
        #expect(decision.amounts.received == enfMoney("120000.00"))
        #expect(decision.amounts.disbursed == enfMoney("120000.00"))
        #expect(decision.amounts.outstanding == enfMoney("230000.00"))
        #expect(decision.amounts.undisbursed == .zero)

        // 终本 not yet: no consumption restriction, the applicant not heard.
        #expect(!decision.terminationChecklist.allowed)
        #expect(decision.terminationChecklist.missing == ["art1_item2_consumptionRestriction", "art5_applicantHeard"])
        #expect(decision.terminationChecklist.item("art1_item4_threeMonths")?.state == .satisfied)
        #expect(decision.followUpChecks.isEmpty)

        // What may come next.
        #expect(decision.allowedNext.contains(.consumptionRestricted))
        #expect(decision.allowedNext.contains(.measureRenewed))
        #expect(!decision.allowedNext.contains(.closedFullyPerformed))
        #expect(!decision.allowedNext.contains(.closedCurrentProcedureTerminated))
        #expect(!decision.allowedNext.contains(.paymentDisbursed))
        #expect(!decision.allowedNext.contains(.resumed))
    }

    @Test func example_everyReasonCarriesAnArticleAndBothLanguages() throws {
        let data = try JSONEncoder().encode(try decide())
        var count = 0
        func visit(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                if let article = dictionary["article"] as? String, let message = dictionary["message"] as? [String: Any] {
                    count += 1
                    #expect(!article.isEmpty)
                    #expect((message["zh"] as? String)?.isEmpty == false)
                    #expect((message["en"] as? String)?.isEmpty == false)
                }
                dictionary.values.forEach(visit)
            } else if let array = value as? [Any] {
                array.forEach(visit)
            }
        }
        visit(try JSONSerialization.jsonObject(with: data))
        #expect(count > 40)
    }

    @Test func example_isDeterministic() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(try decide()) == encoder.encode(try decide()))
    }

    @Test func example_continued_restrictHearAndClose() throws {
        // The court goes on: consumption restricted, the applicant heard, 终本 on 2025-07-10.
        let facts = try example()
        let more = facts.events + [enfEvent(.consumptionRestricted, "2025-06-25"), enfEvent(.applicantHeard, "2025-07-08")]
        let ready = enfWith(facts, events: more, asOf: "2025-07-10")
        #expect(try enfRefusal(enfEvent(.closedCurrentProcedureTerminated, "2025-07-10"), after: ready) == nil)
        let closed = try enfAssess(enfWith(facts, events: more + [enfEvent(.closedCurrentProcedureTerminated, "2025-07-10")], asOf: "2025-07-11"))
        #expect(closed.status == .closed)
        #expect(closed.followUpChecks.first?.dueDate == enfDay("2026-01-12"))
        // The freeze stays after 终本.
        #expect(closed.measures.first?.state == .inForce)
    }
}
