extension EnforcementEventKind {
    /// The events a party (申请执行人, 被执行人) sees of their case in the party portal (当事人查询): the steps of
    /// the procedure they are entitled to know, not the court's internal work.
    ///
    /// Opinions on the Disclosure of the Enforcement Process 2014 (《最高人民法院关于人民法院执行流程公开的若干意见》,
    /// 法发〔2014〕18号) Art.3: the court discloses to the parties and their agents the filing (item 1), changes of
    /// procedure (suspension, resumption, restoration), the enforcement measures taken (freezes, seals and
    /// seizures and their lifting, the consumption restriction, the dishonest list), the disposal of property and
    /// the receipt and payment out of enforcement money, settlements, and the closure (the items after item 1;
    /// the item numbering from a published copy, to verify against the official text). Documents served on them
    /// (the enforcement notice, the property report order) are known to them already (CPL 2023 Art.251-252).
    ///
    /// Not shown: the handler's assignment, inquiries and assets found, clues, searches, sanctions on others,
    /// hearings and follow-up checks — the court's working steps, which Art.3 does not list as nodes and
    /// which could warn a debtor before property is controlled; and 委托结案 (the entrusted court's own case is
    /// what the parties follow then).
    public static let disclosedToParties: Set<EnforcementEventKind> = [
        .filed, .enforcementNoticeServed, .propertyReportOrderServed, .measureTaken, .measureLifted,
        .consumptionRestricted, .listedDishonest, .paymentReceived, .paymentDisbursed, .settlementAgreed,
        .settlementPerformed, .suspended, .resumed, .closedFullyPerformed, .closedCurrentProcedureTerminated,
        .closedTerminated, .closedDismissed, .restored,
    ]

    /// Whether a party sees this event in the portal (`disclosedToParties`).
    public var isDisclosedToParties: Bool { Self.disclosedToParties.contains(self) }
}
