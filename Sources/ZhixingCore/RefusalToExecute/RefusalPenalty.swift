/// The band of Criminal Law Art.313 the recorded findings point to.
public enum RefusalPenaltyBand: String, Sendable, Hashable, Codable {
    /// No circumstance facts were given.
    case notAssessed
    /// Not a crime on the findings: no ability to execute (Art.313; Interpretation 2024 Art.5), or 情节显著轻微危害不大
    /// (Interpretation 2024 Art.11 sentence 1).
    case noCrime
    /// Ability and refusal, but no "serious" circumstance found: Art.313 is not met.
    case notSerious
    /// 情节严重: up to 3 years' fixed-term imprisonment, criminal detention or a fine (Art.313 para.1).
    case serious
    /// 情节特别严重: 3 to 7 years' fixed-term imprisonment and a fine (Art.313 para.1).
    case particularlySerious

    public var title: LocalizedText {
        switch self {
        case .notAssessed: LocalizedText(zh: "未评估", en: "not assessed")
        case .noCrime: LocalizedText(zh: "不构成犯罪", en: "no crime")
        case .notSerious: LocalizedText(zh: "未达情节严重", en: "not serious")
        case .serious: LocalizedText(zh: "情节严重", en: "serious circumstances")
        case .particularlySerious: LocalizedText(zh: "情节特别严重", en: "particularly serious circumstances")
        }
    }
}

/// How a fine goes with the band (Criminal Law Art.313 para.1).
public enum RefusalFine: String, Sendable, Hashable, Codable {
    /// No band, so no fine.
    case none
    /// 情节严重: "处三年以下有期徒刑、拘役或者罚金" — a fine is one of the alternatives and may stand alone.
    case alternative
    /// 情节特别严重: "并处罚金" — a fine goes with the imprisonment.
    case mandatory
}

public struct RefusalCircumstanceCheck: Sendable, Hashable, Cited {
    public let code: RefusalCircumstance
    public let citations: [Citation]
    public let title: LocalizedText
    public let particularlySerious: Bool
    public let found: Bool
}

public struct RefusalPenaltyReport: Sendable, Hashable, Cited {
    public let band: RefusalPenaltyBand
    public let title: LocalizedText
    public let citations: [Citation]
    /// The statutory penalty of the band, as Art.313 states it.
    public let penalty: LocalizedText?
    public let minImprisonmentYears: Int?
    public let maxImprisonmentYears: Int?
    /// Criminal detention (拘役) is available as an alternative.
    public let criminalDetentionAvailable: Bool
    public let fine: RefusalFine
    /// For an organisation (Art.313 para.2).
    public let organisation: LocalizedText?
    /// The band rests on a finding of ability to execute the facts do not record.
    public let conditional: Bool
    /// Every circumstance of the NPCSC Interpretation 2002 and the Interpretation 2024, found or not.
    public let checklist: [RefusalCircumstanceCheck]
    /// Heavier (Interpretation 2024 Art.10) and lighter (Art.11) treatment.
    public let adjustments: [Reason]
    /// Always true when a band is given: the circumstances are people's findings the engine relies on.
    public let reliedOnFindings: Bool
    public let reasons: [Reason]
}

