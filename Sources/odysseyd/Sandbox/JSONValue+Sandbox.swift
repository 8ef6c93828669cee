import Foundation
import Shared

/// Reading and building Discord's wire JSON inside the sandbox, which keeps what bots send as
/// ``JSONValue`` so nothing the bot wrote is lost or reshaped.
///
/// ```swift
/// let body = try JSONValue.parse(data)
/// let content = body["content"]?.stringValue
/// let id = JSONValue.snowflake(1234)   // .string("1234"), as Discord sends ids
/// ```
extension JSONValue {
    static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    static func snowflake(_ id: UInt64) -> JSONValue { .string(String(id)) }

    static func int(_ value: Int) -> JSONValue { .number(Double(value)) }

    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// A whole number, or a numeric string (snowflakes and permissions travel as strings).
    var intValue: Int? {
        switch self {
        case .number(let value) where value.rounded() == value: Int(exactly: value)
        case .string(let value): Int(value)
        default: nil
        }
    }

    /// A snowflake as a string, or as a (small enough) number.
    var snowflakeValue: UInt64? {
        switch self {
        case .string(let value): UInt64(value)
        case .number(let value) where value >= 0 && value.rounded() == value: UInt64(exactly: value)
        default: nil
        }
    }

    var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    var isNull: Bool { self == .null }

    /// Compact JSON with sorted keys (stable bodies make recorded requests easy to compare).
    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("null".utf8)
    }
}
