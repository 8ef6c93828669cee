import Foundation

/// A Swift value sent as a query parameter, in PostgreSQL's text representation.
/// Parameters are always bound separately from the SQL text, never spliced into it.
///
/// ```swift
/// try await db.query("INSERT INTO settings (key, value) VALUES ($1, $2)", ["default_locale", "ru"])
/// ```
protocol PostgresEncodable: Sendable {
    /// The text form, or `nil` for SQL NULL.
    var postgresText: String? { get }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    var postgresText: String? { self?.postgresText }
}

extension String: PostgresEncodable {
    var postgresText: String? { self }
}

extension Int: PostgresEncodable {
    var postgresText: String? { String(self) }
}

extension Int64: PostgresEncodable {
    var postgresText: String? { String(self) }
}

extension Int32: PostgresEncodable {
    var postgresText: String? { String(self) }
}

extension Double: PostgresEncodable {
    var postgresText: String? {
        if isNaN { return "NaN" }
        if isInfinite { return self > 0 ? "Infinity" : "-Infinity" }
        return String(self)
    }
}

extension Bool: PostgresEncodable {
    var postgresText: String? { self ? "true" : "false" }
}

extension UUID: PostgresEncodable {
    var postgresText: String? { uuidString.lowercased() }
}

extension Date: PostgresEncodable {
    var postgresText: String? { PostgresTimestamp.format(self) }
}

extension Array: PostgresEncodable where Element: PostgresEncodable {
    var postgresText: String? { PostgresArrayLiteral.format(map(\.postgresText)) }
}
