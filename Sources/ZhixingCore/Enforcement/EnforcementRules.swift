/// 执行案件: an enforcement case from filing to closure, as a rule set (`enforcement`).
///
/// The server stores a case's facts and its events and asks the core (a) whether a filing is refused or
/// doubtful (`checkFiling`), (b) whether the next event is allowed (`check`, HTTP 409 with the reasons if not),
/// (c) where the case stands (`assess`): status, time limits, measures, the 终本 checklist, the follow-up
/// checks, the money. `decide` validates the facts, then assesses. Every outcome carries its reasons; the
/// provisions are listed in `EnforcementArticles` and `docs/rules/enforcement.md`.
public enum EnforcementRules: RuleSet {
    public typealias Facts = EnforcementFacts
    public typealias Decision = EnforcementAssessment

    public static let name = "enforcement"
    public static let title = LocalizedText(zh: "执行案件：立案、期限、控制措施、终结本次执行程序",
                                            en: "Enforcement cases: filing, time limits, control measures, termination of the current procedure")

    /// `assess`, after validating the facts: impossible facts throw a `FieldError` naming the field
    /// (`events[3].date` out of order or after `asOf`, a renewal of an unknown measure, more paid out than received).
    public static func decide(_ facts: EnforcementFacts, context: RuleContext) throws -> EnforcementAssessment {
        try EnforcementValidation.validate(facts)
        return assess(facts, calendar: context.calendar)
    }

    /// Where the case stands as of `facts.asOf`. Never throws: events the lifecycle would have refused are kept
    /// as they happened and reported in `warnings`.
    public static func assess(_ facts: EnforcementFacts, calendar: StatutoryCalendar) -> EnforcementAssessment {
        var history = EnforcementHistory(facts: facts, calendar: calendar)
        var warnings: [Reason] = []
        for (index, event) in facts.events.enumerated() {
            if let refusal = EnforcementLifecycle.refusal(event, history: history, asOf: facts.asOf) {
                for reason in refusal.reasons.prefix(3) {
                    warnings.append(.enforcement(reason.citations,
                        "events[\(index)]（\(event.date.iso) \(event.kind.zhName)）本不应记录：\(reason.message.zh)",
                        "events[\(index)] (\(event.date.iso), \(event.kind.enName)) should not have been recorded: \(reason.message.en)"))
                }
            }
            history.apply(event)
        }
        let asOf = facts.asOf
        let filing = FilingRules.check(facts, calendar: calendar)
        let measures = history.measures.map { MeasureRules.status($0, history: history, asOf: asOf) }
        let checklist = TerminationRules.checklist(history, on: history.closure == .currentProcedureTerminated ? (history.closedOn ?? asOf) : asOf)
        let followUps = FollowUpRules.assess(history, asOf: asOf)
        let limits = TimeLimitRules.assess(history, asOf: asOf)
        let (amounts, amountWarnings) = AmountRules.amounts(history)
        let deadlines = limits.deadlines + followUps.deadlines
        let allowedNext = asOf >= (history.lastDate ?? facts.filedOn) ? EnforcementLifecycle.allowedNext(history, on: asOf) : []

        warnings.append(contentsOf: limits.warnings)
        warnings.append(contentsOf: followUps.warnings)
        warnings.append(contentsOf: measures.flatMap(\.warnings))
        warnings.append(contentsOf: amountWarnings)
        if checklist.applicable && (checklist.allowed || history.closure == .currentProcedureTerminated) {
            warnings.append(contentsOf: checklist.items.filter { $0.state == .unverified }.flatMap(\.reasons))
        }
        if history.closure == .currentProcedureTerminated && !checklist.missing.isEmpty {
            warnings.append(.enforcement([EnforcementArticles.termination(1)],
                "本案以终结本次执行程序结案，但结案之日尚缺：\(checklist.items.filter { $0.state == .missing }.map(\.title.zh).joined(separator: "、"))",
                "The case was closed by 终本 although these conditions were missing on that day: \(checklist.missing.joined(separator: ", "))"))
        }
        let likely = NextStepRules.likely(history, allowed: allowedNext, followUps: followUps.checks, measures: measures, checklist: checklist)
        return EnforcementAssessment(
            ruleSet: name, asOf: asOf, caseType: facts.caseType, status: history.status, closure: history.closure,
            closedOn: history.closedOn, suspendedSince: history.suspendedSince, restoredOn: history.restoredOn,
            stage: NextStepRules.stage(history), allowedNext: allowedNext, likelyNext: likely, deadlines: deadlines, overdue: deadlines.filter(\.overdue), measures: measures,
            terminationChecklist: checklist, followUpChecks: followUps.checks, amounts: amounts, filing: filing,
            reasons: statusReasons(history), warnings: unique(warnings))
    }

    /// Filing: refusals (the case must not be filed) and warnings (it may, but say why it is doubtful).
    public static func checkFiling(_ facts: EnforcementFacts, calendar: StatutoryCalendar) -> FilingCheck {
        FilingRules.check(facts, calendar: calendar)
    }

    /// Whether `next` may be recorded after the case's events; throws the reasons when not.
    public static func check(_ next: EnforcementEvent, after facts: EnforcementFacts, calendar: StatutoryCalendar) throws(ActionRefusal) {
        let history = EnforcementHistory.replay(facts, calendar: calendar)
        if let refusal = EnforcementLifecycle.refusal(next, history: history, asOf: facts.asOf) { throw refusal }
    }

