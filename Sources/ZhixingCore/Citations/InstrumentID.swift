/// The stable id of an instrument in the catalogue. The raw value is stored in JSON: never rename one.
public enum InstrumentID: String, Sendable, Hashable, Codable, CaseIterable {
    // Statutes and the legislative interpretation
    case civilProcedureLaw2023
    case civilCode
    case criminalProcedureLaw2018
    case criminalLaw
    case npcscInterpretationCriminalLaw313
    case stateCompensationLaw
    // State Council
    case workingHoursProvisions
    case litigationCostsMeasures2006
    case holidayNotice
    // Judicial interpretations
    case cplInterpretation2022
    case enforcementProcedureInterpretation2020
    case enforcementWorkProvisions2020
    case trialTimeLimitsProvisions2008
    case sealingProvisions2020
    case objectionProvisions2015
    case propertyInvestigationProvisions2020
    case entrustedEnforcementProvisions2011
    case settlementProvisions2018
    case arbitralAwardEnforcementProvisions2018
    case notarizedDebtInstrumentProvisions2018
    case administrativeLitigationInterpretation2018
    case dishonestListProvisions2017
    case consumptionRestrictionProvisions2015
    case enforcementCompensationInterpretation2022
    case civilAdministrativeCompensationInterpretation2016
    case refusalInterpretation2024
    case onlineFreezingProvisions2013
    // Normative documents
    case timeLimitsProvisions2006
    case terminationProvisions2016
    case filingClosingOpinions2014
    case fundsManagementProvisions2017
    case enforcementOutline2019
    case goodFaithEnforcementOpinions2019
    case refusalOpinions2025
    // The People's Bank of China
    case depositBenchmarkRate
    case depositInterestNotice2005
    // Not law
    case zhixingLifecycle
    case compensationCommitteeFinding
    case seed003
}
