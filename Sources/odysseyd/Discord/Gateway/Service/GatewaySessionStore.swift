import Foundation

/// Where shards keep their Gateway session between runs of the daemon, so a restart resumes
/// instead of identifying (which spends `session_start_limit` and replays nothing).
///
/// ```swift
/// try await store.save(session, shard: GatewayShard(id: 0, count: 1), at: Date())
/// if let stored = try await store.load(shard: shard), stored.isFresh(now: Date(), maxAge: .seconds(180)) { … }
/// ```
protocol GatewaySessionStore: Sendable {
    func load(shard: GatewayShard) async throws -> StoredGatewaySession?
    /// Sessions without a sequence number cannot resume and are not saved.
    func save(_ session: GatewaySession, shard: GatewayShard, at date: Date) async throws
    func delete(shard: GatewayShard) async throws
}

/// A saved session and when it was last written.
struct StoredGatewaySession: Sendable, Equatable {
    var session: GatewaySession
    var updatedAt: Date

    /// Our rule: Discord keeps a disconnected session resumable for only a few minutes
    /// (gateway.mdx, "Resuming", gives no exact figure), so a session not written for longer
    /// than `maxAge` is dropped and the shard identifies. Resuming a dead one would cost a
    /// round trip, an Invalid Session and its 1–5 s wait.
    func isFresh(now: Date, maxAge: Duration) -> Bool {
        now.timeIntervalSince(updatedAt) <= maxAge.seconds
    }
}
