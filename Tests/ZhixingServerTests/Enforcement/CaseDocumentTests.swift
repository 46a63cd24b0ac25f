import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Documents as courts issue them (issue 9 item 6): court-style dates, the basis named by its kind, amounts
/// as 人民币…元 with the capitals, the term counted from service, the signature block with the place of the
/// seal; a page with print, back and PDF buttons; the PDF printed from the same HTML by `Effects.pdf`, or a
/// 503 that names what to install; another court's document is not found.
final class CaseDocumentTests: AppTestCase {
    /// Files a case through the API (京0105, filed 2026-11-02, ¥120,000.00 applied for) with the basis `kind`.
    private func fileCase(basis kind: String = "civilJudgment", issuer: String = "北京市朝阳区人民法院",
                          number: String = "（2026）京0105民初1234号") async throws -> UUID {
        var body = CaseTests.filing()
        body["basis"] = ["kind": kind, "issuingBody": issuer, "documentNumber": number, "effectiveOn": "2026-09-01", "amountAwarded": "150000.00"]
        let (status, json) = try await post("/api/v1/cases", body, token: try await token("clerk"))
        XCTAssertEqual(status, .created, json)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try XCTUnwrap(UUID(uuidString: object["id"] as? String ?? ""))
    }

    /// Issues `kind` on the case's page as `username`; returns the document's path.
    private func issue(_ kind: String, on id: UUID, web: WebSession) async throws -> String {
        let page = try await web.get("/cases/\(id)")
        XCTAssertEqual(page.status, .ok)
        let issued = try await web.post("/cases/\(id)/documents", form: ["_csrf": page.csrf ?? "", "kind": kind])
        XCTAssertEqual(issued.status, .seeOther, issued.body)
        return try XCTUnwrap(issued.location)
    }

    private func signedIn(_ username: String = "clerk", language: String? = nil) async throws -> WebSession {
        let web = WebSession(app: app)
        web.acceptLanguage = language
        try await web.logIn(username)
        return web
    }

    // MARK: - The text

    func test_notice_namesTheBasisByKind_datesInChineseNumerals_amountsInCapitals_termFromService() async throws {
        let id = try await fileCase()
        let web = try await signedIn()
        let doc = try await web.get(try await issue("enforcementNotice", on: id, web: web))
        XCTAssertEqual(doc.status, .ok)
        XCTAssertTrue(doc.body.contains("执 行 通 知 书"))
        XCTAssertTrue(doc.body.contains("北京市朝阳区人民法院作出的（2026）京0105民初1234号民事判决书已经发生法律效力"), "the basis by its kind")
        XCTAssertTrue(doc.body.contains("本院于二〇二六年十一月二日立案执行"), "the filing date as courts print it")
        XCTAssertTrue(doc.body.contains("二〇二六年十一月十八日"), "the date of issue (the test clock's day) in Chinese numerals")
        XCTAssertTrue(doc.body.contains("人民币120,000.00元（大写：壹拾贰万元整）"), "人民币…元 with the capital form")
        XCTAssertFalse(doc.body.contains("¥"), "no ¥ sign in a court's document")
        // CPL 2023 Art.251: counted from service, never a date counted from the day of issue.
        XCTAssertTrue(doc.body.contains("责令你（单位）自本通知书送达之日起立即履行下列义务"))
        XCTAssertTrue(doc.body.contains("《中华人民共和国民事诉讼法》第二百五十一条、第二百五十二条、第二百六十四条"))
        XCTAssertTrue(doc.body.contains("（院印）") && doc.body.contains("class=\"seal-place\""), "the place of the seal")
        XCTAssertTrue(doc.body.contains("失信被执行人名单"), "the risk warning")
    }

    func test_order_onAnArbitralAward_namesTheAward_andGivesFiveDaysFromService() async throws {
        let id = try await fileCase(basis: "arbitralAward", issuer: "北京仲裁委员会", number: "（2026）京仲裁字第0456号")
        let web = try await signedIn()
        let doc = try await web.get(try await issue("propertyReportOrder", on: id, web: web))
        XCTAssertEqual(doc.status, .ok)
        XCTAssertTrue(doc.body.contains("申请执行北京仲裁委员会作出的（2026）京仲裁字第0456号仲裁裁决书一案"), "CPL 2023 Art.248: 仲裁裁决书")
        XCTAssertTrue(doc.body.contains("自本令送达之日起五日内"), "Property Investigation Provisions 2020 Art.4 item 1: the term, from service")
        XCTAssertTrue(doc.body.contains("报 告 财 产 令"))
    }

