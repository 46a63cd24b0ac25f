import Foundation
import XCTest

/// STYLE.md, anti-patterns: no `?? UUID()` (an invented id where a stored one is missing: issue 8 part 3
/// found 22, one linking to a random case), and no `precondition`, `fatalError` or `try!` that input can
/// reach (issue 8, 1.1: one request stopped the whole server). This reads every Swift file under
/// `Sources/` and names each file:line that brings one back. Comments are not code and are skipped.
final class SourceHygieneTests: XCTestCase {
    /// What may not appear in the sources, with why.
    static let forbidden: [(text: String, why: String)] = [
        ("?? UUID()", "invents an id: use requireID() or carry the id from where it is known"),
        ("fatalError(", "stops the server: throw an error instead"),
        ("try!", "stops the server on an error: use try"),
        ("precondition(", "stops the server: throw an error instead"),
        ("preconditionFailure(", "stops the server: throw an error instead"),
    ]

    /// The known exceptions, file by file, each with how many times it may occur and why.
    /// `Money(fen:)` and `Money(yuan:)` trap by design on amounts beyond ±9×10¹⁶ fen; outside input goes
    /// through `Money(validatingFen:)` and `Money(parsing:)`, which throw.
    static let allowed: [String: (text: String, count: Int)] = [
        "ZhixingCore/Values/Money.swift": ("precondition(", 2),
    ]

    func test_sources_haveNoInventedIDs_andNoTraps() throws {
        let root = URL(fileURLWithPath: TestApp.packageRoot).appendingPathComponent("Sources")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        XCTAssertGreaterThan(files.count, 100, "the sources were not found under \(root.path)")
        var found: [String] = []
        var allowedSeen: [String: Int] = [:]
        for file in files {
            let relative = String(file.path.dropFirst(root.path.count + 1))
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                let code = Self.code(line)
                for (text, why) in Self.forbidden where code.contains(text) {
                    if let allowed = Self.allowed[relative], allowed.text == text {
                        allowedSeen[relative, default: 0] += 1
                        continue
                    }
                    found.append("Sources/\(relative):\(index + 1): `\(text)` \(why)")
                }
            }
        }
        XCTAssertEqual(found, [], "\n" + found.joined(separator: "\n"))
        for (file, allowed) in Self.allowed {
            XCTAssertEqual(allowedSeen[file] ?? 0, allowed.count, "Sources/\(file): `\(allowed.text)` the known exceptions changed")
        }
    }

    /// The code of a line without its comment (`//` outside a string literal).
    static func code(_ line: String) -> String {
        var inString = false
        var previous: Character = " "
        var result = ""
        for character in line {
            if character == "\"" && previous != "\\" { inString.toggle() }
            if !inString && character == "/" && previous == "/" {
                result.removeLast()
                return result
            }
            result.append(character)
            previous = character
        }
        return result
    }

    func test_commentsAreSkipped_codeIsNot() {
        XCTAssertEqual(Self.code(#"let id = row.id ?? UUID() // never"#), "let id = row.id ?? UUID() ")
        XCTAssertEqual(Self.code("/// `?? UUID()` invents an id"), "")
        XCTAssertEqual(Self.code(#"let url = "http://example.org" ; try! go()"#), #"let url = "http://example.org" ; try! go()"#)
    }
}
