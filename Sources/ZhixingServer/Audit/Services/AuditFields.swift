import ZhixingCore

/// The names of the fields an audit event records as changed (`ChangeSet.record("…")` and the `changes:`
/// literals), in words on the audit page: `case_number` reads 案号 / "Case number". A field this table does
/// not know (written by a later release) is shown as its key, as `AuditActions` shows an unknown code.
enum AuditFields {
    static let known: [String: LocalizedText] = [
        "active": .init(zh: "启用", en: "Active"),
        "address": .init(zh: "地址", en: "Address"),
        "amount": .init(zh: "金额", en: "Amount"),
        "amount_applied": .init(zh: "申请执行金额", en: "Sum applied for"),
        "basis": .init(zh: "执行依据", en: "Basis of enforcement"),
        "case_number": .init(zh: "案号", en: "Case number"),
        "closure": .init(zh: "结案方式", en: "Closure"),
        "date": .init(zh: "日期", en: "Date"),
        "display_name": .init(zh: "姓名", en: "Name"),
        "document": .init(zh: "文书", en: "Document"),
        "entrusted_by": .init(zh: "委托法院", en: "Entrusting court"),
        "entrusted_case": .init(zh: "委托案件", en: "Entrusted case"),
        "entrusted_court": .init(zh: "受托法院", en: "Entrusted court"),
        "event": .init(zh: "事项", en: "Step"),
        "events": .init(zh: "流程节点数", en: "Steps recorded"),
        "findings": .init(zh: "认定", en: "Findings"),
        "holidays": .init(zh: "放假日", en: "Days off"),
        "level": .init(zh: "层级", en: "Level"),
        "linked_to": .init(zh: "关联案件", en: "Linked case"),
        "makeup_workdays": .init(zh: "调休上班日", en: "Make-up working days"),
        "measure": .init(zh: "控制措施", en: "Measure"),
        "members": .init(zh: "成员", en: "Members"),
        "name": .init(zh: "名称", en: "Name"),
        "name_en": .init(zh: "英文名称", en: "English name"),
        "name_zh": .init(zh: "中文名称", en: "Chinese name"),
        "notice_date": .init(zh: "通知日期", en: "Notice date"),
        "notice_number": .init(zh: "通知文号", en: "Notice number"),
        "notice_title": .init(zh: "通知标题", en: "Notice title"),
        "organisation": .init(zh: "所属机构", en: "Organisation"),
        "parent": .init(zh: "上级", en: "Parent"),
        "parties": .init(zh: "当事人", en: "Parties"),
        "password": .init(zh: "密码", en: "Password"),
        "phone": .init(zh: "电话", en: "Telephone"),
        "recomputed_cases": .init(zh: "重新计算期限的案件数", en: "Cases with deadlines recomputed"),
        "revoked": .init(zh: "已吊销", en: "Revoked"),
        "role": .init(zh: "角色", en: "Role"),
        "team": .init(zh: "承办团队", en: "Team"),
        "username": .init(zh: "用户名", en: "Username"),
    ]

    /// The field in the page's language, or its key when the table does not know it.
    static func text(_ key: String, language: String) -> String {
        known[key]?.text(for: language) ?? key
    }
}
