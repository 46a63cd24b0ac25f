import Foundation
import Vapor

/// `zhixing bench --url http://127.0.0.1:8080 [--requests 500] [--filings 200] [--concurrency 16] [--seconds 10]`:
/// measures a running server over HTTP — case page, case lists, searches by party, each role's home
/// (p50, p99), the per-request cost of authentication at 16 connections, and filing throughput — each against
/// a baseline measured in the same run: a plain primary-key fetch through the same server
/// (`GET /api/v1/courts/{code}`). Figures are ratios to that baseline; see docs/performance.md.
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "url", help: "The server to measure (default http://127.0.0.1:8080)")
        var url: String?
        @Option(name: "requests", help: "Requests per measured operation (default 500)")
        var requests: Int?
        @Option(name: "filings", help: "Cases to file for the throughput figure (default 200; 0 to skip)")
        var filings: Int?
        @Option(name: "concurrency", help: "Connections for the per-request cost figure (default 16)")
        var concurrency: Int?
        @Option(name: "seconds", help: "Seconds per side of the per-request cost figure (default 10; 0 to skip)")
        var seconds: Int?
    }

    let help = "Measure case page, case list and filing against a primary-key baseline, over HTTP."

    func run(using context: CommandContext, signature: Signature) async throws {
        let base = signature.url ?? "http://127.0.0.1:8080"
        let n = max(10, signature.requests ?? 500)
        // The log-in answers 303 with the session cookie: the client must not follow it to the home.
        context.application.http.client.configuration.redirectConfiguration = .disallow
        let client = context.application.client
        let console = context.console

        func token(_ user: String) async throws -> String {
            let res = try await client.post(URI(string: base + Paths.API.tokens)) { req in
                try req.content.encode(["username": user, "password": DemoSeed.password])
            }
            return try res.content.get(String.self, at: "token")
        }
        let judge = try await token("command.spc")
        let headers: HTTPHeaders = ["Authorization": "Bearer \(judge)"]

        func time(_ uri: String, as caller: HTTPHeaders? = nil) async throws -> Double {
            let start = ContinuousClock.now
            let res = try await client.get(URI(string: base + uri), headers: caller ?? headers)
            guard res.status == .ok else { throw Abort(.internalServerError, reason: "\(uri) answered \(res.status.code)") }
            let d = ContinuousClock.now - start
            return Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        }

        func percentiles(_ samples: [Double]) -> (p50: Double, p99: Double) {
            let sorted = samples.sorted()
            func at(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * q).rounded(.down)))] }
            return (at(0.50), at(0.99))
        }

        // Case ids to visit, from pages spread over the whole list (old cases as well as new).
        struct Page: Decodable { struct Item: Decodable { let id: UUID }; let items: [Item]; let total: Int; let next: String? }
        func page(_ query: String) async throws -> Page {
            try await client.get(URI(string: base + Paths.API.cases + "?" + query), headers: headers).content.decode(Page.self)
        }
        let first = try await page("per=50")
        guard !first.items.isEmpty else {
            console.error("The server has no cases: seed some first (zhixing seed --cases N).")
            throw ExitCode(2)
        }
        let pages = max(1, (first.total + 49) / 50)
        var ids: [UUID] = []
        for k in 0..<20 { ids += try await page("per=50&page=\(k * pages / 20 + 1)").items.map(\.id) }
        // Pages deep in the list as a person reaches them, by "next": the cursor of the page before each,
        // taken once here (not timed). The same pages by number (an offset) are measured too.
        var deepPages: [(page: Int, after: String)] = []
        for k in 0..<20 {
            let number = k * pages / 20 + 1
            if let next = try await page("per=50&page=\(number)").next { deepPages.append((number + 1, next)) }
        }
        let court = Paths.escape("京0105")
        let courtPages = max(1, min(20, (try await page("per=50&court=\(court)&status=active").total + 49) / 50))
        console.print("Server \(base): \(first.total) cases visible; \(n) requests per operation.")

        // What to search for: the names of the parties on those pages, and the identity numbers of some.
        struct NamedPage: Decodable { struct Item: Decodable { let debtors: [String] }; let items: [Item] }
        var names: [String] = []
        for k in 0..<5 {
            let named = try await client.get(URI(string: base + Paths.API.cases + "?per=50&page=\(k * pages / 5 + 1)"), headers: headers)
                .content.decode(NamedPage.self)
            names += named.items.compactMap(\.debtors.first)
        }
        struct Detail: Decodable { struct Party: Decodable { let identityNumber: String? }; let parties: [Party] }
        var identityNumbers: [String] = []
        for id in ids.prefix(60) {
            let detail = try await client.get(URI(string: base + Paths.API.cases + "/" + id.uuidString), headers: headers).content.decode(Detail.self)
            identityNumbers += detail.parties.compactMap(\.identityNumber)
        }
        guard !names.isEmpty, !identityNumbers.isEmpty else {
            console.error("No party names or identity numbers to search for.")
            throw ExitCode(2)
        }
        // Each role's home, through the API: a judge's queue, a bureau head's teams, the SPC centre's courts.
        let judgeHeaders: HTTPHeaders = ["Authorization": "Bearer \(try await token("judge"))"]
        let headHeaders: HTTPHeaders = ["Authorization": "Bearer \(try await token("head"))"]

        var baseline: [Double] = [], casePage: [Double] = [], listFirst: [Double] = [], listDeep: [Double] = [],
            listCursor: [Double] = [], listDue: [Double] = [], listOutstanding: [Double] = [],
            listFiltered: [Double] = [], searchName: [Double] = [], searchID: [Double] = [],
            homeJudge: [Double] = [], homeHead: [Double] = [], homeCommand: [Double] = []
        for i in 0..<n {
            // Interleaved, so that all see the same conditions.
            baseline.append(try await time(Paths.API.courts + "/" + court))
            casePage.append(try await time(Paths.API.cases + "/" + ids[(i * 7919) % ids.count].uuidString))
            listFirst.append(try await time(Paths.API.cases + "?per=50&page=\(i % 5 + 1)"))
            listFiltered.append(try await time(Paths.API.cases + "?per=50&court=\(court)&status=active&page=\(i % courtPages + 1)"))
            listDeep.append(try await time(Paths.API.cases + "?per=50&page=\((i * 7919) % pages + 1)"))
            if !deepPages.isEmpty {
                let deep = deepPages[(i * 7) % deepPages.count]
                listCursor.append(try await time(Paths.API.cases + "?per=50&page=\(deep.page)&after=\(deep.after)"))
            }
            listDue.append(try await time(Paths.API.cases + "?per=50&sort=due&page=\(i % 5 + 1)"))
            listOutstanding.append(try await time(Paths.API.cases + "?per=50&sort=outstanding&page=\(i % 5 + 1)"))
            searchName.append(try await time(Paths.API.cases + "?per=50&q=" + Paths.escape(names[(i * 31) % names.count])))
            searchID.append(try await time(Paths.API.cases + "?per=50&q=" + identityNumbers[(i * 31) % identityNumbers.count]))
            homeJudge.append(try await time(Paths.API.work, as: judgeHeaders))
            homeHead.append(try await time(Paths.API.work, as: headHeaders))
            homeCommand.append(try await time(Paths.API.work))
        }
        let b = percentiles(baseline)
        func row(_ name: String, _ x: (p50: Double, p99: Double)) -> String {
            String(format: "%-44@ p50 %7.2f ms (%5.1f×)   p99 %7.2f ms (%5.1f×)", name as NSString, x.p50, x.p50 / b.p50, x.p99, x.p99 / b.p99)
        }
        console.print(row("baseline: primary-key fetch", b))
        console.print(row("case page (GET /api/v1/cases/{id})", percentiles(casePage)))
        console.print(row("case list, pages 1-5 (50 per page)", percentiles(listFirst)))
        console.print(row("case list, one court's active cases", percentiles(listFiltered)))
        console.print(row("case list, pages spread over all, by number", percentiles(listDeep)))
        if !listCursor.isEmpty { console.print(row("case list, pages spread over all, by next", percentiles(listCursor))) }
        console.print(row("case list by next due date, pages 1-5", percentiles(listDue)))
        console.print(row("case list by sum outstanding, pages 1-5", percentiles(listOutstanding)))
        console.print(row("search by a party's name", percentiles(searchName)))
        console.print(row("search by an identity number", percentiles(searchID)))
        console.print(row("home: a judge's queue (GET /api/v1/work)", percentiles(homeJudge)))
        console.print(row("home: a bureau head's teams", percentiles(homeHead)))
        console.print(row("home: the SPC command centre's courts", percentiles(homeCommand)))

        // The cost every request pays: requests per second of a primary-key fetch with a bearer token and
        // with a web session, against the same server's /health, each at the same concurrency.
        let seconds = signature.seconds ?? 10
        if seconds > 0 {
            let width = max(1, signature.concurrency ?? 16)
            let sessionHeaders = try await webSession(base: base, client: client)
            func throughput(_ uri: String, _ caller: HTTPHeaders) async throws -> Double {
                let deadline = ContinuousClock.now + .seconds(seconds)
                let total = try await withThrowingTaskGroup(of: Int.self) { group in
                    for _ in 0..<width {
                        group.addTask {
                            var done = 0
                            while ContinuousClock.now < deadline {
                                let res = try await client.get(URI(string: base + uri), headers: caller)
                                guard res.status == .ok else { throw Abort(.internalServerError, reason: "\(uri) answered \(res.status.code)") }
                                done += 1
                            }
                            return done
                        }
                    }
                    return try await group.reduce(0, +)
                }
                return Double(total) / Double(seconds)
            }
            let health = try await throughput("/health", [:])
            let bearer = try await throughput(Paths.API.courts + "/" + court, headers)
            let health2 = try await throughput("/health", [:])
            // The API takes bearer tokens only: with a session, the same court's page (a primary-key fetch and a template).
            let session = try await throughput(Paths.court("京0105"), sessionHeaders)
            let healthMean = (health + health2) / 2
            console.print(String(format: "per-request cost at %d connections: /health %.0f req/s; a fetch with a bearer token %.0f req/s (%.2f×), the court's page with a web session %.0f req/s (%.2f×)",
                                 width, healthMean, bearer, bearer / healthMean, session, session / healthMean))
        }

        let filings = signature.filings ?? 200
        if filings > 0 {
            let clerk = try await token("clerk")
            let body: [String: Any] = [
                "basis": ["kind": "civilJudgment", "issuingBody": "北京市朝阳区人民法院", "documentNumber": "（2026）京0105民初1号",
                          "effectiveOn": "2026-01-05", "amountAwarded": "50000.00"],
                "amountApplied": "50000.00",
                "jurisdiction": ["isFirstInstanceCourt": true, "propertyInCourtArea": true, "sameLevelAsFirstInstance": true],
                "applicants": [["kind": "naturalPerson", "name": "王芳", "identityNumber": "11010519491231002X"]],
                "debtors": [["kind": "organisation", "name": "北京某某科技有限公司", "creditCode": "914403001922038216", "legalRepresentative": "赵六"]],
            ]
            let data = try JSONSerialization.data(withJSONObject: body)
            var fileHeaders: HTTPHeaders = ["Authorization": "Bearer \(clerk)"]
            fileHeaders.contentType = .json
            let startFiling = ContinuousClock.now
            for _ in 0..<filings {
                let res = try await client.post(URI(string: base + Paths.API.cases), headers: fileHeaders) { req in
                    req.body = ByteBuffer(data: data)
                }
                guard res.status == .created else { throw Abort(.internalServerError, reason: "filing answered \(res.status.code)") }
            }
            let filingSeconds = (ContinuousClock.now - startFiling).seconds
            let startBaseline = ContinuousClock.now
            for _ in 0..<filings { _ = try await time(Paths.API.courts + "/" + Paths.escape("京0105")) }
            let baselineSeconds = (ContinuousClock.now - startBaseline).seconds
            console.print(String(format: "filing throughput: %.1f cases/s; baseline %.1f fetches/s (filing takes %.1f× a fetch)",
                                 Double(filings) / filingSeconds, Double(filings) / baselineSeconds, filingSeconds / baselineSeconds))
        }
    }
}

