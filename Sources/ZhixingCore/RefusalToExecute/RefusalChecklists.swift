/// One item of a checklist: the provision that asks for it, and whether the facts say it was provided.
public struct RefusalChecklistItem: Sendable, Hashable, Cited {
    /// The JSON value that names the item in the facts (`abilityToPerform`, `complaintStatement`, ...).
    public let code: String
    public let citations: [Citation]
    public let title: LocalizedText
    public let required: Bool
    public let provided: Bool
    public let note: LocalizedText?
}

public struct RefusalChecklist: Sendable, Hashable, Encodable {
    public let items: [RefusalChecklistItem]
    /// The codes of required items not provided.
    public let missing: [String]
    public let complete: Bool
    public let reasons: [Reason]

    init(items: [RefusalChecklistItem], reasons: [Reason]) {
        self.items = items
        missing = items.filter { $0.required && !$0.provided }.map(\.code)
        complete = missing.isEmpty
        var all = reasons
        let names = items.filter { $0.required && !$0.provided }
        if names.isEmpty {
            all.append(Reason(citations: items.first?.citations ?? [], message: LocalizedText(
                zh: "应当提交的材料均已记录提交", en: "Every required item is recorded as provided")))
        } else {
            for item in names {
                all.append(Reason(citations: item.citations, message: LocalizedText(
                    zh: "缺少：\(item.title.zh)", en: "Missing: \(item.title.en)")))
            }
        }
        self.reasons = all
    }
}

extension RefusalTimeline {
    /// Opinions 2025 Art.3 (the court's transfer letter and explanation) and Art.4 (five categories of evidence);
    /// Art.8 para.3 for a procuratorate's transfer, which carries the Art.4 materials.
    func transferChecklist(documents: [TransferDocument], evidence: [TransferEvidence]) -> RefusalChecklist {
        let byProcuratorate = procuratorateTransfer != nil
        var items: [RefusalChecklistItem] = TransferDocument.allCases.map { doc in
            RefusalChecklistItem(code: doc.rawValue, citations: [RefusalArticles.opinions(3)], title: doc.title,
                                 required: !byProcuratorate, provided: documents.contains(doc),
                                 note: byProcuratorate ? LocalizedText(zh: "检察院移送适用第八条第三款，不要求法院的移送函和执行情况说明",
                                                                       en: "A procuratorate transfer (Art.8 para.3) needs no court letter or explanation") : nil)
        }
        items += TransferEvidence.allCases.map { category in
            RefusalChecklistItem(code: category.rawValue, citations: [RefusalArticles.opinions(4, item: category.item)],
                                 title: category.title, required: true, provided: evidence.contains(category), note: nil)
        }
        let context: Reason
        if let index = courtTransfer {
            context = Reason(citations: [RefusalArticles.opinions(3), RefusalArticles.opinions(4)], message: LocalizedText(
                zh: "人民法院于 \(events[index].date.iso) 移送：应当附移送函、执行情况说明和第四条五类证据材料",
                en: "The court transferred on \(events[index].date.iso): the letter, the explanation and the five Art.4 categories must be attached"))
        } else if let index = procuratorateTransfer {
            context = Reason(citation: RefusalArticles.opinions(8, para: 3), message: LocalizedText(
                zh: "人民检察院于 \(events[index].date.iso) 移送：应当移送第四条规定的案件材料",
                en: "The procuratorate transferred on \(events[index].date.iso): the Art.4 materials must go with it"))
        } else {
            context = Reason(citations: [RefusalArticles.opinions(3), RefusalArticles.opinions(4)], message: LocalizedText(
                zh: "尚未移送：移送时应当附下列材料", en: "Not yet transferred: a transfer must carry the following"))
        }
        return RefusalChecklist(items: items, reasons: [context])
    }

    /// Opinions 2025 Art.13: the six materials of a private prosecution.
    func privateProsecutionChecklist(_ facts: PrivateProsecutionFacts?) -> RefusalChecklist {
        let provided = facts?.materials ?? []
        let representative = facts?.filedByRepresentative ?? false
        let otherRequested = facts?.courtRequestedOtherMaterials ?? false
        let standing = privateProsecutionGrounds().filter(\.standing)
        let proof = standing.isEmpty ? nil : LocalizedText(
            zh: "按记录应提交：" + standing.map { expectedProof($0.kind).zh }.joined(separator: "；"),
            en: "On the record this is: " + standing.map { expectedProof($0.kind).en }.joined(separator: "; "))
        let items = PrivateProsecutionMaterial.allCases.map { material -> RefusalChecklistItem in
            let required: Bool
            var note: LocalizedText?
            switch material {
            case .representativeRelationship, .prosecutorUnableToAct:
                required = representative
                note = representative ? nil : LocalizedText(zh: "仅在法定代理人、近亲属代为告诉时需要", en: "Needed only when a legal representative or close relative acts")
            case .otherRequiredByCourt:
                required = otherRequested
                note = otherRequested ? nil : LocalizedText(zh: "人民法院未要求其他材料", en: "The court has not asked for other materials")
            case .publicNonPursuitProof:
                required = true
                note = proof
            default:
                required = true
            }
            return RefusalChecklistItem(code: material.rawValue, citations: [RefusalArticles.opinions(13, item: material.item)],
                                        title: material.title, required: required, provided: provided.contains(material), note: note)
        }
        let context = Reason(citation: RefusalArticles.opinions(13), message: privateFiled.map {
            LocalizedText(zh: "申请执行人于 \(events[$0].date.iso) 提起自诉，应当提交下列材料", en: "The applicant brought the private prosecution on \(events[$0].date.iso); the following materials are required")
        } ?? LocalizedText(zh: "提起自诉时应当提交下列材料", en: "A private prosecution must be brought with the following materials"))
        return RefusalChecklist(items: items, reasons: [context])
    }

    private func expectedProof(_ kind: PrivateProsecutionGroundKind) -> LocalizedText {
        switch kind {
        case .complaintRefused:
            LocalizedText(zh: "公安机关不予接受控告材料的证明", en: "proof that the police refused the complaint materials")
        case .complaintNotAnswered:
            LocalizedText(zh: "公安机关接受控告材料后三十日内未书面答复的证明", en: "proof of acceptance of the complaint and of no written answer within 30 days")
        case .policeNotFiling:
            LocalizedText(zh: "公安机关出具的不予立案通知书", en: "the police's notice of not filing")
        case .transferNotAnswered:
            LocalizedText(zh: "法院移送及公安机关三十日内未书面答复的证明（第十三条第五项字面针对控告，此为参照）",
                          en: "proof of the court's transfer and of no written answer within 30 days (Art.13 item 5 names the complaint route; applied by analogy)")
        case .procuratorateNonProsecution:
            LocalizedText(zh: "人民检察院出具的不起诉决定书", en: "the procuratorate's decision not to prosecute")
        }
    }
}
