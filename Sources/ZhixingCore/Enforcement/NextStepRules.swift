/// Where a case is on its way (the stepper of the case page), the step most likely to come next, and what
/// the law warns about before an event is recorded (closing with money in the case account, with measures
/// still in force; a freeze beyond what the case needs).
///
/// Stages: 立案 → 执行通知 → 财产调查与控制 → 处置与执行款 → 结案. They summarise the events; they decide
/// nothing (the lifecycle's `allowedNext` does).
public enum CaseStage: String, Sendable, Hashable, Codable, CaseIterable {
    /// 立案: filed, nothing served yet.
    case filed
    /// 执行通知: the enforcement notice is served (CPL 2023 Art.251).
    case noticeServed
    /// 财产调查与控制: inquiries, property found, measures, restrictions (CPL 2023 Art.252-253, 255).
    case investigation
    /// 处置与执行款: money received or a settlement being performed.
    case disposal
    /// 结案
    case closed
}

/// The step the page preselects, and why.
public struct NextStep: Sendable, Encodable {
    public let kind: EnforcementEventKind
    public let reasons: [Reason]
}

enum NextStepRules {
    static func stage(_ history: EnforcementHistory) -> CaseStage {
        if history.isClosed { return .closed }
        if history.received.isPositive || history.settlementEverAgreed { return .disposal }
        let investigating: Set<EnforcementEventKind> = [
            .propertyReported, .propertyCluesGiven, .propertyInquiry, .assetFound, .measureTaken, .consumptionRestricted,
            .listedDishonest, .debtorSearched, .obstructionSanctioned,
        ]
        if history.events.contains(where: { investigating.contains($0.kind) }) { return .investigation }
        if history.first(.enforcementNoticeServed) != nil { return .noticeServed }
        return .filed
    }

    /// The likely next step among `allowed`: the first of these, in order, that the lifecycle allows and that
    /// the case has not done yet. `nil` when none fits (the page then preselects nothing in particular).
    static func likely(_ history: EnforcementHistory, allowed: [EnforcementEventKind], followUps: [FollowUpCheck],
                       measures: [MeasureStatus], checklist: TerminationChecklist) -> NextStep? {
        let allowed = Set(allowed)
        func done(_ kind: EnforcementEventKind) -> Bool { history.first(kind) != nil }
        var candidates: [(EnforcementEventKind, Bool, Reason)] = []
        func add(_ kind: EnforcementEventKind, when condition: Bool, _ citations: [Citation], _ zh: String, _ en: String) {
            candidates.append((kind, condition, .enforcement(citations, zh, en)))
        }
        add(.resumed, when: history.suspendedSince != nil, [EnforcementArticles.cpl(267)],
            "案件中止执行：中止的情形消失后，恢复执行", "The case is suspended: once the ground ends, enforcement resumes")
        add(.followUpCheck, when: followUps.contains { $0.state == .due || $0.state == .overdue },
            [EnforcementArticles.termination(9, para: 2)],
            "终本后每六个月通过网络执行查控系统查询一次被执行人的财产，本期查询到期",
            "After 终本 the debtor's property is searched every six months; this period's search is due")
        add(.handlerAssigned, when: !done(.handlerAssigned), [EnforcementArticles.timeLimits(2)],
            "立案后应当确定承办人", "A handler is fixed once the case is filed")
        add(.enforcementNoticeServed, when: !done(.enforcementNoticeServed), [EnforcementArticles.cpl(251)],
            "执行员接到申请执行书后，应当向被执行人发出执行通知", "On receiving the application the enforcement officer serves the enforcement notice on the debtor")
        add(.propertyReportOrderServed, when: !done(.propertyReportOrderServed), [EnforcementArticles.cpl(252)],
            "被执行人未按执行通知履行的，应当报告当前以及收到执行通知之日前一年的财产情况",
            "A debtor who does not perform under the notice must report current property and that of the year before the notice")
        // Funds Management Provisions 2017 (法发〔2017〕6号): money in the case account is paid out to the applicant
        // promptly. RULES.md names the instrument and the local periods (5 to 30 days), not an article number.
        add(.paymentDisbursed, when: history.undisbursed.isPositive, [EnforcementArticles.fundsManagement],
            "案款 \(history.undisbursed.formatted) 已到账尚未发放：执行款应当及时发放给申请执行人",
            "\(history.undisbursed.formatted) is in the case account: enforcement money is paid out to the applicant promptly")
        add(.closedFullyPerformed, when: history.received.isPositive && !history.outstanding.isPositive, [EnforcementArticles.lifecycle],
            "申请执行的金额已全部到账：可以以“执行完毕”结案", "The whole sum applied for has been received: the case may be closed as fully performed")
        add(.measureRenewed, when: measures.contains(where: \.inRenewalWindow), [EnforcementArticles.cplInterpretation(485, para: 2)],
            "有措施进入续行期：期限届满前办理续行手续", "A measure is in its renewal window: renew it before it ends")
        add(.propertyInquiry, when: !done(.propertyInquiry), [EnforcementArticles.cpl(253)],
            "通过网络执行查控系统查询被执行人的存款、不动产、车辆、证券等财产", "Search the debtor's deposits, real estate, vehicles, securities and other property")
        let lastFound = history.events(.assetFound).last?.date
        let lastTaken = history.events(.measureTaken).last?.date
        add(.measureTaken, when: lastFound.map { found in lastTaken.map { $0 < found } ?? true } ?? false, [EnforcementArticles.cpl(253)],
            "已发现财产，尚未控制：查封、扣押、冻结", "Property was found and is not controlled yet: freeze, seal or seize it")
        add(.closedCurrentProcedureTerminated, when: checklist.applicable && checklist.allowed && !history.isClosed,
            [EnforcementArticles.termination(1)],
            "终结本次执行程序的条件均已具备", "All the conditions for terminating the current procedure hold")
        guard let pick = candidates.first(where: { $0.1 && allowed.contains($0.0) }) else { return nil }
        return NextStep(kind: pick.0, reasons: [pick.2])
    }