/// Logs in through the log-in form as a person would (the CSRF cookie and field, then the form) and
/// returns the session cookie as request headers.
private func webSession(base: String, client: any Client) async throws -> HTTPHeaders {
    // The log-in page sets the anonymous CSRF cookie and carries the same token in the form.
    let form = try await client.get(URI(string: base + Paths.login))
    let page = form.body.map { String(buffer: $0) } ?? ""
    guard let marker = page.range(of: "name=\"_csrf\" value=\""),
          let end = page[marker.upperBound...].firstIndex(of: "\"") else {
        throw Abort(.internalServerError, reason: "the log-in page has no CSRF field")
    }
    let csrf = String(page[marker.upperBound..<end])
    let cookies = form.headers[.setCookie].map { $0.split(separator: ";")[0] }.joined(separator: "; ")
    let res = try await client.post(URI(string: base + Paths.login), headers: ["Cookie": cookies]) { req in
        try req.content.encode(["username": "command.spc", "password": DemoSeed.password, "_csrf": csrf, "next": "/home"], as: .urlEncodedForm)
    }
    guard let session = res.headers[.setCookie].first(where: { $0.hasPrefix(WebSessions.cookieName + "=") })?.split(separator: ";").first else {
        throw Abort(.internalServerError, reason: "log-in answered \(res.status.code) without a session")
    }
    return ["Cookie": String(session)]
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
