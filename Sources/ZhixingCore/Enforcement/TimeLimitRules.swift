/// The time limits of an enforcement case, all on the statutory calendar.
///
/// - Time Limits Provisions 2006 Art.1: concluded within 6 months of filing (non-litigation cases 3 months);
///   extension only with the approval of the president (or vice-president), asked for within the 5 days before
///   expiry. Trial Time Limits Provisions 2008 Art.5: the president may extend by 3 months; a further extension
///   is reported level by level to the high court for the record.
/// - Art.2: handler fixed within 7 days of filing. Art.4: enforcement notice within 3 days of the handler receiving
///   the file (Property Investigation Provisions 2020 Art.3: in a money claim the property report order goes with
///   it). Art.5: the applicant asked for property clues within the same 3 days (no event records it).
/// - Art.6: clues verified within 5 days (Property Investigation Provisions 2020 Art.2: 7 days; urgent: 3 days);
///   the investigation generally completed within 1 month.
/// - Art.13 and Trial Time Limits Provisions Art.9: periods not counted (suspension; public notice service,
///   deferral, requests for instructions, coordination, appraisal and audit, auction and sale).
/// - Objections: 15 days (CPL 2023 Art.236, 238); reconsideration: 30 days, extendable by 30 days (Enforcement
///   Procedure Interpretation 2020 Art.8). Money received is paid out within 30 days (Funds Management Provisions 2017).
enum TimeLimitRules {
    struct Outcome {
        var deadlines: [CaseDeadline] = []
        var warnings: [Reason] = []
    }

    /// A period not counted, with what it is.
    struct Uncounted {
        let interval: DayInterval
        let running: Bool
        let zh: String
        let en: String
        let citations: [Citation]
    }

    /// A limit after extensions and uncounted periods.
    struct Limit {
        let due: LocalDate
        let reasons: [Reason]
        let warnings: [Reason]
        let paused: Bool
    }

    static func assess(_ history: EnforcementHistory, asOf: LocalDate) -> Outcome {
        var outcome = Outcome()
        switch history.caseClass {
        case .implementation:
            implementation(history, asOf: asOf, into: &outcome)
        case .objection, .reconsideration:
            adjudication(history, asOf: asOf, into: &outcome)
        case .preservation, .otherImplementation, .otherReview, .notEnforcement:
            break
        }
        disbursements(history, asOf: asOf, into: &outcome)
        return outcome
    }

    // MARK: - The computation of a limit

    /// The periods not counted: suspensions (from the events) and `facts.uncountedPeriods`.
    static func uncounted(_ history: EnforcementHistory, asOf: LocalDate) -> [Uncounted] {
        let end = history.closedOn ?? asOf
        var result: [Uncounted] = history.suspensions.map {
            Uncounted(interval: DayInterval(from: $0.from, to: $0.to ?? end), running: $0.to == nil && !history.isClosed,
                      zh: "中止执行", en: "suspension",
                      citations: [EnforcementArticles.timeLimits(13, item: 3), EnforcementArticles.trialTimeLimits(9, item: 9)])
        }
        for period in history.facts.uncountedPeriods ?? [] where period.from <= end {
            let (zh, en, citations): (String, String, [Citation]) = switch period.kind {
            case .publicNoticeService: ("公告送达执行法律文书", "service by public notice", [EnforcementArticles.timeLimits(13, item: 1)])
            case .deferral: ("暂缓执行", "deferral", [EnforcementArticles.timeLimits(13, item: 2), EnforcementArticles.trialTimeLimits(9, item: 10)])
            case .requestForInstructions: ("就法律适用问题向上级法院请示", "request for instructions to a higher court", [EnforcementArticles.timeLimits(13, item: 4)])
            case .interCourtCoordination: ("执行争议报请共同上级法院协调", "coordination by the common higher court", [EnforcementArticles.timeLimits(13, item: 5)])
            case .appraisalOrAudit: ("审计、评估、资产清理", "audit, appraisal or asset clearance", [EnforcementArticles.trialTimeLimits(9, item: 8)])
            case .auctionOrSale: ("拍卖、变卖被查封、扣押的财产", "auction or sale of sealed or seized property", [EnforcementArticles.trialTimeLimits(9, item: 12)])
            }
            let to = min(period.to ?? end, end)
            guard to >= period.from else { continue }
            result.append(Uncounted(interval: DayInterval(from: period.from, to: to), running: period.to == nil && !history.isClosed,
                                    zh: zh, en: en, citations: citations))
        }
        return result.sorted { $0.interval.from < $1.interval.from }
    }

