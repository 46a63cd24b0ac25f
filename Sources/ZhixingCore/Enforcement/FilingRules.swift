/// Filing (立案): what refuses a filing and what makes it doubtful.
///
/// - Enforcement Work Provisions 2020 Art.16 (item 18 of the 1998 text): the instrument has taken effect; the
///   applicant is the creditor; the application is in time; the instrument fixes a performance; the obligor has
///   not performed; the court has jurisdiction.
/// - Interpretation [2022] No.3 Art.2 item 1: enforcing an instrument not yet effective, or clearly beyond the
///   sum and scope it fixes, is erroneous enforcement. A filing that would do so is refused.
/// - CPL 2023 Art.235 (seed 003): a judgment, ruling or mediation statement, and the property part of a criminal
///   judgment, is enforced by the court of first instance or a court at the same level where the property is;
///   other instruments by the court of the debtor's domicile or where the property is. Arbitral awards: the
///   intermediate court (Arbitral Award Enforcement Provisions 2018 Art.2; a basic court when designated);
///   notarised instruments: level as for first-instance civil cases (Notarized Debt Instrument Provisions 2018
///   Art.2); administrative decisions: the basic court where the applying organ is, or where real estate is
///   (Administrative Litigation Law Interpretation 2018 Art.157). Jurisdiction doubts are warnings, not refusals.
/// - CPL 2023 Art.250: the application period is two years; the court files a late application and the debtor
///   may raise the period, so lateness is a warning.
enum FilingRules {
    static func check(_ facts: EnforcementFacts, calendar: StatutoryCalendar) -> FilingCheck {
        var issues: [FilingIssue] = []
        let caseClass = EnforcementCaseClass(facts.caseType)
        if caseClass == .notEnforcement {
            issues.append(FilingIssue(code: "case_type.not_enforcement", field: "caseType", refuses: true, reasons: [.enforcement(
                [EnforcementArticles.lifecycle], "\(facts.caseType.nameZh)不是执行案件，不能按执行案件立案",
                "\(facts.caseType.nameEn) is not an enforcement case and cannot be filed as one")]))
        }
        issues.append(contentsOf: effectiveness(facts))
        issues.append(contentsOf: amounts(facts))
        if !caseClass.isAdjudication && caseClass != .notEnforcement {
            issues.append(contentsOf: jurisdiction(facts))
            issues.append(contentsOf: nonLitigation(facts))
        }
        issues.append(contentsOf: applicationPeriod(facts, calendar: calendar))
        return FilingCheck(refusals: issues.filter(\.refuses).flatMap(\.reasons),
                           warnings: issues.filter { !$0.refuses }.flatMap(\.reasons), issues: issues)
    }

    // MARK: - The basis in force

    static func effectiveness(_ facts: EnforcementFacts) -> [FilingIssue] {
        let conditions = [EnforcementArticles.enforcementWork(16, item: 1)]
        let erroneous = Reason.enforcement([EnforcementArticles.erroneousEnforcementItem1],
            "执行未生效法律文书属于错误执行", "Enforcing an instrument that has not taken effect is erroneous enforcement")
        guard let effective = facts.basis.effectiveOn else {
            return [FilingIssue(code: "basis.not_effective", field: "basis.effectiveOn", refuses: true, reasons: [
                .enforcement(conditions, "执行依据\(facts.basis.documentNumber)没有生效日期：申请执行的法律文书应当已经生效，不予立案",
                             "The basis \(facts.basis.documentNumber) has no date of effect: only an instrument in force may be enforced; the case is not filed"),
                erroneous])]
        }
        if effective > facts.filedOn {
            return [FilingIssue(code: "basis.not_yet_effective", field: "basis.effectiveOn", refuses: true, reasons: [
                .enforcement(conditions, "执行依据于 \(effective.iso) 生效，晚于立案日 \(facts.filedOn.iso)：立案时尚未生效，不予立案",
                             "The basis takes effect on \(effective.iso), after the filing date \(facts.filedOn.iso): it was not in force, so the case is not filed"),
                erroneous])]
        }
        return []
    }

