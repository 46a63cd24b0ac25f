import Fluent
import Vapor
import ZhixingCore

/// Documents generated from case data as A4 HTML in Chinese, issued and stored with their audit events:
/// the enforcement notice (with the dishonest-list risk warning), the property report order, and the 终本
/// ruling (only when the core's checklist allows 终本). What a document says is the core's
/// (`EnforcementDocumentKind`: title, grounds, term from service, signers; `ExecutionBasisKind.documentName`;
/// `Money.documentForm`); the text around it is the template's. Shown with print, back and PDF buttons, and
/// downloaded as PDF printed from the same HTML (`Effects.pdf`).
struct CaseDocuments {
    typealias Kind = EnforcementDocumentKind

    func register(api: any RoutesBuilder, web: any RoutesBuilder) {
        web.post(path: Paths.caseDocumentsPattern, use: issue)
        web.get(path: Paths.caseDocumentPattern, use: show)
        web.get(path: Paths.caseDocumentPDFPattern, use: pdf)
        api.get(path: Paths.API.caseDocumentPDFPattern, use: pdf)
    }

    struct IssueForm: Content {
        let kind: String?
    }

    @Sendable func issue(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self), let row = try await CaseService.find(id, as: user, on: req.db) else {
            throw AppError.notFound()
        }
        try user.require(.issueDocument, on: row.court.place)
        guard let kind = Kind(rawValue: try req.content.decode(IssueForm.self).kind ?? "") else {
            throw AppError.badRequest("document.kind", .init(zh: "文书种类无效。", en: "Unknown kind of document."), field: "kind")
        }
        let now = req.now
        let data = try await DocumentText.make(kind, of: row, on: LocalDate.inChina(now), effects: req.effects, db: req.db)
        let view = try await req.view.render(kind.template, data).get()
        let doc = IssuedDocument()
        doc.id = req.effects.ids.next()
        doc.$enforcementCase.id = id
        doc.kind = kind.rawValue
        doc.issuedOn = data.issuedOn
        doc.html = String(buffer: view.data)  // the document itself (`<article class="a4">`), shown and printed as issued
        doc.issuedBy = user.displayName
        try await req.db.writeTransaction { tx in
            try await doc.create(on: tx)
            try await AuditLog.append(on: tx, at: now, actor: user.auditActor, action: "case.document.issue", entity: "enforcement_case",
                                      entityID: id.uuidString, ownerPath: row.court.path,
                                      changes: ["document": .init(from: nil, to: kind.rawValue)])
        }
        return req.redirect(to: Paths.caseDocument(id, try doc.requireID()), redirectType: .normal)
    }

    /// The document as issued, on a page with print, back and PDF buttons (in the user's language; none is printed).
    @Sendable func show(req: Request) async throws -> Response {
        let (row, doc) = try await Self.find(req)
        let caseID = try row.requireID(), docID = try doc.requireID(), kind = try doc.documentKind
        let table = req.application.localizer.table(req.language)
        let pdfAvailable = if case .available = req.effects.pdf.availability { true } else { false }
        let page = DocumentPage(
            title: kind.fullTitle + " " + row.caseNumber, body: doc.article, back: Paths.enforcementCase(caseID),
            pdf: pdfAvailable ? Paths.caseDocumentPDF(caseID, docID) : nil,
            pdfHint: pdfAvailable ? nil : table["document_page_pdf_unavailable"])
        return try await PageRenderer.render("Enforcement/doc-page", titleKey: "document_" + kind.rawValue, data: page, for: req)
    }

    /// The document as PDF, printed from the same HTML; 503 naming the tool to install when there is none.
    @Sendable func pdf(req: Request) async throws -> Response {
        let (row, doc) = try await Self.find(req)
        let kind = try doc.documentKind
        let html = try await req.view.render("Enforcement/doc-print", PrintPage(
            title: kind.fullTitle + " " + row.caseNumber, style: try await DocumentStyle.css(for: req), body: doc.article)).get()
        let bytes: ByteBuffer
        do {
            bytes = try await req.effects.pdf.render(html: String(buffer: html.data))
        } catch PDFRenderError.unavailable(let tool) {
            throw AppError.pdfUnavailable(tool: tool)
        } catch {
            req.logger.error("PDF of document \(doc.id?.uuidString ?? "?") failed: \(error)")
            throw AppError(status: .serviceUnavailable, code: "document.pdf_failed",
                           message: .init(zh: "PDF 生成失败，请稍后重试或使用“打印”另存为 PDF。", en: "The PDF could not be made; try again later, or print and save as PDF."))
        }
        let response = Response(status: .ok, body: .init(buffer: bytes))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
        let name = kind.fullTitle + "-" + row.caseNumber + ".pdf"
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"document.pdf\"; filename*=UTF-8''"
            + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "document.pdf"))
        return response
    }

    /// The case and the document, if the user may read the case (another court's: 404, as for the case itself).
    static func find(_ req: Request) async throws -> (EnforcementCase, IssuedDocument) {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: UUID.self), let docID = req.parameters.get("doc", as: UUID.self),
              let row = try await CaseService.find(id, as: user, on: req.db),
              let doc = try await IssuedDocument.query(on: req.db).filter(\.$id == docID).filter(\.$enforcementCase.$id == id).first()
        else { throw AppError.notFound() }
        return (row, doc)
    }

    struct DocumentPage: Encodable, Sendable {
        let title: String
        let body: String
        let back: String
        let pdf: String?
        let pdfHint: String?
    }

    struct PrintPage: Encodable, Sendable {
        let title: String
        let style: String
        let body: String
    }
}

extension EnforcementDocumentKind {
    var template: String { "Enforcement/doc-" + rawValue }
}

extension AppError {
    /// 503: no PDF tool on this server, with what to install.
    static func pdfUnavailable(tool: String) -> AppError {
        AppError(status: .serviceUnavailable, code: "document.pdf_unavailable", message: .init(
            zh: "本服务器未安装 PDF 生成工具（\(tool)）。请安装 chromium 和 fonts-noto-cjk（Debian/Ubuntu：apt-get install chromium fonts-noto-cjk），或用 ZHIXING_PDF_TOOL 指定浏览器的路径；也可以在文书页面用“打印”另存为 PDF。",
            en: "No PDF tool (\(tool)) is installed on this server. Install chromium and fonts-noto-cjk (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk), or set ZHIXING_PDF_TOOL to the browser's path; meanwhile, print the document page and save it as PDF."))
    }
}

extension IssuedDocument {
    /// The stored document's `<article>`: documents issued before the page had its buttons were stored as
    /// whole HTML pages, from which the article is taken.
    var article: String {
        guard let start = html.range(of: "<article"), let end = html.range(of: "</article>", options: .backwards),
              start.lowerBound < end.upperBound else { return html }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
