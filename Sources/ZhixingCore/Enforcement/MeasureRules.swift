import Foundation

/// Freezes, seals and seizures (查封、扣押、冻结): maximum terms, expiry, renewal, rank.
///
/// - CPL Interpretation 2022 Art.485 para.1: bank deposits frozen ≤ 1 year; movables sealed or seized ≤ 2 years;
///   real estate sealed and other property rights frozen ≤ 3 years. Para.2: renewal on the applicant's application
///   before expiry, each renewal within the same maximum. Para.3: the court may renew of its own motion.
/// - CPL Interpretation 2022 Art.168: a preservation measure continues in enforcement, its term counted on.
/// - Sealing Provisions 2020 Art.26 para.1: a waiting-list measure takes effect when the earlier one is lifted;
///   Art.27: a term that ends unrenewed ends the measure; Art.28: when measures must be lifted.
/// - The term is counted on the statutory calendar's month rule (the first day is not counted; the term ends on the
///   corresponding day, or the month's last day). Its end is not moved for holidays: see `expiryNotExtended`.
enum MeasureRules {
    /// The longest term, in months, for a measure on `asset` (CPL Interpretation 2022 Art.485 para.1).
    static func maximumMonths(_ asset: AssetKind) -> Int {
        switch asset {
        case .bankDeposit: 12
        case .movable, .vehicle: 24
        case .realEstate, .securities, .equity, .otherRight: 36
        }
    }

    static func maximumReason(_ asset: AssetKind) -> Reason {
        let months = maximumMonths(asset)
        let zhWhat: String, enWhat: String
        switch asset {
        case .bankDeposit: (zhWhat, enWhat) = ("冻结被执行人的银行存款的期限不得超过一年", "bank deposits may be frozen for one year at most")
        case .movable, .vehicle: (zhWhat, enWhat) = ("查封、扣押动产的期限不得超过两年", "movables may be sealed or seized for two years at most")
        case .realEstate: (zhWhat, enWhat) = ("查封不动产的期限不得超过三年", "real estate may be sealed for three years at most")
        case .securities, .equity, .otherRight:
            (zhWhat, enWhat) = ("冻结其他财产权的期限不得超过三年", "other property rights may be frozen for three years at most")
        }
        return .enforcement([EnforcementArticles.cplInterpretation(485, para: 1)],
                            "\(zhWhat)（\(asset.zhName)：最长 \(months) 个月）",
                            "\(enWhat.prefix(1).uppercased() + enWhat.dropFirst()) (\(asset.enName): \(months) months at most)")
    }

    /// Whether `kind` is the measure the law provides for `asset`: deposits and rights are frozen, real
    /// estate sealed, movables (vehicles included) sealed or seized (CPL 2023 Art.253, 255).
    static func kindFits(_ kind: ControlMeasureKind, _ asset: AssetKind) -> Bool {
        switch asset {
        case .bankDeposit, .securities, .equity, .otherRight: kind == .freeze
        case .realEstate: kind == .seal
        case .vehicle, .movable: kind == .seal || kind == .seize
        }
    }

    static func kindMismatch(_ kind: ControlMeasureKind, _ asset: AssetKind) -> Reason {
        .enforcement([EnforcementArticles.cpl(253), EnforcementArticles.cpl(255)],
                     "对\(asset.zhName)不能采取“\(kind.zhName)”：存款和其他财产权予以冻结，不动产予以查封，动产（含车辆）予以查封或者扣押",
                     "\(asset.enName.prefix(1).uppercased() + asset.enName.dropFirst()) cannot be \(kind.rawValue)d: deposits and rights are frozen, real estate sealed, movables (vehicles included) sealed or seized")
    }

    /// The current term of `record` on the calendar; `nil` while a waiting-list measure is not in effect.
    static func term(_ record: MeasureRecord, calendar: StatutoryCalendar) -> Deadline? {
        guard let start = record.termStart else { return nil }
        return calendar.deadline(from: start, months: record.termMonths ?? maximumMonths(record.asset))
    }

    /// The last day the measure binds unless renewed: the term's last day by counting, never moved for holidays.
    static func expiresOn(_ record: MeasureRecord, calendar: StatutoryCalendar) -> LocalDate? {
        term(record, calendar: calendar)?.nominalLastDay
    }

    /// A measure binds through the whole of its last day: the last day of a period ends at 24:00 (Civil Code
    /// Art.203 para.2), so on `expiry` it is in force and it has lapsed from the day after. Lifting takes effect
    /// on the day of the lifting ruling.
    static func state(_ record: MeasureRecord, on date: LocalDate, calendar: StatutoryCalendar) -> MeasureState {
        if let lifted = record.liftedOn, lifted <= date { return .lifted }
        guard let expiry = expiresOn(record, calendar: calendar) else { return .waiting }
        return date > expiry ? .expired : .inForce
    }

