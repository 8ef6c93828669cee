/// How one connection ended, for the shard runner to plan the next.
struct GatewayConnectionResult: Sendable, Equatable {
    /// Why it ended; nil when it ended because the daemon is shutting down.
    var disconnect: GatewayDisconnect?
    /// The session as it stood at the end (sequence included), or the one we tried to resume.
    var session: GatewaySession?
    /// Whether READY or RESUMED arrived on this connection (resets the backoff).
    var reachedReady = false
    /// The close code of the closing handshake: ours when we closed, else Discord's.
    var closeCode: GatewayCloseCode?
    /// The server closed or the socket dropped: the closing handshake tells which code, if any.
    var closedByServer = false

    var isShutdown: Bool { disconnect == nil }
}