extension RefusalTimeline {
    func penaltyReport(_ facts: RefusalCircumstanceFacts?) throws -> RefusalPenaltyReport {
        let found = facts?.found ?? []
        let checklist = RefusalCircumstance.allCases.map {
            RefusalCircumstanceCheck(code: $0, citations: [$0.citation], title: $0.title,
                                     particularlySerious: $0.isParticularlySerious, found: found.contains($0))
        }
        guard let facts else {
            return RefusalPenaltyReport(
                band: .notAssessed, title: RefusalPenaltyBand.notAssessed.title, citations: [RefusalArticles.criminalLaw313],
                penalty: nil, minImprisonmentYears: nil, maxImprisonmentYears: nil, criminalDetentionAvailable: false,
                fine: .none, organisation: nil, conditional: false, checklist: checklist, adjustments: [],
                reliedOnFindings: false,
                reasons: [Reason(citation: RefusalArticles.criminalLaw313, message: LocalizedText(
                    zh: "未提供情节认定，不评估量刑幅度", en: "No findings on the circumstances were given; no band is assessed"))])
        }
        if let performance = facts.performance, performance.date > asOf {
            throw FieldError(field: "circumstances.performance.date", code: "refusal.performance.after_as_of", message: LocalizedText(
                zh: "履行日期 \(performance.date.iso) 晚于计算基准日 \(asOf.iso)",
                en: "The performance date \(performance.date.iso) is after the \"as of\" date \(asOf.iso)"))
        }
        let by = facts.foundBy.map { LocalizedText(zh: "（认定人：\($0)）", en: " (found by: \($0))") } ?? LocalizedText(zh: "", en: "")
        var reasons: [Reason] = []
        for circumstance in found {
            reasons.append(Reason(citation: circumstance.citation, message: LocalizedText(
                zh: "依人工认定\(by.zh)：\(circumstance.title.zh)", en: "Relying on a person's finding\(by.en): \(circumstance.title.en)")))
        }
        if found.contains(where: \.requiresUnenforceability) {
            reasons.append(Reason(citation: RefusalArticles.interpretation(7), message: LocalizedText(
                zh: "“致使判决、裁定无法执行”一般是指人民法院依法采取执行措施后仍无法执行，包括全部或者部分无法执行",
                en: "\"Cannot be executed\" generally means enforcement measures were taken and still failed, wholly or in part")))
        }

        let particularly = found.contains(where: \.isParticularlySerious)
        let serious = found.contains { !$0.isParticularlySerious }
        var band: RefusalPenaltyBand
        var conditional = false
        if facts.manifestlyMinorAndHarmless == true {
            band = .noCrime
            reasons.append(Reason(citation: RefusalArticles.interpretation(11), message: LocalizedText(
                zh: "依人工认定，情节显著轻微危害不大，不认为是犯罪\(by.zh)", en: "Relying on a finding that the circumstances are manifestly minor and harmless: not a crime\(by.en)")))
        } else if facts.abilityToPerform == false {
            band = .noCrime
            reasons.append(Reason(citations: [RefusalArticles.criminalLaw313Para1, RefusalArticles.interpretation(5)], message: LocalizedText(
                zh: "依人工认定，负有执行义务的人没有执行能力（扣除本人及所扶养家属生活必需费用后）；刑法第三百一十三条以“有能力执行而拒不执行”为要件",
                en: "Relying on a finding that the person had no ability to execute (after living necessities of the person and dependants); Art.313 requires ability and refusal")))
        } else if particularly {
            band = .particularlySerious
        } else if serious {
            band = .serious
        } else {
            band = .notSerious
            reasons.append(Reason(citation: RefusalArticles.criminalLaw313Para1, message: LocalizedText(
                zh: "未认定任何“情节严重”的情形；刑法第三百一十三条以情节严重为入罪条件",
                en: "No serious circumstance is found; Art.313 punishes refusal only when the circumstances are serious")))
        }
        if band == .serious || band == .particularlySerious {
            if facts.abilityToPerform == true {
                reasons.append(Reason(citation: RefusalArticles.interpretation(5), message: LocalizedText(
                    zh: "依人工认定，有全部或者部分执行能力（已扣除生活必需费用）\(by.zh)",
                    en: "Relying on a finding of ability to perform in whole or part (net of living necessities)\(by.en)")))
            } else {
                conditional = true
                reasons.append(Reason(citation: RefusalArticles.interpretation(5), message: LocalizedText(
                    zh: "记录中没有“有能力执行”的认定；以下幅度以该认定成立为前提",
                    en: "The record has no finding of ability to execute; the band below holds only if it is found")))
            }
        }

        var penalty: LocalizedText?
        var minYears: Int?, maxYears: Int?
        var detention = false
        var fine = RefusalFine.none
        switch band {
        case .serious:
            penalty = LocalizedText(zh: "处三年以下有期徒刑、拘役或者罚金", en: "fixed-term imprisonment of up to 3 years, criminal detention or a fine")
            maxYears = 3
            detention = true
            fine = .alternative
            reasons.append(Reason(citation: RefusalArticles.criminalLaw313Para1, message: LocalizedText(
                zh: "认定的情形属于“情节严重”，适用第一档：\(penalty?.zh ?? "")",
                en: "The circumstances found are serious: first band, \(penalty?.en ?? "")")))
        case .particularlySerious:
            penalty = LocalizedText(zh: "处三年以上七年以下有期徒刑，并处罚金", en: "fixed-term imprisonment of 3 to 7 years and a fine")
            minYears = 3
            maxYears = 7
            fine = .mandatory
            reasons.append(Reason(citations: [RefusalArticles.criminalLaw313Para1, RefusalArticles.interpretation(4)], message: LocalizedText(
                zh: "认定的情形属于“情节特别严重”，适用第二档：\(penalty?.zh ?? "")",
                en: "A particularly serious circumstance is found: second band, \(penalty?.en ?? "")")))
        default:
            break
        }
        var organisation: LocalizedText?
        if facts.debtorKind == .organisation, band == .serious || band == .particularlySerious {
            organisation = LocalizedText(zh: "对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员依照上述幅度处罚",
                                         en: "The organisation is fined; its directly responsible managers and other directly responsible persons are punished within the band above")
            reasons.append(Reason(citation: RefusalArticles.criminalLaw313Para2, message: organisation ?? LocalizedText(zh: "", en: "")))
        }

        let adjustments = band == .serious || band == .particularlySerious ? adjustmentReasons(facts, by: by) : []
        return RefusalPenaltyReport(
            band: band, title: band.title, citations: [RefusalArticles.criminalLaw313], penalty: penalty,
            minImprisonmentYears: minYears, maxImprisonmentYears: maxYears, criminalDetentionAvailable: detention,
            fine: fine, organisation: organisation, conditional: conditional, checklist: checklist,
            adjustments: adjustments, reliedOnFindings: true, reasons: reasons)
    }

