/// Whether the debtor is to be put on the list of dishonest judgment debtors now, on which grounds, for how long.
///
/// Dishonest List Provisions 2017:
/// - Art.1: a debtor who has not performed and has one of six grounds shall be listed (应当纳入).
/// - Art.2 para.1: the term and its extension (`ListingTerm.compute`, `ExtensionBasis`).
/// - Art.3: ground 1 may not be used where a guarantee is given, controlled property suffices, the debtor is later
///   in the order of performance, or in other situations that are not refusal despite ability.
/// - Art.4: a minor is never listed.
/// - Art.5: the applicant's application is decided within 15 days; the decision is effective when made.
/// - Art.10 paras.3-4: re-listing; no support for the applicant's application within six months of a deletion
///   made at its request.
/// Good-Faith Enforcement Opinions 2019 No.15 (grace period) and No.16 (campus-loan students; an organisation's
/// officers are not listed).
enum ListingAssessor {
    static func assess(_ facts: CreditFacts, calendar: StatutoryCalendar, notes: inout CreditNotes) -> ListingAssessment {
        let request = facts.listingRequest
        let decidedOn = request?.decidedOn ?? facts.asOf
        var reasons: [Reason] = []

        // Art.5 para.2: the applicant applies and the court decides within 15 days; or the court acts of its own motion.
        var review: CreditDeadline?
        if let request, request.initiatedBy == .applicant, let appliedOn = request.appliedOn {
            review = calendar.creditDeadline(
                LocalizedText(zh: "审查申请执行人的纳入申请并作出决定", en: "review the applicant's application and decide"),
                from: appliedOn, period: .days(15), article: CreditArticles.dishonest(5, para: 2), notes: &notes)
            if let review, decidedOn > review.dueDate {
                notes.warn(CreditArticles.dishonest(5, para: 2),
                           zh: "决定日期 \(decidedOn.iso) 晚于审查期限 \(review.dueDate.iso)",
                           en: "The decision date \(decidedOn.iso) is after the review deadline \(review.dueDate.iso)")
            }
        } else {
            reasons.append(creditReason(CreditArticles.dishonest(5, para: 2),
                                        zh: "人民法院在执行过程中发现被执行人具有第一条规定情形之一的，可以依职权作出纳入决定",
                                        en: "A court that finds one of the Art.1 grounds in the course of enforcement may list the debtor of its own motion"))
        }

        // Bars that apply to every ground.
        var bars: [Reason] = []
        var ageUnknown = false
        bars += performanceBars(facts.enforcement, on: decidedOn)
        if facts.debtor.kind == .naturalPerson {
            if let age = facts.debtor.age(on: decidedOn) {
                if age < 18 {
                    bars.append(creditReason(CreditArticles.dishonest(4),
                                             zh: "被执行人在 \(decidedOn.iso) 未满十八周岁（\(age) 周岁），为未成年人，人民法院不得将其纳入失信被执行人名单（民法典第十七条）",
                                             en: "On \(decidedOn.iso) the debtor is \(age), under eighteen, a minor (Civil Code Art.17): a minor is never put on the list"))
                } else {
                    reasons.append(creditReason(CreditArticles.dishonest(4),
                                                zh: "被执行人在 \(decidedOn.iso) 已满十八周岁（\(age) 周岁），不属于第四条规定的未成年人",
                                                en: "On \(decidedOn.iso) the debtor is \(age): not a minor under Art.4"))
                }
            } else {
                ageUnknown = true
                reasons.append(creditReason(CreditArticles.dishonest(4),
                                            zh: "无法确定被执行人是否为未成年人：事实中没有居民身份证号码或出生日期（debtor.identityNumber / debtor.birthDate）",
                                            en: "Whether the debtor is a minor cannot be told: the facts give neither a resident identity number nor a birth date (debtor.identityNumber / debtor.birthDate)"))
            }
            if facts.debtor.fullTimeStudentInCampusLoanDispute {
                if facts.listingBars.campusLoanExceptionFound {
                    notes.rely(CreditArticles.opinions(16), zh: "本案属于全日制在校生“校园贷”纠纷中可以采取惩戒措施的例外情形",
                               en: "this campus-loan case of a full-time student is an exception in which discipline may be imposed")
                } else {
                    bars.append(creditReason(CreditArticles.opinions(16),
                                             zh: "全日制在校生因“校园贷”纠纷成为被执行人的，一般不得对其采取纳入失信名单措施；法院未认定例外情形",
                                             en: "A full-time student who became a debtor through a campus-loan dispute is generally not to be listed; the court found no exception"))
                }
            }
        } else {
            reasons.append(creditReason("\(CreditArticles.dishonest(1)); \(CreditArticles.opinions(16))",
                                        zh: "被执行人为单位的，纳入失信名单的是单位本身；不得将其法定代表人、主要负责人、影响债务履行的直接责任人员、实际控制人等纳入失信名单",
                                        en: "For an organisation debtor, the organisation itself is listed; its legal representative, principal responsible persons, directly responsible persons and actual controller are not put on the list"))
        }

        // Ground by ground.
        var available: [GroundAssessment] = []
        var refused: [GroundAssessment] = []
        for ground in DishonestGround.allCases {
            // Findings behind a ground that a general bar defeats are not relied on.
            var scratch = CreditNotes()
            let blocked = !bars.isEmpty || ageUnknown
            let (ok, groundReasons) = blocked
                ? assessGround(ground, facts, decidedOn: decidedOn, notes: &scratch)
                : assessGround(ground, facts, decidedOn: decidedOn, notes: &notes)
            let assessment = GroundAssessment(ground: ground, item: ground.item, title: ground.title, reasons: groundReasons)
            if ok && !blocked { available.append(assessment) } else if ok {
                refused.append(GroundAssessment(ground: ground, item: ground.item, title: ground.title, reasons: groundReasons + [
                    creditReason(ground.article, zh: "该情形成立，但存在不得纳入的情形或缺少必要事实，见名单理由",
                                 en: "The ground is made out, but a bar applies or a necessary fact is missing: see the listing reasons")]))
            } else {
                refused.append(assessment)
            }
        }

        // Art.10 para.4: an applicant's application within six months of a deletion made at its request.
        var applicationBar: Reason?
        if let request, request.initiatedBy == .applicant, let appliedOn = request.appliedOn,
           let listing = facts.existingListing, listing.deletionSituation == .applicantRequest,
           let deletedOn = listing.deletedOn {
            let (barredThrough, _) = calendar.creditTermEnd(from: deletedOn, period: .months(6))
            if appliedOn <= barredThrough {
                applicationBar = creditReason(CreditArticles.dishonest(10, para: 4),
                                              zh: "失信信息已于 \(deletedOn.iso) 依申请执行人书面申请删除，六个月内（至 \(barredThrough.iso)）申请执行人申请将该被执行人纳入失信名单的，人民法院不予支持（申请日 \(appliedOn.iso)）；人民法院依职权纳入不受此限",
                                              en: "The listing was deleted on \(deletedOn.iso) at the applicant's written request; an application by the applicant to list the debtor within six months (through \(barredThrough.iso)) is not supported (applied \(appliedOn.iso)); this does not bind the court acting of its own motion")
            }
        }

        let outcome: ListingOutcome
        if !bars.isEmpty {
            outcome = .mustNotList
            reasons += bars
        } else if ageUnknown {
            outcome = .insufficientFacts
        } else if available.isEmpty {
            outcome = .noGroundEstablished
            reasons.append(creditReason(CreditArticles.dishonest(1),
                                        zh: "未成立第一条规定的任何失信情形，不得纳入失信被执行人名单",
                                        en: "None of the Art.1 grounds is made out: the debtor is not to be listed"))
        } else if let applicationBar {
            outcome = .applicationNotSupported
            reasons.append(applicationBar)
        } else {
            outcome = .shallList
            let items = available.map { "第\($0.item)项" }.joined(separator: "、")
            let itemsEn = available.map { "item \($0.item)" }.joined(separator: ", ")
            reasons.append(creditReason(CreditArticles.dishonest(1),
                                        zh: "被执行人未履行生效法律文书确定的义务，并具有第一条\(items)情形，人民法院应当将其纳入失信被执行人名单",
                                        en: "The debtor has not performed the obligations of the effective legal instrument and Art.1 \(itemsEn) is made out: the court shall list the debtor"))
            reasons.append(creditReason(CreditArticles.dishonest(5, para: 3),
                                        zh: "应当制作决定书，写明纳入理由（有纳入期限的写明期限），由院长签发，自作出之日起生效，并按民事诉讼法规定的送达方式送达当事人",
                                        en: "The court issues a decision stating the grounds (and the term, if any), signed by the court president; it takes effect when made and is served on the parties as the Civil Procedure Law provides"))
            if facts.existingListing.map({ $0.deletedOn != nil && $0.deletionSituation?.article10Item != nil }) == true {
                reasons.append(creditReason(CreditArticles.dishonest(10, para: 3),
                                            zh: "依第十条第一款删除失信信息后，被执行人具有第一条规定情形之一的，人民法院可以重新将其纳入失信被执行人名单",
                                            en: "After a deletion under Art.10 para.1, a debtor with one of the Art.1 grounds may be listed again"))
            }
        }

        var term: ListingTerm?
        var grace: GracePeriod?
        var publication: PublicationRecord?
        if outcome == .shallList {
            let grounds = available.map(\.ground)
            let (granted, extensionReasons) = decideExtension(request?.extensionYears ?? 0, grounds: grounds,
                                                                facts: facts, notes: &notes)
            let computed = ListingTerm.compute(grounds: grounds, startsOn: decidedOn, extensionYears: granted,
                                               calendar: calendar, notes: &notes)
            term = ListingTerm(kind: computed.kind, startsOn: computed.startsOn, baseYears: computed.baseYears,
                               extensionYears: computed.extensionYears, totalYears: computed.totalYears,
                               lastDay: computed.lastDay, deletion: computed.deletion,
                               reasons: computed.reasons + extensionReasons)
            if let months = request?.gracePeriodMonths {
                grace = gracePeriod(months: months, decidedOn: decidedOn, calendar: calendar)
            }
            publication = ListingPublication.record(facts, grounds: grounds, notes: &notes)
        }

        return ListingAssessment(outcome: outcome, mayList: outcome == .shallList, decidedOn: decidedOn,
                                 availableGrounds: available, refusedGrounds: refused, term: term,
                                 applicationReview: review, gracePeriod: grace, publication: publication,
                                 reasons: reasons)
    }

