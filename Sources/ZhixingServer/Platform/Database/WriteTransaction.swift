import Fluent
import SQLKit
import Vapor

/// Write transactions that wait their turn rather than fail.
///
/// PostgreSQL: an ordinary transaction (row locks and the isolation level do the rest).
///
/// SQLite: one writer at a time in this process, waited for without blocking a thread, and each
/// transaction begun with `BEGIN IMMEDIATE`, which takes the write lock at once. Fluent's own
/// `BEGIN TRANSACTION` is deferred: a transaction that read first and writes later fails with
/// `SQLITE_BUSY_SNAPSHOT` ("database is locked") when another connection wrote in between, and
/// SQLite gives such a transaction no busy wait because waiting could deadlock. Blocking waits
/// are no remedy either: SQLite calls run on a small thread pool, and writers blocked there would
/// starve the one that holds the lock. The busy timeout set on the transaction's connection
/// covers writers in other processes (a command run beside the server).
extension Database {
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            return try await transaction(body)
        }
        if WriteGate.inWrite { return try await body(self) }  // nested: already inside the writer's transaction
        return try await WriteGate.shared.withTurn {
            try await self.withConnection { conn in
                guard let connSQL = conn as? any SQLDatabase else { return try await conn.transaction(body) }
                try await connSQL.raw("PRAGMA busy_timeout = 10000").run()
                try await connSQL.raw("BEGIN IMMEDIATE TRANSACTION").run()
                do {
                    let result = try await WriteGate.$inWrite.withValue(true) { try await body(conn) }
                    try await connSQL.raw("COMMIT TRANSACTION").run()
                    return result
                } catch {
                    try? await connSQL.raw("ROLLBACK TRANSACTION").run()
                    throw error
                }
            }
        }
    }
}

/// The process's SQLite writer queue: first come, first served, awaited without blocking a thread.
actor WriteGate {
    static let shared = WriteGate()
    @TaskLocal static var inWrite = false

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func withTurn<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        do {
            let result = try await body()
            release()
            return result
        } catch {
            release()
            throw error
        }
    }

    private func acquire() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
