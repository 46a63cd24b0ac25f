/// An application to correct a listing (Dishonest List Provisions 2017 Art.9, 11, 12).
///
/// - Art.11: a listed citizen, legal person or organisation may apply to the enforcing court for correction on
///   three grounds: it should not have been listed; the information is inaccurate; the listing should be deleted.
/// - Art.12 para.1: the court reviews within 15 days of receiving the written application; if the reasons hold it
///   corrects within three working days, otherwise it rejects; reconsideration may be sought from the court one
///   level up within 10 days of service of the rejection, which decides within 15 days of receipt.
/// - Art.12 para.2: reconsideration does not suspend the original decision.
/// - Art.9: a wrongly listed person's listing is revoked, inaccurate information corrected, within three working days.
enum CorrectionAssessor {
    static func assess(_ facts: CreditFacts, calendar: StatutoryCalendar,
                       notes: inout CreditNotes) -> CorrectionAssessment? {
        guard let application = facts.correction else { return nil }
        var reasons: [Reason] = []
        for ground in application.grounds {
            let (zh, en): (String, String) = switch ground {
            case .shouldNotHaveBeenListed: ("不应将其纳入失信被执行人名单", "it should not have been listed")
            case .inaccurateInformation: ("记载和公布的失信信息不准确", "the recorded and published information is inaccurate")
            case .shouldBeDeleted: ("失信信息应予删除", "the listing should be deleted")
            }
            reasons.append(creditReason([CreditArticles.dishonest(11, item: ground.item)],
                                        zh: "申请纠正的理由：\(zh)", en: "Ground for correction: \(en)"))
        }
        let review = calendar.creditDeadline(
            LocalizedText(zh: "审查书面纠正申请", en: "review the written application for correction"),
            from: application.receivedOn, period: .days(15), citations: [CreditArticles.dishonest(12, para: 1)], notes: &notes)

        guard let valid = application.reasonsFoundValid, let reviewedOn = application.reviewedOn else {
            if facts.asOf > review.dueDate {
                notes.warn([CreditArticles.dishonest(12, para: 1)],
                           zh: "审查期限 \(review.dueDate.iso) 已过，纠正申请仍未审查",
                           en: "The review deadline \(review.dueDate.iso) has passed and the application is still not reviewed")
            }
            return CorrectionAssessment(status: .pendingReview, review: review, correction: nil,
                                        reconsiderationWindow: nil, reconsiderationDecision: nil, reasons: reasons)
        }
        if reviewedOn > review.dueDate {
            notes.warn([CreditArticles.dishonest(12, para: 1)],
                       zh: "审查于 \(reviewedOn.iso) 作出，晚于期限 \(review.dueDate.iso)",
                       en: "The review was decided on \(reviewedOn.iso), after the deadline \(review.dueDate.iso)")
        }

        if valid {
            notes.rely([CreditArticles.dishonest(12, para: 1)], zh: "纠正申请理由成立", en: "the reasons given for correction hold")
            let correction = calendar.creditDeadline(
                LocalizedText(zh: "纠正（撤销、更正或删除）失信信息", en: "correct (revoke, amend or delete) the listing"),
                from: reviewedOn, period: .workingDays(3), citations: [CreditArticles.dishonest(12, para: 1)], notes: &notes)
            for ground in application.grounds {
                switch ground {
                case .shouldNotHaveBeenListed:
                    reasons.append(creditReason([CreditArticles.dishonest(9, para: 1)],
                                                zh: "不应纳入而被纳入的，人民法院应当在三个工作日内撤销失信信息",
                                                en: "A person wrongly listed: the court shall revoke the listing within three working days"))
                case .inaccurateInformation:
                    reasons.append(creditReason([CreditArticles.dishonest(9, para: 2)],
                                                zh: "记载和公布的失信信息不准确的，人民法院应当在三个工作日内更正失信信息",
                                                en: "Inaccurate information: the court shall correct it within three working days"))
                case .shouldBeDeleted:
                    reasons.append(creditReason([CreditArticles.dishonest(10)],
                                                zh: "失信信息应予删除的，依第十条删除",
                                                en: "A listing that should be deleted is deleted under Art.10"))
                }
            }
            return CorrectionAssessment(status: .reasonsValid, review: review, correction: correction,
                                        reconsiderationWindow: nil, reconsiderationDecision: nil, reasons: reasons)
        }

        notes.rely([CreditArticles.dishonest(12, para: 1)], zh: "纠正申请理由不成立", en: "the reasons given for correction do not hold")
        reasons.append(creditReason([CreditArticles.dishonest(12, para: 1)],
                                    zh: "理由不成立的，决定驳回；申请人可以自驳回决定书送达之日起十日内向上一级人民法院申请复议",
                                    en: "The reasons do not hold: the application is rejected; the applicant may seek reconsideration from the court one level up within 10 days of service of the rejection"))
        reasons.append(creditReason([CreditArticles.dishonest(12, para: 2)],
                                    zh: "复议期间，不停止原决定的执行", en: "Reconsideration does not suspend the original decision"))
        var window: CreditDeadline?
        var decision: CreditDeadline?
        if let served = application.rejectionServedOn {
            window = calendar.creditDeadline(
                LocalizedText(zh: "向上一级人民法院申请复议", en: "apply to the court one level up for reconsideration"),
                from: served, period: .days(10), citations: [CreditArticles.dishonest(12, para: 1)], notes: &notes)
        }
        if let received = application.reconsiderationReceivedOn {
            decision = calendar.creditDeadline(
                LocalizedText(zh: "上一级人民法院作出复议决定", en: "the court one level up decides the reconsideration"),
                from: received, period: .days(15), citations: [CreditArticles.dishonest(12, para: 1)], notes: &notes)
            if let window, received > window.dueDate {
                notes.warn([CreditArticles.dishonest(12, para: 1)],
                           zh: "复议申请于 \(received.iso) 收到，晚于申请期限 \(window.dueDate.iso)（在途时间未计入，须另行核实）",
                           en: "The reconsideration application was received on \(received.iso), after the deadline \(window.dueDate.iso) (time in transit not considered; check separately)")
            }
        }
        return CorrectionAssessment(status: .rejected, review: review, correction: nil, reconsiderationWindow: window,
                                    reconsiderationDecision: decision, reasons: reasons)
    }
}
