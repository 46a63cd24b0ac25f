/// The documents the enforcing court prepares when it transfers a case (Opinions 2025 Art.3).
public enum TransferDocument: String, Sendable, Hashable, Codable, CaseIterable {
    /// 案件移送函.
    case transferLetter
    /// 执行情况说明.
    case enforcementSituationExplanation

    public var title: LocalizedText {
        switch self {
        case .transferLetter: LocalizedText(zh: "案件移送函", en: "transfer letter")
        case .enforcementSituationExplanation: LocalizedText(zh: "执行情况说明", en: "explanation of the enforcement situation")
        }
    }
}

/// The five categories of evidence attached to a transfer (Opinions 2025 Art.4 items 1-5).
public enum TransferEvidence: String, Sendable, Hashable, Codable, CaseIterable {
    /// (一) 证明犯罪嫌疑人身份情况的证据材料.
    case identity
    /// (二) 证明犯罪嫌疑人负有执行义务或者协助执行义务的证据材料.
    case dutyToPerform
    /// (三) 证明犯罪嫌疑人有能力执行判决、裁定确定的全部或者部分义务的证据材料.
    case abilityToPerform
    /// (四) 证明犯罪嫌疑人有拒不执行判决、裁定行为的证据材料.
    case refusal
    /// (五) 证明犯罪嫌疑人拒不执行判决、裁定相关情节或者造成后果的证据材料.
    case circumstancesOrConsequences

    /// The item number in Art.4.
    public var item: Int {
        switch self {
        case .identity: 1
        case .dutyToPerform: 2
        case .abilityToPerform: 3
        case .refusal: 4
        case .circumstancesOrConsequences: 5
        }
    }

    public var title: LocalizedText {
        switch self {
        case .identity:
            LocalizedText(zh: "证明犯罪嫌疑人身份情况的证据材料", en: "evidence of the suspect's identity")
        case .dutyToPerform:
            LocalizedText(zh: "证明犯罪嫌疑人负有执行义务或者协助执行义务的证据材料",
                          en: "evidence that the suspect owes performance or assistance in enforcement")
        case .abilityToPerform:
            LocalizedText(zh: "证明犯罪嫌疑人有能力执行判决、裁定确定的全部或者部分义务的证据材料",
                          en: "evidence that the suspect is able to perform all or part of the duty")
        case .refusal:
            LocalizedText(zh: "证明犯罪嫌疑人有拒不执行判决、裁定行为的证据材料",
                          en: "evidence of the suspect's refusal to execute the judgment or ruling")
        case .circumstancesOrConsequences:
            LocalizedText(zh: "证明犯罪嫌疑人拒不执行判决、裁定相关情节或者造成后果的证据材料",
                          en: "evidence of the circumstances or consequences of the refusal")
        }
    }
}

/// The materials of a private prosecution (Opinions 2025 Art.13 items 1-6).
public enum PrivateProsecutionMaterial: String, Sendable, Hashable, Codable, CaseIterable {
    /// (一) 刑事自诉状.
    case complaintStatement
    /// (二) 自诉人身份证明材料.
    case prosecutorIdentity
    /// (二) 代为告诉的: 与自诉人关系的证明材料.
    case representativeRelationship
    /// (二) 代为告诉的: 自诉人不能亲自告诉的证明材料.
    case prosecutorUnableToAct
    /// (三) 生效法律文书及执行案件受理通知书等执行依据.
    case executionBasisAndAcceptanceNotice
    /// (四) 负有执行义务、有能力执行而拒不执行的证据材料.
    case dutyAbilityRefusalEvidence
    /// (五) 公安机关不予接受控告材料或者三十日内不予书面答复的证明、不予立案通知书、不起诉决定书.
    case publicNonPursuitProof
    /// (六) 人民法院认为需要提交的其他材料.
    case otherRequiredByCourt

    /// The item number in Art.13.
    public var item: Int {
        switch self {
        case .complaintStatement: 1
        case .prosecutorIdentity, .representativeRelationship, .prosecutorUnableToAct: 2
        case .executionBasisAndAcceptanceNotice: 3
        case .dutyAbilityRefusalEvidence: 4
        case .publicNonPursuitProof: 5
        case .otherRequiredByCourt: 6
        }
    }

