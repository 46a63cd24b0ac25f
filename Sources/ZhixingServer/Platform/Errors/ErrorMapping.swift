import Fluent
import Vapor
import ZhixingCore

/// Turns any error into what the user may see. Nothing internal (stack traces, SQL) leaves the server.
enum ErrorMapping {
    static func appError(from error: any Error) -> AppError {
        switch error {
        case let app as AppError:
            return app
        case let several as InputErrors:
            return several.first
        case let field as FieldError:
            return .invalid(field)
        case let decoding as DecodingError:
            return .invalid(JSONFacts.fieldError(decoding))
        case let abort as any AbortError:
            return fromAbort(abort)
        default:
            // Everything else is the server's fault, corrupt stored data included (`StoredValueError`: the log
            // names its table, column and value; the answer does not).
            return AppError(status: .internalServerError, code: "internal",
                            message: LocalizedText(zh: "服务器内部错误，已记录。请稍后再试。",
                                                   en: "Internal error; it has been logged. Please try again later."))
        }
    }

    private static func fromAbort(_ abort: any AbortError) -> AppError {
        switch abort.status {
        case .notFound: return .notFound()
        case .unauthorized: return .unauthorized()
        case .forbidden: return .forbidden()
        case .unsupportedMediaType:
            return AppError(status: .unsupportedMediaType, code: "unsupported_media_type",
                            message: LocalizedText(zh: "请求的内容类型不受支持，请使用 JSON。", en: "Unsupported content type; send JSON."))
        case .payloadTooLarge:
            return AppError(status: .payloadTooLarge, code: "payload_too_large",
                            message: LocalizedText(zh: "请求体过大。", en: "Request body too large."))
        case .methodNotAllowed:
            return AppError(status: .methodNotAllowed, code: "method_not_allowed",
                            message: LocalizedText(zh: "不支持此请求方法。", en: "Method not allowed."))
        case .badRequest:
            return .badRequest("bad_request", LocalizedText(zh: "请求无效。", en: "Invalid request."), field: nil)
        case .unprocessableEntity:
            // Vapor answers an empty or undecodable body with 422; docs/api.md promises 400 for bad input.
            return .badRequest("body.invalid", LocalizedText(zh: "请求体为空或不是有效的 JSON。", en: "The request body is empty or not valid JSON."), field: nil)
        default:
            let status = abort.status
            let known = status.code < 500
            return AppError(status: status, code: known ? "http_\(status.code)" : "internal",
                            message: known ? LocalizedText(zh: "请求无法处理（\(status.code)）。", en: "The request could not be handled (\(status.code)).")
                                : LocalizedText(zh: "服务器内部错误，已记录。请稍后再试。", en: "Internal error; it has been logged. Please try again later."))
        }
    }
}