    /// The last working day on or before `date` (registries and banks carry out renewals on working days).
    static func lastWorkingDay(onOrBefore date: LocalDate, calendar: StatutoryCalendar) -> LocalDate {
        var day = date
        for _ in 0..<60 where calendar.isRestDay(day) { day = day.adding(days: -1) }
        return day
    }

    /// Why the end of a term is not moved for holidays.
    static func expiryNotExtended(_ expiry: LocalDate, calendar: StatutoryCalendar) -> Reason {
        let rest = calendar.isRestDay(expiry)
        return .enforcement([EnforcementArticles.cpl(85, para: 3), EnforcementArticles.sealing(27)],
                            (rest ? "期限最后一日 \(expiry.iso) 是休息日，但不顺延。" : "期限最后一日 \(expiry.iso) 不因节假日而变动。")
                                + "民事诉讼法第八十五条第三款的顺延是为了保护须在期间内为诉讼行为的人；查封、扣押、冻结的期限是强制措施的存续期间，届满不是为某一行为的期限，顺延只会延长对被执行人财产的强制（参照刑事诉讼法第一百零五条第四款羁押期间不因节假日延长）。期限届满未续行的，措施效力消灭",
                            (rest ? "The last day of the term, \(expiry.iso), is a rest day but is not moved. " : "The last day of the term, \(expiry.iso), is not moved for holidays. ")
                                + "CPL Art.85 para.3 extends a period to protect a person who must act within it; the term of a seal or freeze is the duration of a coercive measure, not a time for acting, and extending it would only prolong the coercion of the debtor's property (compare CrimPL Art.105 para.4: custody is not extended for holidays). A term that ends unrenewed ends the measure")
    }

    // MARK: - Status

