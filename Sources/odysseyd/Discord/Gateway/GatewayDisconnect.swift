/// Why a Gateway connection ended or must end: the input to ``ReconnectPolicy/plan(after:session:attempt:intents:jitter:)``.
enum GatewayDisconnect: Sendable, Equatable {
    /// Reconnect (op 7).
    case reconnectRequested
    /// Invalid Session (op 9) with its `d`.
    case invalidSession(resumable: Bool)
    /// Discord closed the connection with this code.
    case closed(GatewayCloseCode)
    /// A heartbeat came due with the previous one unacknowledged.
    case zombie
    /// The connection failed or dropped without a close frame (DNS, TLS, reset, timeout).
    case networkError(String)
}
