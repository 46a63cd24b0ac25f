/// 终结本次执行程序 (终本): the checklist of Termination Provisions 2016 (法〔2016〕373号) and CPL
/// Interpretation 2022 Art.517.
///
/// - Art.1: all of (1) enforcement notice sent and the debtor ordered to report property; (2) consumption
///   restriction ordered and, where the conditions hold, the debtor listed as dishonest; (3) property
///   investigation exhausted, nothing disposable found or what was found cannot be disposed of; (4) more than
///   three months since filing; (5) a debtor whose whereabouts are unknown searched for; obstruction met with
///   fines, detention or criminal proceedings.
/// - Art.2: "ordered to report property" means (1) the order sent, (2) the report verified, (3) late, refused or
///   false reports sanctioned. Art.3: "investigation exhausted" includes (1) verifying the clues given and (2) the
///   online inquiry system (items 3-6 — on-site inquiries, search, audit, reward notices — depend on the case).
/// - Art.5: the applicant is told the state of the case and heard before the ruling.
/// - CPL Interpretation 2022 Art.517 para.1: the applicant's signed confirmation, or a collegial panel's review
///   approved by the president.
/// Findings the law leaves to the court come from `EnforcementFacts.findings` or, absent those, from the events
/// (an inquiry's `propertyFound`, a sanction recorded, a search recorded); the reasons say what was relied on.
enum TerminationRules {
    static func checklist(_ history: EnforcementHistory, on date: LocalDate) -> TerminationChecklist {
        guard history.caseClass == .implementation else {
            return TerminationChecklist(applicable: false, evaluatedOn: date, items: [], missing: [], allowed: false,
                reasonsForRuling: [], reasons: [.enforcement([EnforcementArticles.termination(1)],
                    "终结本次执行程序适用于执行实施案件（执、执恢），\(history.facts.caseType.nameZh)不适用",
                    "Termination of the current procedure applies to implementation cases (执, 执恢), not to \(history.facts.caseType.nameEn)")])
        }
        let evaluation = Evaluation(history: history, date: date)
        let items = evaluation.items()
        let missing = items.filter { $0.item.state == .missing }.map(\.item.id)
        var reasons: [Reason] = []
        var open = true
        if history.isClosed && history.closure != .currentProcedureTerminated {
            open = false
            reasons.append(.enforcement([EnforcementArticles.lifecycle],
                "案件已以“\(history.closure?.zhName ?? "")”结案，不再终结本次执行程序",
                "The case is closed (\(history.closure?.enName ?? "")); it can no longer be closed by 终本"))
        } else if history.isClosed, let closedOn = history.closedOn {
            reasons.append(.enforcement([EnforcementArticles.termination(1)],
                "本案已于 \(closedOn.iso) 终结本次执行程序；以下为结案之日各项条件的情况",
                "The case was closed by 终本 on \(closedOn.iso); the conditions are shown as they stood that day"))
        } else if let since = history.suspendedSince {
            open = false
            reasons.append(.enforcement([EnforcementArticles.cpl(267)],
                "案件自 \(since.iso) 起中止执行，恢复执行前不能终结本次执行程序",
                "The case has been suspended since \(since.iso); it cannot be closed by 终本 before it resumes"))
        }
        let allowed = open && missing.isEmpty
        reasons.append(allowed
            ? .enforcement([EnforcementArticles.termination(1), EnforcementArticles.cplInterpretation(517)],
                           "终结本次执行程序的各项条件均已具备（\(date.iso)）", "All the conditions for 终本 hold (\(date.iso))")
            : .enforcement([EnforcementArticles.termination(1), EnforcementArticles.cplInterpretation(517)],
                           missing.isEmpty ? "终结本次执行程序的条件已具备，但案件状态不允许（见上）" : "尚缺 \(missing.count) 项条件：\(items.filter { $0.item.state == .missing }.map(\.item.title.zh).joined(separator: "、"))",
                           missing.isEmpty ? "The conditions hold but the state of the case does not allow 终本 (see above)" : "\(missing.count) condition(s) missing: \(items.filter { $0.item.state == .missing }.map(\.item.title.en).joined(separator: "; "))"))
        return TerminationChecklist(applicable: true, evaluatedOn: date, items: items.map(\.item), missing: missing,
                                    allowed: allowed, reasonsForRuling: items.compactMap(\.ruling), reasons: reasons)
    }