    // MARK: - Sums

    static func amounts(_ facts: EnforcementFacts) -> [FilingIssue] {
        var issues: [FilingIssue] = []
        if facts.amountApplied.isNegative {
            issues.append(FilingIssue(code: "amount.negative", field: "amountApplied", refuses: true, reasons: [.enforcement(
                [EnforcementArticles.lifecycle], "申请执行金额不能为负数：\(facts.amountApplied)", "The sum applied for cannot be negative: \(facts.amountApplied)")]))
        }
        if let awarded = facts.basis.amountAwarded, awarded.isNegative {
            issues.append(FilingIssue(code: "basis.amount_negative", field: "basis.amountAwarded", refuses: true, reasons: [.enforcement(
                [EnforcementArticles.lifecycle], "执行依据确定的金额不能为负数：\(awarded)", "The sum the basis awards cannot be negative: \(awarded)")]))
        }
        guard facts.amountApplied.isPositive else { return issues }
        let delayInterest = Reason.enforcement([EnforcementArticles.cpl(264)],
            "迟延履行期间的债务利息（加倍部分）由法院在执行中依法计算，不计入申请执行金额与执行依据的比较",
            "Interest for delayed performance (the doubled part) is computed by the court in enforcement by law; it is not part of the sum compared with the basis")
        if let awarded = facts.basis.amountAwarded {
            if facts.amountApplied > awarded {
                issues.append(FilingIssue(code: "amount.beyond_basis", field: "amountApplied", refuses: true, reasons: [
                    .enforcement([EnforcementArticles.erroneousEnforcementItem1],
                                 "申请执行金额 \(facts.amountApplied.formatted) 超出执行依据确定的 \(awarded.formatted)（超出 \(Money(fen: facts.amountApplied.fen - awarded.fen).formatted)）：超出生效法律文书确定的数额执行属于错误执行，不予立案",
                                 "The sum applied for, \(facts.amountApplied.formatted), exceeds the \(awarded.formatted) the basis awards (by \(Money(fen: facts.amountApplied.fen - awarded.fen).formatted)): enforcing beyond the sum fixed by the instrument is erroneous enforcement; the case is not filed"),
                    delayInterest]))
            }
        } else {
            issues.append(FilingIssue(code: "amount.beyond_basis", field: "amountApplied", refuses: true, reasons: [
                .enforcement([EnforcementArticles.erroneousEnforcementItem1],
                             "执行依据没有确定金钱给付数额，却申请执行 \(facts.amountApplied.formatted)：超出生效法律文书确定的范围执行属于错误执行，不予立案（如执行依据确有金钱给付内容，请录入其数额）",
                             "The basis fixes no sum of money, yet \(facts.amountApplied.formatted) is applied for: enforcing beyond the scope of the instrument is erroneous enforcement; the case is not filed (if the basis does award money, enter the sum)"),
                delayInterest]))
        }
        return issues
    }

    // MARK: - Jurisdiction