    /// Art.1 (未履行) and Art.10 para.1 items 1-2, 5-7: no listing once the obligations are extinguished or
    /// enforcement is suspended for retrial or bankruptcy, ruled unenforceable, or terminated — a listing would
    /// have to be deleted at once.
    static func performanceBars(_ enforcement: EnforcementCaseFacts, on date: LocalDate) -> [Reason] {
        var bars: [Reason] = []
        let situations = DeletionSituations.found(in: enforcement, by: date, approvedApplicantRequest: nil)
        for found in situations where found.situation != .noPropertyAfterTermination {
            let lead = found.situation == .performed || found.situation == .settlementPerformed
                ? LocalizedText(zh: "被执行人不再有未履行的义务（第一条）", en: "the debtor no longer has an unperformed obligation (Art.1)")
                : LocalizedText(zh: "执行已中止、不予执行或终结", en: "enforcement is suspended, ruled unenforceable or terminated")
            bars.append(creditReason(CreditArticles.dishonest(1) + "; " + found.reason.article,
                                     zh: "不得纳入：\(lead.zh)；\(found.reason.message.zh)，此时纳入亦应删除",
                                     en: "No listing: \(lead.en); \(found.reason.message.en), and a listing would have to be deleted at once"))
        }
        return bars
    }

    /// Whether the conduct of `ground` is made out for a listing on `decidedOn`, with its reasons.
    static func assessGround(_ ground: DishonestGround, _ facts: CreditFacts, decidedOn: LocalDate,
                             notes: inout CreditNotes) -> (Bool, [Reason]) {
        let findings = facts.findings
        guard findings.found(ground) else {
            return (false, [creditReason(ground.article, zh: "法院未认定该情形", en: "The court has not found this conduct")])
        }
        var reasons: [Reason] = []
        var detail = ground.title
        if ground == .obstructsEnforcement, let methods = findings.obstruction?.methods {
            detail = LocalizedText(zh: detail.zh + "（方法：" + methods.map(\.title).creditJoined().zh + "）",
                                   en: detail.en + " (means: " + methods.map(\.title).creditJoined().en + ")")
        }
        if ground == .evadesEnforcement, let methods = findings.evasion?.methods {
            detail = LocalizedText(zh: detail.zh + "（方法：" + methods.map(\.title).creditJoined().zh + "）",
                                   en: detail.en + " (means: " + methods.map(\.title).creditJoined().en + ")")
        }
        notes.rely(ground.article, zh: detail.zh, en: detail.en)
        reasons.append(creditReason(ground.article, zh: "法院认定：\(detail.zh)", en: "The court found: \(detail.en)"))

        switch ground {
        case .refusesDespiteAbility:
            let bars = article3Bars(facts.listingBars, notes: &notes)
            if let item4 = DeletionSituations.noPropertyAfterTermination(facts.enforcement, by: decidedOn) {
                let bar = creditReason(CreditArticles.dishonest(10, para: 1, item: 4),
                                       zh: "终结本次执行程序后两次以上网络查询均未发现可供执行财产且无有效线索（\(item4.iso)），依第一条第一项纳入亦应删除",
                                       en: "After 终本, two or more online inquiries found no property and no effective clue was given (\(item4.iso)): a listing on Art.1 item 1 would have to be deleted")
                return (false, reasons + bars + [bar])
            }
            if !bars.isEmpty { return (false, reasons + bars) }
            reasons.append(creditReason(CreditArticles.dishonest(3),
                                        zh: "不存在第三条规定的不得依第一条第一项纳入的情形",
                                        en: "None of the Art.3 situations that bar a listing on Art.1 item 1 applies"))
        case .violatesConsumptionRestriction:
            guard let ordered = facts.consumptionRestriction.orderedOn, ordered <= decidedOn else {
                return (false, reasons + [creditReason(ground.article,
                                                       zh: "事实中没有在此之前作出的限制消费令（consumptionRestriction.orderedOn），无从违反",
                                                       en: "The facts show no consumption restriction order made before (consumptionRestriction.orderedOn), so none can have been violated")])
            }
            reasons.append(creditReason(CreditArticles.consumption(11),
                                        zh: "限制消费令于 \(ordered.iso) 作出；违反限制消费令进行消费的，属于拒不履行人民法院已经发生法律效力的判决、裁定的行为",
                                        en: "The consumption restriction order was made on \(ordered.iso); consuming in breach of it is a refusal to perform an effective judgment or ruling"))
        default:
            break
        }
        if ground.hasFixedTerm && facts.listingBars.controlledPropertySufficient {
            reasons.append(creditReason(CreditArticles.dishonest(3),
                                        zh: "第三条所列情形只限制依第一条第一项纳入，不影响本项",
                                        en: "The Art.3 situations bar only a listing on Art.1 item 1, not this item"))
        }
        return (true, reasons)
    }