    /// The conditions as of one day.
    private struct Evaluation {
        let history: EnforcementHistory
        let date: LocalDate
        var findings: CaseFindings? { history.facts.findings }

        func all(_ kind: EnforcementEventKind) -> [EnforcementEvent] { history.events(kind, onOrBefore: date) }
        func first(_ kind: EnforcementEventKind) -> EnforcementEvent? { all(kind).first }
        func last(_ kind: EnforcementEventKind) -> EnforcementEvent? { all(kind).last }

        typealias Entry = (item: TerminationCondition, ruling: Reason?)

        func entry(_ id: String, _ zhTitle: String, _ enTitle: String, _ citations: [Citation], _ state: ConditionState,
                   metOn: LocalDate? = nil, _ reasons: [Reason], ruling: Reason? = nil) -> Entry {
            (TerminationCondition(id: id, title: LocalizedText(zh: zhTitle, en: enTitle), citations: citations, state: state,
                                  metOn: metOn, reasons: reasons),
             state == .satisfied ? ruling : nil)
        }

        func entry(_ id: String, _ zhTitle: String, _ enTitle: String, _ citations: Citation, _ state: ConditionState,
                   metOn: LocalDate? = nil, _ reasons: [Reason], ruling: Reason? = nil) -> Entry {
            entry(id, zhTitle, enTitle, [citations], state, metOn: metOn, reasons, ruling: ruling)
        }

        func items() -> [Entry] {
            [notice(), reportOrder(), reportVerified(), reportSanctions(), consumptionRestriction(), dishonestListing(),
             cluesVerified(), onlineInquiry(), noDisposableProperty(), threeMonths(), debtorSearched(),
             obstructionSanctioned(), applicantHeard(), confirmation(), outstanding()]
        }

        // Art.1 item 1; Art.2 item 1
        func notice() -> Entry {
            let citations = EnforcementArticles.termination(1, item: 1)
            if let served = first(.enforcementNoticeServed) {
                return entry("art1_item1_enforcementNotice", "已发出执行通知", "Enforcement notice sent", citations, .satisfied,
                             metOn: served.date, [.enforcement([citations], "已于 \(served.date.iso) 向被执行人送达执行通知书",
                                                               "The enforcement notice was served on the debtor on \(served.date.iso)")],
                             ruling: .enforcement([citations], "本院已于\(served.date.iso)向被执行人发出执行通知", "The enforcement notice was sent on \(served.date.iso)"))
            }
            return entry("art1_item1_enforcementNotice", "已发出执行通知", "Enforcement notice sent", citations, .missing,
                         [.enforcement([citations], "尚未向被执行人发出执行通知", "No enforcement notice has been sent to the debtor")])
        }

        func reportOrder() -> Entry {
            let citations = [EnforcementArticles.termination(1, item: 1), EnforcementArticles.termination(2, item: 1)]
            if let served = first(.propertyReportOrderServed) {
                return entry("art2_item1_propertyReportOrder", "已发出报告财产令", "Property report order sent", citations, .satisfied,
                             metOn: served.date, [.enforcement(citations, "已于 \(served.date.iso) 向被执行人送达报告财产令",
                                                               "The property report order was served on \(served.date.iso)")],
                             ruling: .enforcement(citations, "已于\(served.date.iso)责令被执行人报告财产", "The debtor was ordered to report property on \(served.date.iso)"))
            }
            return entry("art2_item1_propertyReportOrder", "已发出报告财产令", "Property report order sent", citations, .missing,
                         [.enforcement(citations, "尚未向被执行人发出报告财产令", "No property report order has been sent to the debtor")])
        }

