import Foundation
import Shared

/// The operator's view of the job tables, and the operator's actions on them: what
/// `odysseyctl queue` and `odysseyctl job` show and do.
///
/// ```swift
/// let inspector = JobInspector(queue: queue)
/// let queues = try await inspector.queues()
/// let detail = try await inspector.job(42)
/// ```
struct JobInspector: Sendable {
    let queue: JobQueue
    private var database: PostgresPool { queue.database }

    /// One summary per known job name and per name that has jobs.
    func queues() async throws -> [QueueSummary] {
        let now = queue.clock.now()
        let hot = try await database.query("""
            SELECT name,
                   count(*) FILTER (WHERE state = 'waiting' AND run_at <= $1) AS waiting,
                   count(*) FILTER (WHERE state = 'waiting' AND run_at > $1) AS delayed,
                   count(*) FILTER (WHERE state = 'active') AS active,
                   count(*) FILTER (WHERE state = 'retrying') AS retrying,
                   min(run_at) FILTER (WHERE state IN ('waiting', 'retrying') AND run_at <= $1) AS oldest
            FROM jobs GROUP BY name
            """,
            [now]
        )
        let archived = try await database.query("""
            SELECT name, count(*) FILTER (WHERE state = 'failed') AS failed,
                   count(*) FILTER (WHERE state = 'completed' AND finished_at > $1) AS completed
            FROM jobs_archive WHERE state = 'failed' OR (state = 'completed' AND finished_at > $1)
            GROUP BY name
            """,
            [now.addingTimeInterval(-3600)]
        )
        var summaries: [String: QueueSummary] = [:]
        func summary(_ name: String) -> QueueSummary {
            summaries[name] ?? QueueSummary(
                name: name, hasHandler: queue.handlers.handler(for: name) != nil,
                concurrency: queue.handlers.definition(for: name)?.concurrency ?? 0,
                waiting: 0, delayed: 0, active: 0, retrying: 0, failed: 0, completedLastHour: 0, oldestWaitingSeconds: nil
            )
        }
        for name in queue.handlers.names {
            summaries[name] = summary(name)
        }
        for row in hot.rows {
            let name: String = try row.decode(column: "name")
            var entry = summary(name)
            entry.waiting = try row.decode(column: "waiting")
            entry.delayed = try row.decode(column: "delayed")
            entry.active = try row.decode(column: "active")
            entry.retrying = try row.decode(column: "retrying")
            entry.oldestWaitingSeconds = try row.decode(Date?.self, column: "oldest").map { max(0, now.timeIntervalSince($0)) }
            summaries[name] = entry
        }
        for row in archived.rows {
            let name: String = try row.decode(column: "name")
            var entry = summary(name)
            entry.failed = try row.decode(column: "failed")
            entry.completedLastHour = try row.decode(column: "completed")
            summaries[name] = entry
        }
        return summaries.values.sorted { $0.name < $1.name }
    }

    /// Nil when the name is unknown and has no jobs.
    func queueDetail(_ name: String, limit: Int = 50) async throws -> QueueDetail? {
        guard let summary = try await queues().first(where: { $0.name == name }) else { return nil }
        let now = queue.clock.now()
        let open = try await database.query(
            "SELECT \(Self.summaryColumns), NULL::timestamptz AS finished_at FROM jobs WHERE name = $1 ORDER BY run_at, id LIMIT $2",
            [name, limit]
        )
        let finished = try await database.query(
            "SELECT \(Self.summaryColumns), finished_at FROM jobs_archive WHERE name = $1 ORDER BY finished_at DESC LIMIT $2",
            [name, limit]
        )
        let jobs = try (open.rows + finished.rows).map { try Self.summary(from: $0, now: now) }
        return QueueDetail(summary: summary, jobs: jobs)
    }

