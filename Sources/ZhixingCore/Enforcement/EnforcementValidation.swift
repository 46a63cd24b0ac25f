/// Facts that cannot be true throw a `FieldError` naming the field (`events[3].date`); facts that are possible
/// but were not allowed by the law (a 终本 without its conditions) are kept and the assessment warns.
enum EnforcementValidation {
    static func validate(_ facts: EnforcementFacts) throws(FieldError) {
        if EnforcementCaseClass(facts.caseType) == .notEnforcement {
            throw FieldError(field: "caseType", code: "case_type.not_enforcement", message: LocalizedText(
                zh: "\(facts.caseType.rawValue)（\(facts.caseType.nameZh)）不是执行案件类型", en: "\(facts.caseType.rawValue) (\(facts.caseType.nameEn)) is not an enforcement case type"))
        }
        if facts.asOf < facts.filedOn {
            throw FieldError(field: "asOf", code: "date.before_filing", message: LocalizedText(
                zh: "评估日期 \(facts.asOf.iso) 早于立案日期 \(facts.filedOn.iso)", en: "asOf, \(facts.asOf.iso), is before the filing date, \(facts.filedOn.iso)"))
        }
        if facts.amountApplied.isNegative {
            throw FieldError(field: "amountApplied", code: "money.negative", message: LocalizedText(
                zh: "申请执行金额不能为负数", en: "The sum applied for cannot be negative"))
        }
        if let awarded = facts.basis.amountAwarded, awarded.isNegative {
            throw FieldError(field: "basis.amountAwarded", code: "money.negative", message: LocalizedText(
                zh: "执行依据确定的金额不能为负数", en: "The sum awarded cannot be negative"))
        }
        try validateEvents(facts)
        for (index, period) in (facts.uncountedPeriods ?? []).enumerated() {
            if let to = period.to, to < period.from {
                throw FieldError(field: "uncountedPeriods[\(index)].to", code: "date.before_start", message: LocalizedText(
                    zh: "期间结束日 \(to.iso) 早于开始日 \(period.from.iso)", en: "The period ends (\(to.iso)) before it begins (\(period.from.iso))"))
            }
        }
        for (index, ext) in (facts.timeLimitExtensions ?? []).enumerated() {
            _ = try ext.period.validated(field: "timeLimitExtensions[\(index)].period.count")
            if ext.period.unit == .workingDays || ext.period.unit == .years {
                throw FieldError(field: "timeLimitExtensions[\(index)].period.unit", code: "period.unit", message: LocalizedText(
                    zh: "延长期限应以日或者月计", en: "An extension is stated in days or months"))
            }
            if let requested = ext.requestedOn, requested > ext.approvedOn {
                throw FieldError(field: "timeLimitExtensions[\(index)].approvedOn", code: "date.before_request", message: LocalizedText(
                    zh: "批准日期早于申请日期", en: "The approval is dated before the request"))
            }
            if ext.approvedOn > facts.asOf {
                throw FieldError(field: "timeLimitExtensions[\(index)].approvedOn", code: "date.after_as_of", message: LocalizedText(
                    zh: "批准日期晚于评估日期", en: "The approval is dated after asOf"))
            }
        }
    }