        // Art.2 item 2
        func reportVerified() -> Entry {
            let citations = EnforcementArticles.termination(2, item: 2)
            let title = ("已核查被执行人报告的财产", "The debtor's report verified")
            guard let report = last(.propertyReported) else {
                return entry("art2_item2_reportVerified", title.0, title.1, [citations], .notApplicable,
                             [.enforcement([citations], "被执行人没有报告财产的记录，无报告可核查（未报告的后果见下一项）",
                                           "No property report is recorded, so there is none to verify (see the next item for the consequences)")])
            }
            if let check = all(.propertyInquiry).first(where: { $0.date >= report.date }) {
                return entry("art2_item2_reportVerified", title.0, title.1, [citations], .satisfied, metOn: check.date,
                             [.enforcement([citations], "被执行人于 \(report.date.iso) 报告财产，已于 \(check.date.iso) 调查核实",
                                           "The debtor reported on \(report.date.iso); the report was checked by the inquiry of \(check.date.iso)")],
                             ruling: .enforcement([citations], "已对被执行人报告的财产情况予以核查", "The debtor's property report was verified"))
            }
            return entry("art2_item2_reportVerified", title.0, title.1, [citations], .missing,
                         [.enforcement([citations], "被执行人于 \(report.date.iso) 报告财产，此后没有核查的记录（应当对报告的财产情况予以核查）",
                                       "The debtor reported on \(report.date.iso) and no inquiry since verifies the report")])
        }

        // Art.2 item 3 (with Art.1 item 5): late, refused or false reports sanctioned
        func reportSanctions() -> Entry {
            let citations = [EnforcementArticles.termination(2, item: 3), EnforcementArticles.cpl(252)]
            let title = ("对逾期、拒绝或者虚假报告财产依法制裁", "Late, refused or false reports sanctioned")
            let sanction = last(.obstructionSanctioned)
            guard first(.propertyReportOrderServed) != nil else {
                return entry("art2_item3_reportSanctions", title.0, title.1, citations, .notApplicable,
                             [.enforcement(citations, "尚未发出报告财产令", "No property report order has been sent yet")])
            }
            if first(.propertyReported) == nil {
                if let sanction {
                    return entry("art2_item3_reportSanctions", title.0, title.1, citations, .satisfied, metOn: sanction.date,
                                 [.enforcement(citations, "被执行人未报告财产，已于 \(sanction.date.iso) 依法采取强制措施",
                                               "The debtor did not report; sanctions were imposed on \(sanction.date.iso)")],
                                 ruling: .enforcement(citations, "对未按报告财产令报告财产的被执行人已依法采取罚款、拘留等强制措施",
                                                      "The debtor who did not report property was sanctioned"))
                }
                if findings?.debtorWhereaboutsUnknown == true || first(.debtorSearched) != nil {
                    return entry("art2_item3_reportSanctions", title.0, title.1, citations, .notApplicable,
                                 [.enforcement(citations, "被执行人未报告财产；依据被执行人下落不明、已予查找的记录，无法对其采取罚款、拘留措施（依赖该认定）",
                                               "The debtor did not report; relying on the record that the debtor's whereabouts are unknown and were searched for, no fine or detention could be imposed")])
                }
                return entry("art2_item3_reportSanctions", title.0, title.1, citations, .missing,
                             [.enforcement(citations, "被执行人没有报告财产的记录：对逾期报告、拒绝报告的被执行人或者相关人员，应当依法采取罚款、拘留等强制措施（或者记录被执行人的报告）",
                                           "No property report is recorded: a debtor who reports late or refuses to report must be fined, detained or otherwise sanctioned (or record the report)")])
            }
            if findings?.obstructionOccurred == true {
                if let sanction {
                    return entry("art2_item3_reportSanctions", title.0, title.1, citations, .satisfied, metOn: sanction.date,
                                 [.enforcement(citations, "依据法院关于妨害执行的认定，已于 \(sanction.date.iso) 采取强制措施",
                                               "On the court's finding of obstruction, sanctions were imposed on \(sanction.date.iso)")],
                                 ruling: .enforcement(citations, "对妨害执行的行为已依法采取强制措施", "Obstruction was sanctioned"))
                }
                return entry("art2_item3_reportSanctions", title.0, title.1, citations, .missing,
                             [.enforcement(citations, "法院认定存在妨害执行（含逾期或者虚假报告财产）的情形，但没有采取强制措施的记录",
                                           "The court found obstruction (late or false reporting included) but no sanction is recorded")])
            }
            return entry("art2_item3_reportSanctions", title.0, title.1, citations, .notApplicable,
                         [.enforcement(citations, "被执行人已报告财产；依赖法院未认定报告逾期或者虚假",
                                       "The debtor reported; relying on the court not having found the report late or false")])
        }