    func job(_ id: Int64) async throws -> JobDetail? {
        let now = queue.clock.now()
        let columns = """
            \(Self.summaryColumns), payload::text AS payload, payload_version, retry_delay_ms, retry_backoff,
            expire_after_ms, worker_id, errors::text AS errors
            """
        let result = try await database.query("""
            SELECT \(columns), NULL::timestamptz AS finished_at, heartbeat_at FROM jobs WHERE id = $1
            UNION ALL
            SELECT \(columns), finished_at, NULL::timestamptz AS heartbeat_at FROM jobs_archive WHERE id = $1
            """,
            [id]
        )
        guard let row = result.first else { return nil }
        let payloadText: String = try row.decode(column: "payload")
        let errorsText: String = try row.decode(column: "errors")
        return JobDetail(
            job: try Self.summary(from: row, now: now),
            payload: (try? ControlJSON.decoder.decode(JSONValue.self, from: Data(payloadText.utf8))) ?? .string(payloadText),
            payloadVersion: try row.decode(column: "payload_version"),
            retryDelaySeconds: Double(try row.decode(Int64.self, column: "retry_delay_ms")) / 1000,
            retryBackoff: try row.decode(column: "retry_backoff"),
            expireAfterSeconds: Double(try row.decode(Int64.self, column: "expire_after_ms")) / 1000,
            workerId: try row.decode(column: "worker_id"),
            heartbeatAt: try row.decode(column: "heartbeat_at"),
            errors: Self.attemptErrors(from: errorsText)
        )
    }

    /// Runs a failed or cancelled job again: back into the queue with fresh attempts (the same id,
    /// its error history kept). A waiting job with the same singleton key absorbs it instead.
    func retry(_ id: Int64) async throws -> JobActionResponse {
        let now = queue.clock.now()
        return try await database.withTransaction { tx in
            guard let current = try await self.summaryIfExists(id, on: tx) else {
                throw JobInspectorError.notFound("no job \(id)")
            }
            guard current.state == .failed || current.state == .cancelled else {
                throw JobInspectorError.conflict("job \(id) is \(current.state.rawValue); only failed or cancelled jobs can be retried")
            }
            if let key = current.singletonKey, let other = try await tx.query(
                "SELECT id FROM jobs WHERE name = $1 AND singleton_key = $2 AND state = 'waiting'", [current.name, key]
            ).first {
                let otherID: Int64 = try other.decode(column: "id")
                _ = try await tx.query("DELETE FROM jobs_archive WHERE id = $1", [id])
                return JobActionResponse(
                    job: try await self.summary(otherID, on: tx),
                    message: "job \(otherID), waiting with the same singleton key, will do the work of job \(id)"
                )
            }
            _ = try await tx.query("""
                WITH gone AS (DELETE FROM jobs_archive WHERE id = $1 RETURNING *)
                INSERT INTO jobs (id, name, payload, payload_version, state, priority, run_at, attempts, max_attempts,
                                  retry_delay_ms, retry_backoff, expire_after_ms, singleton_key, created_at, last_error, errors)
                OVERRIDING SYSTEM VALUE
                SELECT id, name, payload, payload_version, 'waiting', priority, $2, 0, max_attempts,
                       retry_delay_ms, retry_backoff, expire_after_ms, singleton_key, created_at, last_error, errors
                FROM gone
                """,
                [id, now]
            )
            _ = try await tx.query("SELECT pg_notify('\(JobQueue.channel)', $1)", [current.name])
            return JobActionResponse(job: try await self.summary(id, on: tx), message: "job \(id) is waiting to run again")
        }
    }

    /// Cancels a job that has not started (or is waiting to retry). A running job cannot be
    /// stopped from outside its worker.
    func cancel(_ id: Int64) async throws -> JobActionResponse {
        let now = queue.clock.now()
        return try await database.withTransaction { tx in
            let cancelled = try await tx.query("""
                WITH gone AS (DELETE FROM jobs WHERE id = $1 AND state IN ('waiting', 'retrying') RETURNING *)
                INSERT INTO jobs_archive (\(JobQueue.archiveColumns))
                SELECT \(JobQueue.archived(state: "cancelled", finishedAt: "$2")) FROM gone
                """,
                [id, now]
            ).affectedRows
            guard let current = try await self.summaryIfExists(id, on: tx) else {
                throw JobInspectorError.notFound("no job \(id)")
            }
            if cancelled == 1 {
                return JobActionResponse(job: current, message: "job \(id) cancelled")
            }
            throw JobInspectorError.conflict(current.state == .active
                ? "job \(id) is running on \(try await self.workerID(id, on: tx) ?? "a worker"); it cannot be cancelled while it runs"
                : "job \(id) is already \(current.state.rawValue)")
        }
    }