    /// The due date of `period` from `start`, extended by `extensions` and by the days of `uncounted` that
    /// fall before the (moving) end, the last day then moved off rest days by the calendar.
    static func limit(start: LocalDate, period: Period, extensions: [TimeLimitExtension], uncounted: [Uncounted],
                      calendar: StatutoryCalendar) -> Limit {
        let base = calendar.deadline(from: start, period: period)
        var reasons = Array(base.reasons.prefix(1))
        var warnings = base.warnings
        var last = base
        var nominal = base.nominalLastDay
        for (number, ext) in extensions.sorted(by: { $0.approvedOn < $1.approvedOn }).enumerated() {
            let extended = calendar.deadline(from: nominal, period: ext.period)
            reasons.append(.enforcement([EnforcementArticles.timeLimits(1, para: 2), EnforcementArticles.trialTimeLimits(5)],
                "\(ext.approvedOn.iso) 经院长批准延长 \(ext.period.zhDescription)：期限最后一日由 \(nominal.iso) 改为 \(extended.nominalLastDay.iso)"
                    + (number > 0 ? "（再次延长的，应当层报高级人民法院备案）" : ""),
                "Extended by \(ext.period) with the president's approval of \(ext.approvedOn.iso): the last day moves from \(nominal.iso) to \(extended.nominalLastDay.iso)"
                    + (number > 0 ? " (a further extension is reported to the high court for the record)" : "")))
            // "期限届满前" (2006 Provisions Art.1 para.3): the limit expires at the end of its due date, which is its last
            // day moved past rest days (CPL 2023 Art.85 para.3), not the nominal last day; a request on the due date
            // is in time.
            if let requested = ext.requestedOn, requested > last.dueDate {
                warnings.append(.enforcement([EnforcementArticles.timeLimits(1, para: 3)],
                    "延长期限的申请（\(requested.iso)）晚于期限届满（\(nominal.iso)）：应当在期限届满前提出",
                    "The request to extend (\(requested.iso)) came after the limit expired (\(nominal.iso)): it must be made before expiry"))
            }
            warnings.append(contentsOf: extended.warnings)
            nominal = extended.nominalLastDay
            last = extended
        }
        // Days not counted: an interval counts while it begins on or before the end as moved so far.
        var merged: [Uncounted] = []
        for item in uncounted {
            let from = max(item.interval.from, start)
            guard let to = item.interval.to, to > from else { continue }
            if let previous = merged.last, let previousTo = previous.interval.to, from <= previousTo {
                merged[merged.count - 1] = Uncounted(interval: DayInterval(from: previous.interval.from, to: max(previousTo, to)),
                                                     running: previous.running || item.running,
                                                     zh: previous.zh + "、" + item.zh, en: previous.en + ", " + item.en,
                                                     citations: previous.citations == item.citations ? previous.citations
                                                         : previous.citations + item.citations)
            } else {
                merged.append(Uncounted(interval: DayInterval(from: from, to: to), running: item.running, zh: item.zh, en: item.en,
                                        citations: item.citations))
            }
        }
        var extra = 0
        var counted: [(Uncounted, Int)] = []
        for item in merged {
            guard let to = item.interval.to, item.interval.from <= nominal.adding(days: extra) else { continue }
            let days = item.interval.from.days(until: to)
            extra += days
            counted.append((item, days))
        }
        let paused = counted.contains { $0.0.running }
        if extra > 0 {
            let shifted = calendar.deadline(from: nominal, days: extra)
            for (item, days) in counted {
                reasons.append(.enforcement(item.citations,
                    "\(item.zh)期间（\(item.interval.from.iso) 至 \(item.interval.to?.iso ?? "")\(item.running ? "，仍在进行" : "")，\(days) 日）不计入期限",
                    "The \(item.en) (\(item.interval.from.iso) to \(item.interval.to?.iso ?? "")\(item.running ? ", still running" : ""), \(days) days) is not counted"))
            }
            reasons.append(.enforcement(shifted.reasons.first?.citations ?? [EnforcementArticles.cpl(85, para: 2)],
                "不计入的 \(extra) 日顺延后，期限最后一日为 \(shifted.nominalLastDay.iso)",
                "With the \(extra) days not counted, the last day is \(shifted.nominalLastDay.iso)"))
            warnings.append(contentsOf: shifted.warnings)
            last = shifted
        }
        reasons.append(contentsOf: last.reasons.dropFirst())
        return Limit(due: last.dueDate, reasons: reasons, warnings: warnings, paused: paused)
    }

