/// 拒不执行判决、裁定罪 (`RefusalToExecute`): the cross-agency procedure of the Opinions of the SPC, SPP and
/// MPS (法发〔2025〕8号, in force 2025-07-01), the Criminal Procedure Law periods they rely on, and the penalty
/// bands of Criminal Law Art.313 with the circumstances of the NPCSC Interpretation 2002 and 法释〔2024〕13号.
///
/// `zhixing rules refusal`, `POST /api/v1/rules/refusal`. From the events of one referral and an "as of" date:
/// the stage; every period still running, its due date, provision and debtor organ; what is overdue; whether a
/// private prosecution is open and since when; the Art.12 notices owed to the applicant; the Art.3-4 and Art.13
/// checklists; the band of Art.313 the recorded findings point to.
public enum RefusalRules: RuleSet {
    public static let name = "refusal"
    public static let title = LocalizedText(zh: "拒不执行判决、裁定罪案件办理", en: "Refusal to execute judgments and rulings")

    public struct Facts: Decodable, Sendable {
        /// The date as of which everything is judged (the engine never reads the clock).
        public let asOf: LocalDate
        /// The events so far, in the order they happened.
        public let events: [RefusalEvent]
        /// Art.3 documents attached to the transfer.
        public let transferDocuments: [TransferDocument]
        /// Art.4 evidence categories attached to the transfer.
        public let transferEvidence: [TransferEvidence]
        public let privateProsecution: PrivateProsecutionFacts?
        public let circumstances: RefusalCircumstanceFacts?

        public init(asOf: LocalDate, events: [RefusalEvent], transferDocuments: [TransferDocument] = [],
                    transferEvidence: [TransferEvidence] = [], privateProsecution: PrivateProsecutionFacts? = nil,
                    circumstances: RefusalCircumstanceFacts? = nil) {
            self.asOf = asOf
            self.events = events
            self.transferDocuments = transferDocuments
            self.transferEvidence = transferEvidence
            self.privateProsecution = privateProsecution
            self.circumstances = circumstances
        }

