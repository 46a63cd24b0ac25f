/// What becomes of a listing already made, on `asOf` (Dishonest List Provisions 2017 Art.2, Art.10).
///
/// - Art.10 para.1: seven situations oblige deletion within three working days.
/// - Art.10 para.2: they do not apply to a listing with a term; such a listing is deleted within three working
///   days after its term ends.
/// - Art.2 para.2: the court may delete early a listed debtor who actively performs or corrects the conduct.
/// - Art.10 para.3: after a deletion under para.1, the debtor may be listed again on an Art.1 ground.
/// - Art.10 para.4: for six months after a deletion at the applicant's request, the applicant's application to
///   list the debtor again is not supported.
enum ExistingListingAssessor {
    static func assess(_ facts: CreditFacts, calendar: StatutoryCalendar,
                       notes: inout CreditNotes) -> ExistingListingAssessment? {
        guard let listing = facts.existingListing else { return nil }
        let asOf = facts.asOf
        let term = ListingTerm.compute(grounds: listing.grounds, startsOn: listing.listedOn,
                                       extensionYears: listing.extensionYears, calendar: calendar, notes: &notes)
        var reasons: [Reason] = []
        let fixed = term.kind == .fixed
        let cutoff = listing.deletedOn ?? asOf

        // Art.10 para.1 situations, each with its own deadline when it applies.
        let found = DeletionSituations.found(in: facts.enforcement, by: cutoff,
                                             approvedApplicantRequest: listing.applicantDeletionRequest?.approvedOn)
        var situations: [DeletionSituationAssessment] = []
        for situation in found {
            let arises = max(situation.arisesOn, listing.listedOn)
            let item = situation.situation.article10Item ?? 0
            if fixed {
                situations.append(DeletionSituationAssessment(
                    situation: situation.situation, item: item, arisesOn: arises, applies: false, deletion: nil,
                    reasons: [situation.reason, creditReason([CreditArticles.dishonest(10, para: 2)],
                                                             zh: "有纳入期限的，不适用第十条第一款的规定；可由人民法院依第二条第二款决定提前删除",
                                                             en: "Art.10 para.1 does not apply to a listing with a term; the court may decide early deletion under Art.2 para.2")]))
            } else {
                let deletion = calendar.creditDeadline(
                    LocalizedText(zh: "删除失信信息", en: "delete the listing"), from: arises, period: .workingDays(3),
                    citations: [CreditArticles.dishonest(10, para: 1, item: item)], notes: &notes)
                situations.append(DeletionSituationAssessment(
                    situation: situation.situation, item: item, arisesOn: arises, applies: true, deletion: deletion,
                    reasons: [situation.reason, creditReason([CreditArticles.dishonest(10, para: 1)],
                                                             zh: "人民法院应当在三个工作日内删除失信信息",
                                                             en: "The court shall delete the listing within three working days")]))
            }
        }
        if listing.applicantDeletionRequest?.approvedOn == nil, let request = listing.applicantDeletionRequest {
            reasons.append(creditReason([CreditArticles.dishonest(10, para: 1, item: 3)],
                                        zh: "申请执行人于 \(request.requestedOn.iso) 书面申请删除，尚待人民法院审查同意",
                                        en: "The applicant asked in writing for deletion on \(request.requestedOn.iso); the court has yet to review and approve it"))
        }

        var status: ExistingListingStatus = .inForce
        var deletion: CreditDeadline?
        var earlyDeletion = false

        if let deletedOn = listing.deletedOn, let how = listing.deletionSituation {
            status = .deleted
            reasons.append(creditReason([CreditArticles.dishonest(10)],
                                        zh: "失信信息已于 \(deletedOn.iso) 删除（\(how.rawValue)）",
                                        en: "The listing was deleted on \(deletedOn.iso) (\(how.rawValue))"))
        } else if fixed, let lastDay = term.lastDay, let termDeletion = term.deletion {
            // The term includes its last day (Civil Code Arts.201-202; not moved for rest days, see
            // `creditTermEnd`): the listing stands through `lastDay` and must be deleted from the day after.
            if asOf > lastDay {
                status = .mustDelete
                deletion = termDeletion
                reasons.append(creditReason([CreditArticles.dishonest(10, para: 2)],
                                            zh: "纳入期限已于 \(lastDay.iso) 届满，人民法院应当在其后三个工作日内（至 \(termDeletion.dueDate.iso)）删除失信信息",
                                            en: "The term ended on \(lastDay.iso): the court shall delete the listing within three working days after it (by \(termDeletion.dueDate.iso))"))
            } else {
                reasons.append(creditReason([CreditArticles.dishonest(10, para: 2)],
                                            zh: "纳入期限至 \(lastDay.iso) 届满，届满后三个工作日内（至 \(termDeletion.dueDate.iso)）删除",
                                            en: "The term ends on \(lastDay.iso); the listing is to be deleted within three working days after it (by \(termDeletion.dueDate.iso))"))
                let performed = facts.enforcement.performedOn(by: asOf) != nil
                if facts.findings.activelyPerformedOrCorrected || performed {
                    earlyDeletion = true
                    if facts.findings.activelyPerformedOrCorrected {
                        notes.rely([CreditArticles.dishonest(2, para: 2)], zh: "失信被执行人积极履行生效法律文书确定义务或主动纠正失信行为",
                                   en: "the listed debtor actively performed its obligations or corrected the dishonest conduct")
                    }
                    reasons.append(creditReason([CreditArticles.dishonest(2, para: 2)],
                                                zh: performed ? "被执行人已履行完毕，人民法院可以决定提前删除失信信息（非必须）"
                                                    : "失信被执行人积极履行义务或主动纠正失信行为，人民法院可以决定提前删除失信信息（非必须）",
                                                en: performed ? "The debtor has performed in full: the court may (but need not) decide to delete the listing early"
                                                    : "The listed debtor actively performed or corrected its conduct: the court may (but need not) decide to delete the listing early"))
                }
            }
        } else {
            let applicable = situations.compactMap(\.deletion).sorted { $0.dueDate < $1.dueDate }
            if let first = applicable.first {
                status = .mustDelete
                deletion = first
                reasons.append(creditReason([CreditArticles.dishonest(10, para: 1)],
                                            zh: "出现第十条第一款规定的删除情形，人民法院应当在三个工作日内（至 \(first.dueDate.iso)）删除失信信息",
                                            en: "An Art.10 para.1 situation has arisen: the court shall delete the listing within three working days (by \(first.dueDate.iso))"))
            } else {
                reasons.append(creditReason([CreditArticles.dishonest(10, para: 1)],
                                            zh: "尚未出现第十条第一款规定的删除情形，名单继续有效",
                                            en: "No situation of Art.10 para.1 has arisen: the listing stays"))
            }
        }
        // Art.4 with Art.9 para.1: a listing of a minor should never have been made and is revoked.
        if status != .deleted, facts.debtor.kind == .naturalPerson, let age = facts.debtor.age(on: listing.listedOn), age < 18 {
            status = .mustRevoke
            deletion = calendar.creditDeadline(
                LocalizedText(zh: "撤销对未成年人的失信信息（自本次评估之日起算）",
                              en: "revoke the listing of a minor (counted from this assessment)"),
                from: asOf, period: .workingDays(3), citations: [CreditArticles.dishonest(9, para: 1)], notes: &notes)
            reasons.append(creditReason([CreditArticles.dishonest(4), CreditArticles.dishonest(9, para: 1)],
                                        zh: "纳入时（\(listing.listedOn.iso)）被执行人未满十八周岁（\(age) 周岁），依第四条不得纳入；不应纳入而被纳入的，人民法院应当在三个工作日内撤销失信信息",
                                        en: "On the listing date (\(listing.listedOn.iso)) the debtor was \(age), a minor whom Art.4 forbids listing; a wrongful listing is revoked within three working days"))
            notes.warn([CreditArticles.dishonest(4)], zh: "名单上的被执行人在纳入时为未成年人，应当撤销",
                       en: "The listed debtor was a minor when listed: the listing must be revoked")
        }
        let overdue = status == .mustDelete && deletion.map { asOf > $0.dueDate } == true
        if overdue, let deletion {
            notes.warn(deletion.reasons.first?.citations ?? [CreditArticles.dishonest(10)],
                       zh: "删除期限 \(deletion.dueDate.iso) 已过，失信信息仍未删除",
                       en: "The deletion deadline \(deletion.dueDate.iso) has passed and the listing is still not deleted")
        }

        // Re-listing.
        var barredThrough: LocalDate?
        if listing.deletedOn != nil, listing.deletionSituation?.article10Item != nil {
            reasons.append(creditReason([CreditArticles.dishonest(10, para: 3)],
                                        zh: "依第十条第一款删除后，被执行人具有第一条规定情形之一的，人民法院可以重新将其纳入失信被执行人名单",
                                        en: "After a deletion under Art.10 para.1, the debtor may be listed again if one of the Art.1 grounds arises"))
        }
        if let deletedOn = listing.deletedOn, listing.deletionSituation == .applicantRequest {
            let (through, counting) = calendar.creditTermEnd(from: deletedOn, period: .months(6))
            barredThrough = through
            reasons.append(creditReason([CreditArticles.dishonest(10, para: 4)],
                                        zh: "依申请执行人书面申请删除后六个月内（至 \(through.iso)），申请执行人申请将该被执行人纳入失信名单的，人民法院不予支持",
                                        en: "For six months after a deletion at the applicant's written request (through \(through.iso)), an application by the applicant to list the debtor again is not supported"))
            if let counting { reasons.append(counting) }
        }

        return ExistingListingAssessment(status: status, term: term, deletion: deletion, deletionOverdue: overdue,
                                         situations: situations, earlyDeletionAvailable: earlyDeletion,
                                         applicantRelistingBarredThrough: barredThrough, reasons: reasons)
    }
}