    /// The state of a court's duty. An act on the due date itself is in time and the duty is overdue only from
    /// the day after: the last day runs to 24:00 (Civil Code Art.203 para.2; CPL 2023 Art.85 para.4 for
    /// documents posted before the period ends).
    static func state(due: LocalDate, metOn: LocalDate?, paused: Bool, asOf: LocalDate) -> DeadlineState {
        if let metOn { return metOn <= due ? .met : .metLate }
        if paused { return .paused }
        return asOf > due ? .overdue : .running
    }

    static func outcomeReason(_ state: DeadlineState, due: LocalDate, metOn: LocalDate?, asOf: LocalDate, citations: [Citation]) -> Reason {
        switch state {
        case .met:
            return .enforcement(citations, "已于 \(metOn?.iso ?? "") 完成，未超过期限（\(due.iso)）", "Done on \(metOn?.iso ?? ""), within the limit (\(due.iso))")
        case .metLate:
            let late = metOn.map { due.days(until: $0) } ?? 0
            return .enforcement(citations, "于 \(metOn?.iso ?? "") 完成，超过期限 \(late) 日（\(due.iso)）", "Done on \(metOn?.iso ?? ""), \(late) days after the limit (\(due.iso))")
        case .overdue:
            return .enforcement(citations, "已超过期限 \(due.days(until: asOf)) 日（\(due.iso)），尚未完成", "\(due.days(until: asOf)) days past the limit (\(due.iso)) and not done")
        case .paused:
            return .enforcement(citations, "案件中止或者处于不计入期限的期间，期限暂停计算", "The case is suspended or in a period not counted: the limit does not run")
        case .running:
            return .enforcement(citations, "期限至 \(due.iso)，尚余 \(asOf.days(until: due)) 日", "Due by \(due.iso); \(asOf.days(until: due)) days left")
        case .lapsed:
            return .enforcement(citations, "期间已于 \(due.iso) 届满", "The period ended on \(due.iso)")
        }
    }

    static func deadline(_ duty: String, _ zh: String, _ en: String, citations: [Citation], owedBy: String, start: LocalDate,
                         limit: Limit, metOn: LocalDate?, asOf: LocalDate, rule: Reason, extra: [Reason] = []) -> CaseDeadline {
        let state = state(due: limit.due, metOn: metOn, paused: limit.paused, asOf: asOf)
        return CaseDeadline(duty: duty, title: LocalizedText(zh: zh, en: en), citations: citations, owedBy: owedBy, start: start,
                            dueDate: limit.due, metOn: metOn, overdue: state == .overdue, state: state,
                            reasons: [rule] + extra + limit.reasons + [outcomeReason(state, due: limit.due, metOn: metOn, asOf: asOf, citations: citations)])
    }

    // MARK: - Implementation cases (执, 执恢)

