import Metrics
import Synchronization

/// The gateway's swift-metrics instruments (exported by the daemon's Prometheus registry):
/// `odyssey_gateway_latency_seconds{shard}`, `odyssey_gateway_reconnects_total{shard,reason}`,
/// `odyssey_gateway_dispatches_total{event}` and `odyssey_gateway_ready{shard}`.
/// Instruments are made once per label set and kept, so counting a dispatch is a dictionary
/// look-up, not a registry call.
///
/// ```swift
/// let metrics = GatewayMetrics()
/// metrics.dispatched("MESSAGE_CREATE")
/// metrics.reconnecting(shard: 0, after: .zombie)
/// ```
final class GatewayMetrics: Sendable {
    private let dispatchCounters = Mutex<[String: Counter]>([:])

    init() {}

    func dispatched(_ event: String) {
        let counter = dispatchCounters.withLock { counters in
            if let counter = counters[event] { return counter }
            let counter = Counter(label: "odyssey_gateway_dispatches_total", dimensions: [("event", event)])
            counters[event] = counter
            return counter
        }
        counter.increment()
    }

    func latency(_ latency: Duration, shard: Int) {
        Gauge(label: "odyssey_gateway_latency_seconds", dimensions: [("shard", String(shard))]).record(latency.seconds)
    }

    func ready(_ ready: Bool, shard: Int) {
        Gauge(label: "odyssey_gateway_ready", dimensions: [("shard", String(shard))]).record(ready ? 1 : 0)
    }

    func reconnecting(shard: Int, after disconnect: GatewayDisconnect) {
        Counter(label: "odyssey_gateway_reconnects_total", dimensions: [("shard", String(shard)), ("reason", Self.reason(disconnect))])
            .increment()
    }

    /// A short, bounded label value for a disconnect.
    static func reason(_ disconnect: GatewayDisconnect) -> String {
        switch disconnect {
        case .reconnectRequested: "reconnect"
        case .invalidSession(let resumable): resumable ? "invalid_session_resumable" : "invalid_session"
        case .closed(let code): "close_\(code.rawValue)"
        case .zombie: "zombie"
        case .networkError: "network"
        }
    }
}
