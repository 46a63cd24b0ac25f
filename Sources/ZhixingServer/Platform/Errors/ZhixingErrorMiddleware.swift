import Vapor

/// Maps every error to a response the user may see: JSON `{"error": {"code","message","field"}}`
/// for the API (and `/health`, `/metrics`), a localised page for the web. Keeps the status code;
/// logs server errors; never shows internals.
struct ZhixingErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            var appError = ErrorMapping.appError(from: error)
            var allow: [HTTPMethod] = []
            if request.route == nil, appError.status == .notFound {
                allow = request.application.routeTable.methods(for: request.url.path.removingPercentEncoding ?? request.url.path)
                if !allow.isEmpty {
                    appError = AppError(status: .methodNotAllowed, code: "method_not_allowed",
                                        message: .init(zh: "不支持此请求方法。", en: "Method not allowed."))
                }
            }
            if appError.status.code >= 500 {
                request.logger.report(error: error)
            }
            let response = Self.wantsJSON(request)
                ? Self.jsonResponse(appError, language: request.language)
                : await WebErrorPage.render(appError, for: request)
            if !allow.isEmpty {
                response.headers.replaceOrAdd(name: .allow, value: allow.map(\.rawValue).joined(separator: ", "))
            }
            return response
        }
    }

    static func wantsJSON(_ request: Request) -> Bool {
        let path = request.url.path
        return path.hasPrefix("/api/") || path == "/api" || path == "/health" || path == "/metrics"
    }

    struct Body: Encodable {
        struct Detail: Encodable {
            let code: String
            let message: String
            let field: String?

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(code, forKey: .code)
                try c.encode(message, forKey: .message)
                try c.encode(field, forKey: .field)  // always present, `null` when no field is at fault
            }

            enum CodingKeys: String, CodingKey { case code, message, field }
        }
        let error: Detail
    }

    static func jsonResponse(_ error: AppError, language: String) -> Response {
        let body = Body(error: .init(code: error.code, message: error.message.text(for: language), field: error.field))
        let response = Response(status: error.status)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            try response.content.encode(body, using: encoder)
        } catch {
            response.body = .init(string: #"{"error":{"code":"internal","message":"Internal error","field":null}}"#)
            response.headers.contentType = .json
        }
        if error.status == .unauthorized {
            response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer")
        }
        return response
    }
}