    static func implementation(_ history: EnforcementHistory, asOf: LocalDate, into outcome: inout Outcome) {
        let facts = history.facts
        let calendar = history.calendar
        let uncounted = uncounted(history, asOf: asOf)
        func add(_ deadline: CaseDeadline, _ limit: Limit) {
            outcome.deadlines.append(deadline)
            outcome.warnings.append(contentsOf: limit.warnings)
        }

        // Art.1: conclusion.
        let months = facts.nonLitigation ? 3 : 6
        let extensions = facts.timeLimitExtensions ?? []
        for ext in extensions where !(ext.period.unit == .months && ext.period.count <= 3) && !(ext.period.unit == .days && ext.period.count <= 92) {
            outcome.warnings.append(.enforcement([EnforcementArticles.trialTimeLimits(5)],
                "院长批准的延长为 \(ext.period.zhDescription)：每次延长以三个月为限",
                "An extension of \(ext.period) was approved: each extension by the president is of three months at most"))
        }
        let conclusionArticle = [EnforcementArticles.timeLimits(1, para: 1), EnforcementArticles.trialTimeLimits(5)]
        let conclusion = limit(start: facts.filedOn, period: .months(months), extensions: extensions, uncounted: uncounted, calendar: calendar)
        add(deadline("conclusion", facts.nonLitigation ? "执结期限（非诉执行：立案之日起 3 个月）" : "执结期限（立案之日起 6 个月）",
                     facts.nonLitigation ? "Conclusion (non-litigation case: 3 months from filing)" : "Conclusion (6 months from filing)",
                     citations: conclusionArticle, owedBy: "court", start: facts.filedOn, limit: conclusion, metOn: history.closedOn, asOf: asOf,
                     rule: .enforcement(conclusionArticle,
                        facts.nonLitigation ? "非诉执行案件一般应当在立案之日起 3 个月内执结" : "被执行人有财产可供执行的案件，一般应当在立案之日起 6 个月内执结",
                        facts.nonLitigation ? "A non-litigation enforcement case is generally concluded within 3 months of filing" : "A case with property available is generally concluded within 6 months of filing")),
            conclusion)

        // Art.1 paras.2-3: the request to extend, while the case is open.
        if !history.isClosed {
            let requestArticle = [EnforcementArticles.timeLimits(1, para: 3), EnforcementArticles.trialTimeLimits(5)]
            let opens = conclusion.due.adding(days: -5)
            let state: DeadlineState = conclusion.paused ? .paused : (asOf > conclusion.due ? .lapsed : .running)
            outcome.deadlines.append(CaseDeadline(
                duty: "extensionRequest",
                title: LocalizedText(zh: "申请延长执行期限（期限届满前 5 日内，报院长批准）", en: "Request to extend the limit (within the 5 days before expiry, to the president)"),
                citations: requestArticle, owedBy: "handler", start: opens, dueDate: conclusion.due, metOn: nil, overdue: false, state: state,
                reasons: [.enforcement(requestArticle,
                    "有特殊情况须延长执行期限的，应当报请本院院长或副院长批准；申请延长执行期限的，应当在期限届满前 5 日内提出（\(opens.adding(days: 1).iso) 至 \(conclusion.due.iso)）；经批准可以延长三个月，还需延长的，层报高级人民法院备案",
                    "An extension for special circumstances needs the approval of the president or a vice-president, asked for within the 5 days before expiry (\(opens.adding(days: 1).iso) to \(conclusion.due.iso)); it may be of three months, and a further one is reported to the high court for the record"),
                    .enforcement(requestArticle, state == .lapsed ? "期限已届满，未记录获批的延长" : "这是提醒：不需延长的案件无须申请",
                                 state == .lapsed ? "The limit expired without an approved extension on record" : "A reminder: a case that needs no extension needs no request")]))
        }

        // Art.2: the handler.
        let handlerArticle = EnforcementArticles.timeLimits(2)
        let handler = limit(start: facts.filedOn, period: .days(7), extensions: [], uncounted: uncounted, calendar: calendar)
        if history.handlerAssignedOn != nil || !history.isClosed {
            add(deadline("handlerAssignment", "确定承办人（立案后 7 日内）", "Handler fixed (within 7 days of filing)",
                         citations: [handlerArticle], owedBy: "court", start: facts.filedOn, limit: handler, metOn: history.handlerAssignedOn, asOf: asOf,
                         rule: .enforcement([handlerArticle], "人民法院应当在立案后 7 日内确定承办人", "The court fixes the case handler within 7 days of filing")), handler)
        }

        // Art.4-6: from the handler's receipt of the file.
        if let received = history.handlerAssignedOn {
            let noticeArticle = EnforcementArticles.timeLimits(4, para: 1)
            let notice = limit(start: received, period: .days(3), extensions: [], uncounted: uncounted, calendar: calendar)
            let noticeServed = history.first(.enforcementNoticeServed)?.date
            if noticeServed != nil || !history.isClosed {
                add(deadline("enforcementNotice", "发出执行通知书（承办人收到案件材料后 3 日内）", "Enforcement notice (within 3 days of the handler's receipt)",
                             citations: [noticeArticle], owedBy: "handler", start: received, limit: notice, metOn: noticeServed, asOf: asOf,
                             rule: .enforcement([noticeArticle], "承办人应当在收到案件材料后 3 日内向被执行人发出执行通知书，通知其申报财产，责令其履行义务；以确定承办人之日为收到案件材料之日",
                                                "The handler sends the enforcement notice within 3 days of receiving the file, ordering the debtor to declare property and perform; the day the handler was fixed is taken as the day of receipt"),
                             extra: [.enforcement([EnforcementArticles.timeLimits(5)],
                                "同一期限内，承办人应当通知申请执行人提供被执行人财产状况或者财产线索（没有事件记录此通知，请核实）",
                                "Within the same 3 days the handler asks the applicant for the debtor's property or clues (no event records this notice; please verify)"),
                                     .enforcement([noticeArticle], "以送达之日判断是否在期限内“发出”；发出早于送达的，以卷宗为准",
                                                  "The service date is used to tell whether the notice was sent in time; where it was sent earlier than served, the file decides")]), notice)
            }
            if facts.amountApplied.isPositive {
                let orderArticle = [EnforcementArticles.propertyInvestigation(3, para: 1), EnforcementArticles.timeLimits(4, para: 1)]
                let orderServed = history.first(.propertyReportOrderServed)?.date
                if orderServed != nil || !history.isClosed {
                    add(deadline("propertyReportOrder", "发出报告财产令（与执行通知同时）", "Property report order (with the enforcement notice)",
                                 citations: orderArticle, owedBy: "handler", start: received, limit: notice, metOn: orderServed, asOf: asOf,
                                 rule: .enforcement(orderArticle, "金钱债权执行中，报告财产令应当与执行通知同时发出", "In a money claim the property report order is sent together with the enforcement notice")), notice)
                }
            }
            let investigationArticle = EnforcementArticles.timeLimits(6, para: 3)
            let investigation = limit(start: received, period: .months(1), extensions: [], uncounted: uncounted, calendar: calendar)
            let investigated = history.events(.propertyInquiry).first { $0.propertyFound != nil }?.date
            if investigated != nil || !history.isClosed {
                add(deadline("investigation", "完成财产调查（一般 1 个月内）", "Property investigation completed (generally within 1 month)",
                             citations: [investigationArticle], owedBy: "handler", start: received, limit: investigation, metOn: investigated, asOf: asOf,
                             rule: .enforcement([investigationArticle], "承办人一般应当在 1 个月内完成对被执行人收入、银行存款、有价证券、不动产、车辆、机器设备、知识产权、对外投资权益及收益、到期债权等资产状况的调查；以第一次有结果的财产调查为完成",
                                                "The handler generally completes the investigation of the debtor's income, deposits, securities, real estate, vehicles, equipment, IP, investments and debts due within 1 month; the first inquiry with a result counts")), investigation)
            }
        }

        // Art.6 para.1 and Property Investigation Provisions Art.2: each clue given.
        for (number, clue) in history.events(.propertyCluesGiven).enumerated() {
            let checked = history.events(.propertyInquiry).first { $0.date >= clue.date }?.date
            if checked == nil && history.isClosed { continue }
            let jiArticle = EnforcementArticles.propertyInvestigation(2, para: 1)
            let ji = limit(start: clue.date, period: .days(7), extensions: [], uncounted: uncounted, calendar: calendar)
            add(deadline("clueVerification.\(number + 1)", "核实财产线索（\(clue.date.iso) 提供，7 日内）", "Clues of \(clue.date.iso) verified (7 days)",
                         citations: [jiArticle], owedBy: "handler", start: clue.date, limit: ji, metOn: checked, asOf: asOf,
                         rule: .enforcement([jiArticle], "申请执行人提供的财产线索明确、具体的，人民法院应当在七日内调查核实；情况紧急的，应当在三日内调查核实（依赖线索明确、具体）",
                                            "Clear and specific clues are verified within seven days, within three if urgent (relying on the clues being clear and specific)")), ji)
            let internalArticle = EnforcementArticles.timeLimits(6, para: 1)
            let internalLimit = limit(start: clue.date, period: .days(5), extensions: [], uncounted: uncounted, calendar: calendar)
            add(deadline("clueVerificationInternal.\(number + 1)", "核实财产线索（内部期限 5 日）", "Clues of \(clue.date.iso) verified (internal limit, 5 days)",
                         citations: [internalArticle], owedBy: "handler", start: clue.date, limit: internalLimit, metOn: checked, asOf: asOf,
                         rule: .enforcement([internalArticle], "申请执行人提供了明确、具体的财产线索的，承办人应当在 5 日内查证、核实；情况紧急的，应当立即核查（法院内部的办案期限，严于司法解释的七日）",
                                            "Clear and specific clues are verified by the handler within 5 days, at once if urgent (the court's internal limit, stricter than the seven days of the judicial interpretation)")), internalLimit)
        }
    }