        // Art.1 item 2, first half: consumption restriction, always
        func consumptionRestriction() -> Entry {
            let citations = EnforcementArticles.termination(1, item: 2)
            if let order = first(.consumptionRestricted) {
                return entry("art1_item2_consumptionRestriction", "已发出限制消费令", "Consumption restriction ordered", citations, .satisfied,
                             metOn: order.date, [.enforcement([citations], "已于 \(order.date.iso) 对被执行人发出限制消费令",
                                                              "A consumption restriction order was issued on \(order.date.iso)")],
                             ruling: .enforcement([citations], "已于\(order.date.iso)向被执行人发出限制消费令", "Consumption was restricted on \(order.date.iso)"))
            }
            return entry("art1_item2_consumptionRestriction", "已发出限制消费令", "Consumption restriction ordered", citations, .missing,
                         [.enforcement([citations], "尚未对被执行人发出限制消费令（终结本次执行程序前一律应当限制消费）",
                                       "No consumption restriction order has been issued (it is required in every case before 终本)")])
        }

        // Art.1 item 2, second half: listing where the conditions hold
        func dishonestListing() -> Entry {
            let citations = [EnforcementArticles.termination(1, item: 2), EnforcementArticles.dishonestList(1)]
            let title = ("符合条件的纳入失信被执行人名单", "Listed as dishonest where the conditions hold")
            if let listing = first(.listedDishonest) {
                return entry("art1_item2_dishonestList", title.0, title.1, citations, .satisfied, metOn: listing.date,
                             [.enforcement(citations, "已于 \(listing.date.iso) 将被执行人纳入失信被执行人名单",
                                           "The debtor was listed as dishonest on \(listing.date.iso)")],
                             ruling: .enforcement(citations, "已于\(listing.date.iso)将被执行人纳入失信被执行人名单", "The debtor was listed as dishonest on \(listing.date.iso)"))
            }
            switch findings?.dishonestListingConditionsMet {
            case true:
                return entry("art1_item2_dishonestList", title.0, title.1, citations, .missing,
                             [.enforcement(citations, "法院认定被执行人符合纳入失信被执行人名单的条件，但尚未纳入",
                                           "The court found that the debtor meets a ground for listing, but the debtor has not been listed")])
            case false:
                return entry("art1_item2_dishonestList", title.0, title.1, citations, .notApplicable,
                             [.enforcement(citations, "依据法院的认定：被执行人不符合纳入失信被执行人名单的条件",
                                           "Relying on the court's finding that the debtor meets no ground for listing")])
            case nil:
                return entry("art1_item2_dishonestList", title.0, title.1, citations, .notApplicable,
                             [.enforcement(citations, "未纳入失信名单，也没有记录相反的认定：依赖法院关于被执行人不符合纳入条件的判断；如符合失信名单规定第一条的情形，应当先行纳入",
                                           "Not listed, and no finding to the contrary is recorded: the engine relies on the court's judgment that no ground for listing holds; if one does (Dishonest List Provisions Art.1), list the debtor first")])
            }
        }

        // Art.3 item 1
        func cluesVerified() -> Entry {
            let citations = EnforcementArticles.termination(3, item: 1)
            let title = ("已核查申请执行人提供的财产线索", "Property clues verified")
            guard let clue = last(.propertyCluesGiven) else {
                return entry("art3_item1_cluesVerified", title.0, title.1, [citations], .notApplicable,
                             [.enforcement([citations], "申请执行人或者他人没有提供财产线索的记录", "No property clues are recorded")])
            }
            if let check = all(.propertyInquiry).first(where: { $0.date >= clue.date }) {
                return entry("art3_item1_cluesVerified", title.0, title.1, [citations], .satisfied, metOn: check.date,
                             [.enforcement([citations], "\(clue.date.iso) 提供的财产线索已于 \(check.date.iso) 核查",
                                           "The clues given on \(clue.date.iso) were checked on \(check.date.iso)")],
                             ruling: .enforcement([citations], "已对申请执行人提供的财产线索进行核查", "The property clues given were verified"))
            }
            return entry("art3_item1_cluesVerified", title.0, title.1, [citations], .missing,
                         [.enforcement([citations], "\(clue.date.iso) 提供的财产线索尚未核查", "The clues given on \(clue.date.iso) have not been checked")])
        }

