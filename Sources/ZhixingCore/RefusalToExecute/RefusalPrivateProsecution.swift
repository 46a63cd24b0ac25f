/// Whether the applicant may bring a private prosecution (Opinions 2025 Art.11; Interpretation 2024 Art.14;
/// CrimPL 2018 Art.210 item 3).
public enum PrivateProsecutionStatus: String, Sendable, Hashable, Codable {
    /// Condition (2) is not met on the events, or condition (1) was found not to be met.
    case notOpen
    /// Condition (2) is met; condition (1) awaits a person's finding.
    case awaitingFinding
    /// Both conditions are met.
    case open
    /// A private prosecution was brought and ended by reconciliation or withdrawal (Art.17).
    case ended
}

/// An event by which the police or procuratorate did not pursue the person (Art.11 item 2; Art.12 para.1).
public enum PrivateProsecutionGroundKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The police refused to accept the applicant's complaint materials.
    case complaintRefused
    /// The police gave no written answer within 30 days of accepting the complaint.
    case complaintNotAnswered
    /// The police decided not to file.
    case policeNotFiling
    /// The police gave no written answer within 30 days of receiving the court's transfer (Art.12 para.1).
    case transferNotAnswered
    /// The procuratorate decided not to prosecute.
    case procuratorateNonProsecution

    public var title: LocalizedText {
        switch self {
        case .complaintRefused: LocalizedText(zh: "公安机关不予接受控告材料", en: "the police refused the complaint materials")
        case .complaintNotAnswered: LocalizedText(zh: "公安机关接受控告材料后三十日内未书面答复", en: "no written answer within 30 days of accepting the complaint")
        case .policeNotFiling: LocalizedText(zh: "公安机关决定不予立案", en: "the police decided not to file")
        case .transferNotAnswered: LocalizedText(zh: "公安机关收到法院移送材料后三十日内未书面答复", en: "no written answer within 30 days of receiving the court's transfer")
        case .procuratorateNonProsecution: LocalizedText(zh: "人民检察院决定不起诉", en: "the procuratorate decided not to prosecute")
        }
    }
}

public struct PrivateProsecutionGround: Sendable, Hashable, Cited {
    public let kind: PrivateProsecutionGroundKind
    public let title: LocalizedText
    /// The day the ground arose (for a missed answer: the day after the 30th day).
    public let date: LocalDate
    /// The event that is the ground, or that started the missed period.
    public let event: Int
    public let citations: [Citation]
    /// Still a ground on the "as of" date (a later filing by the police ends grounds of non-pursuit by the police).
    public let standing: Bool
    public let lapsedOn: LocalDate?
}

public struct PrivateProsecutionCondition: Sendable, Hashable, Cited {
    /// 1 or 2: the item of Opinions 2025 Art.11.
    public let item: Int
    public let citations: [Citation]
    /// `nil` when it rests on a finding nobody has made yet.
    public let met: Bool?
    public let reasons: [Reason]
}

public struct PrivateProsecutionReport: Sendable, Hashable, Encodable {
    public let status: PrivateProsecutionStatus
    /// Since when both conditions are met (the day condition (2) was met; condition (1) is an undated finding).
    public let since: LocalDate?
    public let conditions: [PrivateProsecutionCondition]
    public let grounds: [PrivateProsecutionGround]
    public let reasons: [Reason]
}

/// Whether an Art.12 notice to the applicant is still owed.
public enum ApplicantNoticeStatus: String, Sendable, Hashable, Codable {
    case owed, given
    /// No longer needed: the police later filed, or the applicant already brought a private prosecution.
    case moot
}

/// A notice to the applicant that a private prosecution may be brought (Opinions 2025 Art.12).
public struct ApplicantNotice: Sendable, Hashable, Cited {
    /// 1: the court, after its own transfer; 2: the procuratorate, after its own transfer.
    public let paragraph: Int
    public let owedBy: RefusalOrgan
    public let ground: PrivateProsecutionGroundKind
    public let groundTitle: LocalizedText
    public let groundDate: LocalDate
    public let status: ApplicantNoticeStatus
    public let givenOn: LocalDate?
    public let givenBy: Int?
    public let citations: [Citation]
    public let reasons: [Reason]
}

