/// Which event may come next in which state (the lifecycle of issue #4, item 3). Refusals carry a stable
/// code and the article, or `Zhixing lifecycle` for plain logic (an event cannot precede the one before it).
enum EnforcementLifecycle {
    /// What may be done while a case is suspended (中止执行): the measures already taken are kept and may be
    /// renewed or lifted, money may come in and be paid out, the parties may settle, the case may be resumed or
    /// closed. No new enforcement act is taken until enforcement resumes (CPL 2023 Art.267).
    static let allowedWhileSuspended: Set<EnforcementEventKind> = [
        .handlerAssigned, .propertyCluesGiven, .measureRenewed, .measureLifted, .paymentReceived, .paymentDisbursed,
        .applicantHeard, .settlementAgreed, .settlementPerformed, .settlementBreached, .resumed,
        .closedFullyPerformed, .closedTerminated, .closedDismissed,
    ]

    /// Why `event` may not be recorded next on `history`, if it may not: dates, payload, then state.
    /// `asOf`: events may not lie after it (`nil`: no bound).
    static func refusal(_ event: EnforcementEvent, history: EnforcementHistory, asOf: LocalDate?) -> ActionRefusal? {
        if let refusal = dateRefusal(event.date, history: history, asOf: asOf) { return refusal }
        if let refusal = classRefusal(event.kind, history: history) { return refusal }
        if let refusal = payloadRefusal(event, history: history) { return refusal }
        return stateRefusal(event.kind, on: event.date, history: history)
    }

    /// The kinds allowed next on `date`, payload aside.
    static func allowedNext(_ history: EnforcementHistory, on date: LocalDate) -> [EnforcementEventKind] {
        EnforcementEventKind.allCases.filter {
            dateRefusal(date, history: history, asOf: nil) == nil && classRefusal($0, history: history) == nil
                && stateRefusal($0, on: date, history: history) == nil
        }
    }

    // MARK: - Dates

    static func dateRefusal(_ date: LocalDate, history: EnforcementHistory, asOf: LocalDate?) -> ActionRefusal? {
        if let last = history.lastDate, date < last {
            return ActionRefusal(code: "event.date_out_of_order", reasons: [.enforcement([EnforcementArticles.lifecycle],
                "事件日期 \(date.iso) 早于上一事件的日期 \(last.iso)；事件须按发生顺序记录",
                "The date \(date.iso) is before the previous event's, \(last.iso); events are recorded in the order they happened")])
        }
        if date < history.facts.filedOn {
            return ActionRefusal(code: "event.before_filing", reasons: [.enforcement([EnforcementArticles.lifecycle],
                "事件日期 \(date.iso) 早于立案日期 \(history.facts.filedOn.iso)",
                "The date \(date.iso) is before the filing date, \(history.facts.filedOn.iso)")])
        }
        if let asOf, date > asOf {
            return ActionRefusal(code: "event.in_future", reasons: [.enforcement([EnforcementArticles.lifecycle],
                "事件日期 \(date.iso) 晚于当前日期 \(asOf.iso)", "The date \(date.iso) is after today, \(asOf.iso)")])
        }
        return nil
    }

    // MARK: - Case type

    static func classRefusal(_ kind: EnforcementEventKind, history: EnforcementHistory) -> ActionRefusal? {
        let caseClass = history.caseClass
        if caseClass == .notEnforcement {
            return ActionRefusal(code: "case_type.not_enforcement", reasons: [.enforcement([EnforcementArticles.lifecycle],
                "\(history.facts.caseType.nameZh)不是执行案件，不适用执行案件的流程",
                "\(history.facts.caseType.nameEn) is not an enforcement case; the enforcement lifecycle does not apply")])
        }
        if !caseClass.knows(kind) {
            let adjudication = caseClass.isAdjudication
            return ActionRefusal(code: "lifecycle.not_for_case_type", reasons: [.enforcement(
                adjudication ? [EnforcementArticles.filingClosing(1), EnforcementArticles.outlineItem13] : [EnforcementArticles.lifecycle],
                adjudication
                    ? "\(history.facts.caseType.nameZh)属于执行审查类案件，只审查异议、复议等事项，不采取执行实施措施（\(kind.zhName)应在执行实施案件中进行）"
                    : "\(history.facts.caseType.nameZh)不适用“\(kind.zhName)”",
                adjudication
                    ? "\(history.facts.caseType.nameEn) is an adjudication case: it reviews the objection or reconsideration and takes no implementing act (\(kind.enName) belongs to the implementation case)"
                    : "\(kind.enName.prefix(1).uppercased() + kind.enName.dropFirst()) does not apply to \(history.facts.caseType.nameEn)")])
        }
        return nil
    }

