/// Where a referral stands: the latest step of the procedure the events show.
public enum RefusalStage: String, Sendable, Hashable, Codable, CaseIterable {
    /// No transfer and no complaint recorded.
    case noReferral
    /// The applicant complained to the police; no answer on acceptance yet.
    case complaintLodged
    /// The police refused to accept the applicant's complaint materials (Opinions 2025 Art.11 item 2).
    case complaintRefused
    /// The police accepted the complaint; a written answer is due within 30 days (Art.11 item 2).
    case complaintUnderReview
    /// Transferred (Art.3 or Art.8 para.3); the police have not recorded acceptance (Art.5 para.1).
    case awaitingPoliceAcceptance
    /// The police review whether to file (Art.5 para.2).
    case policeFilingReview
    /// The police decided not to file (Art.5 para.2); no supervision recorded since.
    case notFiled
    /// The procuratorate supervises the failure to file (Arts.7-8).
    case filingSupervision
    /// The procuratorate found the police's reasons for not filing valid (Art.12 para.2).
    case notFiledReasonsUpheld
    /// The procuratorate told the police to file; they must do so within 15 days (Art.8 para.2).
    case awaitingFilingOnNotice
    /// Filed for investigation (Art.6).
    case investigation
    /// The police withdrew the case after filing (Art.7).
    case caseWithdrawn
    /// Under review for prosecution (Art.9; CrimPL 2018 Art.172).
    case prosecutionReview
    /// Returned for supplementary investigation (CrimPL 2018 Art.175).
    case supplementaryInvestigation
    /// Prosecuted; first-instance trial (Art.10; CrimPL 2018 Art.208).
    case publicProsecutionTrial
    /// The procuratorate decided not to prosecute (Art.11 item 2; Art.12 para.1).
    case notProsecuted
    /// A private prosecution was brought; the court has not yet decided whether to file it (Art.14).
    case privateProsecutionFiled
    /// The court filed the private prosecution; first-instance trial (Art.14; CrimPL 2018 Art.212).
    case privateProsecutionTrial
    /// The court rejected the private prosecution.
    case privateProsecutionRejected
    /// The private prosecutor reconciled with the defendant before judgment (Art.17).
    case privateProsecutionReconciled
    /// The private prosecutor withdrew before judgment (Art.17).
    case privateProsecutionWithdrawn
    /// First-instance judgment pronounced (Art.10).
    case judgment

    public var title: LocalizedText {
        switch self {
        case .noReferral: LocalizedText(zh: "尚未移送或控告", en: "no transfer or complaint yet")
        case .complaintLodged: LocalizedText(zh: "申请执行人已控告，待公安机关接受", en: "complaint lodged, awaiting the police")
        case .complaintRefused: LocalizedText(zh: "公安机关不予接受控告材料", en: "complaint refused by the police")
        case .complaintUnderReview: LocalizedText(zh: "公安机关审查控告", en: "complaint under police review")
        case .awaitingPoliceAcceptance: LocalizedText(zh: "已移送，待公安机关受案", en: "transferred, awaiting police acceptance")
        case .policeFilingReview: LocalizedText(zh: "公安机关立案审查", en: "police filing review")
        case .notFiled: LocalizedText(zh: "公安机关不予立案", en: "police decided not to file")
        case .filingSupervision: LocalizedText(zh: "检察院立案监督", en: "procuratorial filing supervision")
        case .notFiledReasonsUpheld: LocalizedText(zh: "检察院认为不立案理由成立", en: "reasons for not filing upheld by the procuratorate")
        case .awaitingFilingOnNotice: LocalizedText(zh: "检察院已通知立案，待公安机关立案", en: "notice to file issued, awaiting filing")
        case .investigation: LocalizedText(zh: "立案侦查", en: "investigation")
        case .caseWithdrawn: LocalizedText(zh: "公安机关撤销案件", en: "case withdrawn by the police")
        case .prosecutionReview: LocalizedText(zh: "审查起诉", en: "review for prosecution")
        case .supplementaryInvestigation: LocalizedText(zh: "退回补充侦查", en: "supplementary investigation")
        case .publicProsecutionTrial: LocalizedText(zh: "公诉案件一审审理", en: "first-instance trial of the public prosecution")
        case .notProsecuted: LocalizedText(zh: "检察院不起诉", en: "not prosecuted")
        case .privateProsecutionFiled: LocalizedText(zh: "已提起自诉，待立案审查", en: "private prosecution brought, awaiting filing")
        case .privateProsecutionTrial: LocalizedText(zh: "自诉案件一审审理", en: "first-instance trial of the private prosecution")
        case .privateProsecutionRejected: LocalizedText(zh: "自诉不予受理或被驳回", en: "private prosecution rejected")
        case .privateProsecutionReconciled: LocalizedText(zh: "自诉人与被告人和解", en: "private prosecution ended by reconciliation")
        case .privateProsecutionWithdrawn: LocalizedText(zh: "自诉人撤回自诉", en: "private prosecution withdrawn")
        case .judgment: LocalizedText(zh: "已宣告一审判决", en: "first-instance judgment pronounced")
        }
    }
}

/// The stage with the event that put the referral there, and why.
public struct RefusalStageReport: Sendable, Hashable, Encodable {
    public let code: RefusalStage
    public let title: LocalizedText
    /// The date of the event that brought the referral to this stage.
    public let since: LocalDate?
    /// The index (in `events`) of that event.
    public let event: Int?
    public let reasons: [Reason]
}