    /// Art.3 items 1-4: the situations in which ground 1 may not be used, each a finding of the court.
    static func article3Bars(_ bars: ListingBarFindings, notes: inout CreditNotes) -> [Reason] {
        var result: [Reason] = []
        func bar(_ on: Bool, _ item: Int, zh: String, en: String) {
            guard on else { return }
            let article = CreditArticles.dishonest(3, item: item)
            notes.rely(article, zh: zh, en: en)
            result.append(creditReason(article, zh: "\(zh)：不得依据第一条第一项将被执行人纳入失信被执行人名单",
                                       en: "\(en): the debtor may not be listed on Art.1 item 1"))
        }
        bar(bars.adequateGuaranteeProvided, 1, zh: "被执行人提供了充分有效担保", en: "the debtor provided an adequate and effective guarantee")
        bar(bars.controlledPropertySufficient, 2, zh: "已被采取查封、扣押、冻结等措施的财产足以清偿生效法律文书确定债务",
            en: "property already sealed, seized or frozen suffices to satisfy the debt")
        bar(bars.laterInOrderOfPerformance, 3, zh: "被执行人履行顺序在后，对其依法不应强制执行",
            en: "the debtor is later in the order of performance and by law enforcement may not yet be taken against it")
        let other = bars.otherNotRefusalDescription.map { "（\($0)）" } ?? ""
        bar(bars.otherNotRefusalDespiteAbility, 4, zh: "其他不属于有履行能力而拒不履行生效法律文书确定义务的情形" + other,
            en: "another situation that is not a refusal to perform despite ability" + other)
        return result
    }