    public var title: LocalizedText {
        switch self {
        case .complaintStatement: LocalizedText(zh: "刑事自诉状", en: "statement of the private prosecution")
        case .prosecutorIdentity: LocalizedText(zh: "自诉人身份证明材料", en: "proof of the private prosecutor's identity")
        case .representativeRelationship:
            LocalizedText(zh: "代为告诉人与自诉人关系的证明材料",
                          en: "proof of the relationship between the representative and the private prosecutor")
        case .prosecutorUnableToAct:
            LocalizedText(zh: "自诉人不能亲自告诉的证明材料", en: "proof that the private prosecutor cannot act in person")
        case .executionBasisAndAcceptanceNotice:
            LocalizedText(zh: "生效法律文书、执行案件受理通知书等执行依据材料",
                          en: "the effective legal instrument, the enforcement case acceptance notice and other proof of the execution basis")
        case .dutyAbilityRefusalEvidence:
            LocalizedText(zh: "负有执行义务或者协助执行义务、有能力执行而拒不执行的证据材料",
                          en: "evidence of the duty to perform or assist, the ability to perform and the refusal")
        case .publicNonPursuitProof:
            LocalizedText(zh: "公安机关不予接受控告材料或者三十日内不予书面答复的证明材料，或者不予立案通知书、不起诉决定书",
                          en: "proof that the police refused the complaint or gave no written answer within 30 days, or the notice of not filing, or the decision not to prosecute")
        case .otherRequiredByCourt: LocalizedText(zh: "人民法院认为需要提交的其他材料", en: "other materials the court requires")
        }
    }
}

/// A circumstance of refusal a person has found, by the provision that names it.
public enum RefusalCircumstance: String, Sendable, Hashable, Codable, CaseIterable {
    // NPCSC Interpretation 2002 (刑法第三百一十三条的解释) items 1-4: "有能力执行而拒不执行，情节严重".
    case npcsc2002Item1, npcsc2002Item2, npcsc2002Item3, npcsc2002Item4
    // Interpretation 2024 Art.3 items 1-10: "其他有能力执行而拒不执行，情节严重的情形".
    case interp2024Art3Item1, interp2024Art3Item2, interp2024Art3Item3, interp2024Art3Item4, interp2024Art3Item5
    case interp2024Art3Item6, interp2024Art3Item7, interp2024Art3Item8, interp2024Art3Item9, interp2024Art3Item10
    // Interpretation 2024 Art.6: concealment or transfer after suit began, proven after the judgment took effect.
    case interp2024Art6
    // Interpretation 2024 Art.4 items 1-5: "情节特别严重".
    case interp2024Art4Item1, interp2024Art4Item2, interp2024Art4Item3, interp2024Art4Item4, interp2024Art4Item5

    /// Serious (情节严重) or particularly serious (情节特别严重).
    public var isParticularlySerious: Bool {
        switch self {
        case .interp2024Art4Item1, .interp2024Art4Item2, .interp2024Art4Item3, .interp2024Art4Item4, .interp2024Art4Item5:
            true
        default:
            false
        }
    }

    /// Whether the circumstance is defined by its result "致使判决、裁定无法执行" (Interpretation 2024 Art.7).
    public var requiresUnenforceability: Bool {
        switch self {
        case .npcsc2002Item1, .npcsc2002Item2, .npcsc2002Item3, .npcsc2002Item4, .interp2024Art3Item1,
             .interp2024Art3Item2, .interp2024Art3Item3, .interp2024Art3Item5, .interp2024Art3Item6, .interp2024Art4Item1:
            true
        default:
            false
        }
    }

    /// The provision in English, as printed before citations were values.
    public var article: String { citation.english }

