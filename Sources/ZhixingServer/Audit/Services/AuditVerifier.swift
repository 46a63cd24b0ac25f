import Fluent
import Foundation

/// Walks the audit chain from the first event and reports the first broken link.
enum AuditVerifier {
    struct Report: Sendable, Equatable, Encodable {
        let eventsChecked: Int
        /// `nil` when the chain is whole.
        let firstBrokenSeq: Int?
        let problem: String?

        var isIntact: Bool { firstBrokenSeq == nil }
    }

    static func verify(on db: any Database, batchSize: Int = 1000) async throws -> Report {
        var expectedSeq = 1
        var previousHash = AuditLog.genesis
        var checked = 0
        while true {
            let batch = try await AuditEvent.query(on: db)
                .filter(\.$id >= expectedSeq)
                .sort(\.$id, .ascending)
                .limit(batchSize)
                .all()
            if batch.isEmpty { break }
            for event in batch {
                let seq = event.id ?? 0
                if seq != expectedSeq {
                    return Report(eventsChecked: checked, firstBrokenSeq: expectedSeq,
                                  problem: "event \(expectedSeq) is missing (next present is \(seq))")
                }
                if event.prevHash != previousHash {
                    return Report(eventsChecked: checked, firstBrokenSeq: seq,
                                  problem: "event \(seq) does not link to the hash of event \(seq - 1)")
                }
                if AuditLog.hash(of: event) != event.hash {
                    return Report(eventsChecked: checked, firstBrokenSeq: seq,
                                  problem: "event \(seq) was altered: its content does not match its hash")
                }
                previousHash = event.hash
                expectedSeq += 1
                checked += 1
            }
        }
        return Report(eventsChecked: checked, firstBrokenSeq: nil, problem: nil)
    }
}
