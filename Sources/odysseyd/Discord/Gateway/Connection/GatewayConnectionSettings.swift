/// How a shard's connections behave; the defaults are for Discord, tests shorten the waits.
struct GatewayConnectionSettings: Sendable {
    /// Large GUILD_CREATEs arrive as one frame; Discord's own limit is undocumented, so be generous.
    var maxFrameSize = 16 << 20
    /// `compress=zlib-stream` transport compression.
    var compress = true
    /// How long to wait for Discord's answering close frame after we close.
    var closeTimeout: Duration = .seconds(5)
    /// While the sequence advances, the session is saved at most this often.
    var sessionSaveInterval: Duration = .seconds(10)
    var reconnectPolicy: ReconnectPolicy = .standard
    /// Uniform in 0..<1: the first heartbeat's offset and the reconnect backoff's jitter.
    var jitter: @Sendable () -> Double = { Double.random(in: 0..<1) }

    init() {}
}