    public var citation: Citation {
        switch self {
        case .npcsc2002Item1: RefusalArticles.npcsc(item: 1)
        case .npcsc2002Item2: RefusalArticles.npcsc(item: 2)
        case .npcsc2002Item3: RefusalArticles.npcsc(item: 3)
        case .npcsc2002Item4: RefusalArticles.npcsc(item: 4)
        case .interp2024Art3Item1: RefusalArticles.interpretation(3, item: 1)
        case .interp2024Art3Item2: RefusalArticles.interpretation(3, item: 2)
        case .interp2024Art3Item3: RefusalArticles.interpretation(3, item: 3)
        case .interp2024Art3Item4: RefusalArticles.interpretation(3, item: 4)
        case .interp2024Art3Item5: RefusalArticles.interpretation(3, item: 5)
        case .interp2024Art3Item6: RefusalArticles.interpretation(3, item: 6)
        case .interp2024Art3Item7: RefusalArticles.interpretation(3, item: 7)
        case .interp2024Art3Item8: RefusalArticles.interpretation(3, item: 8)
        case .interp2024Art3Item9: RefusalArticles.interpretation(3, item: 9)
        case .interp2024Art3Item10: RefusalArticles.interpretation(3, item: 10)
        case .interp2024Art6: RefusalArticles.interpretation(6)
        case .interp2024Art4Item1: RefusalArticles.interpretation(4, item: 1)
        case .interp2024Art4Item2: RefusalArticles.interpretation(4, item: 2)
        case .interp2024Art4Item3: RefusalArticles.interpretation(4, item: 3)
        case .interp2024Art4Item4: RefusalArticles.interpretation(4, item: 4)
        case .interp2024Art4Item5: RefusalArticles.interpretation(4, item: 5)
        }
    }

