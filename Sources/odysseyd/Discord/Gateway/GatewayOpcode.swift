/// A Gateway payload's `op`. Values Discord adds later are kept as they came, so a payload with a
/// new opcode is logged and skipped instead of failing the connection.
///
/// Source: discord-docs/topics/opcodes-and-status-codes.mdx, "Gateway Opcodes".
///
/// ```swift
/// GatewayOpcode(rawValue: 10) == .hello   // true
/// GatewayOpcode(rawValue: 99).isDocumented // false, but rawValue is still 99
/// ```
struct GatewayOpcode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    var rawValue: Int

    init(rawValue: Int) { self.rawValue = rawValue }

    static let dispatch = GatewayOpcode(rawValue: 0)
    static let heartbeat = GatewayOpcode(rawValue: 1)
    static let identify = GatewayOpcode(rawValue: 2)
    static let presenceUpdate = GatewayOpcode(rawValue: 3)
    static let voiceStateUpdate = GatewayOpcode(rawValue: 4)
    static let resume = GatewayOpcode(rawValue: 6)
    static let reconnect = GatewayOpcode(rawValue: 7)
    static let requestGuildMembers = GatewayOpcode(rawValue: 8)
    static let invalidSession = GatewayOpcode(rawValue: 9)
    static let hello = GatewayOpcode(rawValue: 10)
    static let heartbeatACK = GatewayOpcode(rawValue: 11)
    static let requestSoundboardSounds = GatewayOpcode(rawValue: 31)
    static let requestChannelInfo = GatewayOpcode(rawValue: 43)

    private static let names: [Int: String] = [
        0: "Dispatch", 1: "Heartbeat", 2: "Identify", 3: "Presence Update", 4: "Voice State Update",
        6: "Resume", 7: "Reconnect", 8: "Request Guild Members", 9: "Invalid Session", 10: "Hello",
        11: "Heartbeat ACK", 31: "Request Soundboard Sounds", 43: "Request Channel Info",
    ]

    /// Whether the opcode is in Discord's table (5 is not: the gap is Discord's).
    var isDocumented: Bool { Self.names[rawValue] != nil }

    var description: String { Self.names[rawValue].map { "\($0) (\(rawValue))" } ?? "unknown opcode \(rawValue)" }

    init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