extension ExistingListingAssessment {
    /// The listing once a correction has been found justified (Art.12 para.1, Art.9): a listing that should not
    /// have been made is revoked, one that should be deleted is deleted, within the correction's three working days.
    func applying(_ correction: CorrectionAssessment?, grounds: [CorrectionGround]) -> ExistingListingAssessment {
        guard let correction, correction.status == .reasonsValid, let deadline = correction.correction,
              status != .deleted else { return self }
        let newStatus: ExistingListingStatus
        if grounds.contains(.shouldNotHaveBeenListed) {
            newStatus = .mustRevoke
        } else if grounds.contains(.shouldBeDeleted) {
            newStatus = .mustDelete
        } else {
            return self  // inaccurate information is corrected; the listing stays
        }
        let reason = creditReason([CreditArticles.dishonest(12, para: 1)],
                                  zh: "纠正申请理由成立，应当在 \(deadline.dueDate.iso) 前\(newStatus == .mustRevoke ? "撤销" : "删除")失信信息",
                                  en: "The application for correction succeeded: the listing is to be \(newStatus == .mustRevoke ? "revoked" : "deleted") by \(deadline.dueDate.iso)")
        return ExistingListingAssessment(status: newStatus, term: term, deletion: deadline,
                                         deletionOverdue: deletionOverdue, situations: situations,
                                         earlyDeletionAvailable: earlyDeletionAvailable,
                                         applicantRelistingBarredThrough: applicantRelistingBarredThrough,
                                         reasons: reasons + [reason])
    }
}
