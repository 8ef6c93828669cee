import Foundation

/// A Swift value that can be read from PostgreSQL's text representation of a column.
///
/// ```swift
/// let when = try row.decode(Date.self, column: "created_at")
/// let tags = try row.decode([String].self, column: "tags")
/// let note = try row.decode(String?.self, column: "note")   // NULL becomes nil
/// ```
protocol PostgresDecodable: Sendable {
    init(postgresText text: String?, typeOID: UInt32) throws
}

struct PostgresDecodingError: Error {
    let reason: String
}

extension PostgresDecodable {
    /// Unwraps a non-NULL value or says which type expected one.
    static func requireValue(_ text: String?) throws -> String {
        guard let text else { throw PostgresDecodingError(reason: "NULL where \(Self.self) expected a value") }
        return text
    }

    static func invalid(_ text: String) -> PostgresDecodingError {
        PostgresDecodingError(reason: "\"\(text.prefix(80))\" is not a valid \(Self.self)")
    }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    init(postgresText text: String?, typeOID: UInt32) throws {
        self = try text.map { try Wrapped(postgresText: $0, typeOID: typeOID) }
    }
}

extension String: PostgresDecodable {
    init(postgresText text: String?, typeOID: UInt32) throws {
        self = try Self.requireValue(text)
    }
}

extension PostgresDecodable where Self: FixedWidthInteger {
    init(postgresText text: String?, typeOID: UInt32) throws {
        let text = try Self.requireValue(text)
        guard let value = Self(text) else { throw Self.invalid(text) }
        self = value
    }
}

extension Int64: PostgresDecodable {}
extension Int: PostgresDecodable {}
extension Int32: PostgresDecodable {}

extension Double: PostgresDecodable {
    init(postgresText text: String?, typeOID: UInt32) throws {
        let text = try Self.requireValue(text)
        switch text {
        case "NaN": self = .nan
        case "Infinity": self = .infinity
        case "-Infinity": self = -.infinity
        default:
            guard let value = Double(text) else { throw Self.invalid(text) }
            self = value
        }
    }
}

extension Bool: PostgresDecodable {
    init(postgresText text: String?, typeOID: UInt32) throws {
        switch try Self.requireValue(text) {
        case "t", "true": self = true
        case "f", "false": self = false
        case let other: throw Self.invalid(other)
        }
    }
}

extension UUID: PostgresDecodable {
    init(postgresText text: String?, typeOID: UInt32) throws {
        let text = try Self.requireValue(text)
        guard let value = UUID(uuidString: text) else { throw Self.invalid(text) }
        self = value
    }
}

extension Date: PostgresDecodable {
    /// Reads `timestamptz` (and `timestamp`, taken as UTC) in the ISO style every pooled
    /// connection sets: `2026-11-22 03:19:00.123456+00`.
    init(postgresText text: String?, typeOID: UInt32) throws {
        let text = try Self.requireValue(text)
        guard let value = PostgresTimestamp.parse(text) else { throw Self.invalid(text) }
        self = value
    }
}

extension Array: PostgresDecodable where Element: PostgresDecodable {
    init(postgresText text: String?, typeOID: UInt32) throws {
        let text = try Self.requireValue(text)
        guard let elements = PostgresArrayLiteral.parse(text) else { throw Self.invalid(text) }
        let elementOID = PostgresArrayLiteral.elementOID(ofArray: typeOID)
        self = try elements.map { try Element(postgresText: $0, typeOID: elementOID) }
    }
}

/// A `json`/`jsonb` column decoded into a `Decodable` type, or a parameter encoded from one.
///
/// ```swift
/// let extras = try row.decode(PostgresJSON<GuildExtras>.self, column: "extras").value
/// try await db.query("UPDATE guild_settings SET extras = $1", [PostgresJSON(extras)])
/// ```
struct PostgresJSON<Value: Codable & Sendable>: PostgresDecodable, PostgresEncodable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }

    init(postgresText text: String?, typeOID: UInt32) throws {
        let text = try Self.requireValue(text)
        do {
            value = try JSONDecoder().decode(Value.self, from: Data(text.utf8))
        } catch {
            throw PostgresDecodingError(reason: "JSON does not decode as \(Value.self): \(error)")
        }
    }

    var postgresText: String? {
        // Encoding our own Codable types only fails on programmer error (NaN in a Double, say).
        (try? JSONEncoder().encode(value)).flatMap { String(decoding: $0, as: UTF8.self) }
    }
}