    /// What the law warns about before `next` is recorded on `history` (it may be recorded; the user is told
    /// first). Empty when nothing needs saying.
    static func warnings(before next: EnforcementEvent, history: EnforcementHistory) -> [Reason] {
        var warnings: [Reason] = []
        let live = history.measures.filter {
            [.inForce, .waiting].contains(MeasureRules.state($0, on: next.date, calendar: history.calendar))
        }
        func names(_ records: [MeasureRecord]) -> (zh: String, en: String) {
            (records.map { "\($0.kind.zhName)\($0.asset.zhName)（\($0.id)）" }.joined(separator: "、"),
             records.map { "\($0.kind.rawValue) of \($0.asset.enName) (\($0.id))" }.joined(separator: ", "))
        }
        if next.kind.isClosure {
            if history.undisbursed.isPositive {
                // Funds Management Provisions 2017 (法发〔2017〕6号): one account per case, the money paid out to the
                // applicant. Neither the seeds nor RULES.md give the article number, so the instrument is cited whole.
                warnings.append(.enforcement([EnforcementArticles.fundsManagement],
                    "案款账户中尚有 \(history.undisbursed.formatted) 未发放（到账 \(history.received.formatted)，已发放 \(history.disbursed.formatted)）：执行款应当发放给申请执行人（多余部分退还被执行人）后再结案",
                    "\(history.undisbursed.formatted) is still in the case account (received \(history.received.formatted), paid out \(history.disbursed.formatted)): enforcement money is paid out to the applicant (any surplus returned to the debtor) before the case is closed"))
            }
            if !live.isEmpty {
                let (zh, en) = names(live)
                switch next.kind {
                case .closedCurrentProcedureTerminated:
                    // After 终本 the measures stay and are renewed before they end (CPL Interpretation 2022 Art.485
                    // para.2). The seeds and RULES.md give no article saying in terms that they survive 终本.
                    warnings.append(.enforcement([EnforcementArticles.cplInterpretation(485, para: 2)],
                        "以下措施仍在效力期内，终本后继续有效：\(zh)；期限届满前仍须办理续行手续",
                        "These measures are still in force and stay so after 终本: \(en); they must still be renewed before they end"))
                case .closedEntrusted:
                    break // The entrusted court's case takes the measures over (Entrusted Enforcement Provisions 2011 Art.2 para.1).
                default:
                    warnings.append(.enforcement([EnforcementArticles.sealing(28)],
                        "以下措施仍在效力期内：\(zh)；债务已经清偿或者执行已经终结的，应当裁定解除查封、扣押、冻结并通知协助执行的单位",
                        "These measures are still in force: \(en); where the debt is paid or enforcement has ended, they are lifted by ruling and the assisting bodies notified"))
                }
            }
        }
        if next.kind == .measureLifted, let id = next.measure?.id, let record = history.measure(id),
           record.liftedOn == nil, record.rank == .first, !history.isClosed, history.outstanding.isPositive {
            warnings.append(.enforcement([EnforcementArticles.sealing(26, para: 1)],
                "解除后，\(record.kind.zhName)\(record.asset.zhName)（\(id)）不再受本案控制；登记在先的轮候措施自动生效，本案再采取措施只能轮候。尚有 \(history.outstanding.formatted) 未执行到位",
                "Once lifted, \(record.kind.rawValue) of \(record.asset.enName) (\(id)) no longer binds for this case; the earliest waiting-list measure takes effect, and a new measure here would have to wait behind it. \(history.outstanding.formatted) is still outstanding"))
        }
        if next.kind == .measureTaken, let measure = next.measure,
           let excess = MeasureRules.amountBeyondNeed(measure.amount, outstanding: history.outstanding) {
            warnings.append(excess)
        }
        return warnings
    }
}

extension EnforcementRules {
    /// What the law warns about before `next` is recorded after the case's events: closing with money in the
    /// case account or with measures in force, lifting a first seal while money is owed, freezing more than is
    /// owed. Pages show these before the one confirmation; the API returns them with the write.
    public static func warnings(before next: EnforcementEvent, after facts: EnforcementFacts, calendar: StatutoryCalendar) -> [Reason] {
        NextStepRules.warnings(before: next, history: EnforcementHistory.replay(facts, calendar: calendar))
    }
}
