/// What a filing (立案) takes when the application leaves it out, and which case types are filed directly.
public enum FilingDefaults {
    /// The case types a filing is entered as: the implementation cases (执行实施类案件) first enforcement 执,
    /// restored enforcement 执恢 and the enforcement of a preservation ruling 执保 (Filing and Closing Opinions
    /// 2014 Art.1-2). The review cases (执异, 执复, 执监, 执请) and 执协 are born of a case (`CaseLinks`), never filed
    /// on their own here.
    public static let filedTypes: Set<CaseType> = [.enforcement, .restoredEnforcement, .preservation]

    /// An application names no type: it is a first application to enforce the basis, 执 (Filing and Closing
    /// Opinions 2014 Art.2).
    public static let caseType: CaseType = .enforcement

    /// An application gives no filing date: it is filed on the day it is entered (the court files an
    /// application that meets the conditions at once, Enforcement Work Provisions 2020 Art.16; a date in the
    /// past is the clerk's to give).
    public static func filedOn(_ given: LocalDate?, today: LocalDate) -> LocalDate {
        given ?? today
    }

    /// An application does not say whether it is a non-litigation case: it is one exactly when the basis is an
    /// administrative decision approved for enforcement (非诉执行; Time Limits Provisions 2006 Art.1 para.1, the
    /// 3-month limit). A value given that disagrees is kept and warned about (`FilingRules.nonLitigation`).
    public static func nonLitigation(_ given: Bool?, basis: ExecutionBasisKind) -> Bool {
        given ?? (basis == .administrativeDecision)
    }
}
