import Synchronization

/// Where the daemon posts commands for one shard (presence updates, member requests): the
/// shard's current connection takes them, within its send budget. Between connections
/// commands are refused, since Discord would not keep them either.
///
/// ```swift
/// let accepted = outbox.post(.presenceUpdate(presence))
/// ```
final class GatewayShardOutbox: Sendable {
    private let connection = Mutex<AsyncStream<GatewayConnectionEvent>.Continuation?>(nil)

    init() {}

    /// Whether a connection took the command.
    @discardableResult
    func post(_ command: GatewayCommand) -> Bool {
        connection.withLock { current in
            guard let current else { return false }
            if case .enqueued = current.yield(.send(command)) { return true }
            return false
        }
    }

    func attach(_ events: AsyncStream<GatewayConnectionEvent>.Continuation) {
        connection.withLock { $0 = events }
    }

    func detach() {
        connection.withLock { $0 = nil }
    }
}
