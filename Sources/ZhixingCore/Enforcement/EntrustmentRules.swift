/// 委托执行: entrusting a whole case to a court in another province, as the SPC Provisions on Entrusted
/// Enforcement have it (《最高人民法院关于委托执行若干问题的规定》, 法释〔2011〕11号, cited
/// `Entrusted Enforcement Provisions 2011`; see docs/cases.md for what could and could not be verified):
///
/// - Art.1 para.1: the enforcing court, having investigated, finds that the debtor has no property left to
///   enforce in its area and has property in another province (自治区、直辖市): it entrusts the case to a
///   court of the same level there. Both are findings the judge states; the engine relies on them.
///   Art.1 para.2 (three or more debtors or properties outside the province, in different places: the
///   high court may approve enforcing there directly) is not entrustment and is not modelled.
/// - Art.2 para.1: the entrusted court files the case as its own (依法立案); the entrusting court closes its
///   case as entrusted (委托结案) on receiving the entrusted court's filing notice.
/// - Art.2 para.2: asking another court to inquire, freeze, seal, investigate or serve is a delegated
///   matter (事项委托): no case is filed, the other court assists. That is not this rule.
/// - Art.3 para.1: the entrusted court is the court of the same level where the property is.
public enum EntrustmentRules {
    public static func article(_ number: Int, para: Int? = nil) -> Citation {
        Citation(.entrustedEnforcementProvisions2011, article: number, paragraph: para)
    }

    /// Only an implementation case (执, 执恢) is entrusted whole (Art.2 para.1: the entrusted court files it to enforce).
    public static func mayBeEntrusted(_ type: CaseType) -> Bool {
        EnforcementCaseClass(type) == .implementation
    }

    /// Why the case may not be entrusted as asked; empty when it may. A refusal with a `field` is about
    /// the input (HTTP 400); one without is about the state of the case (HTTP 409).
    public static func refusals(_ request: EntrustmentRequest) -> [EntrustmentRefusal] {
        var refusals: [EntrustmentRefusal] = []
        if !mayBeEntrusted(request.caseType) {
            refusals.append(EntrustmentRefusal(code: "entrustment.case_type", field: nil, reasons: [.enforcement([article(2, para: 1)],
                "\(request.caseType.nameZh)不能委托执行：委托执行是将执行实施案件整体交由受托法院立案执行（执行审查、保全、协助等案件不适用）",
                "\(request.caseType.nameEn) cannot be entrusted: entrustment hands a whole implementation case to the entrusted court to file and enforce (not review, preservation or assistance cases)")]))
        }
        if request.status == .closed {
            refusals.append(EntrustmentRefusal(code: "entrustment.closed", field: nil, reasons: [.enforcement([article(2, para: 1)],
                "案件已经结案，无从委托执行", "The case is closed; there is nothing to entrust")]))
        }
        if request.alreadyEntrusted {
            refusals.append(EntrustmentRefusal(code: "entrustment.pending", field: nil, reasons: [.enforcement([article(2, para: 1)],
                "本案已经委托执行，等待受托法院立案", "The case has already been entrusted and awaits the entrusted court's filing")]))
        }
        // Art.1 para.1: both findings are the enforcing court's, after investigating the debtor's property.
        if !request.noPropertyInArea {
            refusals.append(EntrustmentRefusal(code: "entrustment.property_in_area", field: "noPropertyInArea", reasons: [.enforcement([article(1, para: 1)],
                "须经调查认定被执行人在本院辖区内已无财产可供执行，才能委托执行；本院辖区内尚有财产的，由本院执行",
                "Only when the court has found, after investigation, that the debtor has no property left to enforce in its area may it entrust the case; while property remains here, this court enforces it")]))
        }
        if !request.propertyInOtherProvince {
            refusals.append(EntrustmentRefusal(code: "entrustment.no_property_elsewhere", field: "propertyInOtherProvince", reasons: [.enforcement([article(1, para: 1)],
                "须认定被执行人在其他省、自治区、直辖市内有可供执行的财产，才能委托执行；委托异地法院查询、冻结、查封、调查或者送达的，属于事项委托，不委托整个案件（第二条第二款）",
                "The debtor must be found to have property to enforce in another province; asking another court to inquire, freeze, seal, investigate or serve is a delegated matter, not an entrustment of the case (Art.2 para.2)")]))
        }
        let from = request.entrustingCourt, to = request.entrustedCourt
        if from == to {
            refusals.append(EntrustmentRefusal(code: "entrustment.same_court", field: "courtCode", reasons: [.enforcement([article(1, para: 1)],
                "受托法院不能是本院", "The entrusted court cannot be this court")]))
        } else if from.province == nil || to.province == nil || from.province == to.province {
            refusals.append(EntrustmentRefusal(code: "entrustment.same_province", field: "courtCode", reasons: [.enforcement(
                [article(1, para: 1), article(3, para: 1)],
                "\(to.value)与本院（\(from.value)）不是分属不同省、自治区、直辖市的法院：委托执行委托其他省、自治区、直辖市内财产所在地的同级人民法院",
                "\(to.value) and this court (\(from.value)) are not in different provinces: a case is entrusted to the court of the same level in the other province where the property is")]))
        }
        if request.entrustingLevel == nil || request.entrustedLevel != request.entrustingLevel {
            refusals.append(EntrustmentRefusal(code: "entrustment.level", field: "courtCode", reasons: [.enforcement(
                [article(1, para: 1), article(3, para: 1)],
                "受托法院（\(request.entrustedLevel?.name.zh ?? "层级不明")）与本院（\(request.entrustingLevel?.name.zh ?? "层级不明")）不是同级：委托执行在同级人民法院之间进行",
                "The entrusted court (\(request.entrustedLevel?.name.en ?? "level unknown")) is not at this court's level (\(request.entrustingLevel?.name.en ?? "level unknown")): a case is entrusted to a court of the same level")]))
        }
        return refusals
    }

