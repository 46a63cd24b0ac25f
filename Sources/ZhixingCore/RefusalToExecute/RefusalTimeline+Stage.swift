extension RefusalTimeline {
    /// The stage the events have reached, with the event that set it.
    func stageReport() -> RefusalStageReport {
        let publicStage = publicLineStage()
        if let privateStage = privateLineStage() {
            let privateActive = privateRejected == nil && privateEnded == nil
            if privateActive || (privateStage.event ?? -1) > (publicStage.event ?? -1) { return privateStage }
        }
        return publicStage
    }

    private func report(_ stage: RefusalStage, _ index: Int?, _ citations: [Citation], zh: String, en: String) -> RefusalStageReport {
        let date = index.map { events[$0].date }
        let prefix = index.map { LocalizedText(zh: "events[\($0)]，\(events[$0].date.iso)：", en: "events[\($0)], \(events[$0].date.iso): ") }
        return RefusalStageReport(code: stage, title: stage.title, since: date, event: index, reasons: [
            Reason(citations: citations, message: LocalizedText(zh: (prefix?.zh ?? "") + zh, en: (prefix?.en ?? "") + en)),
        ])
    }

    private func privateLineStage() -> RefusalStageReport? {
        guard let filedIndex = privateFiled else { return nil }
        if let judgment {
            return report(.judgment, judgment, [RefusalArticles.opinions(10), RefusalArticles.crimPL(212, para: 2)],
                          zh: "自诉案件已宣告一审判决", en: "first-instance judgment pronounced in the private prosecution")
        }
        if let ended = privateEnded {
            let reconciled = events[ended].kind == .reconciliation
            return report(reconciled ? .privateProsecutionReconciled : .privateProsecutionWithdrawn, ended,
                          [RefusalArticles.opinions(17), RefusalArticles.interpretation(14), RefusalArticles.crimPL(212, para: 1)],
                          zh: reconciled ? "自诉人在宣告判决前与被告人自行和解" : "自诉人在宣告判决前撤回自诉",
                          en: reconciled ? "the private prosecutor reconciled with the defendant before judgment"
                              : "the private prosecutor withdrew before judgment")
        }
        if let rejected = privateRejected {
            return report(.privateProsecutionRejected, rejected, [RefusalArticles.crimPL(211)],
                          zh: "人民法院对自诉不予受理或者裁定驳回", en: "the court declined or dismissed the private prosecution")
        }
        if let accepted = privateAccepted {
            return report(.privateProsecutionTrial, accepted,
                          [RefusalArticles.opinions(14, para: 1), RefusalArticles.crimPL(212, para: 2)],
                          zh: "人民法院已对自诉立案，进入一审审理", en: "the court filed the private prosecution; first-instance trial")
        }
        return report(.privateProsecutionFiled, filedIndex, [RefusalArticles.opinions(14, para: 1)],
                      zh: "申请执行人已提起自诉，立案部门应当及时审查立案",
                      en: "the applicant brought a private prosecution; the filing division must review and file it promptly")
    }

    private func publicLineStage() -> RefusalStageReport {
        if let judgment {
            return report(.judgment, judgment, [RefusalArticles.opinions(10)],
                          zh: "人民法院已宣告一审判决", en: "the court pronounced its first-instance judgment")
        }
        if let index = publicProsecution {
            return report(.publicProsecutionTrial, index, [RefusalArticles.opinions(9), RefusalArticles.opinions(10)],
                          zh: "检察院已提起公诉，人民法院依法审判", en: "the procuratorate prosecuted; the court tries the case")
        }
        if let index = nonProsecution {
            return report(.notProsecuted, index, [RefusalArticles.opinions(11, item: 2), RefusalArticles.opinions(12, para: 1)],
                          zh: "检察院决定不起诉，即对负有执行义务的人不予追究刑事责任",
                          en: "the procuratorate decided not to prosecute, i.e. not to hold the person criminally liable")
        }
        if let index = supplementary {
            return report(.supplementaryInvestigation, index, [RefusalArticles.crimPL(175, para: 3)],
                          zh: "案件退回公安机关补充侦查（第 \(supplementaryReturns) 次）",
                          en: "returned to the police for supplementary investigation (round \(supplementaryReturns))")
        }
        if prosecutionTransfer != nil, let review = open.first(where: { $0.duty == .prosecutionReview }) {
            return report(.prosecutionReview, review.trigger, [RefusalArticles.opinions(9), RefusalArticles.crimPL(172, para: 1)],
                          zh: "案件在检察院审查起诉", en: "the case is under review for prosecution")
        }
        if let index = filed {
            var stage = report(.investigation, index, [RefusalArticles.opinions(6, para: 1)],
                               zh: "公安机关已立案侦查", en: "the police filed the case for investigation")
            if let request = arrestRequest {
                stage = RefusalStageReport(code: stage.code, title: stage.title, since: stage.since, event: stage.event,
                                           reasons: stage.reasons + [Reason(citation: RefusalArticles.opinions(9), message: LocalizedText(
                                               zh: "提请批准逮捕（events[\(request)]）待检察院审查决定",
                                               en: "the arrest request (events[\(request)]) awaits the procuratorate's decision"))])
            }
            return stage
        }
        if let index = withdrawn {
            return report(.caseWithdrawn, index, [RefusalArticles.opinions(7)],
                          zh: "公安机关立案后撤销案件", en: "the police withdrew the case after filing it")
        }
        if let index = filingNotice {
            return report(.awaitingFilingOnNotice, index, [RefusalArticles.opinions(8, para: 2)],
                          zh: "检察院认为不立案理由不能成立，已通知公安机关立案",
                          en: "the procuratorate found the reasons untenable and told the police to file")
        }
        if let index = reasonsAccepted {
            return report(.notFiledReasonsUpheld, index, [RefusalArticles.opinions(12, para: 2)],
                          zh: "检察院经审查认为公安机关不立案理由成立", en: "the procuratorate found the police's reasons for not filing valid")
        }
        let supervision = [supervisionRequest, reasonsRequest, reasonsAnswer].compactMap { $0 }.max()
        if let index = supervision {
            return report(.filingSupervision, index, [RefusalArticles.opinions(7), RefusalArticles.opinions(8, para: 1)],
                          zh: "立案监督进行中", en: "filing supervision is under way")
        }
        if let index = notFiled {
            return report(.notFiled, index, [RefusalArticles.opinions(5, para: 2)],
                          zh: "公安机关决定不予立案", en: "the police decided not to file")
        }
        if let index = policeAcceptance {
            return report(.policeFilingReview, index, [RefusalArticles.opinions(5, para: 2)],
                          zh: "公安机关已受案，审查是否立案", en: "the police accepted the materials and review whether to file")
        }
        if let index = courtTransfer ?? procuratorateTransfer {
            return report(.awaitingPoliceAcceptance, index,
                          [courtTransfer != nil ? RefusalArticles.opinions(5, para: 1) : RefusalArticles.opinions(8, para: 3)],
                          zh: "已移送公安机关，未记录受案登记和回执", en: "transferred to the police; no registration or receipt recorded")
        }
        if let index = complaintRefused {
            return report(.complaintRefused, index, [RefusalArticles.opinions(11, item: 2)],
                          zh: "公安机关不予接受控告材料", en: "the police refused to accept the complaint materials")
        }
        if let index = complaintAccepted {
            return report(.complaintUnderReview, index, [RefusalArticles.opinions(11, item: 2)],
                          zh: "公安机关已接受控告材料", en: "the police accepted the complaint materials")
        }
        if let index = complaint {
            return report(.complaintLodged, index, [RefusalArticles.opinions(11, item: 2)],
                          zh: "申请执行人已向公安机关控告", en: "the applicant complained to the police")
        }
        return RefusalStageReport(code: .noReferral, title: RefusalStage.noReferral.title, since: nil, event: nil, reasons: [
            Reason(citation: RefusalArticles.opinions(3), message: LocalizedText(
                zh: "未记录法院移送（第三条）、检察院移送（第八条第三款）或申请执行人控告",
                en: "No transfer by the court (Art.3) or procuratorate (Art.8 para.3) and no complaint is recorded")),
        ])
    }

    /// Acts the provisions require without a period ("应当接受", "及时"), owed on the "as of" date.
    func untimedDuties() -> [RefusalUntimedDuty] {
        var out: [RefusalUntimedDuty] = []
        if let transfer = courtTransfer ?? procuratorateTransfer, policeAcceptance == nil, filed == nil, notFiled == nil {
            let citations = courtTransfer != nil ? RefusalArticles.opinions(5, para: 1) : RefusalArticles.opinions(8, para: 3)
            out.append(RefusalUntimedDuty(
                code: "policeAcceptance", title: LocalizedText(zh: "接受移送材料，制作受案登记表并出具回执", en: "accept the materials, register them and give a receipt"),
                owedBy: .police, citations: [citations], since: events[transfer].date,
                reasons: [Reason(citations: [citations], message: LocalizedText(
                    zh: "公安机关应当接受移送的材料；未规定期限，应即办理", en: "The police must accept the transferred materials; no period is set, it is owed at once"))]))
        }
        if let transfer = procuratorateTransfer, filed == nil, notFiled == nil {
            out.append(RefusalUntimedDuty(
                code: "filingOnProcuratorateTransfer", title: LocalizedText(zh: "认为符合立案条件的，立案侦查", en: "file for investigation if the conditions are met"),
                owedBy: .police, citations: [RefusalArticles.opinions(8, para: 3)], since: events[transfer].date,
                reasons: [Reason(citation: RefusalArticles.opinions(8, para: 3), message: LocalizedText(
                    zh: "检察院移送的案件，《意见》未规定立案审查期限（第五条的七日、三十日期限针对法院移送）",
                    en: "For a procuratorate transfer the Opinions set no review period (Art.5's 7 and 30 days concern court transfers)"))]))
        }
        if let index = filed, prosecutionTransfer == nil, judgment == nil {
            out.append(RefusalUntimedDuty(
                code: "investigation", title: LocalizedText(zh: "及时侦查，依法采取强制措施；及时查封、扣押、冻结被隐藏、转移的涉案财产",
                                                            en: "investigate promptly, take coercive measures by law, and promptly seal, seize or freeze property hidden or transferred"),
                owedBy: .police, citations: [RefusalArticles.opinions(6)], since: events[index].date,
                reasons: [Reason(citation: RefusalArticles.opinions(6), message: LocalizedText(
                    zh: "立案后应当及时侦查并控制涉案财产；未规定期限", en: "After filing the police must investigate and control the property promptly; no period is set"))]))
        }
        if let request = supervisionRequest, filed == nil, filingNotice == nil, reasonsAccepted == nil,
           (reasonsRequest ?? -1) < request {
            out.append(RefusalUntimedDuty(
                code: "supervisionReview", title: LocalizedText(zh: "审查法院的监督请求，认为应当立案的要求公安机关说明不立案理由",
                                                                en: "review the court's request and, if the case should be filed, ask the police for their reasons"),
                owedBy: .procuratorate, citations: [RefusalArticles.opinions(8, para: 1)], since: events[request].date,
                reasons: [Reason(citation: RefusalArticles.opinions(8, para: 1), message: LocalizedText(
                    zh: "《意见》未规定检察院审查监督请求的期限", en: "The Opinions set no period for the procuratorate's review of the request"))]))
        }
        if let answer = reasonsAnswer, filed == nil, filingNotice == nil, reasonsAccepted == nil {
            out.append(RefusalUntimedDuty(
                code: "reasonsReview", title: LocalizedText(zh: "审查不立案理由：不能成立的经检察长决定通知立案",
                                                            en: "review the reasons; if untenable, on the Procurator-General's decision, notify the police to file"),
                owedBy: .procuratorate, citations: [RefusalArticles.opinions(8, para: 2)], since: events[answer].date,
                reasons: [Reason(citation: RefusalArticles.opinions(8, para: 2), message: LocalizedText(
                    zh: "《意见》未规定检察院审查不立案理由的期限", en: "The Opinions set no period for reviewing the police's reasons"))]))
        }
        if let index = privateFiled, privateAccepted == nil, privateRejected == nil, privateEnded == nil {
            out.append(RefusalUntimedDuty(
                code: "privateProsecutionFiling", title: LocalizedText(zh: "立案部门审查自诉材料，符合条件的及时立案", en: "the filing division reviews the materials and files promptly if they qualify"),
                owedBy: .court, citations: [RefusalArticles.opinions(14, para: 1)], since: events[index].date,
                reasons: [Reason(citation: RefusalArticles.opinions(14, para: 1), message: LocalizedText(
                    zh: "《意见》要求“及时立案”，未规定具体期限", en: "The Opinions require prompt filing without a fixed period"))]))
        }
        if let index = privateFiled, privateRejected == nil, privateEnded == nil {
            out.append(RefusalUntimedDuty(
                code: "privateProsecutionPreservation", title: LocalizedText(zh: "及时查封、扣押、冻结被隐藏、转移的涉案财产", en: "promptly seal, seize or freeze property hidden or transferred"),
                owedBy: .court, citations: [RefusalArticles.opinions(14, para: 2)], since: events[index].date,
                reasons: [Reason(citation: RefusalArticles.opinions(14, para: 2), message: LocalizedText(
                    zh: "自诉案件中由人民法院控制涉案财产", en: "In a private prosecution the court controls the property concerned"))]))
        }
        return out
    }
}
