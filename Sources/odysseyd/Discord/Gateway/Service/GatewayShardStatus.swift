/// What the daemon knows about one shard's connection.
struct GatewayShardStatus: Sendable, Equatable {
    var shard: GatewayShard
    var state: GatewayShardState = .connecting
    /// Heartbeat → ACK time of the latest acknowledged beat.
    var latency: Duration?
    /// Connections that ended and were followed by another attempt (or a stop).
    var reconnects = 0
    /// The close code of the latest connection that ended with one (sent by Discord or by us).
    var lastCloseCode: GatewayCloseCode?
    /// Why the latest connection ended, in words.
    var lastDisconnect: String?
    var sessionID: String?

    init(shard: GatewayShard) { self.shard = shard }
}
