import Foundation
import ZhixingCore

/// Fluent rows → the core's facts. Nothing decides law here; it only translates, and a stored value it
/// does not understand (an unknown case type, basis or event kind) is `StoredValueError`, never a default.
enum CaseFacts {
    /// `entrustment`: the case's entrustment to another court, if it has one (`Entrustments.sent(by:)`); the
    /// lifecycle needs it to allow closure as entrusted, so every caller says whether there is one.
    static func facts(of row: EnforcementCase, events: [CaseEvent], entrustment: CaseEntrustment?, asOf: LocalDate) throws -> EnforcementFacts {
        EnforcementFacts(
            caseType: try row.caseType,
            filedOn: try LocalDate(iso: row.filedOn, field: "filedOn"),
            basis: ExecutionBasisFacts(
                kind: try row.executionBasisKind,
                issuingBody: row.basisIssuingBody, documentNumber: row.basisDocumentNumber,
                effectiveOn: try row.basisEffectiveOn.map { try LocalDate(iso: $0, field: "basis.effectiveOn") },
                amountAwarded: row.basisAmountFen.map(Money.init(fen:))),
            jurisdiction: JurisdictionFacts(isFirstInstanceCourt: row.isFirstInstanceCourt,
                                            propertyInCourtArea: row.propertyInCourtArea,
                                            sameLevelAsFirstInstance: row.sameLevelAsFirstInstance),
            amountApplied: Money(fen: row.amountAppliedFen),
            nonLitigation: row.nonLitigation,
            events: try events.sorted { $0.seq < $1.seq }.map(event),
            asOf: asOf,
            objection: try objection(of: row),
            entrustment: try entrustment?.facts())
    }

    /// An objection case knows which kind of objection it is from how it was linked.
    static func objection(of row: EnforcementCase) throws -> ObjectionFacts? {
        switch try row.caseLinkKind {
        case .objection: ObjectionFacts(kind: .enforcementAct)
        case .thirdPartyObjection: ObjectionFacts(kind: .thirdPartyClaim)
        case .reconsideration, .assistance, .restoration, .entrusted, nil: nil
        }
    }

    static func event(_ row: CaseEvent) throws -> EnforcementEvent {
        EnforcementEvent(
            kind: try row.eventKind,
            date: try LocalDate(iso: row.date, field: "date"),
            amount: row.amountFen.map(Money.init(fen:)),
            measure: try row.measure.map { try JSONDecoder().decode(ControlMeasure.self, from: Data($0.utf8)) },
            propertyFound: row.propertyFound,
            note: row.note)
    }

    static func encode(_ measure: ControlMeasure?) throws -> String? {
        guard let measure else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(measure), as: UTF8.self)
    }

    static func encode(_ reasons: [Reason]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(reasons)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    static func reasons(_ json: String) -> [Reason] {
        (try? JSONDecoder().decode([Reason].self, from: Data(json.utf8))) ?? []
    }
}
