import Foundation
import Shared
@testable import odysseyd

/// A migrated database with a job queue on a manual clock, a healthy ``DaemonHealth``, and
/// helpers that put jobs straight into the states the runbooks look for.
struct RunbookFixture: Sendable {
    let jobs: JobFixture
    let health: DaemonHealth
    var now: Date { jobs.clock.now() }

    static func with<Value: Sendable>(_ body: (RunbookFixture) async throws -> Value) async throws -> Value {
        try await JobFixture.with { jobs in
            let health = DaemonHealth()
            await health.setDatabase(up: true, problem: nil)
            await health.setState(.running)
            await health.setJobSystem(healthy: true)
            return try await body(RunbookFixture(jobs: jobs, health: health))
        }
    }

    func context(gateway: GatewayStatusBoard? = nil, limiter: RateLimiter? = nil) -> RunbookContext {
        RunbookContext(pool: jobs.pool, health: health, jobs: JobInspector(queue: jobs.queue()), schemaReady: { true },
                       gateway: gateway, limiter: limiter)
    }

    /// A job in the dead letter, failed `age` ago with `error`.
    @discardableResult
    func failed(_ name: String, id: Int64, error: String, singletonKey: String? = nil, age: TimeInterval = 60) async throws -> Int64 {
        let at = now.addingTimeInterval(-age)
        _ = try await jobs.pool.query("""
            INSERT INTO jobs_archive (id, name, payload, payload_version, state, priority, attempts, max_attempts, retry_delay_ms,
                                      retry_backoff, expire_after_ms, singleton_key, created_at, run_at, started_at, finished_at,
                                      last_error, errors)
            VALUES ($1, $2, '{}', 1, 'failed', 0, 5, 5, 1000, true, 900000, $3, $4, $4, $4, $4, $5,
                    jsonb_build_array(jsonb_build_object('attempt', 5, 'at', $4::timestamptz, 'message', $5::text)))
            """, [id, name, singletonKey, at, error])
        return id
    }

    /// A job in `jobs`, due `overdue` seconds ago (negative: in the future).
    @discardableResult
    func open(_ name: String, state: String = "waiting", overdue: TimeInterval, singletonKey: String? = nil, error: String? = nil) async throws -> Int64 {
        try await jobs.pool.query("""
            INSERT INTO jobs (name, state, run_at, singleton_key, last_error, attempts, created_at, worker_id, started_at)
            VALUES ($1, $2, $3, $4, $5, $6, $3, CASE WHEN $2 = 'active' THEN 'test-worker' END, CASE WHEN $2 = 'active' THEN $3::timestamptz END)
            RETURNING id
            """, [name, state, now.addingTimeInterval(-overdue), singletonKey, error, error == nil ? 0 : 1]).first!.decode(Int64.self, column: "id")
    }
}

extension RunbookReport {
    func step(_ title: String) -> RunbookStepResult? {
        steps.first { $0.title.hasPrefix(title) }
    }
}
