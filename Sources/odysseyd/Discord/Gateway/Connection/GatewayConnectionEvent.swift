import Foundation

/// What wakes a connection's loop: everything that happens to one connection goes through one
/// stream, so its state is only ever touched by one task.
enum GatewayConnectionEvent: Sendable {
    /// One complete JSON message (inflated when the transport is compressed).
    case message(Data)
    /// The inbound stream broke: a corrupt zlib stream or a frame we cannot read.
    case unreadable(String)
    /// The server closed, or the socket dropped.
    case inboundEnded
    /// A heartbeat may be due.
    case heartbeatTimer
    /// The Identify queue gave this shard its turn.
    case identifyGranted
    /// The daemon is shutting down.
    case shutdown
    /// A command from the daemon (presence, member requests), sent within the ordinary budget.
    case send(GatewayCommand)
}
