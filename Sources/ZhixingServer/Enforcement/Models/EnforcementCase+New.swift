import Foundation
import ZhixingCore

extension EnforcementCase {
    /// The one way a new case row is made — filing (`CaseService.file`), a linked case (`CaseLinks`), the
    /// entrusted court's filing (`Entrustments.accept`) and the demo seeder (`DemoCases`) all build it here, so
    /// that a new column is set in one place.
    ///
    /// `filing` is the core's facts of the new case as filed (type, filing date, basis, jurisdiction, sum applied
    /// for, non-litigation); `obligations` the basis's non-money obligations as text. The case starts as the
    /// core's lifecycle starts it: filed, nothing received, nothing overdue, version 1 — the caller stores its
    /// `filed` event and lets `CaseService.refresh`/`summarise` copy the assessment in. `number` may come later
    /// (`assign(_:)`): the seeder numbers a whole batch at once.
    convenience init(id: UUID? = nil, court: UUID, filing: EnforcementFacts, obligations: String?, number: CaseNumber?,
                     warnings: [Reason], accessCodeHash: String, linkedTo origin: UUID? = nil, linkKind: CaseLinkKind? = nil,
                     team: UUID? = nil) {
        self.init()
        self.id = id
        self.$court.id = court
        year = filing.filedOn.year
        typeCode = filing.caseType.rawValue
        filedOn = filing.filedOn.iso
        basisKind = filing.basis.kind.rawValue
        basisIssuingBody = filing.basis.issuingBody
        basisDocumentNumber = filing.basis.documentNumber
        basisEffectiveOn = filing.basis.effectiveOn?.iso
        basisAmountFen = filing.basis.amountAwarded?.fen
        basisObligations = obligations
        amountAppliedFen = filing.amountApplied.fen
        nonLitigation = filing.nonLitigation
        isFirstInstanceCourt = filing.jurisdiction.isFirstInstanceCourt
        propertyInCourtArea = filing.jurisdiction.propertyInCourtArea
        sameLevelAsFirstInstance = filing.jurisdiction.sameLevelAsFirstInstance
        filingWarnings = CaseFacts.encode(warnings)
        self.$team.id = team
        status = CaseStatus.filed.rawValue
        closure = nil
        nextDueDate = nil
        overdue = false
        amountReceivedFen = 0
        standing = CaseStanding.filed.rawValue
        closedOn = nil
        amountOutstandingFen = filing.amountApplied.fen
        nextMeasureExpiry = nil
        nextFollowUpDue = nil
        summaryVersion = 0
        self.accessCodeHash = accessCodeHash
        linkedCaseID = origin
        self.linkKind = linkKind?.rawValue
        self.$entrustedCourt.id = nil
        version = 1
        if let number { assign(number) }
    }

    /// The case's number from its court's counter (`CaseNumbers`): its serial and its text.
    func assign(_ number: CaseNumber) {
        serial = number.serial
        caseNumber = number.description
    }
}