    /// The circumstance as the provision states it (abridged where long).
    public var title: LocalizedText {
        switch self {
        case .npcsc2002Item1:
            LocalizedText(zh: "被执行人隐藏、转移、故意毁损财产或者无偿转让财产、以明显不合理的低价转让财产，致使判决、裁定无法执行",
                          en: "the debtor hid, transferred or deliberately damaged property, or gave it away or sold it at a manifestly unreasonable low price, so that the judgment or ruling cannot be executed")
        case .npcsc2002Item2:
            LocalizedText(zh: "担保人或者被执行人隐藏、转移、故意毁损或者转让已向人民法院提供担保的财产，致使判决、裁定无法执行",
                          en: "the guarantor or debtor hid, transferred, damaged or transferred property pledged to the court, so that the judgment or ruling cannot be executed")
        case .npcsc2002Item3:
            LocalizedText(zh: "协助执行义务人接到人民法院协助执行通知书后，拒不协助执行，致使判决、裁定无法执行",
                          en: "a person bound to assist refused after receiving the court's notice of assistance, so that the judgment or ruling cannot be executed")
        case .npcsc2002Item4:
            LocalizedText(zh: "被执行人、担保人、协助执行义务人与国家机关工作人员通谋，利用国家机关工作人员的职权妨害执行，致使判决、裁定无法执行",
                          en: "collusion with a state organ worker who used official powers to obstruct enforcement, so that the judgment or ruling cannot be executed")
        case .interp2024Art3Item1:
            LocalizedText(zh: "以放弃债权、放弃债权担保等方式恶意无偿处分财产权益，或者恶意延长到期债权的履行期限，或者以虚假和解、虚假转让等方式处分财产权益，致使判决、裁定无法执行",
                          en: "malicious gratuitous disposal of property rights (waiving claims or security), malicious extension of due claims, or disposal by sham settlement or sham transfer, so that the judgment or ruling cannot be executed")
        case .interp2024Art3Item2:
            LocalizedText(zh: "实施以明显不合理的高价受让他人财产、为他人的债务提供担保等恶意减损责任财产的行为，致使判决、裁定无法执行",
                          en: "malicious reduction of the assets liable (buying at a manifestly unreasonable high price, guaranteeing others' debts), so that the judgment or ruling cannot be executed")
        case .interp2024Art3Item3:
            LocalizedText(zh: "伪造、毁灭、隐匿有关履行能力的重要证据，阻止他人作证或者指使他人作伪证，妨碍人民法院查明财产情况，致使判决、裁定无法执行",
                          en: "forging, destroying or hiding key evidence of the ability to perform, or obstructing or suborning witnesses, hindering the court's inquiry into property, so that the judgment or ruling cannot be executed")
        case .interp2024Art3Item4:
            LocalizedText(zh: "拒绝报告或者虚假报告财产情况、违反人民法院限制消费令等拒不执行行为，经采取罚款、拘留等强制措施后仍拒不执行",
                          en: "refusing to report or falsely reporting property, breaching a consumption restriction order and the like, and still refusing after fines, detention or other coercive measures")
        case .interp2024Art3Item5:
            LocalizedText(zh: "经采取罚款、拘留等强制措施后仍拒不交付法律文书指定交付的财物、票证或者拒不迁出房屋、退出土地，致使判决、裁定无法执行",
                          en: "after fines or detention, still refusing to hand over the things or documents ordered, or to vacate a house or land, so that the judgment or ruling cannot be executed")
        case .interp2024Art3Item6:
            LocalizedText(zh: "经采取罚款、拘留等强制措施后仍拒不履行协助行使人身权益等作为义务，致使判决、裁定无法执行，情节恶劣",
                          en: "after fines or detention, still refusing to perform an act such as assisting the exercise of personal rights, so that the judgment or ruling cannot be executed, in a vile manner")
        case .interp2024Art3Item7:
            LocalizedText(zh: "经采取罚款、拘留等强制措施后仍违反人身安全保护令、禁止从事相关职业决定等不作为义务，造成被害人轻微伤以上伤害或者严重影响被害人正常的工作生活",
                          en: "after fines or detention, still breaching a personal safety protection order or occupational ban, causing at least minor injury or seriously disturbing the victim's work or life")
        case .interp2024Art3Item8:
            LocalizedText(zh: "以恐吓、辱骂、聚众哄闹、威胁等方法或者以拉拽、推搡等消极抗拒行为，阻碍执行人员进入执行现场，致使执行工作无法进行，情节恶劣",
                          en: "intimidation, abuse, crowd disturbance, threats or passive resistance keeping enforcement officers out of the site, so that enforcement cannot proceed, in a vile manner")
        case .interp2024Art3Item9:
            LocalizedText(zh: "毁损、抢夺执行案件材料、执行公务车辆和其他执行器械、执行人员服装以及执行公务证件，致使执行工作无法进行",
                          en: "damaging or seizing case files, official vehicles or equipment, uniforms or credentials, so that enforcement cannot proceed")
        case .interp2024Art3Item10:
            LocalizedText(zh: "其他有能力执行而拒不执行，情节严重的情形", en: "other serious refusal despite the ability to execute")
        case .interp2024Art6:
            LocalizedText(zh: "为逃避执行义务，在诉讼开始后、裁判生效前隐藏、转移财产等，裁判生效后经查证属实，要求其执行而拒不执行",
                          en: "hiding or transferring property after suit began and before the judgment took effect, proven after it took effect, and refusing when required to execute")
        case .interp2024Art4Item1:
            LocalizedText(zh: "通过虚假诉讼、虚假仲裁、虚假公证等方式妨害执行，致使判决、裁定无法执行",
                          en: "obstructing enforcement by sham litigation, arbitration or notarisation, so that the judgment or ruling cannot be executed")
        case .interp2024Art4Item2:
            LocalizedText(zh: "聚众冲击执行现场，致使执行工作无法进行", en: "gathering a crowd to storm the enforcement site, so that enforcement cannot proceed")
        case .interp2024Art4Item3:
            LocalizedText(zh: "以围攻、扣押、殴打等暴力方法对执行人员进行人身攻击，致使执行工作无法进行",
                          en: "violence against enforcement officers (besieging, detaining, beating), so that enforcement cannot proceed")
        case .interp2024Art4Item4:
            LocalizedText(zh: "因拒不执行，致使申请执行人自杀、自残或者造成其他严重后果",
                          en: "the refusal drove the applicant to suicide or self-harm, or caused other serious consequences")
        case .interp2024Art4Item5:
            LocalizedText(zh: "其他情节特别严重的情形", en: "other particularly serious circumstances")
        }
    }
}