    // MARK: - Payload

    static func payloadRefusal(_ event: EnforcementEvent, history: EnforcementHistory) -> ActionRefusal? {
        switch event.kind {
        case .paymentReceived, .paymentDisbursed:
            guard let amount = event.amount else {
                return ActionRefusal(code: "amount.missing", reasons: [.enforcement([EnforcementArticles.lifecycle],
                    "\(event.kind.zhName)须载明金额", "\(event.kind.enName.prefix(1).uppercased() + event.kind.enName.dropFirst()) must state the amount")])
            }
            guard amount.isPositive else {
                return ActionRefusal(code: "amount.not_positive", reasons: [.enforcement([EnforcementArticles.lifecycle],
                    "金额应当大于零：\(amount)", "The amount must be more than zero: \(amount)")])
            }
            if event.kind == .paymentDisbursed && amount > history.undisbursed {
                return ActionRefusal(code: "amount.disbursed_exceeds_received", reasons: [.enforcement(
                    [EnforcementArticles.fundsManagement, EnforcementArticles.lifecycle],
                    "发放金额 \(amount.formatted) 超过已到账未发放的执行款 \(history.undisbursed.formatted)（到账 \(history.received.formatted)，已发放 \(history.disbursed.formatted)）；执行款专款专付，不能发放未到账的款项",
                    "Paying out \(amount.formatted) exceeds the money received and not yet paid out, \(history.undisbursed.formatted) (received \(history.received.formatted), paid out \(history.disbursed.formatted)); enforcement money is paid out only from what came in")])
            }
            return nil
        case .measureTaken, .measureRenewed, .measureLifted:
            return MeasureRules.refusal(event, history: history)
        default:
            return nil
        }
    }

    // MARK: - State

