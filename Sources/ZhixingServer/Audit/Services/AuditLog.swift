import Crypto
import Fluent
import Foundation
import SQLKit

/// Who did something, as the audit log records it.
struct AuditActor: Sendable {
    let id: UUID?
    let name: String

    static func system(_ name: String) -> AuditActor { AuditActor(id: nil, name: name) }
}

/// One field's change, as text.
struct AuditChange: Codable, Sendable, Equatable {
    let from: String?
    let to: String?
}

/// Appends hash-chained audit events. Call it on the transaction that makes the change, so that
/// the change and its event are written together or not at all.
enum AuditLog {
    /// The hash the first event links to.
    static let genesis = String(repeating: "0", count: 64)

    static func append(
        on db: any Database, at date: Date, actor: AuditActor, action: String,
        entity: String, entityID: String, ownerPath: String, changes: [String: AuditChange]
    ) async throws {
        try await appendAll(on: db, at: date, [Entry(actor: actor, action: action, entity: entity, entityID: entityID,
                                                    ownerPath: ownerPath, changes: changes)])
    }

    /// One entry of `appendAll`.
    struct Entry: Sendable {
        let actor: AuditActor
        let action: String
        let entity: String
        let entityID: String
        let ownerPath: String
        let changes: [String: AuditChange]
    }

    /// Appends events chained in the order given, with multi-row inserts (one for a single event;
    /// bulk seeding passes thousands).
    static func appendAll(on db: any Database, at date: Date, _ entries: [Entry]) async throws {
        guard !entries.isEmpty else { return }
        // One writer at a time extends the chain. PostgreSQL: a transaction-scoped advisory lock;
        // SQLite serialises writers itself. The primary key on `seq` refuses a fork either way.
        if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT pg_advisory_xact_lock(7320001)").run()
        }
        let last = try await AuditEvent.query(on: db).sort(\.$id, .descending).first()
        var previousID = last?.id ?? 0
        var previousHash = last?.hash ?? genesis
        let at = Self.timestamp(date)
        var rows: [[BulkInsert.Value]] = []
        rows.reserveCapacity(entries.count)
        for entry in entries {
            let event = AuditEvent()
            event.id = previousID + 1
            event.at = at
            event.actorID = entry.actor.id
            event.actorName = entry.actor.name
            event.action = entry.action
            event.entity = entry.entity
            event.entityID = entry.entityID
            event.ownerPath = entry.ownerPath
            event.changes = try Self.canonicalJSON(entry.changes)
            event.prevHash = previousHash
            event.hash = Self.hash(of: event)
            previousID += 1
            previousHash = event.hash
            rows.append([previousID, at, entry.actor.id, entry.actor.name, entry.action, entry.entity, entry.entityID,
                         entry.ownerPath, event.changes, event.prevHash, event.hash])
        }
        try await BulkInsert.insert(into: AuditEvent.schema, columns: ["seq", "at", "actor_id", "actor_name", "action", "entity", "entity_id",
                                                               "owner_path", "changes", "prev_hash", "hash"], rows: rows, on: db)
    }

    /// SHA-256 over every field of the event and the previous hash, separated by a unit separator.
    static func hash(of event: AuditEvent) -> String {
        let fields: [String] = [
            String(event.id ?? 0), event.at, event.actorID?.uuidString ?? "", event.actorName,
            event.action, event.entity, event.entityID, event.ownerPath, event.changes, event.prevHash,
        ]
        let digest = SHA256.hash(data: Data(fields.joined(separator: "\u{1F}").utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    static func canonicalJSON(_ changes: [String: AuditChange]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(changes), as: UTF8.self)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

/// A change set built field by field.
struct ChangeSet {
    private(set) var changes: [String: AuditChange] = [:]

    mutating func record(_ field: String, from old: String?, to new: String?) {
        if old != new { changes[field] = AuditChange(from: old, to: new) }
    }

    var isEmpty: Bool { changes.isEmpty }
}
