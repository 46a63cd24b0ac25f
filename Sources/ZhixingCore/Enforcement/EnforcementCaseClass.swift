/// How the law treats a case type (案件类型): implementation cases run the whole lifecycle and the time
/// limits of the 2006 provisions; objection and reconsideration cases are adjudication (执行审查类, Filing
/// and Closing Opinions 2014 Art.1) with their own limits.
enum EnforcementCaseClass: Equatable {
    /// 执, 执恢: the full lifecycle, the 2006 time limits, 终本.
    case implementation
    /// 执保: carrying out a preservation ruling: measures, no conclusion limit, no 终本.
    case preservation
    /// 执协, 执他: implementation steps, no time limits encoded, no 终本.
    case otherImplementation
    /// 执异: decided within 15 days (CPL 2023 Art.236, 238).
    case objection
    /// 执复: decided within 30 days (Enforcement Procedure Interpretation 2020 Art.8).
    case reconsideration
    /// 执监, 执请: review; no time limit encoded.
    case otherReview
    /// 法赔, 委赔, 委赔监: not enforcement cases.
    case notEnforcement

    init(_ type: CaseType) {
        switch type {
        case .enforcement, .restoredEnforcement: self = .implementation
        case .preservation: self = .preservation
        case .coordination, .otherEnforcement: self = .otherImplementation
        case .objection: self = .objection
        case .reconsideration: self = .reconsideration
        case .supervision, .requestForInstructions: self = .otherReview
        case .courtCompensation, .compensationCommittee, .compensationSupervision: self = .notEnforcement
        }
    }

    var isAdjudication: Bool { self == .objection || self == .reconsideration || self == .otherReview }

    /// The event kinds the case type knows at all.
    func knows(_ kind: EnforcementEventKind) -> Bool {
        switch self {
        case .implementation:
            return true
        case .preservation, .otherImplementation:
            // Only an implementation case is entrusted whole (Entrusted Enforcement Provisions 2011 Art.2 para.1).
            return ![.closedCurrentProcedureTerminated, .followUpCheck, .restored, .closedEntrusted].contains(kind)
        case .objection, .reconsideration, .otherReview:
            return [.filed, .handlerAssigned, .applicantHeard, .suspended, .resumed, .closedDismissed, .closedTerminated]
                .contains(kind)
        case .notEnforcement:
            return false
        }
    }
}

extension EnforcementEventKind {
    /// The Chinese name used in reasons.
    var zhName: String {
        switch self {
        case .filed: "立案"
        case .handlerAssigned: "确定承办人"
        case .enforcementNoticeServed: "送达执行通知书"
        case .propertyReportOrderServed: "送达报告财产令"
        case .propertyReported: "被执行人报告财产"
        case .propertyCluesGiven: "申请执行人提供财产线索"
        case .propertyInquiry: "财产调查（网络查控）"
        case .assetFound: "发现财产"
        case .measureTaken: "查封、扣押、冻结"
        case .measureRenewed: "续行查封、扣押、冻结"
        case .measureLifted: "解除查封、扣押、冻结"
        case .consumptionRestricted: "限制消费"
        case .listedDishonest: "纳入失信被执行人名单"
        case .debtorSearched: "查找下落不明的被执行人"
        case .obstructionSanctioned: "对妨害执行行为采取强制措施"
        case .applicantHeard: "听取申请执行人意见"
        case .paymentReceived: "执行款到账"
        case .paymentDisbursed: "发放执行款"
        case .settlementAgreed: "达成执行和解协议"
        case .settlementPerformed: "执行和解协议履行完毕"
        case .settlementBreached: "不履行执行和解协议"
        case .suspended: "中止执行"
        case .resumed: "恢复执行（中止后）"
        case .closedFullyPerformed: "执行完毕结案"
        case .closedCurrentProcedureTerminated: "终结本次执行程序"
        case .closedTerminated: "终结执行"
        case .closedDismissed: "驳回申请、不予执行"
        case .closedEntrusted: "委托结案"
        case .followUpCheck: "终本后定期财产查询"
        case .restored: "恢复执行（执恢）"
        }
    }

