import Foundation
import ZhixingCore

/// The one-screen case page: parties, basis, amounts, measures, deadlines, timeline, and the
/// action form offering only what the core allows next.
struct CasePage: Encodable, Sendable {
    struct Party: Encodable, Sendable {
        let role: String
        let name: String
        let identifier: String
        let detail: String
        /// Apart, so that the page keeps it on one line (never broken mid-number).
        let phone: String
    }

    struct Deadline: Encodable, Sendable {
        let title: String
        let article: String
        let owedBy: String
        let dueDate: String
        let metOn: String
        let overdue: Bool
    }

    struct Event: Encodable, Sendable {
        let date: String
        let kind: String
        let detail: String
        let by: String
    }

    struct Entrustment: Encodable, Sendable {
        let kind: String
        let detail: String
        let caseNumber: String
        let href: String
    }

    struct Option: Encodable, Sendable {
        let value: String
        let label: String
    }

    /// One stage of the stepper (`CaseStage`): `done`, `current` or `todo`.
    struct Step: Encodable, Sendable {
        let label: String
        let state: String
    }

    /// One freeze, seal or seizure as the measures panel shows it (`MeasureStatus`).
    struct Measure: Encodable, Sendable {
        let id: String
        let kind: String
        let asset: String
        let kindValue: String
        let assetValue: String
        let rankValue: String
        let institution: String
        let account: String
        let amount: String
        let rank: String
        let startsOn: String
        let expiresOn: String
        /// "2026年2月12日 – 2026年3月13日" (window opens – last working day), when it has an expiry.
        let renewalWindow: String
        let inRenewalWindow: Bool
        let state: String
        let stateValue: String
        /// Whether the lift action is offered (in force or waiting, the user may record events, the lifecycle allows it).
        let liftable: Bool
    }

    /// One line of the 终本 checklist: ✓ met, ✗ missing (with what is missing), – not applicable, ? unverified.
    struct Check: Encodable, Sendable {
        let mark: String
        let state: String
        let stateLabel: String
        let title: String
        let detail: String
        let article: String
    }

    /// The one confirmation of an irreversible step (closing, lifting): what it will do, what the law warns
    /// about, and the form's values again (posted back with `confirmed=1`).
    struct Confirmation: Encodable, Sendable {
        let action: String
        let warnings: [DecisionView.ReasonRow]
        let fields: [Option]
    }

    let id: String
    let caseNumber: String
    let court: String
    let status: String
    let filedOn: String
    let amountApplied: String
    let amountReceived: String
    let outstanding: String
    /// 已发放 and 案款账户余额 (received − disbursed: what is in the case account).
    let amountDisbursed: String
    let inCaseAccount: String
    let stages: [Step]
    let measures: [Measure]
    let checklist: [Check]
    let checklistApplicable: Bool
    /// The likely next step (`EnforcementAssessment.likelyNext`), preselected in the form, and why.
    let likelyNext: String
    let likelyReason: String
    let confirmation: Confirmation?
    let liftKind: String
    let caseHref: String
    let overdue: Bool
    let version: Int
    let basis: [Option]
    let parties: [Party]
    let deadlines: [Deadline]
    let events: [Event]
    let warnings: [DecisionView.ReasonRow]
    let assessment: DecisionView
    let allowedNext: [Option]
    let measureKinds: [Option]
    let assetKinds: [Option]
    let today: String
    let eventsAction: String
    let documentsAction: String
    let documents: [Event]
    let documentKinds: [Option]
    let linksAction: String
    let entrustAction: String
    let linkKinds: [Option]
    let linkedFrom: Event?
    let linkedCases: [Event]
    /// 委托执行: the other case (kind = sent/received, detail = court and dates, href when openable).
    let entrustment: Entrustment?
    let canEntrust: Bool
    let teamAction: String
    let teams: [Option]
    let teamName: String
    /// What the page offers, from the policy (`CaseDetailDTO.allowedActions`): the event form, the
    /// document form, the linked-case form, the team form.
    let canAct: Bool
    let canIssue: Bool
    let canLink: Bool
    let canAssign: Bool
    let accessCode: String?
    let error: String?
    let errorField: String?
    /// The event form as typed before a log-in, when the session had lapsed on it (`FormDrafts`): shown again to
    /// check and send. Empty otherwise.
    var kept: [String: String] = [:]

