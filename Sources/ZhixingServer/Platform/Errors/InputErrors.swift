import Vapor

/// Several bad fields of one input at once, in the order of the form: a page marks every one of them; the API,
/// whose answer names one field (`{"error": {"code", "message", "field"}}`), reports the first (`ErrorMapping`).
struct InputErrors: Error, Sendable {
    let errors: [AppError]

    /// The first error, as a single `AppError` (never empty: `ErrorCollector` throws only with errors).
    var first: AppError {
        errors.first ?? .badRequest("bad_request", .init(zh: "请求无效。", en: "Invalid request."), field: nil)
    }
}

/// Collects the bad-input errors (400) of the checks it runs, so that one submission reports every bad field,
/// not only the first. Any other error (a 5xx, a 404) is thrown on at once.
struct ErrorCollector {
    private(set) var errors: [AppError] = []

    /// The value `body` makes, or `nil` after recording its bad-input error.
    mutating func check<T>(_ body: () throws -> T) throws -> T? {
        do {
            return try body()
        } catch {
            let mapped = ErrorMapping.appError(from: error)
            guard mapped.status == .badRequest else { throw error }
            if let several = error as? InputErrors { errors += several.errors } else { errors.append(mapped) }
            return nil
        }
    }

    /// Throws what was collected, if anything.
    func throwIfAny() throws {
        if !errors.isEmpty { throw InputErrors(errors: errors) }
    }
}