    /// The English name used in reasons.
    var enName: String {
        switch self {
        case .filed: "filing"
        case .handlerAssigned: "assignment of the handler"
        case .enforcementNoticeServed: "service of the enforcement notice"
        case .propertyReportOrderServed: "service of the property report order"
        case .propertyReported: "the debtor's property report"
        case .propertyCluesGiven: "property clues from the applicant"
        case .propertyInquiry: "a property inquiry"
        case .assetFound: "property found"
        case .measureTaken: "a freeze, seal or seizure"
        case .measureRenewed: "renewal of a freeze, seal or seizure"
        case .measureLifted: "lifting of a freeze, seal or seizure"
        case .consumptionRestricted: "consumption restriction"
        case .listedDishonest: "listing as a dishonest debtor"
        case .debtorSearched: "search for a debtor whose whereabouts are unknown"
        case .obstructionSanctioned: "sanctions for obstruction"
        case .applicantHeard: "hearing the applicant"
        case .paymentReceived: "receipt of money"
        case .paymentDisbursed: "payment of money to the applicant"
        case .settlementAgreed: "a settlement agreement"
        case .settlementPerformed: "performance of the settlement"
        case .settlementBreached: "breach of the settlement"
        case .suspended: "suspension"
        case .resumed: "resumption after suspension"
        case .closedFullyPerformed: "closure as fully performed"
        case .closedCurrentProcedureTerminated: "termination of the current procedure (终本)"
        case .closedTerminated: "termination of enforcement"
        case .closedDismissed: "dismissal"
        case .closedEntrusted: "closure as entrusted to another court"
        case .followUpCheck: "a follow-up property inquiry"
        case .restored: "restoration of enforcement (执恢)"
        }
    }

    /// The closure a closing event makes, if it is one.
    var closure: ClosureKind? {
        switch self {
        case .closedFullyPerformed: .fullyPerformed
        case .closedCurrentProcedureTerminated: .currentProcedureTerminated
        case .closedTerminated: .terminated
        case .closedDismissed: .dismissed
        case .closedEntrusted: .entrusted
        default: nil
        }
    }
}

extension ControlMeasureKind {
    var zhName: String {
        switch self {
        case .freeze: "冻结"
        case .seal: "查封"
        case .seize: "扣押"
        }
    }
}

extension AssetKind {
    var zhName: String {
        switch self {
        case .bankDeposit: "银行存款"
        case .realEstate: "不动产"
        case .vehicle: "车辆"
        case .securities: "有价证券"
        case .equity: "股权"
        case .movable: "动产"
        case .otherRight: "其他财产权"
        }
    }

    var enName: String {
        switch self {
        case .bankDeposit: "bank deposits"
        case .realEstate: "real estate"
        case .vehicle: "a vehicle"
        case .securities: "securities"
        case .equity: "equity"
        case .movable: "movables"
        case .otherRight: "another property right"
        }
    }
}

extension ClosureKind {
    var zhName: String {
        switch self {
        case .fullyPerformed: "执行完毕"
        case .currentProcedureTerminated: "终结本次执行程序"
        case .terminated: "终结执行"
        case .dismissed: "驳回申请、不予执行"
        case .entrusted: "委托结案"
        }
    }

    var enName: String {
        switch self {
        case .fullyPerformed: "fully performed"
        case .currentProcedureTerminated: "termination of the current procedure (终本)"
        case .terminated: "termination of enforcement"
        case .dismissed: "dismissal"
        case .entrusted: "closure as entrusted to another court"
        }
    }
}

extension Reason {
    /// A reason of the enforcement rules in both languages (a shorthand for the rule files).
    static func enforcement(_ citations: [Citation], _ zh: String, _ en: String) -> Reason {
        Reason(citations: citations, message: LocalizedText(zh: zh, en: en))
    }
}
