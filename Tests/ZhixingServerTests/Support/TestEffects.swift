import Foundation
import Synchronization
import Vapor
import XCTest
@testable import ZhixingServer

/// The error an unset effect throws where it must return something it cannot make up.
struct UnsetEffect: Error, CustomStringConvertible {
    let name: String
    var description: String { "Effects.\(name) is unset" }
}

extension Effects {
    /// Effects with every member unset: each one, when used, reports a failure naming it (by default
    /// `XCTFail`, failing the running test) and then returns a placeholder or throws `UnsetEffect`. A test
    /// sets the members it needs on top (`TestApp.effects` does for the whole suite); an effect it forgot
    /// is then a failed test that says which, never a live clock, network or random value.
    static func failing(report: @escaping @Sendable (String) -> Void = { XCTFail($0) }) -> Effects {
        @Sendable func unset(_ name: String) -> String {
            "Effects.\(name) is unset: this test used it without setting it (TestApp.effects, or set app.effects.\(name))"
        }
        return Effects(
            clock: AppClock {
                report(unset("clock"))
                return Date(timeIntervalSince1970: 0)
            },
            ids: IDGenerator {
                report(unset("ids"))
                return UUID()
            },
            secrets: SecretGenerator { length, alphabet in
                report(unset("secrets"))
                return String(repeating: alphabet.first ?? "x", count: max(length, 0))
            },
            passwords: PasswordHasher(
                hash: { _ in
                    report(unset("passwords"))
                    throw UnsetEffect(name: "passwords")
                },
                verify: { _, _ in
                    report(unset("passwords"))
                    throw UnsetEffect(name: "passwords")
                }),
            calendars: CalendarStore(bundled: .empty, whenUsed: { report(unset("calendars")) }),
            outbound: OutboundHTTP { _ in
                report(unset("outbound"))
                throw UnsetEffect(name: "outbound")
            },
            pdf: PDFRenderer(availability: .available(tool: "unset")) { _ in
                report(unset("pdf"))
                throw UnsetEffect(name: "pdf")
            })
    }
}

extension PDFRenderer {
    /// A renderer that answers every document with a fixed one-page PDF and keeps the HTML it was given.
    static func fake(keeping seen: SharedState<[String]>) -> PDFRenderer {
        PDFRenderer(availability: .available(tool: "fake")) { html in
            seen.withLock { $0.append(html) }
            return ByteBuffer(string: "%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n")
        }
    }
}

extension IDGenerator {
    /// `00000000-0000-4000-8000-000000000001`, `…0002`, …: deterministic, in the order rows are made.
    /// Copies of the value share one counter, so two server instances of a test never make one id twice.
    static func incrementing() -> IDGenerator {
        let counter = SharedState<UInt64>(0)
        return IDGenerator {
            let n = counter.withLock { value -> UInt64 in
                value += 1
                return value
            }
            return UUID(uuidString: String(format: "00000000-0000-4000-8000-%012llx", n))!
        }
    }
}

extension SecretGenerator {
    /// The same strings in the same order for the same seed (SplitMix64), uniformly over the alphabet.
    /// Copies of the value share one sequence.
    static func seeded(_ seed: UInt64 = 2026) -> SecretGenerator {
        let state = SharedState(SplitMix64(state: seed))
        return SecretGenerator { length, alphabet in
            state.withLock { generator in
                String((0..<max(length, 0)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
            }
        }
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and good enough for test data.
struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A value behind a lock, shared by the closures that capture it.
final class SharedState<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) { mutex = Mutex(value) }

    func withLock<Result: Sendable>(_ body: (inout Value) -> Result) -> Result {
        mutex.withLock { body(&$0) }
    }
}

/// Collects what unset effects report, for a test that checks the reporting itself.
final class EffectReports: Sendable {
    private let messages = Mutex<[String]>([])

    var all: [String] { messages.withLock { $0 } }

    func record(_ message: String) { messages.withLock { $0.append(message) } }
}