    private static func validateEvents(_ facts: EnforcementFacts) throws(FieldError) {
        var measureIDs: [String: SealRank] = [:]
        var received: Int64 = 0
        var disbursed: Int64 = 0
        var previous: LocalDate?
        for (index, event) in facts.events.enumerated() {
            let path = "events[\(index)]"
            if let previous, event.date < previous {
                throw FieldError(field: "\(path).date", code: "event.out_of_order", message: LocalizedText(
                    zh: "事件日期 \(event.date.iso) 早于前一事件的日期 \(previous.iso)：事件须按时间顺序排列",
                    en: "The event date \(event.date.iso) is before the previous event's, \(previous.iso): events must be in order"))
            }
            if event.date > facts.asOf {
                throw FieldError(field: "\(path).date", code: "event.after_as_of", message: LocalizedText(
                    zh: "事件日期 \(event.date.iso) 晚于评估日期 \(facts.asOf.iso)", en: "The event date \(event.date.iso) is after asOf, \(facts.asOf.iso)"))
            }
            if event.date < facts.filedOn {
                throw FieldError(field: "\(path).date", code: "event.before_filing", message: LocalizedText(
                    zh: "事件日期 \(event.date.iso) 早于立案日期 \(facts.filedOn.iso)", en: "The event date \(event.date.iso) is before the filing date, \(facts.filedOn.iso)"))
            }
            previous = event.date
            if event.kind == .filed && (index != 0 || event.date != facts.filedOn) {
                throw FieldError(field: index != 0 ? "\(path).kind" : "\(path).date", code: "event.filed", message: LocalizedText(
                    zh: "立案事件只能是第一个事件，日期为立案日期 \(facts.filedOn.iso)",
                    en: "The filing event can only be the first event, dated on the filing date \(facts.filedOn.iso)"))
            }
            switch event.kind {
            case .paymentReceived, .paymentDisbursed:
                guard let amount = event.amount else {
                    throw FieldError(field: "\(path).amount", code: "field.required", message: LocalizedText(
                        zh: "缺少金额：\(path).amount", en: "Required field missing: \(path).amount"))
                }
                guard amount.isPositive else {
                    throw FieldError(field: "\(path).amount", code: "money.not_positive", message: LocalizedText(
                        zh: "金额应当大于零", en: "The amount must be more than zero"))
                }
                if event.kind == .paymentReceived {
                    received += amount.fen
                } else {
                    disbursed += amount.fen
                    // Each amount is at most Money.maxFen, so the sums cannot overflow Int64 before these checks;
                    // beyond Money.maxFen they could not be shown as Money, so refuse before building the message.
                    if disbursed > Money.maxFen {
                        throw Money.overflowError(field: "\(path).amount", detail: "\(disbursed) fen")
                    }
                    if disbursed > received {
                        throw FieldError(field: "\(path).amount", code: "amount.disbursed_exceeds_received", message: LocalizedText(
                            zh: "累计发放 \(Money(fen: disbursed)) 超过累计到账 \(Money(fen: received))",
                            en: "Paid out in all, \(Money(fen: disbursed)), exceeds received in all, \(Money(fen: received))"))
                    }
                }
                if received > Money.maxFen {
                    throw Money.overflowError(field: "\(path).amount", detail: "\(received) fen")
                }
            case .measureTaken, .measureRenewed, .measureLifted:
                guard let measure = event.measure else {
                    throw FieldError(field: "\(path).measure", code: "field.required", message: LocalizedText(
                        zh: "缺少措施：\(path).measure", en: "Required field missing: \(path).measure"))
                }
                if measure.id.isEmpty || measure.id.allSatisfy(\.isWhitespace) {
                    throw FieldError(field: "\(path).measure.id", code: "field.required", message: LocalizedText(
                        zh: "措施编号不能为空", en: "The measure id is empty"))
                }
                if let months = measure.termMonths, !(1...1200).contains(months) {
                    throw FieldError(field: "\(path).measure.termMonths", code: "measure.term_invalid", message: LocalizedText(
                        zh: "措施期限应为 1 至 1200 个月：\(months)", en: "A measure's term is 1 to 1200 months: \(months)"))
                }
                let known = measureIDs[measure.id]
                switch event.kind {
                case .measureTaken:
                    if let known, !(known == .waitingList && measure.rank == .first) {
                        throw FieldError(field: "\(path).measure.id", code: "measure.duplicate", message: LocalizedText(
                            zh: "措施编号 \(measure.id) 重复", en: "Measure id \(measure.id) is used twice"))
                    }
                    measureIDs[measure.id] = measure.rank
                default:
                    if known == nil {
                        throw FieldError(field: "\(path).measure.id", code: "measure.unknown", message: LocalizedText(
                            zh: "没有编号为 \(measure.id) 的措施", en: "No measure has id \(measure.id)"))
                    }
                }
            default:
                break
            }
        }
    }
}
