import Foundation

/// A Discord id: a 64-bit integer that travels as a JSON string (it does not fit a double).
/// Decodes from a string or a number, and encodes as a string.
///
/// ```swift
/// let id: Snowflake = 175928847299117063
/// id.description          // "175928847299117063"
/// id.timestamp            // 2016-04-30 11:18:25.796 UTC, when the id was made
/// ```
struct Snowflake: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
                  ExpressibleByIntegerLiteral, CodingKeyRepresentable {
    /// Milliseconds from the Unix epoch to the Discord epoch (the first instant of 2015, UTC):
    /// a snowflake's top 42 bits count milliseconds from there.
    static let discordEpochMilliseconds: UInt64 = 1_420_070_400_000

    let rawValue: UInt64

    init(rawValue: UInt64) { self.rawValue = rawValue }
    init(_ rawValue: UInt64) { self.rawValue = rawValue }
    init(integerLiteral value: UInt64) { self.rawValue = value }

    /// Nil unless `text` is a base-10 unsigned 64-bit integer.
    init?(_ text: String) {
        guard let value = UInt64(text) else { return nil }
        self.rawValue = value
    }

    /// When the id was generated. Also useful as a lower bound for "messages after this instant".
    var timestamp: Date {
        let milliseconds = (rawValue >> 22) + Self.discordEpochMilliseconds
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    var description: String { String(rawValue) }

    static func < (lhs: Snowflake, rhs: Snowflake) -> Bool { lhs.rawValue < rhs.rawValue }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = UInt64(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a snowflake")
            }
            rawValue = value
        } else {
            rawValue = try container.decode(UInt64.self)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // Lets `[Snowflake: User]` decode from a JSON object keyed by id, as Discord's `resolved` maps are.
    var codingKey: any CodingKey { AnyCodingKey(stringValue: description) }

    init?<T: CodingKey>(codingKey: T) {
        self.init(codingKey.stringValue)
    }

    private struct AnyCodingKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }
}