        private enum CodingKeys: String, CodingKey {
            case asOf, events, transferDocuments, transferEvidence, privateProsecution, circumstances
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                asOf: try LocalDate(factText: try c.decode(String.self, forKey: .asOf), field: "asOf"),
                events: try c.decodeIfPresent([RefusalEvent].self, forKey: .events) ?? [],
                transferDocuments: try RefusalDecoding.enumList(TransferDocument.self,
                                                                try c.decodeIfPresent([String].self, forKey: .transferDocuments) ?? [],
                                                                field: "transferDocuments"),
                transferEvidence: try RefusalDecoding.enumList(TransferEvidence.self,
                                                               try c.decodeIfPresent([String].self, forKey: .transferEvidence) ?? [],
                                                               field: "transferEvidence"),
                privateProsecution: try c.decodeIfPresent(PrivateProsecutionFacts.self, forKey: .privateProsecution),
                circumstances: try c.decodeIfPresent(RefusalCircumstanceFacts.self, forKey: .circumstances))
        }
    }

    public struct Decision: Encodable, Sendable {
        public let asOf: LocalDate
        public let stage: RefusalStageReport
        /// Periods still running on the "as of" date, by due date.
        public let deadlines: [RefusalDeadline]
        /// Periods that ran out before the "as of" date without the act, by due date.
        public let overdue: [RefusalDeadline]
        /// Periods closed by their act, in time or late, in the order of the acts.
        public let completed: [RefusalCompletedDuty]
        /// Acts owed without a fixed period.
        public let untimedDuties: [RefusalUntimedDuty]
        /// Art.12 notices to the applicant.
        public let applicantNotices: [ApplicantNotice]
        public let privateProsecution: PrivateProsecutionReport
        /// Art.3 documents and Art.4 evidence.
        public let transferChecklist: RefusalChecklist
        /// Art.13 materials.
        public let privateProsecutionMaterials: RefusalChecklist
        /// Criminal Law Art.313 band on the recorded findings.
        public let penalty: RefusalPenaltyReport
        /// The decision in a few lines, each with its provision.
        public let reasons: [Reason]
        public let warnings: [Reason]
    }

    public static func decide(_ facts: Facts, context: RuleContext) throws -> Decision {
        let timeline = try RefusalTimeline(events: facts.events, asOf: facts.asOf, calendar: context.calendar)
        var running: [RefusalDeadline] = []
        var overdue: [RefusalDeadline] = []
        var warnings = timeline.warnings
        var summary: [Reason] = []

        let stage = timeline.stageReport()
        summary.append(Reason(citations: stage.reasons.first?.citations ?? [RefusalArticles.opinionsAsAWhole], message: LocalizedText(
            zh: "当前阶段：\(stage.title.zh)" + (stage.since.map { "（自 \($0.iso)）" } ?? ""),
            en: "Stage: \(stage.title.en)" + (stage.since.map { " (since \($0.iso))" } ?? ""))))

        for duty in timeline.open {
            let computed = duty.compute(context.calendar)
            let remaining = facts.asOf.days(until: computed.due)
            let isOverdue = computed.due < facts.asOf
            if duty.owedBy == .applicant, isOverdue {
                summary.append(Reason(citations: duty.citations, message: LocalizedText(
                    zh: "\(duty.duty.title.zh)已于 \(computed.due.iso) 届满", en: "\(duty.duty.title.en) ended on \(computed.due.iso)")))
                continue
            }
            var dutyWarnings = computed.warnings
            if timeline.events[duty.trigger].date < RefusalArticles.opinionsInForce, duty.citations.contains(where: { $0.instrument == .refusalOpinions2025 }) {
                dutyWarnings.append(Reason(citation: RefusalArticles.opinions(20), message: LocalizedText(
                    zh: "起算事件早于《意见》施行日 2025-07-01", en: "The starting event predates the Opinions (in force 2025-07-01)")))
            }
            let fresh = computed.warnings.filter { !warnings.contains($0) }
            warnings.append(contentsOf: fresh)
            let status: RefusalDeadlineStatus = isOverdue ? .overdue : .running
            let verdict = isOverdue
                ? LocalizedText(zh: "\(duty.owedBy.name.zh)应于 \(computed.due.iso) 前完成，截至 \(facts.asOf.iso) 已逾期 \(-remaining) 日",
                                en: "Due from \(duty.owedBy.name.en) by \(computed.due.iso); \(-remaining) day(s) overdue as of \(facts.asOf.iso)")
                : LocalizedText(zh: "\(duty.owedBy.name.zh)应于 \(computed.due.iso) 前完成，尚余 \(remaining) 日",
                                en: "Due from \(duty.owedBy.name.en) by \(computed.due.iso); \(remaining) day(s) left")
            let entry = RefusalDeadline(
                duty: duty.duty, title: duty.duty.title, owedBy: duty.owedBy, citations: duty.citations, triggeredBy: duty.trigger,
                start: duty.start, period: duty.period, extensionDays: duty.extensionDays, basis: duty.basis,
                dueDate: computed.due, status: status, daysRemaining: remaining, consequence: duty.consequence,
                reasons: [Reason(citations: duty.citations, message: verdict)] + computed.reasons, warnings: dutyWarnings)
            if isOverdue { overdue.append(entry) } else { running.append(entry) }
        }
        running.sort { ($0.dueDate, $0.duty.rawValue) < ($1.dueDate, $1.duty.rawValue) }
        overdue.sort { ($0.dueDate, $0.duty.rawValue) < ($1.dueDate, $1.duty.rawValue) }
        for entry in overdue {
            summary.append(Reason(citations: entry.citations, message: LocalizedText(
                zh: "逾期：\(entry.title.zh)，\(entry.owedBy.name.zh)，期限 \(entry.dueDate.iso)",
                en: "Overdue: \(entry.title.en), owed by \(entry.owedBy.name.en), due \(entry.dueDate.iso)")))
        }
        for entry in running {
            summary.append(Reason(citations: entry.citations, message: LocalizedText(
                zh: "进行中：\(entry.title.zh)，\(entry.owedBy.name.zh)，期限 \(entry.dueDate.iso)",
                en: "Running: \(entry.title.en), owed by \(entry.owedBy.name.en), due \(entry.dueDate.iso)")))
        }

        let notices = timeline.applicantNotices()
        for notice in notices where notice.status == .owed {
            summary.append(Reason(citations: notice.citations, message: LocalizedText(
                zh: "\(notice.owedBy.name.zh)应当告知申请执行人可以提起自诉（事由：\(notice.groundTitle.zh)，\(notice.groundDate.iso)）",
                en: "\(notice.owedBy.name.en) must tell the applicant a private prosecution may be brought (ground: \(notice.groundTitle.en), \(notice.groundDate.iso))")))
        }

        let privateReport = timeline.privateProsecutionReport(facts.privateProsecution)
        summary.append(contentsOf: privateReport.reasons.prefix(1))

        let penalty = try timeline.penaltyReport(facts.circumstances)
        if penalty.band != .notAssessed {
            summary.append(Reason(citations: penalty.citations, message: LocalizedText(
                zh: "依人工认定的情节，指向：\(penalty.title.zh)" + (penalty.penalty.map { "（\($0.zh)）" } ?? "") + (penalty.conditional ? "，以认定有执行能力为前提" : ""),
                en: "On the recorded findings: \(penalty.title.en)" + (penalty.penalty.map { " (\($0.en))" } ?? "") + (penalty.conditional ? ", subject to a finding of ability to execute" : ""))))
        }

        return Decision(
            asOf: facts.asOf, stage: stage, deadlines: running, overdue: overdue, completed: timeline.completed,
            untimedDuties: timeline.untimedDuties(), applicantNotices: notices, privateProsecution: privateReport,
            transferChecklist: timeline.transferChecklist(documents: facts.transferDocuments, evidence: facts.transferEvidence),
            privateProsecutionMaterials: timeline.privateProsecutionChecklist(facts.privateProsecution),
            penalty: penalty, reasons: summary, warnings: warnings)
    }
}