    static func status(_ record: MeasureRecord, history: EnforcementHistory, asOf: LocalDate) -> MeasureStatus {
        let calendar = history.calendar
        var reasons: [Reason] = [maximumReason(record.asset)]
        var warnings: [Reason] = []
        let label = "\(record.kind.zhName)\(record.asset.zhName)（\(record.id)）"
        let labelEn = "\(record.kind.rawValue) of \(record.asset.enName) (\(record.id))"
        if !kindFits(record.kind, record.asset) { warnings.append(kindMismatch(record.kind, record.asset)) }
        if let excess = amountBeyondNeed(record.amount, outstanding: record.outstandingWhenTaken) {
            warnings.append(excess)
        }

        if record.recordedRank == .waitingList {
            reasons.append(.enforcement([EnforcementArticles.sealing(26, para: 1)],
                "\(label)为轮候措施（\(record.takenOn.iso) 登记）：在先的查封、扣押、冻结解除时，登记在先的轮候措施自动生效，期限自生效之日起计算",
                "\(labelEn) is a waiting-list measure (recorded \(record.takenOn.iso)): it takes effect by itself when the earlier seal is lifted, and its term runs from then"))
            if let promoted = record.promotedOn, let start = record.termStart {
                reasons.append(.enforcement([EnforcementArticles.sealing(26, para: 1)],
                    "在先措施解除，本措施已于 \(start.iso) 生效（\(promoted.iso) 记录），现为首封",
                    "The earlier measure was lifted: this one took effect on \(start.iso) (recorded \(promoted.iso)) and now ranks first"))
            }
        }
        let term = term(record, calendar: calendar)
        let expiry = term?.nominalLastDay
        if let term, let start = record.termStart {
            if record.termMonths == nil {
                warnings.append(.enforcement([EnforcementArticles.cplInterpretation(485, para: 1)],
                    "\(label)未载明期限，按法定最长期限 \(maximumMonths(record.asset)) 个月计算；裁定和协助执行通知书应当载明期限",
                    "\(labelEn) states no term; the maximum of \(maximumMonths(record.asset)) months is assumed. The ruling and the assistance notice should state it"))
            } else if let months = record.termMonths, months > maximumMonths(record.asset) {
                warnings.append(.enforcement([EnforcementArticles.cplInterpretation(485, para: 1)],
                    "\(label)的期限 \(months) 个月超过法定最长期限 \(maximumMonths(record.asset)) 个月",
                    "The term of \(labelEn), \(months) months, exceeds the maximum of \(maximumMonths(record.asset)) months"))
            }
            if start < history.facts.filedOn {
                reasons.append(.enforcement([EnforcementArticles.cplInterpretation(168)],
                    "措施自 \(start.iso) 起算，早于执行立案：保全裁定未被撤销或者解除的，进入执行程序后自动转为执行中的查封、扣押、冻结措施，期限连续计算",
                    "The term began on \(start.iso), before filing: a preservation measure not revoked or lifted continues in enforcement and its term is counted on"))
            }
            for (number, renewal) in record.renewals.enumerated() {
                reasons.append(.enforcement([EnforcementArticles.cplInterpretation(485, para: 2)],
                    "第 \(number + 1) 次续行（\(renewal.date.iso)）：自 \(renewal.startsOn.iso) 起 \(renewal.months ?? maximumMonths(record.asset)) 个月；续行期限不得超过法定最长期限",
                    "Renewal \(number + 1) (\(renewal.date.iso)): \(renewal.months ?? maximumMonths(record.asset)) months from \(renewal.startsOn.iso); a renewal may not exceed the maximum term"))
            }
            reasons.append(contentsOf: term.reasons.prefix(1))
            reasons.append(expiryNotExtended(term.nominalLastDay, calendar: calendar))
            warnings.append(contentsOf: calendar.scheduleWarnings(for: [term.nominalLastDay]))
        }

        let state = state(record, on: asOf, calendar: calendar)
        var windowOpens: LocalDate?
        var lastWorkingDay: LocalDate?
        if let expiry {
            windowOpens = expiry.adding(days: -30)
            lastWorkingDay = self.lastWorkingDay(onOrBefore: expiry, calendar: calendar)
        }
        switch state {
        case .lifted:
            reasons.append(.enforcement([EnforcementArticles.sealing(28)],
                "\(label)已于 \(record.liftedOn?.iso ?? "") 解除", "\(labelEn) was lifted on \(record.liftedOn?.iso ?? "")"))
        case .expired:
            if let expiry {
                warnings.append(.enforcement([EnforcementArticles.sealing(27)],
                    "\(label)的期限已于 \(expiry.iso) 届满而未续行，效力已经消灭；如需继续控制该财产，应当重新采取措施，其顺位可能落后于其间的其他查封",
                    "The term of \(labelEn) ended on \(expiry.iso) without renewal: the measure has lapsed. To control the property again a new measure is needed, which may rank behind seals made meanwhile"))
            }
        case .waiting:
            reasons.append(.enforcement([EnforcementArticles.sealing(26, para: 1)],
                "\(label)尚未生效：待在先措施解除后自动生效", "\(labelEn) is not yet in effect: it takes effect when the earlier measure is lifted"))
        case .inForce:
            if let expiry, let windowOpens, let lastWorkingDay {
                reasons.append(.enforcement([EnforcementArticles.cplInterpretation(485, para: 2), EnforcementArticles.cplInterpretation(485, para: 3)],
                    "\(label)将于 \(expiry.iso) 届满；需要延长的，应当在届满前办理续行手续（申请执行人申请，或者法院依职权），最迟于最后一个工作日 \(lastWorkingDay.iso) 送达协助执行通知",
                    "\(labelEn) ends on \(expiry.iso); to extend it, renew before expiry (on the applicant's application or of the court's own motion), serving the assistance notice by the last working day, \(lastWorkingDay.iso)"))
                // Closed as entrusted: the measures pass to the entrusted court's case, which renews or lifts them
                // (Entrusted Enforcement Provisions 2011 Art.2 para.1); this case neither reminds nor asks to lift.
                let handedOver = history.closure == .entrusted
                let closedNeedingLift = history.closure != nil && history.closure != .currentProcedureTerminated && !handedOver
                if asOf >= windowOpens && !closedNeedingLift && !handedOver {
                    warnings.append(.enforcement([EnforcementArticles.cplInterpretation(485, para: 2)],
                        "续行提醒：\(label)将于 \(expiry.iso) 届满（还有 \(asOf.days(until: expiry)) 日），请及时决定是否续行",
                        "Renewal window: \(labelEn) ends on \(expiry.iso) (\(asOf.days(until: expiry)) days left); decide on renewal in time"))
                }
                if closedNeedingLift, let closure = history.closure {
                    warnings.append(.enforcement([EnforcementArticles.sealing(28)],
                        "案件已以“\(closure.zhName)”结案，\(label)仍在效力期内：债务已经清偿或者执行已经终结的，应当裁定解除并通知协助执行的单位",
                        "The case was closed (\(closure.enName)) but \(labelEn) is still in force: where the debt is paid or enforcement ended, it must be lifted by ruling and the assisting body notified"))
                }
            }
        }
        let inWindow = state == .inForce && windowOpens.map { asOf >= $0 } == true
        return MeasureStatus(id: record.id, kind: record.kind, asset: record.asset, rank: record.rank, state: state,
                             takenOn: record.takenOn, termStartsOn: record.termStart,
                             termMonths: record.termStart == nil ? record.termMonths : (record.termMonths ?? maximumMonths(record.asset)),
                             maximumMonths: maximumMonths(record.asset), renewals: record.renewals.count,
                             expiresOn: expiry, renewalWindowOpens: windowOpens, lastWorkingDayToRenew: lastWorkingDay,
                             liftedOn: record.liftedOn, inRenewalWindow: inWindow, institution: record.institution,
                             account: record.account, amount: record.amount, reasons: reasons, warnings: warnings)
    }