    /// The parts of the assessment the page lays out itself; the rest is shown generically.
    private struct Dated {
        let iso: String
        let row: Deadline
    }

    init(detail: CaseDetailDTO, language: String, table: [String: String], canEntrust: Bool = false,
         accessCode: String?, error: AppError?, teams: [Teams.TeamDTO] = [], confirmation: Confirmation? = nil) throws {
        func t(_ key: String) -> String { table[key] ?? key }
        /// Dates as people read them: 2026年12月1日 on Chinese pages, 2026-12-01 on English ones.
        func day(_ iso: String) -> String { PageDate.text(iso, language: language) }
        let summary = detail.summary
        id = summary.id.uuidString
        caseNumber = summary.caseNumber
        court = summary.court
        let assessed = detail.assessment
        status = CaseStatusText.label(status: assessed.status, closure: assessed.closure, table: table)
        filedOn = day(summary.filedOn)
        // The money as the core reckons it (`CaseAmounts`): applied for, received, paid out, outstanding, and
        // what is in the case account (received − paid out).
        let amounts = assessed.amounts
        amountApplied = amounts.ordered.formatted
        amountReceived = amounts.received.formatted
        outstanding = amounts.outstanding.formatted
        amountDisbursed = amounts.disbursed.formatted
        inCaseAccount = amounts.undisbursed.formatted
        let stageIndex = CaseStage.allCases.firstIndex(of: assessed.stage) ?? 0
        stages = CaseStage.allCases.enumerated().map { index, stage in
            Step(label: t("casepage_stage_" + stage.rawValue),
                 state: index < stageIndex || assessed.stage == .closed ? "done" : index == stageIndex ? "current" : "todo")
        }
        let mayLift = detail.allowedActions.contains(.recordEvent) && assessed.allowedNext.contains(.measureLifted)
        measures = assessed.measures.map { m in
            Measure(id: m.id, kind: t("measure_kind_" + m.kind.rawValue), asset: t("asset_kind_" + m.asset.rawValue),
                    kindValue: m.kind.rawValue, assetValue: m.asset.rawValue, rankValue: m.rank.rawValue,
                    institution: m.institution ?? "", account: m.account ?? "", amount: m.amount?.formatted ?? "",
                    rank: t("rank_" + m.rank.rawValue), startsOn: m.termStartsOn.map { day($0.iso) } ?? "",
                    expiresOn: m.expiresOn.map { day($0.iso) } ?? "",
                    renewalWindow: zip2(m.renewalWindowOpens, m.lastWorkingDayToRenew).map { day($0.iso) + " – " + day($1.iso) } ?? "",
                    inRenewalWindow: m.inRenewalWindow, state: t("casepage_measure_state_" + m.state.rawValue), stateValue: m.state.rawValue,
                    liftable: mayLift && (m.state == .inForce || m.state == .waiting))
        }
        let checks = assessed.terminationChecklist
        checklistApplicable = checks.applicable && (assessed.closure == nil || assessed.closure == .currentProcedureTerminated)
        checklist = checks.items.map { item in
            let mark = switch item.state { case .satisfied: "✓"; case .missing: "✗"; case .notApplicable: "–"; case .unverified: "?" }
            return Check(mark: mark, state: item.state.rawValue, stateLabel: t("casepage_check_" + item.state.rawValue), title: item.title.text(for: language),
                         detail: item.state == .satisfied ? (item.metOn.map { day($0.iso) } ?? "") : (item.reasons.first?.message.text(for: language) ?? ""),
                         article: item.article(for: language))
        }
        likelyNext = assessed.likelyNext?.kind.rawValue ?? ""
        likelyReason = assessed.likelyNext?.reasons.first.map { $0.message.text(for: language) + "（" + $0.article(for: language) + "）" } ?? ""
        self.confirmation = confirmation
        liftKind = EnforcementEventKind.measureLifted.rawValue
        caseHref = Paths.enforcementCase(summary.id)
        overdue = summary.overdue
        version = summary.version
        basis = [
            Option(value: t("case_basis_kind"), label: t("basis_kind_" + detail.basis.kind)),
            Option(value: t("case_basis_issuer"), label: detail.basis.issuingBody),
            Option(value: t("case_basis_number"), label: detail.basis.documentNumber),
            Option(value: t("case_basis_effective"), label: detail.basis.effectiveOn.map(day) ?? "—"),
            Option(value: t("case_basis_amount"), label: detail.basis.amountAwarded.flatMap { try? Money(parsing: $0).formatted } ?? "—"),
        ] + (detail.basis.obligations.map { [Option(value: t("case_basis_obligations"), label: $0)] } ?? [])
        parties = detail.parties.map { p in
            Party(role: t("party_role_" + p.role), name: p.name,
                  identifier: p.identityNumber ?? p.creditCode ?? "",
                  detail: [p.legalRepresentative.map { t("party_representative") + " " + $0 }, p.address]
                    .compactMap { $0 }.joined(separator: " · "), phone: p.phone ?? "")
        }
        // The deadlines, with only the next follow-up check after 终本 (not all ten: Termination Provisions 2016
        // Art.9 para.2) and each measure's expiry with its renewal window (CPL Interpretation 2022 Art.485 para.2).
        let nextCheck = assessed.deadlines.first { $0.duty.hasPrefix("followUpCheck.") && $0.metOn == nil }?.duty
        var dated: [Dated] = assessed.deadlines.compactMap { due in
            if due.duty.hasPrefix("followUpCheck.") && due.duty != nextCheck { return nil }
            return Dated(iso: due.dueDate.iso, row: Deadline(
                title: due.title.text(for: language), article: due.article(for: language),
                owedBy: t("owed_by_" + due.owedBy), dueDate: day(due.dueDate.iso), metOn: due.metOn.map { day($0.iso) } ?? "",
                overdue: due.overdue))
        }
        let renewalArticle = [EnforcementArticles.cplInterpretation(485, para: 2)].text(for: language)
        for m in assessed.measures where m.state == .inForce {
            guard let expiry = m.expiresOn else { continue }
            let what = t("measure_kind_" + m.kind.rawValue) + " · " + t("asset_kind_" + m.asset.rawValue) + "（" + m.id + "）"
            let window = zip2(m.renewalWindowOpens, m.lastWorkingDayToRenew)
                .map { "；" + t("casepage_renewal_window") + " " + day($0.iso) + " – " + day($1.iso) } ?? ""
            dated.append(Dated(iso: expiry.iso, row: Deadline(
                title: t("casepage_measure_expiry") + "：" + what + window, article: renewalArticle, owedBy: t("owed_by_court"),
                dueDate: day(expiry.iso), metOn: "", overdue: false)))
        }
        deadlines = dated.enumerated().sorted { ($0.element.iso, $0.offset) < ($1.element.iso, $1.offset) }.map(\.element.row)
        events = detail.events.reversed().map { e in
            var bits: [String] = []
            if let amount = e.amount, let money = try? Money(parsing: amount) { bits.append(money.formatted) }
            if let m = e.measure { bits.append("\(t("measure_kind_" + m.kind.rawValue)) · \(t("asset_kind_" + m.asset.rawValue)) · \(m.id) · \(t("rank_" + m.rank.rawValue))") }
            if let found = e.propertyFound { bits.append(found ? t("property_found") : t("property_not_found")) }
            if let note = e.note { bits.append(note) }
            return Event(date: day(e.date), kind: t("event_" + e.kind), detail: bits.joined(separator: " · "), by: e.by)
        }
        warnings = detail.filingWarnings.map { DecisionView.ReasonRow(path: "filing", article: $0.article(for: language), message: $0.message.text(for: language), isWarning: true) }
        assessment = DecisionView(reasonsOf: detail.assessment, language: language)
        allowedNext = assessed.allowedNext.map { Option(value: $0.rawValue, label: t("event_" + $0.rawValue)) }
        measureKinds = ControlMeasureKind.allCases.map { Option(value: $0.rawValue, label: t("measure_kind_" + $0.rawValue)) }
        assetKinds = AssetKind.allCases.map { Option(value: $0.rawValue, label: t("asset_kind_" + $0.rawValue)) }
        // Today in Beijing time, as the core assessed the case (`asOf` comes from the request's clock).
        today = assessed.asOf.iso
        eventsAction = Paths.caseEvents(summary.id)
        documentsAction = Paths.caseDocuments(summary.id)
        documents = detail.documents.map { Event(date: day($0.issuedOn), kind: t("document_" + $0.kind), detail: $0.href, by: $0.issuedBy) }
        linksAction = Paths.caseLinks(summary.id)
        entrustAction = Paths.caseEntrust(summary.id)
        linkKinds = CaseLinks.Kind.allCases.map { Option(value: $0.rawValue, label: t("link_" + $0.rawValue)) }
        linkedFrom = detail.linkedFrom.map { Event(date: $0.caseNumber, kind: t("link_" + $0.kind), detail: $0.href, by: t("case_status_" + $0.status)) }
        linkedCases = detail.linkedCases.map { Event(date: $0.caseNumber, kind: t("link_" + $0.kind), detail: $0.href, by: t("case_status_" + $0.status)) }
        entrustment = detail.entrustment.map { e in
            let court = language.hasPrefix("en") ? e.courtNameEn : e.courtNameZh
            let filed = e.filedOn.map { " · " + t("entrustment_filed_on") + " " + PageDate.text($0, language: language) }
                ?? " · " + t("entrustment_pending")
            return Entrustment(kind: t("entrustment_" + e.direction),
                               detail: court + " · " + PageDate.text(e.entrustedOn, language: language) + filed,
                               caseNumber: e.caseNumber ?? "", href: e.href ?? "")
        }
        self.canEntrust = canEntrust
        teamAction = Paths.caseTeam(summary.id)
        self.teams = teams.filter { $0.court == summary.court }.map { Option(value: $0.id.uuidString, label: $0.name) }
        teamName = teams.first { $0.id == summary.teamId }.map { team in
            team.name + "（" + team.members.map(\.displayName).joined(separator: "、") + "）"
        } ?? ""
        documentKinds = CaseDocuments.Kind.allCases.map { Option(value: $0.rawValue, label: t("document_" + $0.rawValue)) }
        canAct = detail.allowedActions.contains(.recordEvent)
        canIssue = detail.allowedActions.contains(.issueDocument)
        canLink = detail.allowedActions.contains(.openLinkedCase)
        canAssign = detail.allowedActions.contains(.assignTeam)
        self.accessCode = accessCode
        self.error = error?.message.text(for: language)
        errorField = error?.field
    }
}

/// Both values, or `nil`.
private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}

/// A case's status as people say it: its standing (`CaseStanding`), so that 终本 is its own status on the
/// case page as in the lists, the filters and the portal, not 已结案.
enum CaseStatusText {
    static func label(status: CaseStatus, closure: ClosureKind?, table: [String: String]) -> String {
        let standing = CaseStanding(status: status, closure: closure).rawValue
        return table["case_standing_" + standing] ?? standing
    }
}
