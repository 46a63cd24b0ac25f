/// The roles of Zhixing's users. Each user has one role and belongs to one organisation.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// 执行法官 (承办人)
    case enforcementJudge = "enforcement_judge"
    /// 法官助理
    case assistantJudge = "assistant_judge"
    /// 司法警察
    case judicialPolice = "judicial_police"
    /// 书记员
    case clerk
    /// 执行局长
    case bureauHead = "bureau_head"
    /// 执行指挥中心工作人员
    case commandOperator = "command_operator"
    /// 赔偿委员会委员
    case compensationCommittee = "compensation_committee"
    /// 公安机关办案人员
    case policeOfficer = "police_officer"
    /// 检察官
    case procurator
    /// 网格员
    case gridManager = "grid_manager"
    /// 协助执行机构 (银行、登记机关) 的接口账户
    case institution
    /// 系统管理员
    case administrator

    public var name: LocalizedText {
        switch self {
        case .enforcementJudge: LocalizedText(zh: "执行法官", en: "Enforcement judge")
        case .assistantJudge: LocalizedText(zh: "法官助理", en: "Assistant judge")
        case .judicialPolice: LocalizedText(zh: "司法警察", en: "Judicial police")
        case .clerk: LocalizedText(zh: "书记员", en: "Clerk")
        case .bureauHead: LocalizedText(zh: "执行局长", en: "Enforcement bureau head")
        case .commandOperator: LocalizedText(zh: "指挥中心工作人员", en: "Command-centre operator")
        case .compensationCommittee: LocalizedText(zh: "赔偿委员会委员", en: "Compensation committee member")
        case .policeOfficer: LocalizedText(zh: "公安民警", en: "Police officer")
        case .procurator: LocalizedText(zh: "检察官", en: "Procurator")
        case .gridManager: LocalizedText(zh: "网格员", en: "Grid manager")
        case .institution: LocalizedText(zh: "协助执行机构", en: "Institution (API client)")
        case .administrator: LocalizedText(zh: "系统管理员", en: "Administrator")
        }
    }

    /// The kinds of organisation a user of this role may belong to.
    public var allowedOrganisationKinds: Set<OrganisationKind> {
        switch self {
        case .enforcementJudge, .assistantJudge, .judicialPolice, .clerk, .bureauHead,
             .commandOperator, .compensationCommittee, .administrator:
            [.court]
        case .policeOfficer: [.police]
        case .procurator: [.procuratorate]
        case .gridManager: [.governance]
        case .institution: [.financialInstitution, .registry]
        }
    }

    /// How far the role sees, before the organisation's place in the hierarchy is applied.
    public var reach: Reach {
        switch self {
        // Command and supervision of lower courts (Outline 2019-2023: 统一管理、统一指挥、统一协调).
        case .commandOperator, .bureauHead, .administrator: .ownCourtAndBelow
        case .enforcementJudge, .assistantJudge, .judicialPolice, .clerk, .compensationCommittee: .ownCourt
        // Police, procuratorate, grid managers and institutions see only what is addressed to their office.
        case .policeOfficer, .procurator, .gridManager, .institution: .addressedToOwnOrganisation
        }
    }

    /// Roles that may administer user accounts.
    public var administersUsers: Bool { self == .administrator }

    public enum Reach: String, Sendable, Hashable, Codable {
        case ownCourt
        case ownCourtAndBelow
        case addressedToOwnOrganisation
    }
}