        // Art.3 item 2
        func onlineInquiry() -> Entry {
            let citations = EnforcementArticles.termination(3, item: 2)
            let title = ("已通过网络执行查控系统查询", "Online inquiry system used")
            if let inquiry = last(.propertyInquiry) {
                return entry("art3_item2_onlineInquiry", title.0, title.1, [citations], .satisfied, metOn: inquiry.date,
                             [.enforcement([citations], "已进行 \(all(.propertyInquiry).count) 次财产调查，最近一次 \(inquiry.date.iso)；其他调查措施（实地调查、搜查、审计、悬赏，第三条第一款第三项至第六项）依案件情况由法院决定，本系统依赖其记录",
                                           "\(all(.propertyInquiry).count) property inquiry round(s), the latest on \(inquiry.date.iso); other measures (on-site inquiry, search, audit, reward notice: Art.3 para.1 items 3-6) depend on the case and are left to the court")],
                             ruling: .enforcement([citations], "已通过网络执行查控系统对被执行人的存款、车辆、不动产、有价证券等财产情况进行查询",
                                                  "The debtor's deposits, vehicles, real estate, securities and other property were queried through the online system"))
            }
            return entry("art3_item2_onlineInquiry", title.0, title.1, [citations], .missing,
                         [.enforcement([citations], "没有财产调查（网络执行查控）的记录", "No property inquiry through the online system is recorded")])
        }

        // Art.1 item 3 (with Art.4)
        func noDisposableProperty() -> Entry {
            let citations = [EnforcementArticles.termination(1, item: 3), EnforcementArticles.termination(4)]
            let title = ("未发现可供执行的财产或者财产不能处置", "Nothing disposable found")
            guard let inquiry = last(.propertyInquiry) else {
                return entry("art1_item3_noDisposableProperty", title.0, title.1, citations, .missing,
                             [.enforcement(citations, "没有财产调查的结果", "There is no property inquiry result")])
            }
            if let found = all(.assetFound).last, found.date > inquiry.date {
                return entry("art1_item3_noDisposableProperty", title.0, title.1, citations, .missing,
                             [.enforcement(citations, "\(found.date.iso) 在最近一次调查之后发现了财产：应当处置，或者经调查认定不能处置",
                                           "Property was found on \(found.date.iso), after the latest inquiry: dispose of it, or record an inquiry finding that it cannot be disposed of")])
            }
            switch inquiry.propertyFound {
            case false:
                var reasons = [Reason.enforcement(citations, "依据 \(inquiry.date.iso) 财产调查的结论：未发现可供执行的财产，或者发现的财产不能处置",
                                                  "Relying on the finding of the inquiry of \(inquiry.date.iso): nothing disposable was found, or what was found cannot be disposed of")]
                let inForce = history.measures.filter { MeasureRules.state($0, on: date, calendar: history.calendar) == .inForce }
                if !inForce.isEmpty {
                    reasons.append(.enforcement([EnforcementArticles.termination(4)],
                        "仍有 \(inForce.count) 项查封、扣押、冻结在效力期内（\(inForce.map(\.id).joined(separator: "、"))）：依赖法院关于其不能处置的认定（如拍卖、变卖未成交且申请执行人不接受抵债，或者登记查封的车辆未能实际扣押）",
                        "\(inForce.count) measure(s) are still in force (\(inForce.map(\.id).joined(separator: ", "))): relying on the court's finding that the property cannot be disposed of (e.g. auction and sale failed and the applicant refused it in satisfaction, or a registered vehicle could not be seized)"))
                }
                return entry("art1_item3_noDisposableProperty", title.0, title.1, citations, .satisfied, metOn: inquiry.date, reasons,
                             ruling: .enforcement(citations, "已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置",
                                                  "The investigation was exhausted and no disposable property was found"))
            case true:
                return entry("art1_item3_noDisposableProperty", title.0, title.1, citations, .missing,
                             [.enforcement(citations, "\(inquiry.date.iso) 的财产调查发现了可供执行的财产：应当依法处置",
                                           "The inquiry of \(inquiry.date.iso) found disposable property: it must be disposed of")])
            case nil:
                return entry("art1_item3_noDisposableProperty", title.0, title.1, citations, .missing,
                             [.enforcement(citations, "\(inquiry.date.iso) 的财产调查没有记录结果", "The inquiry of \(inquiry.date.iso) has no recorded result")])
            }
        }

