import ZhixingCore

/// The audit log's action codes (操作类型) in words: every code the server writes
/// (`AuditLog.append(… action: "…")`), as the Chinese and English pages say it. A case event is
/// written as `case.<event kind>` and reads as "记录事件：" and the event's name; a code this table does
/// not know (written by a later release, or by hand) is shown as the code itself.
enum AuditActions {
    /// The sections of the filter's list of kinds.
    enum Group: String, Sendable, CaseIterable {
        case cases, accounts, directory, calendar

        var labelKey: String { "audit_group_" + rawValue }
    }

    struct Known: Sendable {
        let code: String
        let group: Group
        let text: LocalizedText
    }

    /// The codes written with a fixed text, in the order the filter offers them.
    static let fixed: [Known] = [
        .init(code: "case.file", group: .cases, text: .init(zh: "立案", en: "Filed a case")),
        .init(code: "case.reassign", group: .cases, text: .init(zh: "指定或变更承办团队", en: "Assigned the case to a team")),
        .init(code: "case.document.issue", group: .cases, text: .init(zh: "制作并签发文书", en: "Issued a document")),
        .init(code: "case.entrust", group: .cases, text: .init(zh: "委托执行", en: "Entrusted the case to another court")),
        .init(code: "case.entrust.file", group: .cases, text: .init(zh: "受托法院立案", en: "Filed an entrusted case")),
        .init(code: "case.closedEntrusted", group: .cases, text: .init(zh: "委托结案（受托法院已立案）", en: "Closed as entrusted (the entrusted court filed it)")),
        .init(code: "case.link.objection", group: .cases, text: .init(zh: "立执行异议案件（执异）", en: "Opened an objection case (执异)")),
        .init(code: "case.link.thirdPartyObjection", group: .cases, text: .init(zh: "立案外人异议案件（执异）", en: "Opened a third-party objection case (执异)")),
        .init(code: "case.link.reconsideration", group: .cases, text: .init(zh: "立执行复议案件（执复）", en: "Opened a reconsideration case (执复)")),
        .init(code: "case.link.assistance", group: .cases, text: .init(zh: "立执行协助案件（执协）", en: "Opened an assistance case (执协)")),
        .init(code: "case.link.restoration", group: .cases, text: .init(zh: "立恢复执行案件（执恢）", en: "Opened a restoration case (执恢)")),
        .init(code: "user.create", group: .accounts, text: .init(zh: "新建用户", en: "Created a user")),
        .init(code: "user.update", group: .accounts, text: .init(zh: "修改用户", en: "Changed a user")),
        .init(code: "token.create", group: .accounts, text: .init(zh: "签发访问令牌", en: "Issued an access token")),
        .init(code: "token.revoke", group: .accounts, text: .init(zh: "吊销访问令牌", en: "Revoked an access token")),
        .init(code: "team.create", group: .accounts, text: .init(zh: "组建执行团队", en: "Formed a team")),
        .init(code: "court.create", group: .directory, text: .init(zh: "新增法院", en: "Added a court")),
        .init(code: "court.update", group: .directory, text: .init(zh: "修改法院信息", en: "Changed a court")),
        .init(code: "organisation.create", group: .directory, text: .init(zh: "新增机构", en: "Added an organisation")),
        .init(code: "calendar.year.enter", group: .calendar, text: .init(zh: "录入年度节假日安排", en: "Entered a year's holidays")),
        .init(code: "calendar.year.update", group: .calendar, text: .init(zh: "修改年度节假日安排", en: "Changed a year's holidays")),
        .init(code: "calendar.year.remove", group: .calendar, text: .init(zh: "撤除年度节假日安排", en: "Removed a year's holidays")),
    ]

    private static let fixedByCode = Dictionary(fixed.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })

    /// The event kinds written as `case.<kind>` by recording an event. Filing writes `case.file`, and
    /// a closure by entrustment has its own text above.
    static let eventKinds: [EnforcementEventKind] = EnforcementEventKind.allCases.filter { $0 != .filed && $0 != .closedEntrusted }

    /// Every code the server writes, with its group.
    static var allCodes: [(code: String, group: Group)] {
        let cases = fixed.filter { $0.group == .cases }
        var out: [(code: String, group: Group)] = cases.prefix(1).map { (code: $0.code, group: $0.group) }
        out += eventKinds.map { (code: "case." + $0.rawValue, group: Group.cases) }
        out += cases.dropFirst().map { (code: $0.code, group: $0.group) }
        out += fixed.filter { $0.group != .cases }.map { (code: $0.code, group: $0.group) }
        return out
    }

    /// Whether the server writes `code`.
    static func isKnown(_ code: String) -> Bool { fixedByCode[code] != nil || eventKind(code) != nil }

    /// The action in words, in `language`, with the page's string table for the event names; the code
    /// itself when it is unknown.
    static func text(_ code: String, language: String, table: [String: String]) -> String {
        if let known = fixedByCode[code] { return known.text.text(for: language) }
        if let kind = eventKind(code), let name = table["event_" + kind.rawValue] {
            return (table["audit_action_event"] ?? "") + name
        }
        return code
    }

    private static func eventKind(_ code: String) -> EnforcementEventKind? {
        guard code.hasPrefix("case.") else { return nil }
        return EnforcementEventKind(rawValue: String(code.dropFirst("case.".count)))
    }
}