    /// A freeze of more than the case still needs (applied − received when it is taken). CPL 2023 Art.253 para.1:
    /// the court freezes "不得超出被执行人应当履行义务的范围"; Sealing Provisions 2020 Art.19 para.2: what exceeds it is
    /// released. A warning for now, not a refusal (issue 9 item 3; the next issue refuses it).
    static func amountBeyondNeed(_ amount: Money?, outstanding: Money) -> Reason? {
        guard let amount, amount > outstanding else { return nil }
        return .enforcement([EnforcementArticles.cpl(253, para: 1), EnforcementArticles.sealing(19, para: 2)],
            "冻结金额 \(amount.formatted) 超过本案尚未执行到位的 \(outstanding.formatted)：查询、冻结被执行人的存款等财产不得超出其应当履行义务的范围，超出部分应当解除",
            "The sum frozen, \(amount.formatted), exceeds what the case still needs, \(outstanding.formatted): a freeze may not exceed the debtor's obligation, and the excess is released")
    }

    // MARK: - Refusals of the measure events

    /// Why `event` (a measure event) may not be recorded on `history`, if it may not.
    static func refusal(_ event: EnforcementEvent, history: EnforcementHistory) -> ActionRefusal? {
        guard let measure = event.measure else {
            return ActionRefusal(code: "measure.missing", reasons: [.enforcement([EnforcementArticles.lifecycle],
                "\(event.kind.zhName)须载明所涉措施（measure）", "\(event.kind.enName.prefix(1).uppercased() + event.kind.enName.dropFirst()) must name the measure (measure)")])
        }
        if measure.id.trimmingCharacters(in: .whitespaces).isEmpty {
            return ActionRefusal(code: "measure.id_missing", reasons: [.enforcement([EnforcementArticles.lifecycle],
                "措施编号（measure.id）不能为空", "The measure id (measure.id) is empty")])
        }
        if let months = measure.termMonths, months < 1 {
            return ActionRefusal(code: "measure.term_invalid", reasons: [.enforcement([EnforcementArticles.cplInterpretation(485, para: 1)],
                "措施期限应为至少 1 个月：\(months)", "A measure's term must be at least one month: \(months)")])
        }
        if let amount = measure.amount, !amount.isPositive {
            return ActionRefusal(code: "measure.amount_not_positive", reasons: [.enforcement([EnforcementArticles.cpl(253, para: 1)],
                "冻结金额应当大于零：\(amount.formatted)", "The sum frozen must be more than zero: \(amount.formatted)")])
        }
        let calendar = history.calendar
        let existing = history.measure(measure.id)
        switch event.kind {
        case .measureTaken:
            if !kindFits(measure.kind, measure.asset) {
                return ActionRefusal(code: "measure.kind_asset_mismatch", reasons: [kindMismatch(measure.kind, measure.asset)])
            }
            if let months = measure.termMonths, months > maximumMonths(measure.asset) {
                return ActionRefusal(code: "measure.term_exceeds_maximum", reasons: [maximumReason(measure.asset), .enforcement(
                    [EnforcementArticles.cplInterpretation(485, para: 1)],
                    "所定期限 \(months) 个月超过法定最长期限", "The term set, \(months) months, exceeds the maximum")])
            }
            if let existing {
                let promotion = existing.rank == .waitingList && measure.rank == .first && existing.liftedOn == nil
                    && existing.kind == measure.kind && existing.asset == measure.asset
                if !promotion {
                    return ActionRefusal(code: "measure.duplicate", reasons: [.enforcement([EnforcementArticles.lifecycle],
                        "措施编号 \(measure.id) 已经存在；只有轮候措施在先措施解除后生效时，才可以同一编号、以“首封”再次记录",
                        "Measure \(measure.id) already exists; the same id may be recorded again only as a waiting-list measure taking effect (rank first) when the earlier one is lifted")])
                }
            }
            return nil
        case .measureRenewed:
            guard let existing else { return unknown(measure.id) }
            if existing.kind != measure.kind || existing.asset != measure.asset {
                return ActionRefusal(code: "measure.mismatch", reasons: [.enforcement([EnforcementArticles.lifecycle],
                    "续行须针对同一措施：\(measure.id) 原为\(existing.kind.zhName)\(existing.asset.zhName)",
                    "A renewal continues the same measure: \(measure.id) is a \(existing.kind.rawValue) of \(existing.asset.enName)")])
            }
            switch state(existing, on: event.date, calendar: calendar) {
            case .lifted: return lifted(existing)
            case .waiting:
                return ActionRefusal(code: "measure.not_in_effect", reasons: [.enforcement([EnforcementArticles.sealing(26, para: 1)],
                    "轮候措施 \(measure.id) 尚未生效，无须续行；生效后期限才开始计算",
                    "Waiting-list measure \(measure.id) is not in effect yet and needs no renewal; its term runs once it takes effect")])
            case .expired:
                let expiry = expiresOn(existing, calendar: calendar)?.iso ?? ""
                return ActionRefusal(code: "measure.expired", reasons: [.enforcement(
                    [EnforcementArticles.cplInterpretation(485, para: 2), EnforcementArticles.sealing(27)],
                    "措施 \(measure.id) 的期限已于 \(expiry) 届满，效力已经消灭；续行应当在期限届满前办理，现只能重新采取措施",
                    "Measure \(measure.id) ended on \(expiry) and has lapsed; a renewal must be made before expiry, so only a new measure is possible now")])
            case .inForce:
                break
            }
            if let months = measure.termMonths, months > maximumMonths(measure.asset) {
                return ActionRefusal(code: "measure.term_exceeds_maximum", reasons: [maximumReason(measure.asset), .enforcement(
                    [EnforcementArticles.cplInterpretation(485, para: 2)],
                    "续行期限 \(months) 个月超过法定最长期限；续行期限不得超过前款规定的期限",
                    "The renewal's \(months) months exceed the maximum; a renewal may not exceed the maximum term")])
            }
            if let expiry = expiresOn(existing, calendar: calendar), measure.startsOn > expiry {
                return ActionRefusal(code: "measure.renewal_gap", reasons: [.enforcement([EnforcementArticles.cplInterpretation(485, para: 2)],
                    "续行期限应当与原期限衔接：原期限最后一日为 \(expiry.iso)，续行期限不得晚于该日起算（startsOn \(measure.startsOn.iso)）",
                    "A renewal must follow on: the term ends on \(expiry.iso), so the renewal may not start counting after that day (startsOn \(measure.startsOn.iso))")])
            }
            if history.isClosed && history.closure != .currentProcedureTerminated {
                return ActionRefusal(code: "lifecycle.closed", reasons: [.enforcement([EnforcementArticles.sealing(28)],
                    "案件已以“\(history.closure?.zhName ?? "")”结案，不再续行查封、扣押、冻结",
                    "The case is closed (\(history.closure?.enName ?? "")); measures are not renewed")])
            }
            return nil
        case .measureLifted:
            guard let existing else { return unknown(measure.id) }
            switch state(existing, on: event.date, calendar: calendar) {
            case .lifted: return lifted(existing)
            case .expired:
                let expiry = expiresOn(existing, calendar: calendar)?.iso ?? ""
                return ActionRefusal(code: "measure.expired", reasons: [.enforcement([EnforcementArticles.sealing(27)],
                    "措施 \(measure.id) 已于 \(expiry) 期限届满，效力已经消灭，无须解除",
                    "Measure \(measure.id) lapsed when its term ended on \(expiry); there is nothing to lift")])
            case .waiting, .inForce:
                return nil
            }
        default:
            return nil
        }
    }

    private static func unknown(_ id: String) -> ActionRefusal {
        ActionRefusal(code: "measure.unknown", reasons: [.enforcement([EnforcementArticles.lifecycle],
            "本案没有编号为 \(id) 的查封、扣押、冻结措施", "This case has no measure with id \(id)")])
    }

    private static func lifted(_ record: MeasureRecord) -> ActionRefusal {
        ActionRefusal(code: "measure.lifted", reasons: [.enforcement([EnforcementArticles.lifecycle],
            "措施 \(record.id) 已于 \(record.liftedOn?.iso ?? "") 解除", "Measure \(record.id) was lifted on \(record.liftedOn?.iso ?? "")")])
    }
}
