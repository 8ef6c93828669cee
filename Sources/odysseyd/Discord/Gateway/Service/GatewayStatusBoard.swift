/// Every shard's state in this daemon: the source of `DaemonHealth.discordReady` (true only
/// while every shard is ready), the `odyssey_gateway_*` gauges and what doctor shows, including
/// why a shard stopped.
///
/// ```swift
/// let board = GatewayStatusBoard(health: health)
/// for await statuses in await board.updates() where statuses.allSatisfy({ $0.state == .ready }) { break }
/// ```
actor GatewayStatusBoard {
    private let health: DaemonHealth?
    let metrics: GatewayMetrics
    private var statuses: [Int: GatewayShardStatus] = [:]
    private(set) var sessionStartLimit: GatewaySessionStartLimit?
    private var subscribers: [Int: AsyncStream<[GatewayShardStatus]>.Continuation] = [:]
    private var nextSubscriber = 0

    init(health: DaemonHealth? = nil, metrics: GatewayMetrics = GatewayMetrics()) {
        self.health = health
        self.metrics = metrics
    }

    /// Every shard, by id.
    var shards: [GatewayShardStatus] { statuses.keys.sorted().compactMap { statuses[$0] } }

    func status(shard: Int) -> GatewayShardStatus? { statuses[shard] }

    /// True when there is at least one shard and every one is ready.
    var allReady: Bool { !statuses.isEmpty && statuses.values.allSatisfy { $0.state == .ready } }

    /// Why shards stopped for good, by shard id.
    var stopReasons: [Int: String] {
        statuses.compactMapValues { status in
            if case .stopped(let reason) = status.state { return reason }
            return nil
        }
    }

    func register(_ shards: [GatewayShard]) async {
        for shard in shards where statuses[shard.id] == nil {
            statuses[shard.id] = GatewayShardStatus(shard: shard)
        }
        await publish()
    }

    func setSessionStartLimit(_ limit: GatewaySessionStartLimit) {
        sessionStartLimit = limit
    }

    func set(_ state: GatewayShardState, shard: Int, sessionID: String? = nil) async {
        guard var status = statuses[shard] else { return }
        status.state = state
        if let sessionID { status.sessionID = sessionID }
        statuses[shard] = status
        metrics.ready(state == .ready, shard: shard)
        await publish()
    }

    func recordLatency(_ latency: Duration, shard: Int) {
        statuses[shard]?.latency = latency
        metrics.latency(latency, shard: shard)
    }

    /// A connection ended; `closeCode` is the code either side closed with, if any.
    func recordDisconnect(_ disconnect: GatewayDisconnect, closeCode: GatewayCloseCode?, shard: Int) async {
        guard var status = statuses[shard] else { return }
        status.reconnects += 1
        if let closeCode { status.lastCloseCode = closeCode }
        status.lastDisconnect = Self.describe(disconnect)
        statuses[shard] = status
        metrics.reconnecting(shard: shard, after: disconnect)
        await publish()
    }

    /// Every change from now on, starting with the current statuses.
    func updates() -> AsyncStream<[GatewayShardStatus]> {
        let (stream, continuation) = AsyncStream<[GatewayShardStatus]>.makeStream()
        let id = nextSubscriber
        nextSubscriber += 1
        subscribers[id] = continuation
        continuation.yield(shards)
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    private func unsubscribe(_ id: Int) {
        subscribers.removeValue(forKey: id)
    }

    private func publish() async {
        let snapshot = shards
        subscribers.values.forEach { $0.yield(snapshot) }
        let stopped = stopReasons.sorted { $0.key < $1.key }.map { "shard \($0.key): \($0.value)" }
        await health?.setDiscord(ready: allReady,
                                 problem: stopped.isEmpty ? nil : "the Discord gateway stopped: " + stopped.joined(separator: "; "))
    }

    static func describe(_ disconnect: GatewayDisconnect) -> String {
        switch disconnect {
        case .reconnectRequested: "Discord asked for a reconnect (op 7)"
        case .invalidSession(let resumable): "invalid session (op 9, resumable: \(resumable))"
        case .closed(let code): "closed with \(code)"
        case .zombie: "no heartbeat ACK: zombie connection"
        case .networkError(let reason): "connection lost: \(reason)"
        }
    }
}