extension RefusalTimeline {
    /// The grounds of Art.11 item 2 (with Art.12 para.1's missed answer to a court transfer), in date order.
    func privateProsecutionGrounds() -> [PrivateProsecutionGround] {
        var raw: [(PrivateProsecutionGroundKind, LocalDate, Int, Citation)] = []
        if let index = complaintRefused {
            raw.append((.complaintRefused, events[index].date, index, RefusalArticles.opinions(11, item: 2)))
        }
        if let date = complaintAnswerMissed, let index = complaintAccepted {
            raw.append((.complaintNotAnswered, date, index, RefusalArticles.opinions(11, item: 2)))
        }
        for index in notFilings {
            raw.append((.policeNotFiling, events[index].date, index, RefusalArticles.opinions(11, item: 2)))
        }
        if let date = transferAnswerMissed, let index = courtTransfer {
            raw.append((.transferNotAnswered, date, index, RefusalArticles.opinions(12, para: 1)))
        }
        if let index = nonProsecution {
            raw.append((.procuratorateNonProsecution, events[index].date, index, RefusalArticles.opinions(11, item: 2)))
        }
        return raw.sorted { $0.1 < $1.1 }.map { kind, date, index, citations in
            let lapse: LocalDate? = kind == .procuratorateNonProsecution ? nil : filings.first { filing in
                kind == .policeNotFiling ? filing > index : events[filing].date >= date
            }.map { events[$0].date }
            return PrivateProsecutionGround(kind: kind, title: kind.title, date: date, event: index, citations: [citations],
                                            standing: lapse == nil, lapsedOn: lapse)
        }
    }

