/// The one ``IdentifyQueue`` of the daemon, shared by its shards: a shard waits here for its turn
/// before sending Identify, so `max_concurrency` and `remaining` are never exceeded.
///
/// ```swift
/// let gate = IdentifyGate(limit: botInfo.sessionStartLimit)
/// try await gate.waitForTurn(shard: 3)   // then send Identify at once
/// ```
actor IdentifyGate {
    typealias Instant = ContinuousClock.Instant

    private var queue: IdentifyQueue
    private let now: @Sendable () -> Instant
    /// How many times a shard had to wait (for tests and logs).
    private(set) var waits = 0

    init(limit: GatewaySessionStartLimit, now: @escaping @Sendable () -> Instant = { ContinuousClock.now }) {
        self.now = now
        queue = IdentifyQueue(limit: limit, receivedAt: now())
    }

    func update(limit: GatewaySessionStartLimit) {
        queue.update(limit: limit, receivedAt: now())
    }

    var remaining: Int { queue.remaining }

    /// The granted Identify was sent: the shard's window restarts from now.
    func sent(shard: Int) {
        queue.identifySent(shard: shard, at: now())
    }

    /// Returns when `shard` may identify (the queue has counted it); throws when cancelled.
    func waitForTurn(shard: Int) async throws {
        while true {
            switch queue.nextIdentify(shard: shard, now: now()) {
            case .go:
                return
            case .wait(let until):
                waits += 1
                try await Task.sleep(until: until, clock: .continuous)
            }
        }
    }
}