    /// Interpretation 2024 Art.10 (heavier) and Art.11 sentences 2-3 (no prosecution, lighter or no punishment).
    private func adjustmentReasons(_ facts: RefusalCircumstanceFacts, by: LocalizedText) -> [Reason] {
        var out: [Reason] = []
        if facts.supportOrWagesJudgment {
            out.append(Reason(citation: RefusalArticles.interpretation(10), message: LocalizedText(
                zh: "拒不执行支付赡养费、扶养费、抚养费、抚恤金、医疗费用、劳动报酬等判决、裁定，应当依法从重处罚",
                en: "Refusing a judgment for maintenance, support, pensions, medical expenses, wages and the like: heavier punishment (从重) within the band")))
        }
        guard let performance = facts.performance else { return out }
        let extent = performance.extent == .full ? LocalizedText(zh: "全部", en: "in full") : LocalizedText(zh: "部分", en: "in part")
        let prosecutedOn = publicProsecution.map { events[$0].date }
        let judgedOn = judgment.map { events[$0].date }
        // "在提起公诉前" / "在一审宣告判决前": the facts carry dates, not hours. A performance dated the day of the
        // prosecution or the judgment cannot be shown by its date to have come before it, so it is read as not
        // before (strictly earlier days only); the court may find otherwise on the record of the hour. CrimPL 2018
        // Art.105 counts periods in days and says nothing on acts of the same day.
        let beforeProsecution = prosecutedOn.map { performance.date < $0 } ?? (judgedOn == nil)
        let beforeJudgment = judgedOn.map { performance.date < $0 } ?? true
        let minor = facts.minorCircumstances
        let minorText: LocalizedText
        switch minor {
        case .some(true): minorText = LocalizedText(zh: "依人工认定犯罪情节轻微\(by.zh)", en: "relying on a finding that the crime is minor\(by.en)")
        case .some(false): minorText = LocalizedText(zh: "经认定犯罪情节并非轻微", en: "the crime was found not minor")
        case .none: minorText = LocalizedText(zh: "尚无“犯罪情节轻微”的认定", en: "no finding yet that the crime is minor")
        }
        if !beforeJudgment {
            out.append(Reason(citation: RefusalArticles.interpretation(11), message: LocalizedText(
                zh: "于 \(performance.date.iso) \(extent.zh)履行，在一审宣告判决之后，不适用第十一条的从宽规定",
                en: "Performance \(extent.en) on \(performance.date.iso) came after the first-instance judgment; Art.11's leniency does not apply")))
            return out
        }
        if beforeProsecution, privateFiled == nil {
            out.append(Reason(citations: [RefusalArticles.interpretation(11), RefusalArticles.crimPL(177, para: 2)], message: LocalizedText(
                zh: "于 \(performance.date.iso) \(extent.zh)履行执行义务，在提起公诉前；\(minorText.zh)" + (minor == true ? "：可以依法不起诉" : (minor == nil ? "：如认定犯罪情节轻微，可以依法不起诉" : "：不适用不起诉的规定")),
                en: "Performed \(extent.en) on \(performance.date.iso), before public prosecution; \(minorText.en)" + (minor == true ? ": the procuratorate may decide not to prosecute" : (minor == nil ? ": if found minor, the procuratorate may decide not to prosecute" : ": the no-prosecution rule does not apply")))))
        }
        out.append(Reason(citation: RefusalArticles.interpretation(11), message: LocalizedText(
            zh: "于 \(performance.date.iso) \(extent.zh)履行执行义务，在一审宣告判决前；\(minorText.zh)" + (minor == true ? "：可以依法从轻或者免除处罚" : (minor == nil ? "：如认定犯罪情节轻微，可以依法从轻或者免除处罚" : "：不适用从轻或者免除处罚的规定")),
            en: "Performed \(extent.en) on \(performance.date.iso), before the first-instance judgment; \(minorText.en)" + (minor == true ? ": a lighter punishment or exemption may be given" : (minor == nil ? ": if found minor, a lighter punishment or exemption may be given" : ": the lighter-punishment rule does not apply")))))
        return out
    }
}
