import Foundation
import NIOPosix
import Vapor
import XCTest
@testable import ZhixingServer

/// The PDF effect's subprocess (`PDFRenderer.chromium`), run with small stand-in tools (shell scripts taking
/// Chromium's arguments), and how the tool is found. The real Chromium is exercised by `CaseDocumentTests`
/// where it is installed.
final class PDFRendererTests: XCTestCase {
    private var directory: URL!

    override func setUp() async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-renderer-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// An executable shell script named `name` in the test's directory.
    private func tool(_ name: String, _ script: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(("#!/bin/sh\n" + script + "\n").utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    private func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path).filter { $0.hasPrefix("zhixing-pdf-") }
    }

    private let writesPDF = #"for a in "$@"; do case "$a" in --print-to-pdf=*) printf '%%PDF-1.4 stand-in' > "${a#--print-to-pdf=}";; esac; done"#

    func test_theTool_getsTheHTMLAsAFile_andItsPDFComesBack_andTheTemporaryFilesGo() async throws {
        // The stand-in also checks it was given a private profile and the document as a file URL.
        let path = try tool("chromium", #"case "$*" in *--user-data-dir=*--print-to-pdf=*file://*) ;; *) exit 3;; esac"# + "\n" + writesPDF)
        let before = try leftovers()
        let renderer = PDFRenderer.chromium(at: path, timeout: .seconds(20), on: NIOThreadPool.singleton)
        let pdf = try await renderer.render(html: "<!DOCTYPE html><p>执行通知书</p>")
        XCTAssertEqual(String(buffer: pdf), "%PDF-1.4 stand-in")
        XCTAssertEqual(try leftovers().count, before.count, "the temporary directory is removed")
    }

    func test_aToolThatWritesNoPDF_failsWithItsOutput() async throws {
        let path = try tool("chromium", "echo 'cannot open display' >&2; exit 0")
        do {
            _ = try await PDFRenderer.chromium(at: path, timeout: .seconds(20), on: NIOThreadPool.singleton).render(html: "<p>x</p>")
            XCTFail("a tool that makes no PDF must fail")
        } catch PDFRenderError.failed(let status, let output) {
            XCTAssertEqual(status, 0)
            XCTAssertTrue(output.contains("cannot open display"), output)
        }
    }

    func test_aToolThatHangs_isStoppedAfterTheTimeout() async throws {
        let path = try tool("chromium", "exec sleep 30")  // like the Debian wrapper, which execs the browser
        let clock = ContinuousClock(), started = clock.now
        do {
            _ = try await PDFRenderer.chromium(at: path, timeout: .seconds(1), on: NIOThreadPool.singleton).render(html: "<p>x</p>")
            XCTFail("a hanging tool must time out")
        } catch PDFRenderError.timedOut(let seconds) {
            XCTAssertEqual(seconds, 1)
        }
        XCTAssertLessThan(clock.now - started, .seconds(15), "stopped, not waited for")
    }

    func test_discovery_configuredPath_thenPATH_elseUnavailable() throws {
        let logger = Logger(label: "test")
        let found = try tool("chromium-browser", "exit 0")
        let onPath = PDFRenderer.discover(configured: nil, path: "/nonexistent:" + directory.path, timeout: .seconds(5),
                                          on: NIOThreadPool.singleton, logger: logger)
        XCTAssertEqual(onPath.availability, .available(tool: found))
        let configured = PDFRenderer.discover(configured: found, path: nil, timeout: .seconds(5), on: NIOThreadPool.singleton, logger: logger)
        XCTAssertEqual(configured.availability, .available(tool: found))
        let missing = PDFRenderer.discover(configured: directory.path + "/no-such-tool", path: directory.path, timeout: .seconds(5),
                                           on: NIOThreadPool.singleton, logger: logger)
        XCTAssertEqual(missing.availability, .unavailable(tool: directory.path + "/no-such-tool"), "a configured tool that is not there is not replaced")
        let none = PDFRenderer.discover(configured: nil, path: "/nonexistent", timeout: .seconds(5), on: NIOThreadPool.singleton, logger: logger)
        XCTAssertEqual(none.availability, .unavailable(tool: "chromium"))
    }

    func test_unavailable_throwsNamingTheTool() async throws {
        do {
            _ = try await PDFRenderer.unavailable().render(html: "<p>x</p>")
            XCTFail("no tool, no PDF")
        } catch PDFRenderError.unavailable(let tool) {
            XCTAssertEqual(tool, "chromium")
        }
    }
}
