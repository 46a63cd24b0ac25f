#if canImport(Glibc)
import Glibc
#endif
import Foundation
import NIOCore
import Synchronization
import Vapor
import ZhixingCore

/// Turns a self-contained HTML document into PDF (a court document's download), injected so that no test
/// starts a browser unless it means to. Production: headless Chromium (`chromium --headless
/// --print-to-pdf`), the engine that shows the same HTML on screen (see docs/documents.md for the choice).
/// Where no tool is installed the renderer is `unavailable`: pages say what to install and the PDF
/// routes answer 503 naming it; nothing crashes.
struct PDFRenderer: Sendable {
    /// What the renderer can do: a tool it runs, or the reason it cannot (with what to install).
    enum Availability: Sendable, Equatable {
        case available(tool: String)
        case unavailable(tool: String)
    }

    let availability: Availability
    private let renderHTML: @Sendable (String) async throws -> ByteBuffer

    init(availability: Availability, render: @escaping @Sendable (String) async throws -> ByteBuffer) {
        self.availability = availability
        self.renderHTML = render
    }

    /// The PDF of `html` (a whole document; it is written to a private temporary file and printed from there).
    func render(html: String) async throws -> ByteBuffer {
        guard case .available = availability else { throw PDFRenderError.unavailable(tool: Self.toolName) }
        return try await renderHTML(html)
    }

    /// The name said in the install hint.
    static let toolName = "chromium"

    /// No tool: every render throws `unavailable`.
    static func unavailable(tool: String = toolName) -> PDFRenderer {
        PDFRenderer(availability: .unavailable(tool: tool)) { _ in throw PDFRenderError.unavailable(tool: tool) }
    }

    /// Production: `configured` (`ZHIXING_PDF_TOOL`) when set, else the first of chromium, chromium-browser,
    /// google-chrome found on `PATH`; `unavailable` when there is none.
    static func discover(configured: String?, path: String?, timeout: TimeAmount, on pool: NIOThreadPool, logger: Logger) -> PDFRenderer {
        let fm = FileManager.default
        if let configured, !configured.isEmpty {
            guard fm.isExecutableFile(atPath: configured) else {
                logger.warning("ZHIXING_PDF_TOOL=\(configured) is not an executable file: PDF downloads are unavailable")
                return .unavailable(tool: configured)
            }
            return .chromium(at: configured, timeout: timeout, on: pool)
        }
        let directories = (path ?? "").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in directories where fm.isExecutableFile(atPath: directory + "/" + name) {
                return .chromium(at: directory + "/" + name, timeout: timeout, on: pool)
            }
        }
        logger.notice("no chromium on PATH: PDF downloads are unavailable (install chromium and fonts-noto-cjk, or set ZHIXING_PDF_TOOL)")
        return .unavailable()
    }

    /// Headless Chromium at `executable`, run as a subprocess with its own temporary profile (two renders never
    /// share one), killed after `timeout`; the temporary directory is removed whatever happens. The waiting is
    /// asynchronous and the file work runs on `pool`: the event loop is never blocked.
    /// At most `concurrent` browsers run at once (each takes a few hundred MB); further requests wait their turn.
    static func chromium(at executable: String, timeout: TimeAmount, on pool: NIOThreadPool, concurrent: Int = 2) -> PDFRenderer {
        let slots = RenderSlots(concurrent)
        return PDFRenderer(availability: .available(tool: executable)) { html in
            await slots.acquire()
            do {
                let pdf = try await ChromiumRun(executable: executable, timeout: timeout, pool: pool).pdf(of: html)
                await slots.release()
                return pdf
            } catch {
                await slots.release()
                throw error
            }
        }
    }
}

/// Why a PDF could not be made.
enum PDFRenderError: Error, CustomStringConvertible {
    case unavailable(tool: String)
    case failed(status: Int32, output: String)
    case timedOut(seconds: Int64)

    var description: String {
        switch self {
        case .unavailable(let tool): "PDF tool unavailable: \(tool)"
        case .failed(let status, let output): "PDF tool exited with \(status) and no PDF: \(output)"
        case .timedOut(let seconds): "PDF tool did not finish within \(seconds) s"
        }
    }
}

/// A counting semaphore for the renders under way.
private actor RenderSlots {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) { free = max(count, 1) }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}

/// One run of headless Chromium.
private struct ChromiumRun: Sendable {
    let executable: String
    let timeout: TimeAmount
    let pool: NIOThreadPool

    func pdf(of html: String) async throws -> ByteBuffer {
        let directory = try await pool.runIfActive { try Self.privateDirectory() }
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("document.html"), output = directory.appendingPathComponent("document.pdf")
        let log = directory.appendingPathComponent("chromium.log")
        let process = try await pool.runIfActive { () throws -> ProcessBox in
            try Data(html.utf8).write(to: input)
            FileManager.default.createFile(atPath: log.path, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                                 "--disable-extensions", "--disable-background-networking", "--no-pdf-header-footer",
                                 "--user-data-dir=" + directory.appendingPathComponent("profile").path,
                                 "--print-to-pdf=" + output.path, input.absoluteString]
            process.standardInput = FileHandle.nullDevice
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
            return ProcessBox(process, log: handle)
        }
        let status = try await process.run(timeout: timeout)
        return try await pool.runIfActive {
            let data = (try? Data(contentsOf: output)) ?? Data()
            guard data.starts(with: Array("%PDF".utf8)) else {
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                throw PDFRenderError.failed(status: status, output: String(text.suffix(600)))
            }
            return ByteBuffer(bytes: data)
        }
    }
}

extension ChromiumRun {
    /// A new directory only this process may read (`mkdtemp`, mode 0700) under the temporary directory:
    /// the document carries personal data.
    static func privateDirectory() throws -> URL {
        var template = Array((FileManager.default.temporaryDirectory.path + "/zhixing-pdf-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw PDFRenderError.failed(status: -1, output: "cannot make a temporary directory (errno \(errno))")
        }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }
}

/// A `Process` handed between the thread pool and the task that waits for it (it is used by one at a time).
private final class ProcessBox: @unchecked Sendable {
    private let process: Process
    private let log: FileHandle
    private let timedOut = Mutex(false)

    init(_ process: Process, log: FileHandle) {
        self.process = process
        self.log = log
    }

    /// Starts the process and waits for it without blocking a thread; terminates it after `timeout`.
    func run(timeout: TimeAmount) async throws -> Int32 {
        let (exits, continuation) = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { continuation.yield($0.terminationStatus); continuation.finish() }
        defer { try? log.close() }
        try process.run()
        let timer = Task { [self] in
            try await Task.sleep(nanoseconds: UInt64(max(timeout.nanoseconds, 0)))
            timedOut.withLock { $0 = true }
            if process.isRunning { process.terminate() }
            // A tool that ignores SIGTERM (a shell waiting for its child does) is killed after two seconds.
            try await Task.sleep(nanoseconds: 2_000_000_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        var status: Int32 = -1
        for await code in exits { status = code }
        timer.cancel()
        if timedOut.withLock({ $0 }) { throw PDFRenderError.timedOut(seconds: timeout.nanoseconds / 1_000_000_000) }
        return status
    }
}