    /// Deletes finished jobs of `name` in `state` from the archive.
    func purge(_ name: String, state: JobState) async throws -> Int {
        guard JobState.purgeable.contains(state) else {
            throw JobInspectorError.badRequest("only finished jobs can be purged (completed, failed or cancelled), not \(state.rawValue)")
        }
        return try await database.query(
            "DELETE FROM jobs_archive WHERE name = $1 AND state = $2", [name, state.rawValue]
        ).affectedRows
    }

    private func workerID(_ id: Int64, on tx: PostgresSession) async throws -> String? {
        try await tx.query("SELECT worker_id FROM jobs WHERE id = $1", [id]).first?.decode(String?.self, column: "worker_id")
    }

    private func summary(_ id: Int64, on tx: PostgresSession) async throws -> JobSummary {
        guard let summary = try await summaryIfExists(id, on: tx) else { throw JobInspectorError.notFound("no job \(id)") }
        return summary
    }

    private func summaryIfExists(_ id: Int64, on tx: PostgresSession) async throws -> JobSummary? {
        let result = try await tx.query("""
            SELECT \(Self.summaryColumns), NULL::timestamptz AS finished_at FROM jobs WHERE id = $1
            UNION ALL
            SELECT \(Self.summaryColumns), finished_at FROM jobs_archive WHERE id = $1
            """,
            [id]
        )
        return try result.first.map { try Self.summary(from: $0, now: queue.clock.now()) }
    }

    private static let summaryColumns = """
        id, name, state, priority, attempts, max_attempts, singleton_key, created_at, run_at, started_at, last_error
        """

    private static func summary(from row: PostgresRow, now: Date) throws -> JobSummary {
        let stored: String = try row.decode(column: "state")
        let runAt: Date = try row.decode(column: "run_at")
        var state = JobState(rawValue: stored) ?? .waiting
        if state == .waiting && runAt > now { state = .delayed }
        return JobSummary(
            id: try row.decode(column: "id"), name: try row.decode(column: "name"), state: state,
            priority: try row.decode(column: "priority"), attempts: try row.decode(column: "attempts"),
            maxAttempts: try row.decode(column: "max_attempts"), singletonKey: try row.decode(column: "singleton_key"),
            createdAt: try row.decode(column: "created_at"), runAt: runAt, startedAt: try row.decode(column: "started_at"),
            finishedAt: try row.decode(column: "finished_at"), lastError: try row.decode(column: "last_error")
        )
    }

    /// Reads the `errors` array, whose times come either from our encoder or from PostgreSQL's
    /// `jsonb_build_object` (fractional seconds, `+00:00`).
    static func attemptErrors(from text: String) -> [JobAttemptError] {
        guard case .array(let entries)? = try? ControlJSON.decoder.decode(JSONValue.self, from: Data(text.utf8)) else { return [] }
        let plain = ISO8601DateFormatter()
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return entries.compactMap { entry in
            guard case .number(let attempt)? = entry["attempt"], case .string(let message)? = entry["message"],
                  case .string(let at)? = entry["at"],
                  let date = plain.date(from: at) ?? fractional.date(from: at)
            else { return nil }
            return JobAttemptError(attempt: Int(attempt), at: date, message: message)
        }
    }
}

/// A refused operator action, mapped to 404, 409 or 400 by the control API.
enum JobInspectorError: Error, CustomStringConvertible {
    case notFound(String)
    case conflict(String)
    case badRequest(String)

    var description: String {
        switch self {
        case .notFound(let message), .conflict(let message), .badRequest(let message): message
        }
    }
}
