import Fluent
import Vapor

/// A value read from the database that its column never holds: a kind, status, type or role no version
/// of Zhixing writes, or an id missing from a row that was saved. That is corrupt data, not the user's
/// input, so it is never read as a default (an unknown event kind as `.filed`, an unknown case type as
/// `.enforcement`): the read fails, the error middleware logs this description (table, column, value)
/// and answers 500 without showing it.
struct StoredValueError: Error, Sendable, CustomStringConvertible {
    let table: String
    let column: String
    /// The stored text, or `nil` when the column was not loaded at all.
    let value: String?

    var description: String {
        "Stored value not understood: \(table).\(column) = " + (value.map { "\"\($0)\"" } ?? "(not loaded)")
    }
}

extension StoredValueError: DebuggableError {
    var identifier: String { "storedValue" }
    var reason: String { description }
    /// Corrupt data is logged as an error, not as a warning like a refused request.
    var logLevel: Logger.Level { .error }
}

extension Model {
    /// The enum a string column holds; an unknown stored value is `StoredValueError`, never a default.
    func stored<Value: RawRepresentable>(_ field: KeyPath<Self, FieldProperty<Self, String>>,
                                         as _: Value.Type = Value.self) throws -> Value where Value.RawValue == String {
        let property = self[keyPath: field]
        guard let raw = property.value, let value = Value(rawValue: raw) else {
            throw StoredValueError(table: Self.schema, column: property.key.description, value: property.value)
        }
        return value
    }

    /// The same for a column that may be null: `nil` when it is (or, as Fluent reads it, was never set on a
    /// new row), `StoredValueError` when it holds an unknown value.
    func stored<Value: RawRepresentable>(_ field: KeyPath<Self, OptionalFieldProperty<Self, String>>,
                                         as _: Value.Type = Value.self) throws -> Value? where Value.RawValue == String {
        let property = self[keyPath: field]
        guard let raw = property.value ?? nil else { return nil }
        guard let value = Value(rawValue: raw) else {
            throw StoredValueError(table: Self.schema, column: property.key.description, value: raw)
        }
        return value
    }
}