    static func jurisdiction(_ facts: EnforcementFacts) -> [FilingIssue] {
        let j = facts.jurisdiction
        var reasons: [Reason] = []
        switch facts.basis.kind {
        case .civilJudgment, .civilRuling, .mediationStatement, .criminalJudgmentPropertyPart:
            let citations = [EnforcementArticles.cpl(235, para: 1), EnforcementArticles.seed003]
            if j.isFirstInstanceCourt || (j.propertyInCourtArea && j.sameLevelAsFirstInstance) { return [] }
            if j.propertyInCourtArea {
                reasons.append(.enforcement(citations,
                    "被执行的财产在本院辖区，但本院与第一审人民法院不是同级：财产所在地法院须与第一审法院同级",
                    "The property is in this court's area, but this court is not at the level of the first-instance court: the property court must be at the same level"))
            } else {
                reasons.append(.enforcement(citations,
                    "本院既不是第一审人民法院，被执行的财产也不在本院辖区：发生法律效力的民事判决、裁定、调解书和刑事裁判涉财产部分，由第一审人民法院或者与其同级的被执行财产所在地人民法院执行",
                    "This court is neither the court of first instance nor where the property is: a civil judgment, ruling or mediation statement, or the property part of a criminal judgment, is enforced by the first-instance court or a court at its level where the property is"))
            }
        case .arbitralAward:
            let citations = [EnforcementArticles.cpl(235, para: 2), EnforcementArticles.arbitralAwardJurisdiction]
            reasons.append(contentsOf: place(j, citations: citations))
            switch j.enforcingCourtLevel {
            case .intermediate?:
                break
            case .basic?, .tribunal?:
                if j.designatedByHigherCourt != true {
                    reasons.append(.enforcement(citations,
                        "仲裁裁决由被执行人住所地或者被执行的财产所在地的中级人民法院管辖；基层人民法院须经上级人民法院批准指定（执行标的额在基层法院级别管辖范围内且被执行人住所地或财产所在地在其辖区）",
                        "An arbitral award is enforced by the intermediate court of the debtor's domicile or the property; a basic court only when designated with the higher court's approval (the sum within its level and the debtor or property in its area)"))
                }
            case .high?, .supreme?:
                reasons.append(.enforcement(citations, "仲裁裁决一般由中级人民法院执行，本院层级较高", "An arbitral award is enforced by an intermediate court; this court sits higher"))
            case nil:
                reasons.append(.enforcement(citations, "未说明本院层级：仲裁裁决由中级人民法院执行，基层人民法院须经指定",
                                            "The court's level is not given: an arbitral award is enforced by an intermediate court, a basic court only when designated"))
            }
        case .notarizedDebtInstrument:
            let citations = [EnforcementArticles.cpl(235, para: 2), EnforcementArticles.notarizedJurisdiction]
            reasons.append(contentsOf: place(j, citations: citations))
        case .recognizedForeignJudgment, .recognizedForeignAward, .hongKongMacauTaiwanJudgment, .hongKongMacauTaiwanAward:
            let citations = [EnforcementArticles.cpl(235, para: 2), EnforcementArticles.seed003]
            reasons.append(contentsOf: place(j, citations: citations))
            if let level = j.enforcingCourtLevel, level != .intermediate {
                reasons.append(.enforcement(citations,
                    "经承认、认可的外国及港澳台判决、仲裁裁决，由被执行人住所地或者财产所在地的中级人民法院执行，本院不是中级人民法院",
                    "Recognised foreign, Hong Kong, Macao and Taiwan judgments and awards are enforced by the intermediate court of the debtor's domicile or the property; this court is not an intermediate court"))
            }
        case .administrativeDecision:
            let citations = EnforcementArticles.administrativeJurisdiction
            if j.applicantInCourtArea != true && !j.propertyInCourtArea {
                reasons.append(.enforcement([citations],
                    j.applicantInCourtArea == nil ? "未说明申请执行的行政机关是否在本院辖区：行政机关申请执行其行政行为的，由申请人所在地的基层人民法院受理；执行对象为不动产的，由不动产所在地的基层人民法院受理"
                        : "申请执行的行政机关不在本院辖区，执行对象也不是本院辖区的不动产：由申请人所在地的基层人民法院受理；执行对象为不动产的，由不动产所在地的基层人民法院受理",
                    j.applicantInCourtArea == nil ? "Whether the applying administrative organ is in this court's area is not stated: the basic court where the organ is files the application; for real estate, the basic court where it lies"
                        : "The applying organ is not in this court's area and the object is not real estate here: the basic court where the organ is files it; for real estate, the basic court where it lies"))
            }
            if let level = j.enforcingCourtLevel, level != .basic && j.designatedByHigherCourt != true {
                reasons.append(.enforcement([citations], "非诉行政执行案件一般由基层人民法院受理（上级法院可以提级或者指定）",
                                            "Non-litigation administrative enforcement is generally filed with a basic court (a higher court may take it up or designate)"))
            }
        }
        guard !reasons.isEmpty else { return [] }
        reasons.append(.enforcement([EnforcementArticles.enforcementWork(16, item: 6), EnforcementArticles.enforcementProcedure(3)],
            "管辖有疑问：可以立案，但请核实；当事人可以在收到执行通知之日起十日内提出管辖异议",
            "Jurisdiction is doubtful: the case may be filed, but verify it; a party may object to jurisdiction within ten days of receiving the enforcement notice"))
        return [FilingIssue(code: "jurisdiction.doubtful", field: "jurisdiction", refuses: false, reasons: reasons)]
    }