    func privateProsecutionReport(_ facts: PrivateProsecutionFacts?) -> PrivateProsecutionReport {
        let grounds = privateProsecutionGrounds()
        let standing = grounds.filter(\.standing)
        var reasons: [Reason] = []

        // Condition (2): a complaint met with non-pursuit by the police or procuratorate.
        var twoReasons: [Reason] = grounds.map { ground in
            let via = ground.kind == .transferNotAnswered
                ? LocalizedText(zh: "（第十二条第一款：法院移送后公安机关三十日内未书面答复的，法院应当告知申请执行人可以自诉，本系统据此视为自诉条件（二）成立）",
                                en: " (Art.12 para.1: when the police do not answer a court transfer in 30 days the court must tell the applicant a private prosecution may be brought; the engine treats this as meeting condition (2))")
                : LocalizedText(zh: "", en: "")
            let lapse = ground.lapsedOn.map {
                LocalizedText(zh: "；公安机关其后于 \($0.iso) 立案，该事由不再存续", en: "; the police filed the case on \($0.iso), so it no longer stands")
            } ?? LocalizedText(zh: "", en: "")
            return Reason(citations: ground.citations, message: LocalizedText(
                zh: "\(ground.date.iso)：\(ground.title.zh)（events[\(ground.event)]）\(via.zh)\(lapse.zh)",
                en: "\(ground.date.iso): \(ground.title.en) (events[\(ground.event)])\(via.en)\(lapse.en)"))
        }
        if standing.isEmpty {
            twoReasons.append(Reason(citation: RefusalArticles.opinions(11, item: 2), message: LocalizedText(
                zh: "未见公安机关不予接受控告材料、接受后三十日内未书面答复、决定不予立案，或者人民检察院决定不起诉的记录",
                en: "No record that the police refused the complaint, failed to answer it within 30 days, decided not to file, or that the procuratorate decided not to prosecute")))
            if let withdrawal = withdrawals.last, filed == nil {
                twoReasons.append(Reason(citation: RefusalArticles.crimPL(210), message: LocalizedText(
                    zh: "公安机关于 \(events[withdrawal].date.iso) 撤销案件；《意见》第十一条未列举撤销案件，本系统不将其自动视为不予追究，可经控告或提请监督后再行判断",
                    en: "The police withdrew the case on \(events[withdrawal].date.iso); Art.11 does not name withdrawal, so the engine does not treat it as non-pursuit by itself (a complaint or supervision request can follow)")))
            }
        }
        let two = PrivateProsecutionCondition(item: 2, citations: [RefusalArticles.opinions(11, item: 2)],
                                              met: !standing.isEmpty, reasons: twoReasons)

        // Condition (1): a human finding the engine relies on.
        let finding = facts?.rightsInfringed
        let by = facts?.findingBy.map { LocalizedText(zh: "（认定人：\($0)）", en: " (found by: \($0))") } ?? LocalizedText(zh: "", en: "")
        let oneReason: Reason
        switch finding {
        case .some(true):
            oneReason = Reason(citation: RefusalArticles.opinions(11, item: 1), message: LocalizedText(
                zh: "依人工认定：拒不执行行为侵犯了申请执行人的人身、财产权利，应当依法追究刑事责任\(by.zh)；本系统依赖该认定，不作判断",
                en: "Relying on a person's finding that the refusal infringed the applicant's personal or property rights and should be prosecuted\(by.en); the engine does not make this finding"))
        case .some(false):
            oneReason = Reason(citation: RefusalArticles.opinions(11, item: 1), message: LocalizedText(
                zh: "依人工认定：拒不执行行为未侵犯申请执行人的人身、财产权利或者不应追究刑事责任\(by.zh)",
                en: "Relying on a person's finding that the refusal did not infringe the applicant's rights or should not be prosecuted\(by.en)"))
        case .none:
            oneReason = Reason(citation: RefusalArticles.opinions(11, item: 1), message: LocalizedText(
                zh: "尚无“拒不执行行为侵犯申请执行人人身、财产权利，应当依法追究刑事责任”的人工认定；本系统不作此判断",
                en: "No one has yet found that the refusal infringed the applicant's personal or property rights and should be prosecuted; the engine does not make this finding"))
        }
        let one = PrivateProsecutionCondition(item: 1, citations: [RefusalArticles.opinions(11, item: 1)], met: finding, reasons: [oneReason])

        let since = standing.map(\.date).min()
        let status: PrivateProsecutionStatus
        if let ended = privateEnded {
            status = .ended
            reasons.append(Reason(citation: RefusalArticles.opinions(17), message: LocalizedText(
                zh: "自诉已于 \(events[ended].date.iso) 因\(events[ended].kind.title.zh)而终结",
                en: "The private prosecution ended on \(events[ended].date.iso) by \(events[ended].kind.rawValue)")))
        } else if standing.isEmpty {
            status = .notOpen
            reasons.append(Reason(citation: RefusalArticles.opinions(11), message: LocalizedText(
                zh: "自诉须同时具备第十一条两项条件；条件（二）不具备", en: "A private prosecution needs both conditions of Art.11; condition (2) is not met")))
        } else if finding == false {
            status = .notOpen
            reasons.append(Reason(citation: RefusalArticles.opinions(11), message: LocalizedText(
                zh: "条件（二）具备，但条件（一）经认定不具备", en: "Condition (2) is met, but condition (1) was found not met")))
        } else if finding == true {
            status = .open
            reasons.append(Reason(citations: [RefusalArticles.opinions(11), RefusalArticles.interpretation(14), RefusalArticles.crimPL(210)], message: LocalizedText(
                zh: "两项条件同时具备，申请执行人可以依法提起自诉，人民法院应当以自诉案件立案审理；自诉条件自 \(since?.iso ?? "") 起具备",
                en: "Both conditions are met: the applicant may bring a private prosecution, which the court files and tries as such; open since \(since?.iso ?? "")")))
        } else {
            status = .awaitingFinding
            reasons.append(Reason(citation: RefusalArticles.opinions(11), message: LocalizedText(
                zh: "条件（二）自 \(since?.iso ?? "") 起具备；条件（一）有待人工认定", en: "Condition (2) is met since \(since?.iso ?? ""); condition (1) awaits a person's finding")))
        }
        if let brought = privateFiled {
            let date = events[brought].date
            let standingThen = grounds.contains { $0.date <= date && ($0.lapsedOn.map { $0 > date } ?? true) }
            if !standingThen {
                reasons.append(Reason(citation: RefusalArticles.opinions(11, item: 2), message: LocalizedText(
                    zh: "自诉于 \(date.iso) 提起，其时记录中尚无条件（二）的事由", en: "The private prosecution was brought on \(date.iso), when the record shows no ground for condition (2) yet")))
            }
        }
        return PrivateProsecutionReport(status: status, since: status == .open || status == .awaitingFinding ? since : nil,
                                        conditions: [one, two], grounds: grounds, reasons: reasons)
    }

