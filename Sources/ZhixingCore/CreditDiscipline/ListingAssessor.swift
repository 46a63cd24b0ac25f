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
    static func assess(_ facts: CreditFacts, existing: ExistingListingAssessment?, calendar: StatutoryCalendar,
                       notes: inout CreditNotes) -> ListingAssessment {
        let request = facts.listingRequest
        let decidedOn = request?.decidedOn ?? facts.asOf
        var reasons: [Reason] = []

        // Art.5 para.2: the applicant applies and the court decides within 15 days; or the court acts of its own motion.
        var review: CreditDeadline?
        if let request, request.initiatedBy == .applicant, let appliedOn = request.appliedOn {
            review = calendar.creditDeadline(
                LocalizedText(zh: "审查申请执行人的纳入申请并作出决定", en: "review the applicant's application and decide"),
                from: appliedOn, period: .days(15), citations: [CreditArticles.dishonest(5, para: 2)], notes: &notes)
            if let review, decidedOn > review.dueDate {
                notes.warn([CreditArticles.dishonest(5, para: 2)],
                           zh: "决定日期 \(decidedOn.iso) 晚于审查期限 \(review.dueDate.iso)",
                           en: "The decision date \(decidedOn.iso) is after the review deadline \(review.dueDate.iso)")
            }
        } else {
            reasons.append(creditReason([CreditArticles.dishonest(5, para: 2)],
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
                    bars.append(creditReason([CreditArticles.dishonest(4)],
                                             zh: "被执行人在 \(decidedOn.iso) 未满十八周岁（\(age) 周岁），为未成年人，人民法院不得将其纳入失信被执行人名单（民法典第十七条）",
                                             en: "On \(decidedOn.iso) the debtor is \(age), under eighteen, a minor (Civil Code Art.17): a minor is never put on the list"))
                } else {
                    reasons.append(creditReason([CreditArticles.dishonest(4)],
                                                zh: "被执行人在 \(decidedOn.iso) 已满十八周岁（\(age) 周岁），不属于第四条规定的未成年人",
                                                en: "On \(decidedOn.iso) the debtor is \(age): not a minor under Art.4"))
                }
            } else {
                ageUnknown = true
                reasons.append(creditReason([CreditArticles.dishonest(4)],
                                            zh: "无法确定被执行人是否为未成年人：事实中没有居民身份证号码或出生日期（debtor.identityNumber / debtor.birthDate）",
                                            en: "Whether the debtor is a minor cannot be told: the facts give neither a resident identity number nor a birth date (debtor.identityNumber / debtor.birthDate)"))
            }
            if facts.debtor.fullTimeStudentInCampusLoanDispute {
                if facts.listingBars.campusLoanExceptionFound {
                    notes.rely([CreditArticles.opinions(16)], zh: "本案属于全日制在校生“校园贷”纠纷中可以采取惩戒措施的例外情形",
                               en: "this campus-loan case of a full-time student is an exception in which discipline may be imposed")
                } else {
                    bars.append(creditReason([CreditArticles.opinions(16)],
                                             zh: "全日制在校生因“校园贷”纠纷成为被执行人的，一般不得对其采取纳入失信名单措施；法院未认定例外情形",
                                             en: "A full-time student who became a debtor through a campus-loan dispute is generally not to be listed; the court found no exception"))
                }
            }
        } else {
            reasons.append(creditReason([CreditArticles.dishonest(1), CreditArticles.opinions(16)],
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
                    creditReason([ground.citation], zh: "该情形成立，但存在不得纳入的情形或缺少必要事实，见名单理由",
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
            // "六个月内": the six months end on the corresponding day (Civil Code Arts.201-202) and include it, so an
            // application on `barredThrough` is still barred. The last day is not moved for a rest day: Art.203
            // lengthens a period for doing an act, and this is a bar, not a period to act.
            if appliedOn <= barredThrough {
                applicationBar = creditReason([CreditArticles.dishonest(10, para: 4)],
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
            reasons.append(creditReason([CreditArticles.dishonest(1)],
                                        zh: "未成立第一条规定的任何失信情形，不得纳入失信被执行人名单",
                                        en: "None of the Art.1 grounds is made out: the debtor is not to be listed"))
        } else if let applicationBar {
            outcome = .applicationNotSupported
            reasons.append(applicationBar)
        } else if let listing = facts.existingListing, existing?.status == .inForce,
                  Set(available.map(\.ground)).isSubset(of: Set(listing.grounds)) {
            outcome = .alreadyListed
            reasons.append(creditReason([CreditArticles.dishonest(1)],
                                        zh: "被执行人已于 \(listing.listedOn.iso) 因同一失信情形被纳入名单且名单仍然有效，无须再次纳入",
                                        en: "The debtor has been on the list since \(listing.listedOn.iso) on the same grounds and the listing is still in force: no second listing"))
        } else {
            outcome = .shallList
            let items = available.map { "第\($0.item)项" }.joined(separator: "、")
            let itemsEn = (available.count == 1 ? "item " : "items ") + creditEnglishList(available.map { "\($0.item)" })
            reasons.append(creditReason([CreditArticles.dishonest(1)],
                                        zh: "被执行人未履行生效法律文书确定的义务，并具有第一条\(items)情形，人民法院应当将其纳入失信被执行人名单",
                                        en: "The debtor has not performed the obligations of the effective legal instrument and Art.1 \(itemsEn) \(available.count == 1 ? "is" : "are") made out: the court shall list the debtor"))
            reasons.append(creditReason([CreditArticles.dishonest(5, para: 1)],
                                        zh: "执行通知中应当已载明纳入失信被执行人名单的风险提示等内容",
                                        en: "The enforcement notice should have warned the debtor of the risk of being listed"))
            reasons.append(creditReason([CreditArticles.dishonest(5, para: 3)],
                                        zh: "应当制作决定书，写明纳入理由（有纳入期限的写明期限），由院长签发，自作出之日起生效，并按民事诉讼法规定的送达方式送达当事人",
                                        en: "The court issues a decision stating the grounds (and the term, if any), signed by the court president; it takes effect when made and is served on the parties as the Civil Procedure Law provides"))
            if let listing = facts.existingListing, existing?.status == .inForce {
                let added = available.map(\.ground).filter { !listing.grounds.contains($0) }
                reasons.append(creditReason([CreditArticles.dishonest(1)],
                                            zh: "被执行人已于 \(listing.listedOn.iso) 被纳入名单；新增失信情形（第一条" + added.map { "第\($0.item)项" }.joined(separator: "、") + "）可另行作出纳入决定",
                                            en: "The debtor has been on the list since \(listing.listedOn.iso); the new grounds (Art.1 " + creditEnglishList(added.map { "item \($0.item)" }) + ") may be the subject of a new listing decision"))
            }
            if facts.existingListing.map({ $0.deletedOn != nil && $0.deletionSituation?.article10Item != nil }) == true {
                reasons.append(creditReason([CreditArticles.dishonest(10, para: 3)],
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
}
