/// A situation of Dishonest List Provisions 2017 Art.10 para.1 found in the facts, with the day it arose.
struct FoundDeletionSituation {
    let situation: DeletionSituation
    let arisesOn: LocalDate
    let reason: Reason
}

enum DeletionSituations {
    /// The Art.10 para.1 situations that have arisen by `date`, in item order. `approvedApplicantRequest` is the
    /// date on which the court approved the applicant's written request to delete (item 3).
    static func found(in enforcement: EnforcementCaseFacts, by date: LocalDate,
                      approvedApplicantRequest: LocalDate?) -> [FoundDeletionSituation] {
        var found: [FoundDeletionSituation] = []
        func add(_ situation: DeletionSituation, _ day: LocalDate?, zh: String, en: String) {
            guard let day, day <= date, let item = situation.article10Item else { return }
            found.append(FoundDeletionSituation(situation: situation, arisesOn: day, reason: creditReason(
                [CreditArticles.dishonest(10, para: 1, item: item)], zh: zh + "（\(day.iso)）", en: en + " (\(day.iso))")))
        }
        add(.performed, enforcement.fullyPerformedOn,
            zh: "被执行人已履行生效法律文书确定的义务或人民法院已执行完毕",
            en: "The debtor has performed the obligations of the effective legal instrument, or the court has completed enforcement")
        add(.settlementPerformed, enforcement.settlementPerformedOn,
            zh: "当事人达成执行和解协议且已履行完毕", en: "The parties reached a settlement agreement and it has been performed")
        add(.applicantRequest, approvedApplicantRequest,
            zh: "申请执行人书面申请删除失信信息，人民法院审查同意",
            en: "The applicant asked in writing for the deletion and the court approved it after review")
        if let item4 = noPropertyAfterTermination(enforcement, by: date) {
            add(.noPropertyAfterTermination, item4,
                zh: "终结本次执行程序后，通过网络执行查控系统查询被执行人财产两次以上，未发现有可供执行财产，且申请执行人或者其他人未提供有效财产线索",
                en: "After the current enforcement procedure was terminated, two or more inquiries through the online inquiry and control system found no property available for enforcement, and no one provided an effective clue to property")
        }
        if let cause = enforcement.suspensionCause, cause != .other {
            add(.suspension, enforcement.suspendedOn,
                zh: "因\(cause == .retrial ? "审判监督" : "破产")程序，人民法院依法裁定对失信被执行人中止执行",
                en: "The court ruled to suspend enforcement against the debtor because of \(cause == .retrial ? "retrial (trial supervision)" : "bankruptcy") proceedings")
        }
        add(.nonEnforcement, enforcement.nonEnforcementRuledOn,
            zh: "人民法院依法裁定不予执行", en: "The court ruled that the instrument is not to be enforced")
        add(.enforcementTerminated, enforcement.enforcementTerminatedOn,
            zh: "人民法院依法裁定终结执行", en: "The court ruled to terminate enforcement")
        return found
    }

    /// Art.10 para.1 item 4: the day the situation arose (the second property-less inquiry after 终本), if it has:
    /// at least two inquiries after the termination ruling, none of them finding property, and no effective clue.
    static func noPropertyAfterTermination(_ enforcement: EnforcementCaseFacts, by date: LocalDate) -> LocalDate? {
        guard let terminated = enforcement.currentProcedureTerminatedOn, terminated <= date,
              !enforcement.effectivePropertyClueProvided else { return nil }
        let after = enforcement.onlineInquiries.filter { $0.on > terminated && $0.on <= date }.sorted { $0.on < $1.on }
        guard after.count >= 2, !after.contains(where: \.propertyFound) else { return nil }
        return after[1].on
    }
}
