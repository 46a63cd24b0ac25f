extension CompensationRules {
    /// Where the enforcement procedure stands. Art.5 para.1 asks whether it has ended (执行程序终结).
    public enum ProcedureStatus: String, CompensationFactEnum {
        /// In progress.
        case ongoing
        /// 中止执行: suspended; not ended.
        case suspended
        /// 终结本次执行程序 (终本): the current procedure closed for want of property; not an end of the procedure
        /// (Art.5 para.1 item 3 treats it separately).
        case currentProcedureTerminated
        /// 执行完毕: fully performed; ended.
        case fullyPerformed
        /// 终结执行: terminated by ruling; ended.
        case terminated
        /// 不予执行: enforcement refused by ruling; ended.
        case enforcementRefused
        /// For Art.19 claims: the proceedings in which the measure was taken have concluded; ended.
        case concluded

        public var hasEnded: Bool {
            switch self {
            case .ongoing, .suspended, .currentProcedureTerminated: false
            case .fullyPerformed, .terminated, .enforcementRefused, .concluded: true
            }
        }

        public var zhName: String {
            switch self {
            case .ongoing: "执行中"
            case .suspended: "中止执行"
            case .currentProcedureTerminated: "终结本次执行程序"
            case .fullyPerformed: "执行完毕"
            case .terminated: "终结执行"
            case .enforcementRefused: "裁定不予执行"
            case .concluded: "程序终结"
            }
        }

        public var enName: String {
            switch self {
            case .ongoing: "in progress"
            case .suspended: "suspended"
            case .currentProcedureTerminated: "current procedure terminated (终本)"
            case .fullyPerformed: "fully performed"
            case .terminated: "terminated"
            case .enforcementRefused: "enforcement refused"
            case .concluded: "concluded"
            }
        }
    }

    public struct Enforcement: Decodable, Sendable {
        /// The enforcing court; where matters were entrusted to another court, the entrusting court.
        public let court: String
        public let caseNumber: CaseNumber?
        /// 立案执行之日.
        public let filedOn: LocalDate
        public let status: ProcedureStatus
        /// The day the procedure ended; required when `status` is an end.
        public let endedOn: LocalDate?
        /// The day of the ruling terminating the current procedure (终本), for Art.5 para.1 item 3.
        public let currentProcedureTerminatedOn: LocalDate?
        /// Art.4: the court to which sealing, seizing, freezing or other matters were entrusted, if any.
        public let entrustedTo: String?
        /// 被执行人: named in the recourse of Art.11 para.2.
        public let debtor: String?

        public init(court: String, caseNumber: CaseNumber? = nil, filedOn: LocalDate, status: ProcedureStatus,
                    endedOn: LocalDate? = nil, currentProcedureTerminatedOn: LocalDate? = nil, entrustedTo: String? = nil,
                    debtor: String? = nil) {
            self.court = court
            self.caseNumber = caseNumber
            self.filedOn = filedOn
            self.status = status
            self.endedOn = endedOn
            self.currentProcedureTerminatedOn = currentProcedureTerminatedOn
            self.entrustedTo = entrustedTo
            self.debtor = debtor
        }

        private enum CodingKeys: String, CodingKey {
            case court, caseNumber, filedOn, status, endedOn, currentProcedureTerminatedOn, entrustedTo, debtor
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            court = try c.compText(.court) ?? ""
            caseNumber = try c.compText(.caseNumber).map { try CaseNumber(parsing: $0, field: c.compPath(.caseNumber)) }
            filedOn = try c.compRequired(LocalDate.self, .filedOn)
            status = try c.compRequired(ProcedureStatus.self, .status)
            endedOn = try c.compOptional(LocalDate.self, .endedOn)
            currentProcedureTerminatedOn = try c.compOptional(LocalDate.self, .currentProcedureTerminatedOn)
            entrustedTo = try c.compText(.entrustedTo)
            debtor = try c.compText(.debtor)
            if court.isEmpty {
                throw compensationError(c.compPath(.court), "court_missing", zh: "缺少执行法院", en: "The enforcing court is missing")
            }
            if status.hasEnded && endedOn == nil {
                throw compensationError(c.compPath(.endedOn), "ended_on_missing",
                                zh: "执行程序已终结（\(status.zhName)）的，应当写明终结日期",
                                en: "The procedure has ended (\(status.enName)): give the day it ended")
            }
            if !status.hasEnded && endedOn != nil {
                throw compensationError(c.compPath(.endedOn), "ended_on_unexpected",
                                zh: "执行程序状态为“\(status.zhName)”，未终结，不应有终结日期",
                                en: "The procedure is \(status.enName), which is not an end; it cannot have an end date")
            }
            if let endedOn, endedOn < filedOn {
                throw compensationError(c.compPath(.endedOn), "ended_before_filed",
                                zh: "终结日 \(endedOn.iso) 早于立案日 \(filedOn.iso)",
                                en: "Ended on \(endedOn.iso), before it was filed on \(filedOn.iso)")
            }
            if let terminatedOn = currentProcedureTerminatedOn, terminatedOn < filedOn {
                throw compensationError(c.compPath(.currentProcedureTerminatedOn), "terminated_before_filed",
                                zh: "终结本次执行程序日 \(terminatedOn.iso) 早于立案日 \(filedOn.iso)",
                                en: "The current procedure was terminated on \(terminatedOn.iso), before filing on \(filedOn.iso)")
            }
            if status == .currentProcedureTerminated && currentProcedureTerminatedOn == nil {
                throw compensationError(c.compPath(.currentProcedureTerminatedOn), "terminated_on_missing",
                                zh: "已裁定终结本次执行程序的，应当写明裁定日期",
                                en: "The current procedure was terminated: give the day of the ruling")
            }
        }
    }

    /// The enforcement-adjudication procedures of Art.6 and Art.7.
    public enum ReviewKind: String, CompensationFactEnum {
        /// 执行异议.
        case objection
        /// 执行复议.
        case reconsideration
        /// 执行监督.
        case supervision

        public var zhName: String {
            switch self {
            case .objection: "执行异议"
            case .reconsideration: "执行复议"
            case .supervision: "执行监督"
            }
        }

        public var enName: String { rawValue }
    }

    public struct Review: Decodable, Sendable {
        public let kind: ReviewKind
        /// The acts (by `Act.id`) whose measures the review concerns; empty means all of them.
        public let actIds: [String]
        public let filedOn: LocalDate
        /// The day the review ended; absent while it is pending.
        public let concludedOn: LocalDate?
        public let document: String?

        public init(kind: ReviewKind, actIds: [String] = [], filedOn: LocalDate, concludedOn: LocalDate? = nil,
                    document: String? = nil) {
            self.kind = kind
            self.actIds = actIds
            self.filedOn = filedOn
            self.concludedOn = concludedOn
            self.document = document
        }

        private enum CodingKeys: String, CodingKey { case kind, actIds, filedOn, concludedOn, document }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            kind = try c.compRequired(ReviewKind.self, .kind)
            actIds = try c.compList(String.self, .actIds)
            filedOn = try c.compRequired(LocalDate.self, .filedOn)
            concludedOn = try c.compOptional(LocalDate.self, .concludedOn)
            document = try c.compText(.document)
            if let concludedOn, concludedOn < filedOn {
                throw compensationError(c.compPath(.concludedOn), "concluded_before_filed",
                                zh: "审查终结日 \(concludedOn.iso) 早于提出日 \(filedOn.iso)",
                                en: "Review concluded on \(concludedOn.iso), before it was filed on \(filedOn.iso)")
            }
        }

        /// Whether the review is pending on `date`.
        public func isPending(on date: LocalDate) -> Bool {
            filedOn <= date && (concludedOn.map { $0 > date } ?? true)
        }

        public func concerns(_ actId: String) -> Bool { actIds.isEmpty || actIds.contains(actId) }
    }
}
