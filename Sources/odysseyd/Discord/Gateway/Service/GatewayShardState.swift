/// Where one shard's connection stands, for health, `odysseyctl doctor` and logs.
enum GatewayShardState: Sendable, Equatable, CustomStringConvertible {
    /// Opening the WebSocket, waiting for Hello.
    case connecting
    /// Hello received; waiting for the Identify queue or for READY.
    case identifying
    /// Resume sent; waiting for RESUMED and the replayed dispatches.
    case resuming
    /// READY or RESUMED received: dispatches flow.
    case ready
    /// Disconnected; the next attempt starts after this wait.
    case reconnecting(in: Duration)
    /// Stopped for good (a fatal close code or shutdown); the reason tells the operator what to do.
    case stopped(reason: String)

    var description: String {
        switch self {
        case .connecting: "connecting"
        case .identifying: "identifying"
        case .resuming: "resuming"
        case .ready: "ready"
        case .reconnecting(let delay): "reconnecting in \(delay.milliseconds) ms"
        case .stopped(let reason): "stopped: \(reason)"
        }
    }

    var isStopped: Bool {
        if case .stopped = self { return true }
        return false
    }
}
