/// 执行文书: the documents an enforcement court issues from a case's data. Their names follow the SPC's
/// styles for enforcement documents: letters and orders are 执行通知书 and 报告财产令, a ruling is an
/// 执行裁定书 whatever the basis (not 民事裁定书).
public enum EnforcementDocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 执行通知书: CPL 2023 Art.251 (the notice; measures may follow at once), Art.264 (interest for delayed
    /// performance); Time Limits Provisions 2006 Art.4 para.1 (sent within 3 days of the handler's receipt).
    case enforcementNotice
    /// 报告财产令: CPL 2023 Art.252 (report of current property and of the year before the notice);
    /// Property Investigation Provisions 2020 Art.3 (sent with the notice in a money claim), Art.4 (what it states).
    case propertyReportOrder
    /// 执行裁定书（终结本次执行程序）: CPL Interpretation 2022 Art.517; Termination Provisions 2016 Art.1.
    case terminationRuling

    /// The name printed as the document's title.
    public var title: String {
        switch self {
        case .enforcementNotice: "执行通知书"
        case .propertyReportOrder: "报告财产令"
        case .terminationRuling: "执行裁定书"
        }
    }

    /// The name in lists and file names, with what the ruling decides.
    public var fullTitle: String {
        self == .terminationRuling ? "执行裁定书（终结本次执行程序）" : title
    }

    /// How the document calls itself in its text ("自本通知书送达之日起", "自本令送达之日起", "本裁定送达后").
    public var selfReference: String {
        switch self {
        case .enforcementNotice: "本通知书"
        case .propertyReportOrder: "本令"
        case .terminationRuling: "本裁定"
        }
    }

    /// The articles the document's text rests on, as it cites them ("依照……的规定").
    public var grounds: [Citation] {
        switch self {
        case .enforcementNotice:
            [EnforcementArticles.cpl(251), EnforcementArticles.cpl(252), EnforcementArticles.cpl(264)]
        case .propertyReportOrder:
            [EnforcementArticles.cpl(252), EnforcementArticles.propertyInvestigation(3), EnforcementArticles.propertyInvestigation(4),
             EnforcementArticles.propertyInvestigation(5)]
        case .terminationRuling:
            [EnforcementArticles.cplInterpretation(517), EnforcementArticles.termination(1)]
        }
    }

    /// The time the person served has to act, counted from service, when the document gives one.
    ///
    /// - The notice orders performance at once: CPL 2023 Art.251 sets no period and lets the court take
    ///   measures immediately; interest for delay runs from the end of the period the basis fixed (Art.264).
    /// - The order gives five days to report: Property Investigation Provisions 2020 Art.4 item 1 leaves the
    ///   term to the order; five days is the term courts commonly set and the one this system prints.
    /// - The ruling sets no term: it takes effect on service.
    public var term: ServiceTerm? {
        switch self {
        case .enforcementNotice: ServiceTerm(days: nil, citations: [EnforcementArticles.cpl(251)])
        case .propertyReportOrder: ServiceTerm(days: 5, citations: [EnforcementArticles.propertyInvestigation(4)])
        case .terminationRuling: nil
        }
    }

    /// Who signs, given the names the case's team gives (`nil` where the team has no such member, or the case
    /// no team): a name the system does not know is left blank for signing by hand, never made up.
    ///
    /// - The 终本 ruling is made by a collegial panel (CPL Interpretation 2022 Art.517: "执行法院组成合议庭审查
    ///   核实并经院长批准"): 审判长 (the team's judge), two 审判员, and below the date and seal the 书记员.
    /// - The notice and the order go out in the court's name under its seal, signed by the judge who handles the
    ///   case (the handler fixed for it, Time Limits Provisions 2006 Art.2) and the clerk.
    public func signature(judge: String?, clerk: String?) -> DocumentSignature {
        let judge = judge.flatMap { $0.isEmpty ? nil : $0 }, clerk = clerk.flatMap { $0.isEmpty ? nil : $0 }
        switch self {
        case .terminationRuling:
            return DocumentSignature(signers: [.init(title: "审判长", name: judge), .init(title: "审判员", name: nil),
                                               .init(title: "审判员", name: nil)],
                                     clerk: .init(title: "书记员", name: clerk))
        case .enforcementNotice, .propertyReportOrder:
            return DocumentSignature(signers: [.init(title: "审判员", name: judge)], clerk: .init(title: "书记员", name: clerk))
        }
    }
}

/// 署名: the signers above the date and the court's seal, the clerk below them.
public struct DocumentSignature: Sendable, Hashable {
    public struct Line: Sendable, Hashable, Encodable {
        /// 审判长, 审判员, 书记员
        public let title: String
        /// `nil`: left blank, signed by hand.
        public let name: String?

        public init(title: String, name: String?) {
            self.title = title
            self.name = name
        }
    }

    public let signers: [Line]
    public let clerk: Line

    public init(signers: [Line], clerk: Line) {
        self.signers = signers
        self.clerk = clerk
    }
}

extension Array where Element == Citation {
    /// The citations as a court's document writes them after "依照": the articles of one instrument joined
    /// with "、" after its title, instruments joined with "，" —
    /// `《中华人民共和国民事诉讼法》第二百五十一条、第二百五十二条，《最高人民法院关于……的规定》第三条`.
    public var chineseInDocument: String {
        var parts: [String] = []
        var previous: InstrumentID?
        for citation in self {
            let full = citation.chinese
            if let id = citation.instrument, id == previous {
                let title = citation.chinese(shortTitle: false).prefix { $0 != "》" } + "》"
                parts[parts.count - 1] += "、" + String(full.dropFirst(title.count))
            } else {
                parts.append(full)
            }
            previous = citation.instrument
        }
        return parts.joined(separator: "，")
    }
}