        // Art.1 item 4
        func threeMonths() -> Entry {
            let citations = EnforcementArticles.termination(1, item: 4)
            let title = ("自立案之日起已超过三个月", "More than three months since filing")
            let period = history.calendar.deadline(from: history.facts.filedOn, months: 3)
            let end = period.nominalLastDay
            let counting = period.reasons.first.map { [$0] } ?? []
            if date > end {
                return entry("art1_item4_threeMonths", title.0, title.1, [citations], .satisfied, metOn: end.adding(days: 1),
                             [.enforcement([citations], "\(history.facts.filedOn.iso) 立案，三个月于 \(end.iso) 届满，\(date.iso) 已超过三个月",
                                           "Filed on \(history.facts.filedOn.iso); three months ended on \(end.iso); \(date.iso) is past them")] + counting,
                             ruling: .enforcement([citations], "自执行案件立案之日起已超过三个月", "More than three months have passed since filing"))
            }
            return entry("art1_item4_threeMonths", title.0, title.1, [citations], .missing,
                         [.enforcement([citations], "\(history.facts.filedOn.iso) 立案，三个月于 \(end.iso) 届满，最早 \(end.adding(days: 1).iso) 方可终本（这是等待期间，不因节假日顺延）",
                                       "Filed on \(history.facts.filedOn.iso); the three months end on \(end.iso), so 终本 is possible from \(end.adding(days: 1).iso) (a waiting period, not moved for holidays)")] + counting)
        }

        // Art.1 item 5, first half
        func debtorSearched() -> Entry {
            let citations = EnforcementArticles.termination(1, item: 5)
            let title = ("下落不明的被执行人已依法查找", "A missing debtor searched for")
            if let search = last(.debtorSearched) {
                return entry("art1_item5_debtorSearched", title.0, title.1, [citations], .satisfied, metOn: search.date,
                             [.enforcement([citations], "已于 \(search.date.iso) 依法查找被执行人", "The debtor was searched for on \(search.date.iso)")],
                             ruling: .enforcement([citations], "被执行人下落不明，已依法予以查找", "The debtor, whose whereabouts are unknown, was searched for"))
            }
            if findings?.debtorWhereaboutsUnknown == true {
                return entry("art1_item5_debtorSearched", title.0, title.1, [citations], .missing,
                             [.enforcement([citations], "法院认定被执行人下落不明，但没有依法查找的记录", "The court found the debtor's whereabouts unknown but no search is recorded")])
            }
            return entry("art1_item5_debtorSearched", title.0, title.1, [citations], .notApplicable,
                         [.enforcement([citations], "没有被执行人下落不明的认定（依赖该情况）", "No finding that the debtor's whereabouts are unknown (relied on)")])
        }

        // Art.1 item 5, second half
        func obstructionSanctioned() -> Entry {
            let citations = EnforcementArticles.termination(1, item: 5)
            let title = ("妨害执行的已依法采取强制措施", "Obstruction sanctioned")
            if let sanction = last(.obstructionSanctioned) {
                return entry("art1_item5_obstructionSanctioned", title.0, title.1, [citations], .satisfied, metOn: sanction.date,
                             [.enforcement([citations], "已于 \(sanction.date.iso) 对妨害执行行为采取罚款、拘留等强制措施或者启动刑事责任追究程序",
                                           "Obstruction was met with fines, detention or criminal proceedings on \(sanction.date.iso)")],
                             ruling: .enforcement([citations], "对妨害执行的行为已依法采取强制措施", "Obstruction of enforcement was sanctioned"))
            }
            if findings?.obstructionOccurred == true {
                return entry("art1_item5_obstructionSanctioned", title.0, title.1, [citations], .missing,
                             [.enforcement([citations], "法院认定存在妨害执行的行为，但没有采取罚款、拘留等强制措施或者启动刑事责任追究程序的记录",
                                           "The court found obstruction but no fine, detention or criminal referral is recorded")])
            }
            return entry("art1_item5_obstructionSanctioned", title.0, title.1, [citations], .notApplicable,
                         [.enforcement([citations], "没有妨害执行的认定（依赖该情况）", "No finding of obstruction (relied on)")])
        }