    // MARK: - Objection and reconsideration cases

    static func adjudication(_ history: EnforcementHistory, asOf: LocalDate, into outcome: inout Outcome) {
        let facts = history.facts
        let calendar = history.calendar
        if history.caseClass == .objection {
            let citations: [Citation]
            let rule: Reason
            switch facts.objection?.kind {
            case .enforcementAct:
                citations = [EnforcementArticles.cpl(236)]
                rule = .enforcement(citations, "当事人、利害关系人提出书面异议的，人民法院应当自收到书面异议之日起十五日内审查，理由成立的，裁定撤销或者改正；理由不成立的，裁定驳回",
                                    "On a written objection by a party or interested person the court examines it within 15 days of receipt: if well founded it revokes or corrects the act by ruling, otherwise it rejects it")
            case .thirdPartyClaim:
                citations = [EnforcementArticles.cpl(238)]
                rule = .enforcement(citations, "案外人对执行标的提出书面异议的，人民法院应当自收到书面异议之日起十五日内审查，理由成立的，裁定中止对该标的的执行；理由不成立的，裁定驳回",
                                    "On a third party's written objection to the object of enforcement the court examines it within 15 days of receipt: if well founded it suspends enforcement against that object, otherwise it rejects it")
            case nil:
                citations = [EnforcementArticles.cpl(236), EnforcementArticles.cpl(238)]
                rule = .enforcement(citations, "执行异议（执行行为异议或者案外人异议）应当自收到书面异议之日起十五日内审查并作出裁定",
                                    "An objection (to an act, or a third party's) is examined and ruled on within 15 days of receipt")
            }
            if !(facts.timeLimitExtensions ?? []).isEmpty {
                outcome.warnings.append(.enforcement(citations, "法律没有规定异议审查期限可以延长，所记录的延长未予计入",
                                                     "The law provides no extension of the 15 days for an objection; the extension recorded is not applied"))
            }
            let decision = limit(start: facts.filedOn, period: .days(15), extensions: [], uncounted: [], calendar: calendar)
            outcome.warnings.append(contentsOf: decision.warnings)
            outcome.deadlines.append(deadline("objectionDecision", "异议审查（收到书面异议之日起 15 日）", "Objection decided (15 days from receipt)",
                                              citations: citations, owedBy: "court", start: facts.filedOn, limit: decision, metOn: history.closedOn, asOf: asOf,
                                              rule: rule, extra: [.enforcement(citations + [EnforcementArticles.timeLimits(9, through: 11)],
                                                "以立案之日为收到书面异议之日；2006 年期限规定第九条至第十一条的内部期限早于法律规定的十五日，不另行计算",
                                                "The filing day is taken as the day the written objection was received; the internal limits of the 2006 Provisions Art.9-11 predate the statutory 15 days and are not counted separately")]))
            if history.isClosed, let objection = facts.objection, let served = objection.rulingServedOn {
                let (duty, zh, en, days, partyArticle, text): (String, String, String, Int, [Citation], Reason) = switch objection.kind {
                case .enforcementAct:
                    ("reconsiderationApplication", "申请复议（裁定送达之日起 10 日内，向上一级法院）", "Reconsideration applied for (10 days from service, to the next higher court)",
                     10, [EnforcementArticles.cpl(236)],
                     .enforcement([EnforcementArticles.cpl(236)], "当事人、利害关系人对裁定不服的，可以自裁定送达之日起十日内向上一级人民法院申请复议",
                                  "A party or interested person dissatisfied with the ruling may apply to the next higher court for reconsideration within 10 days of service"))
                case .thirdPartyClaim:
                    ("objectionLawsuit", "提起执行异议之诉（裁定送达之日起 15 日内）", "Action on the objection (15 days from service)",
                     15, [EnforcementArticles.cpl(238)],
                     .enforcement([EnforcementArticles.cpl(238)], "案外人、当事人对裁定不服，与原判决、裁定无关的，可以自裁定送达之日起十五日内向人民法院提起诉讼；认为原判决、裁定错误的，依照审判监督程序办理",
                                  "A third party or party dissatisfied with the ruling may sue within 15 days of service where the ruling is unrelated to the original judgment; if they say the judgment is wrong, trial supervision applies"))
                }
                let window = limit(start: served, period: .days(days), extensions: [], uncounted: [], calendar: calendar)
                let state: DeadlineState = asOf > window.due ? .lapsed : .running
                outcome.warnings.append(contentsOf: window.warnings)
                outcome.deadlines.append(CaseDeadline(duty: duty, title: LocalizedText(zh: zh, en: en), citations: partyArticle, owedBy: "applicant",
                                                      start: served, dueDate: window.due, metOn: nil, overdue: false, state: state,
                                                      reasons: [text] + window.reasons + [outcomeReason(state, due: window.due, metOn: nil, asOf: asOf, citations: partyArticle)]))
            }
        } else {
            let citations = EnforcementArticles.reconsiderationLimit
            let extensions = facts.timeLimitExtensions ?? []
            let total = extensions.reduce(0) { $0 + ($1.period.unit == .days ? $1.period.count : 31 * $1.period.count) }
            if total > 30 {
                outcome.warnings.append(.enforcement([citations], "复议审查期限的延长合计不得超过三十日", "Extensions of a reconsideration may not exceed thirty days in all"))
            }
            let decision = limit(start: facts.filedOn, period: .days(30), extensions: extensions, uncounted: [], calendar: calendar)
            outcome.warnings.append(contentsOf: decision.warnings)
            outcome.deadlines.append(deadline("reconsiderationDecision", "复议审查（收到复议申请之日起 30 日）", "Reconsideration decided (30 days from receipt)",
                                              citations: [citations], owedBy: "court", start: facts.filedOn, limit: decision, metOn: history.closedOn, asOf: asOf,
                                              rule: .enforcement([citations], "上一级人民法院应当自收到复议申请之日起三十日内审查完毕并作出裁定；有特殊情况需要延长的，经本院院长批准，可以延长，延长的期限不得超过三十日（以立案之日为收到之日）",
                                                                 "The higher court decides within 30 days of receiving the application; with the president's approval it may extend by 30 days at most (the filing day is taken as the day of receipt)")))
        }
    }

