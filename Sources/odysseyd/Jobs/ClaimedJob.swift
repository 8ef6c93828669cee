import Foundation

/// A job a worker has claimed: one attempt at running it.
struct ClaimedJob: Sendable, Equatable {
    let id: Int64
    let name: String
    /// JSON text.
    let payload: String
    let payloadVersion: Int
    /// This run's number, 1-based; it guards every later write, so a stale worker cannot
    /// complete or fail a job that has since been taken back and claimed again.
    let attempt: Int
    let maxAttempts: Int
    let retry: RetryPolicy
    let expireAfter: Duration
    let singletonKey: String?
    let createdAt: Date
    let runAt: Date
    let startedAt: Date
}

extension ClaimedJob {
    init(row: PostgresRow) throws {
        id = try row.decode(column: "id")
        name = try row.decode(column: "name")
        payload = try row.decode(column: "payload")
        payloadVersion = try row.decode(column: "payload_version")
        attempt = try row.decode(column: "attempts")
        maxAttempts = try row.decode(column: "max_attempts")
        retry = RetryPolicy(
            maxAttempts: maxAttempts,
            delay: .milliseconds(try row.decode(Int64.self, column: "retry_delay_ms")),
            backoff: try row.decode(column: "retry_backoff")
        )
        expireAfter = .milliseconds(try row.decode(Int64.self, column: "expire_after_ms"))
        singletonKey = try row.decode(column: "singleton_key")
        createdAt = try row.decode(column: "created_at")
        runAt = try row.decode(column: "run_at")
        startedAt = try row.decode(column: "started_at")
    }

    /// The columns `init(row:)` reads, qualified with `table` (a claim's `UPDATE … FROM` needs it).
    static func columns(of table: String) -> String {
        ["id", "name", "payload_version", "attempts", "max_attempts", "retry_delay_ms", "retry_backoff",
         "expire_after_ms", "singleton_key", "created_at", "run_at", "started_at"]
            .map { "\(table).\($0)" }
            .joined(separator: ", ") + ", \(table).payload::text AS payload"
    }
}
