import Foundation
import Testing
@testable import odysseyd

/// A migrated throwaway database and a job queue on it, with a clock the test moves.
struct JobFixture: Sendable {
    let pool: PostgresPool
    let clock: ManualJobClock
    var handlers: JobHandlers

    static let start = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15T08:00:00Z

    static func with<Value: Sendable>(
        handlers: JobHandlers = JobHandlers(), poolSize: Int = 6,
        _ body: (JobFixture) async throws -> Value
    ) async throws -> Value {
        try await TestDatabase.with(poolSize: poolSize) { _, pool in
            _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
            return try await body(JobFixture(pool: pool, clock: ManualJobClock(start), handlers: handlers))
        }
    }

    /// A queue whose retry jitter is pinned to `jitter`.
    func queue(jitter: Double = 0.5) -> JobQueue {
        var queue = JobQueue(database: pool, handlers: handlers)
        queue.clock = clock
        queue.jitter = { jitter }
        return queue
    }

    func count(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> Int {
        try await pool.query(sql, parameters).first?.decode(Int.self, at: 0) ?? 0
    }
}

/// Waits for `condition` by re-checking whenever `poke` is rung or 20 ms pass, failing the test
/// after `limit` instead of hanging. For conditions the code under test reaches on its own time.
func eventually(
    within limit: Duration = .seconds(20), _ condition: @Sendable () async throws -> Bool,
    sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record("condition not reached within \(limit)", sourceLocation: sourceLocation)
}