    /// Why the entrustment stands, when it does (the findings relied on).
    public static func reasons(_ request: EntrustmentRequest) -> [Reason] {
        [.enforcement([article(1, para: 1)],
            "本院认定被执行人在本院辖区内已无财产可供执行，且在其他省、自治区、直辖市内有可供执行财产（法院的认定，本系统依赖之）：委托\(request.entrustedCourt.value)（同级）执行",
            "This court found that the debtor has no property left here and has property in another province (the court's findings, relied on): the case is entrusted to \(request.entrustedCourt.value), a court of the same level"),
         .enforcement([article(2, para: 1)],
            "受托法院依法立案后，本院收到立案通知书即作委托结案处理",
            "Once the entrusted court has filed the case as its own, this court closes its case as entrusted on receiving the filing notice")]
    }
}

/// What the entrustment check looks at: the case, the court's two findings, and the two courts.
public struct EntrustmentRequest: Sendable, Hashable, Codable {
    public let caseType: CaseType
    public let status: CaseStatus
    /// The case has been entrusted already (awaiting the entrusted court's filing, or filed there).
    public let alreadyEntrusted: Bool
    /// Finding (Art.1 para.1): the debtor has no property left to enforce in the entrusting court's area.
    public let noPropertyInArea: Bool
    /// Finding (Art.1 para.1): the debtor has property to enforce in another province.
    public let propertyInOtherProvince: Bool
    public let entrustingCourt: CourtCode
    public let entrustingLevel: CourtLevel?
    public let entrustedCourt: CourtCode
    public let entrustedLevel: CourtLevel?

    public init(caseType: CaseType, status: CaseStatus, alreadyEntrusted: Bool, noPropertyInArea: Bool, propertyInOtherProvince: Bool,
                entrustingCourt: CourtCode, entrustingLevel: CourtLevel?, entrustedCourt: CourtCode, entrustedLevel: CourtLevel?) {
        self.caseType = caseType
        self.status = status
        self.alreadyEntrusted = alreadyEntrusted
        self.noPropertyInArea = noPropertyInArea
        self.propertyInOtherProvince = propertyInOtherProvince
        self.entrustingCourt = entrustingCourt
        self.entrustingLevel = entrustingLevel
        self.entrustedCourt = entrustedCourt
        self.entrustedLevel = entrustedLevel
    }
}

/// One reason the case may not be entrusted: a stable code, the input field at fault (`nil`: the state of
/// the case), and the reasons with their articles.
public struct EntrustmentRefusal: Error, Sendable, Hashable, Encodable {
    public let code: String
    public let field: String?
    public let reasons: [Reason]
}

/// An entrustment of this case (the entrusting court's side), as the lifecycle needs it: closure as
/// entrusted (委托结案) is allowed only once the entrusted court has filed the case (Art.2 para.1).
public struct EntrustmentFacts: Sendable, Hashable, Codable {
    public let entrustedOn: LocalDate
    /// The entrusted court's code (`沪0115`).
    public let entrustedCourt: String
    /// The day the entrusted court filed the case as its own; `nil` while it has not.
    public let filedOn: LocalDate?
    /// The entrusted court's case number, once filed.
    public let caseNumber: String?

    public init(entrustedOn: LocalDate, entrustedCourt: String, filedOn: LocalDate? = nil, caseNumber: String? = nil) {
        self.entrustedOn = entrustedOn
        self.entrustedCourt = entrustedCourt
        self.filedOn = filedOn
        self.caseNumber = caseNumber
    }
}
