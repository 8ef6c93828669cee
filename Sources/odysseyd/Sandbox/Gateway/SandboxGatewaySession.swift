import Foundation

/// A session the sandbox's gateway started on Identify, with what it sent so a Resume can replay
/// what the client missed.
struct SandboxGatewaySession: Sendable {
    /// Dispatches kept for replay; older ones are dropped (a client that far behind must identify).
    static let historyLimit = 1000

    let id: String
    let shard: GatewayShard
    var sequence = 0
    /// (sequence, payload JSON) of sent dispatches.
    var history: [(sequence: Int, payload: Data)] = []
    /// The connection currently carrying the session, if any.
    var connectionID: Int?

    init(id: String, shard: GatewayShard) {
        self.id = id
        self.shard = shard
    }

    mutating func record(_ payload: Data, sequence: Int) {
        history.append((sequence, payload))
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
    }

    func missed(after sequence: Int) -> [Data] {
        history.filter { $0.sequence > sequence }.map(\.payload)
    }
}
