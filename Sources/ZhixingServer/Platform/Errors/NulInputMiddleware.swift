import Vapor

/// Text in Zhixing never holds the NUL character: PostgreSQL cannot store it and no legal document
/// contains it. A request that carries one — `%00` in the URL or a form, `\u0000` in JSON — is refused
/// with 400 before it reaches any handler, so that SQLite and PostgreSQL answer alike.
struct NulInputMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.url.string.range(of: "%00", options: .caseInsensitive) != nil {
            throw Self.refusal
        }
        if let body = request.body.data, body.readableBytes > 0 {
            let bytes = body.readableBytesView
            if bytes.contains(0) { throw Self.refusal }
            if request.headers.contentType == .urlEncodedForm,
               String(decoding: bytes, as: UTF8.self).range(of: "%00", options: .caseInsensitive) != nil {
                throw Self.refusal
            }
            if request.headers.contentType == .json, Self.hasEscapedNul(Array(bytes)) {
                throw Self.refusal
            }
        }
        return try await next.respond(to: request)
    }

    static let refusal = AppError.badRequest("input.nul", .init(
        zh: "输入中含有空字符（NUL），无法处理。", en: "The input contains a NUL character, which cannot be accepted."), field: nil)

    /// Finds `\u0000` whose backslash is not itself escaped.
    static func hasEscapedNul(_ bytes: [UInt8]) -> Bool {
        let pattern = Array("u0000".utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") {
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\") { i += 2; continue }
                if i + 5 < bytes.count, bytes[(i + 1)...(i + 5)].map({ $0 | 0x20 }) == pattern {
                    return true
                }
            }
            i += 1
        }
        return false
    }
}
