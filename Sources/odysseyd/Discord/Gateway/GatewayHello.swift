/// `d` of Hello (op 10): how often to heartbeat. Source: gateway-events.mdx, "Hello".
///
/// ```swift
/// let hello = try payload.decodeData(GatewayHello.self)
/// var heartbeat = HeartbeatScheduler(interval: hello.heartbeatInterval, start: now, jitter: .random(in: 0..<1))
/// ```
struct GatewayHello: Decodable, Sendable, Equatable {
    var heartbeatInterval: Duration

    init(heartbeatInterval: Duration) { self.heartbeatInterval = heartbeatInterval }

    private enum CodingKeys: String, CodingKey {
        case heartbeatInterval = "heartbeat_interval"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let milliseconds = try container.decode(Int.self, forKey: .heartbeatInterval)
        // A zero or negative interval would make the heartbeat loop spin.
        guard milliseconds > 0 else {
            throw DecodingError.dataCorruptedError(forKey: .heartbeatInterval, in: container,
                                                   debugDescription: "heartbeat_interval must be positive, got \(milliseconds)")
        }
        heartbeatInterval = .milliseconds(milliseconds)
    }
}