    /// 审执分离 (Outline 2019-2023 item 13, seed 004; Objection Provisions 2015 Art.11 para.3): may `candidate`
    /// (a team id, or a person's) handle an objection or reconsideration about acts taken by `actingTeams`?
    /// `false`, with the reason, when the candidate took the act.
    public static func mayAdjudicate(candidate: String, actingTeams: Set<String>) -> (allowed: Bool, reason: Reason) {
        let citations = [EnforcementArticles.outlineItem13, EnforcementArticles.objectionSeparation]
        if actingTeams.contains(candidate) {
            return (false, .enforcement(citations,
                "\(candidate) 实施了被异议、复议的执行行为，不得审查相关执行异议、复议案件：执行实施与执行裁判由不同法官团队（或者执行裁判庭）负责，办理执行实施案件的人员不得参与相关执行异议和复议案件的审查",
                "\(candidate) took the act objected to and may not review the objection or reconsideration: implementation and adjudication are handled by different judge teams (or an enforcement adjudication tribunal), and those who handled the implementation may not take part in the review"))
        }
        return (true, .enforcement(citations,
            "\(candidate) 没有实施被异议、复议的执行行为（实施者：\(actingTeams.sorted().joined(separator: "、"))），可以审查",
            "\(candidate) took none of the acts objected to (taken by: \(actingTeams.sorted().joined(separator: ", "))) and may review them"))
    }

    // MARK: - Reasons for the status

    static func statusReasons(_ history: EnforcementHistory) -> [Reason] {
        let facts = history.facts
        var reasons: [Reason] = [.enforcement([EnforcementArticles.lifecycle],
            "\(facts.caseType.nameZh)（\(facts.caseType.rawValue)），\(facts.filedOn.iso) 立案，执行依据 \(facts.basis.documentNumber)（\(facts.basis.issuingBody)）",
            "\(facts.caseType.nameEn) (\(facts.caseType.rawValue)), filed on \(facts.filedOn.iso); basis \(facts.basis.documentNumber) (\(facts.basis.issuingBody))")]
        switch history.status {
        case .filed:
            reasons.append(.enforcement([EnforcementArticles.timeLimits(2)], "已立案，尚未确定承办人", "Filed; no handler fixed yet"))
        case .active:
            reasons.append(.enforcement([EnforcementArticles.timeLimits(2)],
                "执行中：承办人于 \(history.handlerAssignedOn?.iso ?? "") 确定", "Being enforced: the handler was fixed on \(history.handlerAssignedOn?.iso ?? "")"))
        case .suspended:
            reasons.append(.enforcement([EnforcementArticles.cpl(267)],
                "自 \(history.suspendedSince?.iso ?? "") 起中止执行（中止的事由由法院认定，本系统依赖其裁定）；中止期间不采取新的执行措施，期限不计算",
                "Suspended since \(history.suspendedSince?.iso ?? "") (the ground is the court's finding, relied on); no new enforcement act is taken and the time limits do not run"))
        case .closed:
            if let closure = history.closure, let closedOn = history.closedOn {
                let citations: [Citation] = switch closure {
                case .fullyPerformed: [history.settlementPerformed ? EnforcementArticles.settlement(8) : EnforcementArticles.lifecycle]
                case .currentProcedureTerminated: [EnforcementArticles.termination(1), EnforcementArticles.cplInterpretation(517)]
                case .terminated: [history.caseClass.isAdjudication ? EnforcementArticles.lifecycle : EnforcementArticles.cpl(268)]
                case .dismissed: [EnforcementArticles.lifecycle]
                case .entrusted: [EntrustmentRules.article(2, para: 1)]
                }
                let adjudication = history.caseClass.isAdjudication
                let zh = adjudication ? (closure == .dismissed ? "裁定驳回" : "裁定支持或者以其他方式审结") : closure.zhName
                let en = adjudication ? (closure == .dismissed ? "a ruling rejecting it" : "a ruling upholding it or another conclusion") : closure.enName
                reasons.append(.enforcement(citations,
                    "已于 \(closedOn.iso) 结案：\(zh)" + ([.terminated, .dismissed].contains(closure) ? "（事由由法院认定，本系统依赖其裁定）" : ""),
                    "Closed on \(closedOn.iso): \(en)" + ([.terminated, .dismissed].contains(closure) ? " (the ground is the court's finding, relied on)" : "")))
            }
        }
        if let restored = history.restoredOn {
            let item = history.closure == .currentProcedureTerminated ? 3 : 2
            reasons.append(.enforcement([EnforcementArticles.filingClosing(6, item: item)],
                "已于 \(restored.iso) 恢复执行：恢复执行的案件另行立案（执恢），本案保持结案状态",
                "Enforcement was restored on \(restored.iso) as a new case (执恢); this case stays closed"))
        }
        switch history.caseClass {
        case .preservation:
            reasons.append(.enforcement([EnforcementArticles.lifecycle], "财产保全执行案件：适用控制措施的规则，不适用执结期限和终本",
                                        "A preservation case: the rules on measures apply, not the conclusion limit or 终本"))
        case .otherImplementation, .otherReview:
            reasons.append(.enforcement([EnforcementArticles.lifecycle], "本类案件没有编入专门的期限规则", "No time limits are encoded for this case type"))
        case .objection, .reconsideration:
            reasons.append(.enforcement([EnforcementArticles.outlineItem13, EnforcementArticles.objectionSeparation],
                "执行审查类案件：应当由没有实施相关执行行为的法官团队或者执行裁判庭审查（见 mayAdjudicate）",
                "An adjudication case: it is reviewed by a judge team or tribunal that took none of the acts concerned (see mayAdjudicate)"))
        case .implementation, .notEnforcement:
            break
        }
        return reasons
    }

    /// `reasons` without repeats, in order.
    static func unique(_ reasons: [Reason]) -> [Reason] {
        var seen = Set<Reason>()
        return reasons.filter { seen.insert($0).inserted }
    }
}
