import Fluent
import Vapor
import XCTVapor
import XCTest
@testable import ZhixingServer

/// Effects come to services through one `Effects` value (issue 8, part 3); in tests an effect that was
/// not set fails the test by name instead of reaching the real clock, randomness or network.
final class EffectsTests: AppTestCase {
    func test_unsetEffects_eachReportItsName_whenUsed() async throws {
        // Setup: every effect unset, the reports collected instead of failing this test.
        let reports = EffectReports()
        let effects = Effects.failing(report: reports.record)

        // Act: use each one once.
        _ = effects.clock.now()
        _ = effects.ids.next()
        _ = effects.secrets.string(length: 8, from: SecretGenerator.base64URL)
        await XCTAssertThrowsErrorAsync(try await effects.passwords.hash("correct horse battery"))
        _ = effects.calendars.defaults
        await XCTAssertThrowsErrorAsync(try await effects.outbound.send(ClientRequest(method: .GET, url: "https://bank.example/freeze")))

        // Check: one report for each, naming it.
        let names = ["clock", "ids", "secrets", "passwords", "calendars", "outbound"]
        XCTAssertEqual(reports.all.count, names.count, reports.all.joined(separator: "\n"))
        for (report, name) in zip(reports.all, names) {
            XCTAssertTrue(report.hasPrefix("Effects.\(name) is unset"), report)
        }
    }

    func test_anUnsetClock_isReported_whenARequestReadsTheTime() async throws {
        // Setup: the test app with its clock taken away.
        let reports = EffectReports()
        app.effects.clock = Effects.failing(report: reports.record).clock

        // Act: a log-in for a token reads the time (the attempt's record, the token's expiry).
        _ = try await token("judge")

        // Check: the test is told which effect it forgot.
        XCTAssertFalse(reports.all.isEmpty, "the request read no time")
        XCTAssertTrue(reports.all.allSatisfy { $0.hasPrefix("Effects.clock is unset") }, reports.all.joined(separator: "\n"))
    }

    func test_anUnsetCalendar_isReported_whenARuleNeedsIt() async throws {
        let reports = EffectReports()
        app.effects.calendars = Effects.failing(report: reports.record).calendars
        let token = try await token("judge")

        let (status, body) = try await post("/api/v1/rules/calendar",
                                             ["start": "2025-09-26", "period": ["unit": "days", "count": 7]], token: token)

        XCTAssertEqual(status, .ok, body)
        XCTAssertTrue(reports.all.contains { $0.hasPrefix("Effects.calendars is unset") }, reports.all.joined(separator: "\n"))
    }

    func test_theTestApp_givesNewRowsIdsFromItsEffects() async throws {
        // Setup: the test app's ids count up.
        let before = app.effects.ids.next()

        // Act: an administrator creates a user through the API.
        let token = try await token("admin")
        let (status, body) = try await post("/api/v1/users", [
            "username": "clerk.effects", "displayName": "Effects", "password": "Secret-2026-x",
            "role": "clerk", "organisationCode": "京0105",
        ], token: token)

        // Check: the user's id is the next one the generator made after `before` and the token's rows.
        XCTAssertEqual(status, .created, body)
        let found = try await User.query(on: app.db).filter(\.$username == "clerk.effects").first()
        let user = try XCTUnwrap(found)
        let id = try XCTUnwrap(user.id)
        XCTAssertTrue(id.uuidString.hasPrefix("00000000-0000-4000-8000-"), id.uuidString)
        XCTAssertGreaterThan(id.uuidString, before.uuidString)
    }

    func test_incrementingIds_countUp_andCopiesShareTheCounter() {
        let ids = IDGenerator.incrementing()
        let copy = ids
        XCTAssertEqual(ids.next().uuidString, "00000000-0000-4000-8000-000000000001")
        XCTAssertEqual(copy.next().uuidString, "00000000-0000-4000-8000-000000000002")
        XCTAssertEqual(ids.next().uuidString, "00000000-0000-4000-8000-000000000003")
    }

    func test_seededSecrets_repeatForTheSameSeed_andStayInTheAlphabet() {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        let first = SecretGenerator.seeded(7), second = SecretGenerator.seeded(7)
        let a = (0..<20).map { _ in first.string(length: 10, from: alphabet) }
        let b = (0..<20).map { _ in second.string(length: 10, from: alphabet) }
        XCTAssertEqual(a, b)
        XCTAssertEqual(Set(a).count, a.count, "a seeded sequence does not repeat itself")
        XCTAssertTrue(a.allSatisfy { $0.count == 10 && $0.allSatisfy(alphabet.contains) })
    }

    func test_systemSecrets_haveTheLengthAndAlphabetAsked_andDiffer() {
        let tokens = (0..<50).map { _ in SecretGenerator.system.string(length: 32, from: SecretGenerator.base64URL) }
        XCTAssertTrue(tokens.allSatisfy { $0.count == 32 && $0.allSatisfy(SecretGenerator.base64URL.contains) })
        XCTAssertEqual(Set(tokens).count, tokens.count)
        XCTAssertEqual(Set(SecretGenerator.base64URL).count, 64)
    }
}

/// `XCTAssertThrowsError` for an `async` expression.
func XCTAssertThrowsErrorAsync<T>(_ expression: @autoclosure () async throws -> T, file: StaticString = #filePath, line: UInt = #line) async {
    do {
        _ = try await expression()
        XCTFail("no error thrown", file: file, line: line)
    } catch {}
}
