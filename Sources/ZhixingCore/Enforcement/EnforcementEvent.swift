/// What happened in an enforcement case, in order. A case's status, deadlines and checklists are a
/// pure function of its facts and these events (`EnforcementRules.assess`); the server stores events
/// and asks the core whether the next one is allowed (`EnforcementRules.check`).
public struct EnforcementEvent: Sendable, Hashable, Codable {
    public let kind: EnforcementEventKind
    /// The day it happened (service day, decision day, payment day...).
    public let date: LocalDate
    /// Money moved or concerned (payments, settlement amounts).
    public let amount: Money?
    /// The control measure or asset the event concerns (`measureTaken`, `measureRenewed`, `measureLifted`, `assetFound`).
    public let measure: ControlMeasure?
    /// For `followUpCheck` and `propertyInquiry`: whether property was found.
    public let propertyFound: Bool?
    /// Free text shown in the timeline (the server keeps who did it in the audit log).
    public let note: String?

    public init(kind: EnforcementEventKind, date: LocalDate, amount: Money? = nil, measure: ControlMeasure? = nil,
                propertyFound: Bool? = nil, note: String? = nil) {
        self.kind = kind
        self.date = date
        self.amount = amount
        self.measure = measure
        self.propertyFound = propertyFound
        self.note = note
    }
}

/// The kinds of event of the lifecycle (issue #4, item 3).
public enum EnforcementEventKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 立案
    case filed
    /// 确定承办人 (2006 Provisions Art.2)
    case handlerAssigned
    /// 执行通知书送达 (with the dishonest-list risk warning)
    case enforcementNoticeServed
    /// 报告财产令送达
    case propertyReportOrderServed
    /// 被执行人报告财产
    case propertyReported
    /// 申请执行人提供财产线索 (2006 Provisions Art.5-6)
    case propertyCluesGiven
    /// 网络查控 / 财产调查 (one inquiry round); `propertyFound` says whether anything disposable was found
    case propertyInquiry
    /// 发现财产 (bank deposit, real estate, vehicle, securities, equity, other)
    case assetFound
    /// 冻结 / 查封 / 扣押
    case measureTaken
    /// 续冻 / 续封
    case measureRenewed
    /// 解除冻结 / 查封 / 扣押
    case measureLifted
    /// 限制消费令 (2015 Provisions)
    case consumptionRestricted
    /// 纳入失信名单 (2017 Provisions)
    case listedDishonest
    /// 查找下落不明的被执行人 (2016 终本 Provisions Art.1)
    case debtorSearched
    /// 对妨害执行行为罚款、拘留或移送追究刑事责任 (2016 终本 Provisions Art.1 item 5)
    case obstructionSanctioned
    /// 听取申请执行人意见 (before 终本)
    case applicantHeard
    /// 执行款到账
    case paymentReceived
    /// 执行款发放给申请执行人
    case paymentDisbursed
    /// 执行和解协议
    case settlementAgreed
    /// 和解协议履行完毕
    case settlementPerformed
    /// 不履行和解协议 (the applicant may ask to resume)
    case settlementBreached
    /// 中止执行
    case suspended
    /// 恢复执行 (within the same case, after suspension)
    case resumed
    /// 结案: 执行完毕
    case closedFullyPerformed
    /// 结案: 终结本次执行程序
    case closedCurrentProcedureTerminated
    /// 结案: 终结执行
    case closedTerminated
    /// 结案: 驳回申请 / 不予执行
    case closedDismissed
    /// 结案: 委托结案, once the entrusted court has filed the case as its own
    /// (Entrusted Enforcement Provisions 2011 Art.2 para.1)
    case closedEntrusted
    /// 终本后定期财产查询 (2016 终本 Provisions Art.9)
    case followUpCheck
    /// 恢复执行 (执恢): a new case linked to this one; this case stays closed
    case restored

    /// Whether recording it cannot be undone by a later event: a closure ends the case (only restoration, a new
    /// case, follows), and a lifted measure loses its rank (Sealing Provisions 2020 Art.26 para.1: the next
    /// waiting-list measure takes effect). Pages ask for one confirmation before these.
    public var isIrreversible: Bool {
        switch self {
        case .closedFullyPerformed, .closedCurrentProcedureTerminated, .closedTerminated, .closedDismissed, .closedEntrusted,
             .measureLifted:
            true
        default:
            false
        }
    }

    /// Whether it closes the case.
    public var isClosure: Bool {
        switch self {
        case .closedFullyPerformed, .closedCurrentProcedureTerminated, .closedTerminated, .closedDismissed, .closedEntrusted: true
        default: false
        }
    }
}

/// A control measure: freeze (deposits, rights), seal (real estate, movables) or seizure (movables).
public struct ControlMeasure: Sendable, Hashable, Codable {
    public let id: String
    public let kind: ControlMeasureKind
    public let asset: AssetKind
    /// 首封 or 轮候 (ranks after another court's or measure's first seal).
    public let rank: SealRank
    /// The first day of the term (the day the measure took effect).
    public let startsOn: LocalDate
    /// The term the court set, within the maximum for the asset (RULES.md: CPL Interpretation 2022 Art.485).
    public let termMonths: Int?
    /// 协助执行单位: the bank, registry or other body that carries the measure out (a name for now; later an
    /// organisation of kind bank or registry). `nil` in events recorded before it was asked for.
    public let institution: String?
    /// 账号或财产: the account number, or the asset's number or description (certificate, plate, share register).
    public let account: String?
    /// 冻结金额: for a freeze, the sum frozen; within what the debtor owes (CPL 2023 Art.253: "不得超出被执行人应当履行义务的范围").
    public let amount: Money?

    public init(id: String, kind: ControlMeasureKind, asset: AssetKind, rank: SealRank, startsOn: LocalDate, termMonths: Int? = nil,
                institution: String? = nil, account: String? = nil, amount: Money? = nil) {
        self.id = id
        self.kind = kind
        self.asset = asset
        self.rank = rank
        self.startsOn = startsOn
        self.termMonths = termMonths
        self.institution = institution
        self.account = account
        self.amount = amount
    }
}

public enum ControlMeasureKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 冻结
    case freeze
    /// 查封
    case seal
    /// 扣押
    case seize
}

public enum AssetKind: String, Sendable, Hashable, Codable, CaseIterable {
    case bankDeposit, realEstate, vehicle, securities, equity, movable, otherRight
}

public enum SealRank: String, Sendable, Hashable, Codable, CaseIterable {
    /// 首封
    case first
    /// 轮候查封 / 轮候冻结
    case waitingList
}