    /// Why an event of `kind` may not come next on `date`, judged on the state of the case.
    static func stateRefusal(_ kind: EnforcementEventKind, on date: LocalDate, history: EnforcementHistory) -> ActionRefusal? {
        if kind == .filed {
            if !history.events.isEmpty {
                return ActionRefusal(code: "lifecycle.already_filed", reasons: [.enforcement([EnforcementArticles.lifecycle],
                    "案件已经立案；立案只能是第一个事件", "The case is already filed; filing can only be the first event")])
            }
            if date != history.facts.filedOn {
                return ActionRefusal(code: "lifecycle.filing_date", reasons: [.enforcement([EnforcementArticles.lifecycle],
                    "立案事件的日期应为立案日期 \(history.facts.filedOn.iso)", "The filing event must be dated on the filing date, \(history.facts.filedOn.iso)")])
            }
            return nil
        }
        if history.isClosed { return closedRefusal(kind, on: date, history: history) }
        switch kind {
        case .followUpCheck:
            return notTerminated(kind)
        case .restored:
            return ActionRefusal(code: "restore.not_closed", reasons: [.enforcement(
                [EnforcementArticles.filingClosing(6), EnforcementArticles.cpl(267)],
                "案件尚未结案：恢复执行（执恢）是对已结案件另行立案；中止执行的案件以“恢复执行（中止后）”继续",
                "The case is not closed: restoration (执恢) opens a new case after a closed one; a suspended case continues by resumption")])
        default:
            break
        }
        if let since = history.suspendedSince {
            if kind == .suspended {
                return ActionRefusal(code: "lifecycle.already_suspended", reasons: [.enforcement([EnforcementArticles.cpl(267)],
                    "案件已于 \(since.iso) 中止执行", "The case has been suspended since \(since.iso)")])
            }
            if !allowedWhileSuspended.contains(kind) {
                return ActionRefusal(code: "lifecycle.suspended", reasons: [.enforcement([EnforcementArticles.cpl(267)],
                    "案件自 \(since.iso) 起中止执行：中止期间不得采取新的执行措施（\(kind.zhName)），已采取的控制措施可以续行或者解除；中止的情形消失后，应当恢复执行",
                    "The case has been suspended since \(since.iso): no new enforcement act (\(kind.enName)) is taken while it is suspended; measures already taken may be renewed or lifted. Enforcement resumes when the ground for suspension ends")])
            }
        } else if kind == .resumed {
            return ActionRefusal(code: "lifecycle.not_suspended", reasons: [.enforcement([EnforcementArticles.cpl(267)],
                "案件未中止执行，无从恢复", "The case is not suspended, so there is nothing to resume")])
        }
        switch kind {
        case .propertyReported:
            if history.first(.propertyReportOrderServed) == nil {
                return ActionRefusal(code: "lifecycle.no_report_order", reasons: [.enforcement(
                    [EnforcementArticles.propertyInvestigation(3, para: 1), EnforcementArticles.termination(2, item: 1)],
                    "尚未向被执行人发出报告财产令：被执行人依报告财产令报告财产",
                    "No property report order has been served: the debtor reports property under the order")])
            }
        case .settlementPerformed, .settlementBreached:
            if !history.settlementPending {
                return ActionRefusal(code: "settlement.none_pending", reasons: [.enforcement([EnforcementArticles.settlement(9)],
                    "没有正在履行的执行和解协议", "There is no settlement agreement being performed")])
            }
        case .paymentDisbursed:
            if !history.undisbursed.isPositive { return nothingToDisburse(history) }
        case .measureRenewed:
            if !history.measures.contains(where: { MeasureRules.state($0, on: date, calendar: history.calendar) == .inForce }) {
                return noMeasure(renewal: true)
            }
        case .measureLifted:
            if !history.measures.contains(where: { [.inForce, .waiting].contains(MeasureRules.state($0, on: date, calendar: history.calendar)) }) {
                return noMeasure(renewal: false)
            }
        case .closedFullyPerformed:
            if history.outstanding.isPositive && !history.settlementPerformed {
                return ActionRefusal(code: "closure.outstanding", reasons: [.enforcement(
                    [EnforcementArticles.settlement(8), EnforcementArticles.lifecycle],
                    "尚有 \(history.outstanding.formatted) 未执行到位（申请执行 \(history.facts.amountApplied.formatted)，到账 \(history.received.formatted)）：生效法律文书确定的义务全部履行完毕，或者执行和解协议履行完毕的，才能以“执行完毕”结案",
                    "\(history.outstanding.formatted) is still outstanding (applied \(history.facts.amountApplied.formatted), received \(history.received.formatted)): a case is closed as fully performed only when the obligations are performed in full or a settlement agreement has been performed")])
            }
        case .closedEntrusted:
            // Entrusted Enforcement Provisions 2011 Art.2 para.1: closed as entrusted on receiving the entrusted
            // court's filing notice, not before.
            guard let entrustment = history.facts.entrustment else {
                return ActionRefusal(code: "entrustment.none", reasons: [.enforcement([EntrustmentRules.article(2, para: 1)],
                    "本案没有委托执行，不能委托结案", "The case has not been entrusted, so it cannot be closed as entrusted")])
            }
            guard let filed = entrustment.filedOn, date >= filed else {
                return ActionRefusal(code: "entrustment.not_filed", reasons: [.enforcement([EntrustmentRules.article(2, para: 1)],
                    "受托法院（\(entrustment.entrustedCourt)）尚未立案：委托法院收到受托法院的立案通知书后才作委托结案处理",
                    "The entrusted court (\(entrustment.entrustedCourt)) has not filed the case yet: the entrusting court closes as entrusted on receiving its filing notice")])
            }
        case .closedCurrentProcedureTerminated:
            let checklist = TerminationRules.checklist(history, on: date)
            if !checklist.allowed {
                let missing = checklist.items.filter { $0.state == .missing }
                return ActionRefusal(code: "termination.conditions_missing", reasons: [.enforcement(
                    [EnforcementArticles.termination(1), EnforcementArticles.cplInterpretation(517)],
                    "终结本次执行程序的条件尚不具备（缺 \(missing.count) 项）",
                    "The conditions for terminating the current procedure do not all hold (\(missing.count) missing)")]
                    + missing.flatMap { $0.reasons.prefix(1) })
            }
        default:
            break
        }
        return nil
    }

