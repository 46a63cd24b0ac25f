/// What is recorded and published for a listed debtor (Dishonest List Provisions 2017 Art.6), where (Art.7),
/// and whom the court notifies (Art.8).
enum ListingPublication {
    static func record(_ facts: CreditFacts, grounds: [DishonestGround], notes: inout CreditNotes) -> PublicationRecord {
        var fields: [PublishedField] = []
        var missing: [LocalizedText] = []
        var reasons: [Reason] = []
        let debtor = facts.debtor
        let enforcement = facts.enforcement

        func add(_ item: Int, _ zh: String, _ en: String, _ value: String?) {
            let label = LocalizedText(zh: zh, en: en)
            if let value { fields.append(PublishedField(item: item, label: label, value: value)) } else { missing.append(label) }
        }

        switch debtor.kind {
        case .organisation:
            add(1, "名称", "Name", debtor.name)
            add(1, debtor.creditCode == nil && debtor.organisationCode != nil ? "组织机构代码" : "统一社会信用代码",
                debtor.creditCode == nil && debtor.organisationCode != nil ? "Organisation code" : "Unified social credit code",
                debtor.creditCode?.value ?? debtor.organisationCode)
            add(1, "法定代表人或者负责人姓名", "Legal representative or person in charge", debtor.legalRepresentative)
        case .naturalPerson:
            add(2, "姓名", "Name", debtor.name)
            add(2, "性别", "Sex", debtor.effectiveSex.map { "\($0.nameZh) / \($0.nameEn)" })
            add(2, "年龄", "Age", debtor.age(on: facts.asOf).map { "\($0)" })
            add(2, "身份证号码", "Identity number", debtor.identityNumber?.maskedForPublication)
            if debtor.identityNumber != nil {
                reasons.append(creditReason([CreditArticles.dishonest(6, item: 2)],
                                            zh: "第六条第二项要求记载和公布身份证号码；公开的名单（中国执行信息公开网）隐去出生月日四位，以保护个人信息",
                                            en: "Art.6 item 2 requires the identity number; the public list (China Enforcement Information Disclosure website) hides the four digits of the birth month and day to protect personal information"))
            }
        }
        add(3, "生效法律文书确定的义务", "Obligation under the effective legal instrument", enforcement.obligation)
        add(3, "被执行人的履行情况", "Performance by the debtor", performance(enforcement))
        let conduct = grounds.map { ground -> LocalizedText in
            var text = ground.title
            if ground == .obstructsEnforcement, let methods = facts.findings.obstruction?.methods {
                text = LocalizedText(zh: text.zh + "（" + methods.map(\.title).creditJoined().zh + "）",
                                     en: text.en + " (" + methods.map(\.title).creditJoined().en + ")")
            }
            if ground == .evadesEnforcement, let methods = facts.findings.evasion?.methods {
                text = LocalizedText(zh: text.zh + "（" + methods.map(\.title).creditJoined().zh + "）",
                                     en: text.en + " (" + methods.map(\.title).creditJoined().en + ")")
            }
            return text
        }.creditJoined()
        add(4, "失信行为的具体情形", "Specific dishonest conduct", "\(conduct.zh) / \(conduct.en)")
        add(5, "执行依据的制作单位", "Issuer of the execution basis", enforcement.basis?.issuer)
        add(5, "执行依据文号", "Number of the execution basis", enforcement.basis?.documentNumber)
        add(5, "执行案号", "Enforcement case number", enforcement.caseNumber?.description)
        add(5, "立案时间", "Filing date", enforcement.filedOn?.iso)
        add(5, "执行法院", "Enforcing court", enforcement.court)

        reasons.insert(creditReason([CreditArticles.dishonest(6)],
                                    zh: "记载和公布的失信被执行人名单信息包括第六条第一项至第五项所列事项；第六项为法院认为应当公布且不涉及国家秘密、商业秘密、个人隐私的其他事项",
                                    en: "The listing records and publishes the matters of Art.6 items 1-5; item 6 adds other matters the court sees fit that involve no state secret, trade secret or personal privacy"),
                       at: 0)
        if !missing.isEmpty {
            let list = missing.creditJoined()
            notes.warn([CreditArticles.dishonest(6)], zh: "事实中缺少第六条要求公布的事项：\(list.zh)",
                       en: "The facts lack matters Art.6 requires to be published: \(list.en)")
        }
        reasons.append(creditReason([CreditArticles.dishonest(7, para: 1)],
                                    zh: "名单信息录入最高人民法院失信被执行人名单库，并通过该名单库统一向社会公布",
                                    en: "The listing is entered into the SPC database of dishonest judgment debtors and published to society through it"))
        reasons.append(creditReason([CreditArticles.dishonest(7, para: 2)],
                                    zh: "各级人民法院还可以通过报纸、广播、电视、网络、法院公告栏等其他方式公布",
                                    en: "Courts may also publish it through newspapers, radio, television, the internet, court notice boards and other means"))

        var notifications = [
            creditReason([CreditArticles.dishonest(8, para: 1)],
                         zh: "向政府相关部门、金融监管机构、金融机构、承担行政职能的事业单位及行业协会等通报，供其在政府采购、招标投标、行政审批、政府扶持、融资信贷、市场准入、资质认定等方面予以信用惩戒",
                         en: "Notify government departments, financial regulators, financial institutions, public institutions with administrative functions and trade associations, for credit discipline in government procurement, tendering, administrative approval, government support, financing and credit, market access and qualification"),
            creditReason([CreditArticles.dishonest(8, para: 2)],
                         zh: "向征信机构通报，由征信机构在其征信系统中记录",
                         en: "Notify the credit reporting institutions, which record it in their credit reporting systems"),
        ]
        if debtor.isStateFunctionary {
            notifications.append(creditReason([CreditArticles.dishonest(8, para: 3)],
                                              zh: "失信被执行人是国家工作人员：将其失信情况通报其所在单位",
                                              en: "The debtor is a state functionary: notify the debtor's employer"))
        }
        if debtor.isStateOrganOrStateOwnedEnterprise {
            notifications.append(creditReason([CreditArticles.dishonest(8, para: 4)],
                                              zh: "失信被执行人是国家机关、国有企业：将其失信情况通报其上级单位或者主管部门",
                                              en: "The debtor is a state organ or state-owned enterprise: notify its superior unit or competent department"))
        }
        return PublicationRecord(fields: fields, missingFields: missing, notifications: notifications, reasons: reasons)
    }

    /// Art.6 item 3: the performance, exact to the fen when the amounts are known.
    static func performance(_ enforcement: EnforcementCaseFacts) -> String {
        guard let due = enforcement.amountDue else {
            return "未履行完毕 / not fully performed"
        }
        let performed = enforcement.amountPerformed ?? .zero
        let outstanding = due - performed  // both validated non-negative, performed ≤ due
        if performed.isZero {
            return "全部未履行，应履行 \(due.formatted) / nothing performed of \(due.formatted)"
        }
        return "部分履行：已履行 \(performed.formatted)，未履行 \(outstanding.formatted) / partly performed: \(performed.formatted) paid, \(outstanding.formatted) outstanding"
    }
}