    func test_signature_namesTheTeamsJudgeAndClerk_orLeavesBlanksWithoutATeam() async throws {
        let id = try await fileCase()
        let web = try await signedIn()
        // No team: the lines are there to be signed by hand; no name is made up.
        let blank = try await web.get(try await issue("enforcementNotice", on: id, web: web))
        XCTAssertTrue(blank.body.contains("<span class=\"role\">审判员</span><span class=\"name\"><span class=\"blank\"></span>"), blank.body)
        XCTAssertTrue(blank.body.contains("<span class=\"role\">书记员</span><span class=\"name\"><span class=\"blank\"></span>"))
        let head = try await token("head")
        let (created, team) = try await post("/api/v1/teams", ["name": "执行一组", "judge": "judge", "clerk": "clerk"], token: head)
        XCTAssertEqual(created, .created, team)
        let teamID = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(team.utf8)) as? [String: Any])["id"] as? String
        let (assigned, body) = try await post("/api/v1/cases/\(id)/team", ["teamId": teamID ?? "", "version": try await version(id)], token: head)
        XCTAssertEqual(assigned, .noContent, body)
        let named = try await web.get(try await issue("enforcementNotice", on: id, web: web))
        XCTAssertTrue(named.body.contains("<span class=\"role\">审判员</span><span class=\"name\">王立新</span>"), "the team's judge")
        XCTAssertTrue(named.body.contains("<span class=\"role\">书记员</span><span class=\"name\">陈静</span>"), "the team's clerk")
    }

    private func version(_ id: UUID) async throws -> Int { try await EnforcementCase.find(id, on: app.db)?.version ?? 0 }

    // MARK: - The page around it

    func test_page_hasBackPrintAndPDFHint_inTheUsersLanguage_documentStaysChinese() async throws {
        let id = try await fileCase()
        let zh = try await signedIn()
        let path = try await issue("enforcementNotice", on: id, web: zh)
        let chinese = try await zh.get(path)
        XCTAssertTrue(chinese.body.contains("href=\"/cases/\(id.uuidString)\" data-testid=\"document-back\""), "back goes to the case page")
        XCTAssertTrue(chinese.body.contains("返回案件") && chinese.body.contains(">打印<"))
        // TestApp has no PDF tool: the page says what to install instead of a link that fails.
        XCTAssertTrue(chinese.body.contains("data-testid=\"document-pdf-unavailable\""))
        XCTAssertTrue(chinese.body.contains("请管理员安装 chromium 和 fonts-noto-cjk"))
        XCTAssertFalse(chinese.body.contains("data-testid=\"document-pdf\""))
        let en = try await signedIn(language: "en")
        let english = try await en.get(path)
        XCTAssertEqual(english.status, .ok)
        XCTAssertTrue(english.body.contains("Back to the case") && english.body.contains(">Print<"))
        XCTAssertTrue(english.body.contains("chromium is not installed on this server"))
        XCTAssertTrue(english.body.contains("执 行 通 知 书"), "the document itself is the court's, in Chinese")
    }

    // MARK: - PDF

    func test_pdf_printsTheSameDocument_withItsStyleInline_andNoButtons() async throws {
        let seen = SharedState<[String]>([])
        app.effects.pdf = .fake(keeping: seen)
        let id = try await fileCase()
        let web = try await signedIn()
        let path = try await issue("enforcementNotice", on: id, web: web)
        let page = try await web.get(path)
        XCTAssertTrue(page.body.contains("href=\"\(path)/pdf\" download data-testid=\"document-pdf\""), "the PDF link, where a tool is installed")
        let pdf = try await web.get(path + "/pdf")
        XCTAssertEqual(pdf.status, .ok)
        XCTAssertEqual(pdf.headers.contentType?.description, "application/pdf")
        XCTAssertTrue(pdf.body.hasPrefix("%PDF"))
        XCTAssertTrue(pdf.headers.first(name: .contentDisposition)?.contains("attachment") == true)
        let html = try XCTUnwrap(seen.withLock { $0 }.first)
        XCTAssertTrue(html.contains("@page { size: A4"), "the style sheet inline: the tool fetches nothing")
        XCTAssertTrue(html.contains("自本通知书送达之日起立即履行"), "the same text as the page")
        XCTAssertFalse(html.contains("document-toolbar") || html.contains("<script"), "no buttons and no script in what is printed")
        // The API: the document's pdfHref with a bearer token.
        let (status, detail) = try await get("/api/v1/cases/\(id)", token: try await token("clerk"))
        XCTAssertEqual(status, .ok)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(detail.utf8)) as? [String: Any])
        let documents = try XCTUnwrap(object["documents"] as? [[String: Any]])
        let href = try XCTUnwrap(documents.first?["pdfHref"] as? String)
        XCTAssertTrue(path.hasPrefix("/cases/") && href == "/api/v1" + path + "/pdf", href)
        let (apiStatus, apiBody) = try await get(href, token: try await token("clerk"))
        XCTAssertEqual(apiStatus, .ok)
        XCTAssertTrue(apiBody.hasPrefix("%PDF"))
    }

    func test_pdf_withoutATool_is503NamingWhatToInstall_onThePageAndInTheAPI() async throws {
        let id = try await fileCase()
        let web = try await signedIn()
        let path = try await issue("propertyReportOrder", on: id, web: web)
        let page = try await web.get(path + "/pdf")
        XCTAssertEqual(page.status, .serviceUnavailable)
        XCTAssertTrue(page.body.contains("apt-get install chromium fonts-noto-cjk"), page.body)
        let docID = try XCTUnwrap(path.split(separator: "/").last.map(String.init))
        let (status, body) = try await get("/api/v1/cases/\(id)/documents/\(docID)/pdf", token: try await token("clerk"))
        XCTAssertEqual(status, .serviceUnavailable)
        XCTAssertTrue(body.contains("\"code\":\"document.pdf_unavailable\"") && body.contains("chromium"), body)
    }

    func test_pdf_whenTheToolFails_is503_andNothingCrashes() async throws {
        app.effects.pdf = PDFRenderer(availability: .available(tool: "broken")) { _ in
            throw PDFRenderError.failed(status: 1, output: "no display")
        }
        let id = try await fileCase()
        let web = try await signedIn()
        let path = try await issue("enforcementNotice", on: id, web: web)
        let failed = try await web.get(path + "/pdf")
        XCTAssertEqual(failed.status, .serviceUnavailable)
        XCTAssertTrue(failed.body.contains("PDF 生成失败"))
        let again = try await web.get(path).status
        XCTAssertEqual(again, .ok, "the server still answers")
    }

    // MARK: - Attack: another court's document

    func test_attack_anotherCourtsDocument_isNotFound_asHTMLAndAsPDF_andNothingIsWritten() async throws {
        let seen = SharedState<[String]>([])
        app.effects.pdf = .fake(keeping: seen)
        let id = try await fileCase()
        let other = try await fileCase(number: "（2026）京0105民初9999号")
        let path = try await issue("enforcementNotice", on: id, web: try await signedIn())
        let docID = try XCTUnwrap(path.split(separator: "/").last.map(String.init))
        let issues = try await AuditEvent.query(on: app.db).filter(\.$action == "case.document.issue").count()
        let documents = try await IssuedDocument.query(on: app.db).count()
        let pudong = try await signedIn("judge.pudong")
        let theirPage = try await pudong.get(path).status
        XCTAssertEqual(theirPage, .notFound)
        let theirPDF = try await pudong.get(path + "/pdf").status
        XCTAssertEqual(theirPDF, .notFound)
        let (apiStatus, _) = try await get("/api/v1/cases/\(id)/documents/\(docID)/pdf", token: try await token("judge.pudong"))
        XCTAssertEqual(apiStatus, .notFound)
        // Issuing on the other court's case: refused, nothing issued.
        let casePage = try await pudong.get("/cases/\(id)")
        XCTAssertEqual(casePage.status, .notFound)
        let csrf = try await pudong.get("/home").csrf ?? ""
        let theirIssue = try await pudong.post("/cases/\(id)/documents", form: ["_csrf": csrf, "kind": "enforcementNotice"]).status
        XCTAssertEqual(theirIssue, .notFound)
        // The document under another case of the same court: not found either.
        let clerk = try await signedIn()
        let crossPage = try await clerk.get("/cases/\(other)/documents/\(docID)").status
        XCTAssertEqual(crossPage, .notFound)
        let crossPDF = try await clerk.get("/cases/\(other)/documents/\(docID)/pdf").status
        XCTAssertEqual(crossPDF, .notFound)
        XCTAssertTrue(seen.withLock { $0 }.isEmpty, "nothing was printed for them")
        let documentsAfter = try await IssuedDocument.query(on: app.db).count()
        XCTAssertEqual(documentsAfter, documents, "no document written")
        let issuesAfter = try await AuditEvent.query(on: app.db).filter(\.$action == "case.document.issue").count()
        XCTAssertEqual(issuesAfter, issues, "no issue recorded")
    }

    // MARK: - The real tool, where it is installed

    func test_realChromium_printsTheNoticeAsOneA4Page() async throws {
        let renderer = PDFRenderer.discover(configured: ProcessInfo.processInfo.environment["ZHIXING_PDF_TOOL"],
                                            path: ProcessInfo.processInfo.environment["PATH"], timeout: .seconds(60),
                                            on: app.threadPool, logger: app.logger)
        guard case .available = renderer.availability else { throw XCTSkip("no chromium on this machine") }
        app.effects.pdf = renderer
        let temporary = { try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path).filter { $0.hasPrefix("zhixing-pdf-") } }
        let before = try temporary().count
        let id = try await fileCase()
        let web = try await signedIn()
        let pdf = try await web.get(try await issue("enforcementNotice", on: id, web: web) + "/pdf")
        XCTAssertEqual(pdf.status, .ok, pdf.body.prefix(300).description)
        XCTAssertTrue(pdf.body.hasPrefix("%PDF"))
        let pages = try NSRegularExpression(pattern: #"/Type\s*/Page\b"#).numberOfMatches(in: pdf.body, range: NSRange(pdf.body.startIndex..., in: pdf.body))
        XCTAssertEqual(pages, 1, "the notice fits one A4 page")
        XCTAssertEqual(try temporary().count, before, "the temporary files are removed")
    }
}
