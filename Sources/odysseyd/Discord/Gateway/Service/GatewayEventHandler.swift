/// Receives every dispatch of every shard, in order per shard. Called on the shard's read loop:
/// return quickly and move slow work (an interaction's reply, a database write) to a task of
/// your own, or heartbeats wait behind it.
///
/// ```swift
/// struct Printer: GatewayEventHandler {
///     func handle(_ dispatch: GatewayDispatch) async { print(dispatch.event) }
/// }
/// ```
protocol GatewayEventHandler: Sendable {
    func handle(_ dispatch: GatewayDispatch) async
}
