import Testing
import ZhixingCore

// Impossible or out-of-order events: a FieldError naming the event (`events[i].kind`, `.date`, `.actor`).

@Test func sequence_datesOutOfOrder_namesTheLaterEventsDate() {
    let error = rxFieldError {
        _ = try rxDecide("2025-08-20", [
            rxEvent(.courtTransfer, "2025-08-04", .court), rxEvent(.policeAcceptance, "2025-08-03", .police),
        ])
    }
    #expect(error?.field == "events[1].date")
    #expect(error?.code == "refusal.event.date_order")
}

@Test func sequence_eventAfterAsOf_rejected() {
    let error = rxFieldError { _ = try rxDecide("2025-08-03", [rxEvent(.courtTransfer, "2025-08-04", .court)]) }
    #expect(error?.field == "events[0].date")
    #expect(error?.code == "refusal.event.after_as_of")
}

@Test func sequence_receivedBeforeSent_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-08-20", [rxEvent(.courtTransfer, "2025-08-04", .court, receivedOn: "2025-08-03")])
    }
    #expect(error?.field == "events[0].receivedOn")
}

@Test func sequence_wrongActor_namesTheActor() {
    let error = rxFieldError { _ = try rxDecide("2025-08-20", [rxEvent(.courtTransfer, "2025-08-04", .police)]) }
    #expect(error?.field == "events[0].actor")
    #expect(error?.code == "refusal.event.actor")
}

@Test func sequence_acceptanceWithoutTransfer_rejected() {
    let error = rxFieldError { _ = try rxDecide("2025-08-20", [rxEvent(.policeAcceptance, "2025-08-04", .police)]) }
    #expect(error?.field == "events[0].kind")
    #expect(error?.code == "refusal.event.out_of_sequence")
    #expect(error?.message.zh.contains("没有在先的移送") == true)
}

@Test func sequence_filingTwice_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05") + [
            rxEvent(.filingDecision, "2025-08-06", .police), rxEvent(.filingDecision, "2025-08-07", .police),
        ])
    }
    #expect(error?.field == "events[3].kind")
}

@Test func sequence_notFilingAfterFiling_mustBeWithdrawal() {
    let error = rxFieldError {
        _ = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05") + [
            rxEvent(.filingDecision, "2025-08-06", .police), rxEvent(.notFilingDecision, "2025-08-07", .police),
        ])
    }
    #expect(error?.field == "events[3].kind")
    #expect(error?.message.en.contains("caseWithdrawal") == true)
}

@Test func sequence_secondNotFilingDecision_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05") + [
            rxEvent(.notFilingDecision, "2025-08-06", .police), rxEvent(.notFilingDecision, "2025-08-07", .police),
        ])
    }
    #expect(error?.field == "events[3].kind")
}

@Test func sequence_withdrawalWithoutFiling_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05") + [rxEvent(.caseWithdrawal, "2025-08-06", .police)])
    }
    #expect(error?.field == "events[2].kind")
}

@Test func sequence_prosecutionTransferBeforeFiling_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-08-20", rxTransferred("2025-08-04", received: "2025-08-05") + [rxEvent(.prosecutionTransfer, "2025-08-06", .police)])
    }
    #expect(error?.field == "events[2].kind")
}

@Test func sequence_majorComplexFindingWithoutCourtTransfer_rejected() {
    let error = rxFieldError {
        _ = try rxDecide("2025-08-20", [
            rxEvent(.complaint, "2025-08-01", .applicant), rxEvent(.majorComplexFinding, "2025-08-02", .police),
        ])
    }
    #expect(error?.field == "events[1].kind")
}

@Test func sequence_writtenAnswerWithNothingToAnswer_rejected() {
    let error = rxFieldError { _ = try rxDecide("2025-08-20", [rxEvent(.writtenAnswer, "2025-08-02", .police)]) }
    #expect(error?.field == "events[0].kind")
}

@Test func sequence_sameDayEvents_keepTheirOrder() throws {
    let decision = try rxDecide("2025-08-05", [
        rxEvent(.complaint, "2025-08-01", .applicant), rxEvent(.complaintAccepted, "2025-08-01", .police),
        rxEvent(.filingDecision, "2025-08-01", .police),
    ])
    #expect(decision.stage.code == .investigation)
    #expect(decision.completedEntry(.complaintAnswer)?.late == false)
}

// MARK: - Decoding: bad JSON names its path

@Test func decoding_unknownEventKind_namesThePath() {
    let error = rxFieldError {
        _ = try rxDecideJSON(#"{"asOf": "2025-08-20", "events": [{"kind": "courtTransfer", "date": "2025-08-04", "actor": "court"}, {"kind": "teleport", "date": "2025-08-05", "actor": "police"}]}"#)
    }
    #expect(error?.field == "events[1].kind")
    #expect(error?.code == "refusal.event.kind_unknown")
}

@Test func decoding_badDate_namesThePath() {
    let error = rxFieldError {
        _ = try rxDecideJSON(#"{"asOf": "2025-08-20", "events": [{"kind": "courtTransfer", "date": "2025-02-30", "actor": "court"}]}"#)
    }
    #expect(error?.field == "events[0].date")
}

@Test func decoding_unknownActor_namesThePath() {
    let error = rxFieldError {
        _ = try rxDecideJSON(#"{"asOf": "2025-08-20", "events": [{"kind": "courtTransfer", "date": "2025-08-04", "actor": "mayor"}]}"#)
    }
    #expect(error?.field == "events[0].actor")
}

@Test func decoding_unknownEvidenceCategory_namesTheIndex() {
    let error = rxFieldError {
        _ = try rxDecideJSON(#"{"asOf": "2025-08-20", "events": [], "transferEvidence": ["identity", "horoscope"]}"#)
    }
    #expect(error?.field == "transferEvidence[1]")
}

@Test func decoding_unknownCircumstance_namesTheIndex() {
    let error = rxFieldError {
        _ = try rxDecideJSON(#"{"asOf": "2025-08-20", "circumstances": {"found": ["interp2024Art3Item11"]}}"#)
    }
    #expect(error?.field == "circumstances.found[0]")
}

@Test func decoding_missingAsOf_required() {
    let error = rxFieldError { _ = try rxDecideJSON(#"{"events": []}"#) }
    #expect(error?.field == "asOf")
}

@Test func decoding_badOutcome_namesThePath() {
    let error = rxFieldError {
        _ = try rxDecideJSON(#"{"asOf": "2025-08-20", "events": [{"kind": "arrestDecision", "date": "2025-08-04", "actor": "procuratorate", "outcome": "maybe"}]}"#)
    }
    #expect(error?.field == "events[0].outcome")
}