    /// What may follow the closure of a case.
    private static func closedRefusal(_ kind: EnforcementEventKind, on date: LocalDate, history: EnforcementHistory) -> ActionRefusal? {
        let closure = history.closure ?? .fullyPerformed
        let closedOn = history.closedOn?.iso ?? ""
        switch kind {
        case .followUpCheck:
            if closure != .currentProcedureTerminated { return notTerminated(kind) }
            if let restored = history.restoredOn {
                return ActionRefusal(code: "followup.restored", reasons: [.enforcement([EnforcementArticles.filingClosing(6, item: 3)],
                    "本案已于 \(restored.iso) 恢复执行（执恢），财产查询在恢复执行的案件中进行",
                    "Enforcement was restored on \(restored.iso); property inquiries belong to the restored case")])
            }
            return nil
        case .restored:
            return restorationRefusal(history)
        case .settlementBreached, .settlementPerformed:
            // A case closed after a settlement (e.g. the application withdrawn) still follows the settlement:
            // its breach grounds restoration, its performance bars it (Filing and Closing Opinions 2014 Art.6 item 2).
            if history.settlementPending { return nil }
            return ActionRefusal(code: "settlement.none_pending", reasons: [.enforcement([EnforcementArticles.settlement(9)],
                "没有正在履行的执行和解协议", "There is no settlement agreement being performed")])
        case .paymentDisbursed:
            return history.undisbursed.isPositive ? nil : nothingToDisburse(history)
        case .measureLifted:
            let liftable = history.measures.contains { [.inForce, .waiting].contains(MeasureRules.state($0, on: date, calendar: history.calendar)) }
            return liftable ? nil : noMeasure(renewal: false)
        case .measureRenewed:
            guard closure == .currentProcedureTerminated else { break }
            let renewable = history.measures.contains { MeasureRules.state($0, on: date, calendar: history.calendar) == .inForce }
            return renewable ? nil : noMeasure(renewal: true)
        default:
            break
        }
        return ActionRefusal(code: "lifecycle.closed", reasons: [.enforcement([EnforcementArticles.lifecycle],
            "案件已于 \(closedOn) 以“\(closure.zhName)”结案：结案后只能发放已到账的执行款、解除措施\(closure == .currentProcedureTerminated ? "、续行措施、定期查询财产" : "")、记录和解协议的履行或者不履行，或者恢复执行（另立执恢案件），不能再“\(kind.zhName)”",
            "The case was closed on \(closedOn) (\(closure.enName)): after closure only paying out money received, lifting measures\(closure == .currentProcedureTerminated ? ", renewing measures, follow-up property inquiries" : ""), recording the performance or breach of a settlement, or restoration (a new 执恢 case) may follow, not \(kind.enName)")])
    }

    /// Restoration (执恢) of a closed case: after 终本 (Filing and Closing Opinions 2014 Art.6 item 3;
    /// Termination Provisions 2016 Art.9), or after a settlement was breached (Art.6 item 2; CPL 2023 Art.241;
    /// Settlement Provisions 2018 Art.9). Never after a settlement was performed.
    static func restorationRefusal(_ history: EnforcementHistory) -> ActionRefusal? {
        if let restored = history.restoredOn {
            return ActionRefusal(code: "restore.already_restored", reasons: [.enforcement([EnforcementArticles.filingClosing(6)],
                "本案已于 \(restored.iso) 恢复执行，恢复执行的案件另行立案；再次恢复应当从该案件进行",
                "Enforcement was already restored on \(restored.iso) as a new case; any further restoration proceeds from that case")])
        }
        if history.closure == .currentProcedureTerminated { return nil }
        if history.settlementPerformed {
            return ActionRefusal(code: "restore.settlement_performed", reasons: [.enforcement(
                [EnforcementArticles.settlement(8), EnforcementArticles.cpl(241)],
                "执行和解协议已经履行完毕，人民法院作执行结案处理，不得恢复执行原生效法律文书",
                "The settlement agreement has been performed: the case is closed as performed and the original instrument may not be enforced again")])
        }
        if history.settlementBreachedOn != nil { return nil }
        return ActionRefusal(code: "restore.not_allowed", reasons: [.enforcement(
            [EnforcementArticles.filingClosing(6), EnforcementArticles.cpl(241)],
            "以“\(history.closure?.zhName ?? "")”结案的案件不能恢复执行：恢复执行限于终结本次执行程序后发现财产，或者一方不履行执行和解协议（或因受欺诈、胁迫达成和解）等情形",
            "A case closed by \(history.closure?.enName ?? "") cannot be restored: restoration is for a case closed by 终本 where property is found, or where a settlement agreement was breached (or made under fraud or duress)")])
    }

    private static func notTerminated(_ kind: EnforcementEventKind) -> ActionRefusal {
        ActionRefusal(code: "followup.not_terminated", reasons: [.enforcement([EnforcementArticles.termination(9, para: 2)],
            "终本后定期财产查询只适用于以终结本次执行程序结案的案件",
            "Follow-up property inquiries apply only to a case closed by termination of the current procedure (终本)")])
    }

    private static func nothingToDisburse(_ history: EnforcementHistory) -> ActionRefusal {
        ActionRefusal(code: "amount.nothing_to_disburse", reasons: [.enforcement([EnforcementArticles.fundsManagement],
            "没有已到账未发放的执行款（到账 \(history.received.formatted)，已发放 \(history.disbursed.formatted)）",
            "There is no money received and not yet paid out (received \(history.received.formatted), paid out \(history.disbursed.formatted))")])
    }

    private static func noMeasure(renewal: Bool) -> ActionRefusal {
        ActionRefusal(code: "measure.none_in_force", reasons: [.enforcement([EnforcementArticles.lifecycle],
            renewal ? "本案没有在效力期内可以续行的查封、扣押、冻结措施" : "本案没有可以解除的查封、扣押、冻结措施",
            renewal ? "This case has no measure in force that could be renewed" : "This case has no measure that could be lifted")])
    }
}