    /// Art.2 para.1: the extension the court decided, checked against its basis.
    static func decideExtension(_ requested: Int, grounds: [DishonestGround], facts: CreditFacts,
                                notes: inout CreditNotes) -> (Int, [Reason]) {
        let article = CreditArticles.dishonest(2, para: 1)
        guard grounds.contains(where: \.hasFixedTerm) else {
            if requested > 0 {
                return (0, [creditReason(article, zh: "仅依第一条第一项纳入的没有纳入期限，不适用延长",
                                         en: "A listing on Art.1 item 1 alone has no term, so there is nothing to extend")])
            }
            return (0, [])
        }
        let basis = ExtensionBasis.find(grounds: grounds, findings: facts.findings, notes: &notes)
        if requested == 0 {
            guard basis.exists else { return (0, basis.remarks) }
            return (0, basis.reasons + basis.remarks + [creditReason(article,
                                                                     zh: "存在延长理由，人民法院可以决定延长一至三年；本次未决定延长",
                                                                     en: "There is a basis for extension; the court may extend by one to three years, and has not done so")])
        }
        guard basis.exists else {
            return (0, basis.remarks + [creditReason(article,
                                                     zh: "请求延长 \(requested) 年，但不存在以暴力、威胁方法妨碍、抗拒执行情节严重或具有多项失信行为的情形，不得延长，期限为二年",
                                                     en: "An extension of \(requested) year\(requested == 1 ? "" : "s") was asked for, but there is neither serious obstruction by violence or threats nor several dishonest acts: no extension, the term is two years")])
        }
        return (requested, basis.reasons + basis.remarks + [creditReason(article,
                                                                         zh: "人民法院决定延长 \(requested) 年",
                                                                         en: "The court extends the term by \(requested) year\(requested == 1 ? "" : "s")")])
    }

    /// Opinions 2019 No.15: a grace period of one to three months during which the listing is not published.
    static func gracePeriod(months: Int, decidedOn: LocalDate, calendar: StatutoryCalendar) -> GracePeriod {
        let (lastDay, counting) = calendar.creditTermEnd(from: decidedOn, period: .months(months))
        let publishFrom = lastDay.adding(days: 1)
        var reasons = [creditReason(CreditArticles.opinions(15),
                                    zh: "给予 \(months) 个月宽限期：宽限期内（至 \(lastDay.iso)）暂不发布失信信息；期满仍未履行的，自 \(publishFrom.iso) 起发布并采取惩戒措施",
                                    en: "A grace period of \(months) month\(months == 1 ? "" : "s"): the listing is not published during it (through \(lastDay.iso)); if the debtor still has not performed, it is published from \(publishFrom.iso)")]
        if let counting { reasons.append(counting) }
        return GracePeriod(months: months, lastDay: lastDay, publishFrom: publishFrom, reasons: reasons)
    }
}