    /// The Art.12 notices: owed by the court after its own transfer (para.1), by the procuratorate after its own
    /// transfer when it upholds the police's reasons for not filing (para.2).
    func applicantNotices() -> [ApplicantNotice] {
        var out: [ApplicantNotice] = []
        let grounds = privateProsecutionGrounds()
        if courtTransfer != nil {
            for ground in grounds where [PrivateProsecutionGroundKind.policeNotFiling, .transferNotAnswered, .procuratorateNonProsecution].contains(ground.kind) {
                out.append(notice(paragraph: 1, owedBy: .court, ground: ground.kind, date: ground.date, lapsedOn: ground.lapsedOn))
            }
        }
        if procuratorateTransfer != nil, let upheld = reasonsAccepted, notFiled != nil {
            out.append(notice(paragraph: 2, owedBy: .procuratorate, ground: .policeNotFiling, date: events[upheld].date, lapsedOn: nil))
        }
        return out
    }

    private func notice(paragraph: Int, owedBy: RefusalOrgan, ground: PrivateProsecutionGroundKind, date: LocalDate,
                        lapsedOn: LocalDate?) -> ApplicantNotice {
        let citations = RefusalArticles.opinions(12, para: paragraph)
        let given = notifications.first { events[$0].actor == owedBy && events[$0].date >= date }
        let broughtAfter = privateFiled.map { events[$0].date >= date } ?? false
        let status: ApplicantNoticeStatus
        let message: LocalizedText
        let groundText = paragraph == 2
            ? LocalizedText(zh: "检察院移送后公安机关不予立案，检察院认为不立案理由成立", en: "after the procuratorate's transfer the police did not file and the procuratorate upheld their reasons")
            : ground.title
        if let given {
            status = .given
            message = LocalizedText(zh: "\(date.iso) \(groundText.zh)；\(owedBy.name.zh)已于 \(events[given].date.iso) 告知申请执行人可以依法提起自诉（events[\(given)]）",
                                    en: "\(date.iso): \(groundText.en); \(owedBy.name.en) told the applicant on \(events[given].date.iso) (events[\(given)])")
        } else if let lapsedOn {
            status = .moot
            message = LocalizedText(zh: "\(date.iso) \(groundText.zh)；公安机关其后于 \(lapsedOn.iso) 立案，告知已无必要",
                                    en: "\(date.iso): \(groundText.en); the police filed on \(lapsedOn.iso), so the notice is no longer needed")
        } else if broughtAfter {
            status = .moot
            message = LocalizedText(zh: "\(date.iso) \(groundText.zh)；申请执行人已提起自诉", en: "\(date.iso): \(groundText.en); the applicant has already brought a private prosecution")
        } else {
            status = .owed
            message = LocalizedText(zh: "\(date.iso) \(groundText.zh)；\(owedBy.name.zh)应当告知申请执行人可以依法向有管辖权的人民法院提起刑事自诉（未规定期限）",
                                    en: "\(date.iso): \(groundText.en); \(owedBy.name.en) must tell the applicant that a private prosecution may be brought in the competent court (no period is set)")
        }
        return ApplicantNotice(paragraph: paragraph, owedBy: owedBy, ground: ground, groundTitle: groundText, groundDate: date,
                               status: status, givenOn: given.map { events[$0].date }, givenBy: given, citations: [citations],
                               reasons: [Reason(citations: [citations], message: message)])
    }
}