    /// Debtor's domicile or the property in the court's area (CPL 2023 Art.235 para.2).
    private static func place(_ j: JurisdictionFacts, citations: [Citation]) -> [Reason] {
        if j.propertyInCourtArea || j.debtorDomicileInCourtArea == true { return [] }
        return [.enforcement(citations,
            j.debtorDomicileInCourtArea == nil
                ? "未说明被执行人住所地是否在本院辖区，被执行的财产也不在本院辖区：法律规定由人民法院执行的其他法律文书，由被执行人住所地或者被执行的财产所在地人民法院执行"
                : "被执行人住所地和被执行的财产都不在本院辖区：法律规定由人民法院执行的其他法律文书，由被执行人住所地或者被执行的财产所在地人民法院执行",
            j.debtorDomicileInCourtArea == nil
                ? "Whether the debtor is domiciled here is not stated and the property is not here: other instruments are enforced where the debtor is domiciled or the property is"
                : "Neither the debtor's domicile nor the property is in this court's area: other instruments are enforced where the debtor is domiciled or the property is")]
    }

    // MARK: - Non-litigation cases

    static func nonLitigation(_ facts: EnforcementFacts) -> [FilingIssue] {
        let administrative = facts.basis.kind == .administrativeDecision
        guard facts.nonLitigation != administrative else { return [] }
        let citations = EnforcementArticles.timeLimits(1, para: 1)
        return [FilingIssue(code: "non_litigation.mismatch", field: "nonLitigation", refuses: false, reasons: [.enforcement([citations],
            administrative ? "执行依据为准予强制执行的行政决定，属于非诉执行案件（3 个月执结期限），但 nonLitigation 为 false"
                           : "nonLitigation 为 true，但执行依据不是行政决定：非诉执行案件（3 个月期限）指准予强制执行的行政行为",
            administrative ? "The basis is an administrative decision approved for enforcement, a non-litigation case (3-month limit), but nonLitigation is false"
                           : "nonLitigation is true but the basis is not an administrative decision: non-litigation cases (3-month limit) enforce administrative acts")])]
    }

    // MARK: - The application period

    /// The two years are counted on the statutory calendar: the day of effect is not counted (Civil Code
    /// Art.201), they end on the corresponding day two years on (Art.202), and a last day that is a statutory rest
    /// day moves to the first day after the rest days (Art.203; Art.204 applies this counting to limitation
    /// periods, and CPL 2023 Art.250 para.1 subjects the application period to the limitation rules). A filing on
    /// that last day is in time; the day after is the first late day.
    static func applicationPeriod(_ facts: EnforcementFacts, calendar: StatutoryCalendar) -> [FilingIssue] {
        guard let effective = facts.basis.effectiveOn, effective <= facts.filedOn else { return [] }
        let lastDay = calendar.deadline(from: effective, period: .years(2)).dueDate
        guard facts.filedOn > lastDay else { return [] }
        return [FilingIssue(code: "application_period.doubtful", field: "basis.effectiveOn", refuses: false, reasons: [.enforcement(
            [EnforcementArticles.cpl(250)],
            "执行依据于 \(effective.iso) 生效，立案时已逾两年：申请执行的期间为二年，自法律文书规定履行期间的最后一日起计算（未规定的，自生效之日起），可以中止、中断。法院应当立案，被执行人可以提出时效异议；请核实履行期间和中止、中断的情况",
            "The basis took effect on \(effective.iso), more than two years before filing: the application period is two years from the last day for performance (or from effect if none is fixed) and may be suspended or interrupted. The court files the case and the debtor may raise the period; verify the performance period and any interruption")])]
    }
}