    // MARK: - Money received

    /// Each sum received is paid out within 30 days (first in, first out).
    static func disbursements(_ history: EnforcementHistory, asOf: LocalDate, into outcome: inout Outcome) {
        let citations = EnforcementArticles.fundsManagement
        var cumulativeReceived: Int64 = 0
        for (number, receipt) in history.receipts.enumerated() {
            cumulativeReceived += receipt.amount.fen
            var paid: Int64 = 0
            var metOn: LocalDate?
            for disbursement in history.disbursements {
                paid += disbursement.amount.fen
                if paid >= cumulativeReceived {
                    metOn = disbursement.date
                    break
                }
            }
            let period = limit(start: receipt.date, period: .days(30), extensions: [], uncounted: [], calendar: history.calendar)
            outcome.warnings.append(contentsOf: period.warnings)
            outcome.deadlines.append(deadline("disbursement.\(number + 1)", "发放执行款（\(receipt.date.iso) 到账 \(receipt.amount.formatted)，30 日内）",
                                              "Pay out the \(receipt.amount.formatted) received on \(receipt.date.iso) (30 days)",
                                              citations: [citations], owedBy: "handler", start: receipt.date, limit: period, metOn: metOn, asOf: asOf,
                                              rule: .enforcement([citations], "执行人员应当在执行款到账之日起三十日内完成执行款的核算、执行费用的结算、通知申请执行人领取和执行款发放；有争议、需要参与分配等情形的，经批准可以延缓发放（依赖卷内审批记录）",
                                                                 "The money is accounted, costs settled and paid out to the applicant within 30 days of receipt; payment may be deferred with approval where it is disputed or to be distributed among creditors (the approval on file is relied on)")))
        }
    }
}
