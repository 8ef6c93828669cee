import Foundation

/// ``GatewaySessionStore`` in memory: for a daemon without a database (benchmarks) and tests.
actor InMemoryGatewaySessionStore: GatewaySessionStore {
    private var sessions: [GatewayShard: StoredGatewaySession] = [:]

    init() {}

    func load(shard: GatewayShard) -> StoredGatewaySession? { sessions[shard] }

    func save(_ session: GatewaySession, shard: GatewayShard, at date: Date) {
        guard session.sequence != nil else { return }
        sessions[shard] = StoredGatewaySession(session: session, updatedAt: date)
    }

    func delete(shard: GatewayShard) {
        sessions.removeValue(forKey: shard)
    }
}
