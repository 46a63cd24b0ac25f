import Vapor

/// The page a web user sees for an error: localised, with the status, never internals.
enum WebErrorPage {
    struct Data: Encodable, Sendable {
        let status: Int
        let code: String
        let message: String
        let field: String?
    }

    static func render(_ error: AppError, for req: Request) async -> Response {
        if error.status == .unauthorized {
            return req.redirect(to: Paths.login)
        }
        let data = Data(status: Int(error.status.code), code: error.code,
                        message: error.message.text(for: req.language), field: error.field)
        if let response = try? await PageRenderer.render("Platform/error", titleKey: "error_title", data: data,
                                                         for: req, status: error.status) {
            return response
        }
        let response = Response(status: error.status, body: .init(string: data.message))
        response.headers.contentType = .plainText
        return response
    }
}
