import Vapor
import ZhixingCore

/// An error the server reports to a user: HTTP status, stable code, message in both languages,
/// and the field at fault where there is one.
struct AppError: Error, Sendable {
    let status: HTTPResponseStatus
    let code: String
    let message: LocalizedText
    var field: String? = nil

    static func notFound() -> AppError {
        AppError(status: .notFound, code: "not_found",
                 message: LocalizedText(zh: "未找到所请求的内容。", en: "Not found."))
    }

    static func unauthorized() -> AppError {
        AppError(status: .unauthorized, code: "unauthorized",
                 message: LocalizedText(zh: "需要登录或有效的访问令牌。", en: "Log-in or a valid access token is required."))
    }

    static func forbidden() -> AppError {
        AppError(status: .forbidden, code: "forbidden",
                 message: LocalizedText(zh: "您的角色无权执行此操作。", en: "Your role may not do this."))
    }

    static func conflict(_ code: String, _ message: LocalizedText, field: String? = nil) -> AppError {
        AppError(status: .conflict, code: code, message: message, field: field)
    }

    /// Optimistic locking: the record changed since the caller read it (409; nothing was written).
    static func staleVersion() -> AppError {
        .conflict("version.conflict", .init(zh: "该记录已被他人修改，请刷新后再操作。", en: "Someone else changed this record; reload it and try again."),
                  field: "version")
    }

    static func badRequest(_ code: String, _ message: LocalizedText, field: String?) -> AppError {
        AppError(status: .badRequest, code: code, message: message, field: field)
    }

    static func invalid(_ error: FieldError) -> AppError {
        AppError(status: .badRequest, code: error.code, message: error.message, field: error.field.isEmpty ? nil : error.field)
    }

    static func required(_ field: String) -> AppError {
        AppError(status: .badRequest, code: "field.required",
                 message: LocalizedText(zh: "缺少必填项：\(field)", en: "Required field missing: \(field)"), field: field)
    }
}