        // Art.5
        func applicantHeard() -> Entry {
            let citations = EnforcementArticles.termination(5)
            let title = ("已告知申请执行人并听取意见", "Applicant informed and heard")
            if let heard = last(.applicantHeard) {
                return entry("art5_applicantHeard", title.0, title.1, [citations], .satisfied, metOn: heard.date,
                             [.enforcement([citations], "已于 \(heard.date.iso) 将执行情况、财产调查措施、被执行人财产情况、终本的依据及法律后果告知申请执行人，并听取其意见",
                                           "On \(heard.date.iso) the applicant was told the state of enforcement, the investigation, the debtor's property, the grounds and consequences of 终本, and was heard")],
                             ruling: .enforcement([citations], "已于\(heard.date.iso)听取申请执行人对终结本次执行程序的意见", "The applicant was heard on \(heard.date.iso)"))
            }
            return entry("art5_applicantHeard", title.0, title.1, [citations], .missing,
                         [.enforcement([citations], "终结本次执行程序前，应当告知申请执行人并听取其意见，没有记录", "The applicant must be informed and heard before 终本; nothing is recorded")])
        }

        // CPL Interpretation 2022 Art.517 para.1
        func confirmation() -> Entry {
            let citations = EnforcementArticles.cplInterpretation(517, para: 1)
            let title = ("申请执行人签字确认或者合议庭审查并经院长批准", "Applicant's confirmation or panel review approved by the president")
            switch findings?.terminationConfirmed {
            case true:
                return entry("cplInterp517_confirmation", title.0, title.1, [citations], .satisfied,
                             [.enforcement([citations], "依据记录：申请执行人已签字确认，或者执行法院已组成合议庭审查核实并经院长批准",
                                           "Recorded: the applicant signed to confirm, or a collegial panel reviewed it and the president approved")],
                             ruling: .enforcement([citations], "经申请执行人签字确认（或者经合议庭审查核实并报院长批准）", "Confirmed by the applicant (or reviewed by a panel and approved by the president)"))
            case false:
                return entry("cplInterp517_confirmation", title.0, title.1, [citations], .missing,
                             [.enforcement([citations], "记录表明尚无申请执行人签字确认，也未经合议庭审查并经院长批准",
                                           "Recorded: neither the applicant's signed confirmation nor a panel review approved by the president")])
            case nil:
                return entry("cplInterp517_confirmation", title.0, title.1, [citations], .unverified,
                             [.enforcement([citations], "终本须经申请执行人签字确认，或者由执行法院组成合议庭审查核实并经院长批准；本案没有相关记录，请核实",
                                           "Termination of the current procedure (终本) needs the applicant's signed confirmation, or a collegial panel's review approved by the president; nothing is recorded, please verify (findings.terminationConfirmed)")])
            }
        }

        func outstanding() -> Entry {
            let citations = [EnforcementArticles.termination(1), EnforcementArticles.settlement(8)]
            let title = ("尚有未执行到位的款项", "Something is still outstanding")
            let applied = history.facts.amountApplied
            guard applied.isPositive else {
                return entry("outstanding", title.0, title.1, citations, .notApplicable,
                             [.enforcement(citations, "申请执行标的不是金钱", "The application is not for money")])
            }
            let received = history.receipts.filter { $0.date <= date }.reduce(Int64(0)) { $0 + $1.amount.fen }
            let outstanding = applied.fen - received
            if outstanding > 0 && !history.settlementPerformed {
                return entry("outstanding", title.0, title.1, citations, .satisfied,
                             [.enforcement(citations, "尚有 \(Money(fen: outstanding).formatted) 未执行到位", "\(Money(fen: outstanding).formatted) is still outstanding")],
                             ruling: .enforcement(citations, "尚有\(Money(fen: outstanding).formatted)未执行到位", "\(Money(fen: outstanding).formatted) remains outstanding"))
            }
            return entry("outstanding", title.0, title.1, citations, .missing,
                         [.enforcement(citations, "申请执行的款项已全部到账（或者执行和解协议已履行完毕），应当以“执行完毕”结案",
                                       "Everything applied for has been received (or the settlement performed): the case is closed as fully performed")])
        }
    }
}
