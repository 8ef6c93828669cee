/// A WebSocket close code on the Gateway, and what the daemon does about it.
///
/// Source: discord-docs/topics/opcodes-and-status-codes.mdx, "Gateway Close Event Codes", and
/// discord-docs/events/gateway.mdx, "Disconnecting" and "Resuming":
/// - 4004 and 4010–4014 are "Reconnect: false": reconnecting would fail the same way, so the
///   gateway stops and says why (``stopExplanation(intents:)``) instead of looping.
/// - 4003 (session invalidated), 4007 (invalid seq) and 4009 (session timed out) mean the session
///   is gone: reconnect and Identify.
/// - Every other code, and a drop with no close frame (1006), reconnects and tries to Resume; if the
///   session turns out to be gone Discord answers the Resume with Invalid Session and we Identify.
///
/// Closes we start: with 1000 or 1001 Discord invalidates the session (the bot shows offline);
/// any other code, or just dropping the TCP connection, keeps the session resumable for a few
/// minutes (gateway.mdx, "Initiating a Disconnect"). So we close with ``resumable`` whenever we
/// mean to resume (zombie, Reconnect, shutdown before a restart) and with ``normal`` only when
/// the session should end.
///
/// ```swift
/// switch GatewayCloseCode(rawValue: 4014).disposition {
/// case .stop: throw GatewayStopped(code: code, intents: intents)
/// case .resume, .identify: ...
/// }
/// ```
struct GatewayCloseCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    enum Disposition: Sendable, Equatable {
        case resume
        case identify
        case stop
    }

    var rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    // RFC 6455 codes that matter here.
    static let normal = GatewayCloseCode(rawValue: 1000)
    static let goingAway = GatewayCloseCode(rawValue: 1001)
    /// Reported locally when the connection dropped without a close frame; never sent on the wire.
    static let abnormal = GatewayCloseCode(rawValue: 1006)

    /// The code we close with when the session must stay resumable: not 1000/1001, in RFC 6455's
    /// private-use range (4000–4999) and not one of Discord's own codes, so a log line never
    /// mistakes our close for Discord's.
    static let resumable = GatewayCloseCode(rawValue: 4900)

    static let unknownError = GatewayCloseCode(rawValue: 4000)
    static let unknownOpcode = GatewayCloseCode(rawValue: 4001)
    static let decodeError = GatewayCloseCode(rawValue: 4002)
    static let notAuthenticated = GatewayCloseCode(rawValue: 4003)
    static let authenticationFailed = GatewayCloseCode(rawValue: 4004)
    static let alreadyAuthenticated = GatewayCloseCode(rawValue: 4005)
    static let invalidSequence = GatewayCloseCode(rawValue: 4007)
    static let rateLimited = GatewayCloseCode(rawValue: 4008)
    static let sessionTimedOut = GatewayCloseCode(rawValue: 4009)
    static let invalidShard = GatewayCloseCode(rawValue: 4010)
    static let shardingRequired = GatewayCloseCode(rawValue: 4011)
    static let invalidAPIVersion = GatewayCloseCode(rawValue: 4012)
    static let invalidIntents = GatewayCloseCode(rawValue: 4013)
    static let disallowedIntents = GatewayCloseCode(rawValue: 4014)

    /// Our product rule, equal to the docs' "Reconnect: false" rows.
    static let fatal: Set<GatewayCloseCode> = [
        .authenticationFailed, .invalidShard, .shardingRequired, .invalidAPIVersion, .invalidIntents, .disallowedIntents,
    ]

    private static let names: [UInt16: String] = [
        1000: "normal closure", 1001: "going away", 1006: "connection lost without a close frame",
        4000: "Unknown error", 4001: "Unknown opcode", 4002: "Decode error", 4003: "Not authenticated",
        4004: "Authentication failed", 4005: "Already authenticated", 4007: "Invalid seq", 4008: "Rate limited",
        4009: "Session timed out", 4010: "Invalid shard", 4011: "Sharding required", 4012: "Invalid API version",
        4013: "Invalid intent(s)", 4014: "Disallowed intent(s)", 4900: "closed by odysseyd to resume",
    ]

    var description: String { "\(rawValue) \(Self.names[rawValue] ?? "unknown close code")" }

    var isFatal: Bool { Self.fatal.contains(self) }

    /// Whether Discord keeps the session when *we* close with this code.
    var keepsSessionWhenSentByUs: Bool { self != .normal && self != .goingAway }

    var disposition: Disposition {
        if isFatal { return .stop }
        switch self {
        case .notAuthenticated, .invalidSequence, .sessionTimedOut: return .identify
        default: return .resume
        }
    }

    /// What an operator must do when a fatal code stopped the gateway; nil for codes that reconnect.
    /// `intents` are the ones sent in Identify, to name the privileged ones for 4013/4014.
    func stopExplanation(intents: GatewayIntents = []) -> String? {
        switch self {
        case .authenticationFailed:
            return "Discord rejected the bot token (4004 Authentication failed): put the current token from the Developer Portal (Bot → Reset Token) in the configuration and restart"
        case .invalidShard:
            return "Discord rejected the shard (4010 Invalid shard): the shard id must be below the shard count, and large bots must run a multiple of the shard number Discord assigned; use the count from GET /gateway/bot"
        case .shardingRequired:
            return "Discord requires sharding (4011 Sharding required): the bot is in too many guilds for one connection; raise the shard count (GET /gateway/bot recommends one)"
        case .invalidAPIVersion:
            return "Discord rejected the Gateway API version (4012 Invalid API version): connect with a supported version (v=10) in the gateway URL"
        case .invalidIntents:
            return "Discord rejected the intents (4013 Invalid intent(s)): the value \(intents.rawValue) contains bits that are not intents"
        case .disallowedIntents:
            let privileged = intents.privileged.names
            let which = privileged.isEmpty ? "the privileged intents the bot asks for" : privileged.joined(separator: ", ")
            return "Discord refused disallowed intents (4014 Disallowed intent(s)): enable the privileged intents \(which) for this application in the Developer Portal (Bot → Privileged Gateway Intents), or stop requesting them"
        default:
            return nil
        }
    }
}

/// The gateway stopped for good on a fatal close code; its description tells the operator what to fix.
struct GatewayStopped: Error, CustomStringConvertible, Equatable {
    var code: GatewayCloseCode
    var description: String

    init(code: GatewayCloseCode, intents: GatewayIntents = []) {
        self.code = code
        description = code.stopExplanation(intents: intents) ?? "the Gateway closed with \(code)"
    }
}
