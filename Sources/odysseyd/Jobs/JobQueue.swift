import Foundation
import Logging
import Shared

/// The job table's operations: enqueue, claim, complete, fail, and taking back jobs whose worker
/// vanished. Every write that ends a run is guarded by the job's state, its attempt and the
/// worker holding it, so a late or stale writer changes nothing.
///
/// ```swift
/// let queue = JobQueue(database: pool, handlers: handlers)
/// try await pool.withTransaction { tx in
///     try await tx.query("UPDATE duels SET closed = true WHERE id = $1", [duelID])
///     _ = try await queue.enqueue(JobRequest("duel.scoreboard.refresh"), on: tx)  // commits with the update
/// }
/// let jobs = try await queue.claim(name: "duel.scoreboard.refresh", limit: 4, worker: workerID)
/// ```
struct JobQueue: Sendable {
    /// The `NOTIFY` channel. The payload is the job name when a job is due now, and the name
    /// with ``laterSuffix`` when one will be due later (delayed, or waiting to retry), so idle
    /// workers look up the next due time only when it may have changed.
    static let channel = "odyssey_jobs"
    static let laterSuffix = ":later"

    let database: PostgresPool
    let handlers: JobHandlers
    var clock: any JobClock = SystemJobClock()
    /// Uniform in 0..<1; tests pin it to check retry times exactly.
    var jitter: @Sendable () -> Double = { Double.random(in: 0..<1) }

    // MARK: Enqueue

    /// Enqueues on the pool, in its own transaction.
    func enqueue(_ request: JobRequest) async throws -> EnqueuedJob {
        try await enqueue(request, on: database)
    }

    /// Enqueues on `connection`, which may be the caller's transaction: the job then commits or
    /// rolls back with the caller's other writes, and the workers hear of it only on commit.
    func enqueue(_ request: JobRequest, on connection: some PostgresQuerying) async throws -> EnqueuedJob {
        let row = try resolve(request)
        // A waiting job with the same singleton key may be claimed between our insert and our
        // look-up; then there is no conflict any more and the next insert succeeds.
        for _ in 0..<5 {
            let inserted = try await connection.query("""
                WITH inserted AS (
                    INSERT INTO jobs (name, payload, payload_version, priority, run_at, max_attempts,
                                      retry_delay_ms, retry_backoff, expire_after_ms, singleton_key, created_at)
                    VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                    ON CONFLICT (name, singleton_key) WHERE state = 'waiting' AND singleton_key IS NOT NULL DO NOTHING
                    RETURNING id, run_at),
                woken AS (SELECT pg_notify('\(Self.channel)', CASE WHEN run_at <= $11 THEN $1 ELSE $1 || '\(Self.laterSuffix)' END) FROM inserted)
                SELECT id, run_at, (SELECT count(*) FROM woken) AS woken FROM inserted
                """,
                [row.name, row.payload, row.payloadVersion, row.priority, row.runAt, row.retry.maxAttempts,
                 row.retry.delay.milliseconds, row.retry.backoff, row.expireAfter.milliseconds, row.singletonKey, row.now]
            )
            if let first = inserted.first {
                return EnqueuedJob(id: try first.decode(column: "id"), created: true, runAt: try first.decode(column: "run_at"))
            }
            let existing = try await connection.query(
                "SELECT id, run_at FROM jobs WHERE name = $1 AND singleton_key = $2 AND state = 'waiting'",
                [row.name, row.singletonKey]
            )
            if let first = existing.first {
                return EnqueuedJob(id: try first.decode(column: "id"), created: false, runAt: try first.decode(column: "run_at"))
            }
        }
        throw JobQueueError("could not enqueue \(request.name) with singleton key \(request.singletonKey ?? ""): the waiting job kept changing")
    }

    /// Enqueues many jobs in one statement and wakes each name's workers once.
    /// Singleton requests that collapse into a waiting job are left out of the result.
    func enqueue(batch requests: [JobRequest], on connection: some PostgresQuerying) async throws -> [EnqueuedJob] {
        guard !requests.isEmpty else { return [] }
        let rows = try requests.map(resolve)
        let result = try await connection.query("""
            WITH inserted AS (
                INSERT INTO jobs (name, payload, payload_version, priority, run_at, max_attempts,
                                  retry_delay_ms, retry_backoff, expire_after_ms, singleton_key, created_at)
                SELECT name, payload::jsonb, payload_version, priority, run_at, max_attempts,
                       retry_delay_ms, retry_backoff, expire_after_ms, singleton_key, $11
                FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::timestamptz[], $6::int[],
                            $7::bigint[], $8::boolean[], $9::bigint[], $10::text[])
                     AS r(name, payload, payload_version, priority, run_at, max_attempts,
                          retry_delay_ms, retry_backoff, expire_after_ms, singleton_key)
                ON CONFLICT (name, singleton_key) WHERE state = 'waiting' AND singleton_key IS NOT NULL DO NOTHING
                RETURNING id, name, run_at),
            woken AS (SELECT pg_notify('\(Self.channel)', wake) FROM (
                SELECT DISTINCT CASE WHEN run_at <= $11 THEN name ELSE name || '\(Self.laterSuffix)' END AS wake FROM inserted) AS wakes)
            SELECT id, run_at, (SELECT count(*) FROM woken) AS woken FROM inserted
            """,
            [rows.map(\.name), rows.map(\.payload), rows.map(\.payloadVersion), rows.map(\.priority), rows.map(\.runAt),
             rows.map(\.retry.maxAttempts), rows.map(\.retry.delay.milliseconds), rows.map(\.retry.backoff),
             rows.map(\.expireAfter.milliseconds), rows.map(\.singletonKey), clock.now()]
        )
        return try result.rows.map { EnqueuedJob(id: try $0.decode(column: "id"), created: true, runAt: try $0.decode(column: "run_at")) }
    }

    private struct ResolvedRequest {
        var name: String
        var payload: String
        var payloadVersion: Int
        var priority: Int
        var runAt: Date
        var retry: RetryPolicy
        var expireAfter: Duration
        var singletonKey: String?
        var now: Date
    }

    private func resolve(_ request: JobRequest) throws -> ResolvedRequest {
        guard JobDefinition.isValidName(request.name) else {
            throw JobQueueError("\"\(request.name)\" is not a job name (lowercase letters, digits, '.', '_' and '-', starting with a letter)")
        }
        let definition = handlers.definition(for: request.name) ?? JobDefinition(request.name)
        let now = clock.now()
        var runAt = now
        switch request.startAfter {
        case .delay(let delay)?: runAt = now.addingTimeInterval(max(delay.seconds, 0))
        case .at(let date)?: runAt = max(date, now)
        case nil: break
        }
        if let window = request.singletonWindow, request.singletonKey != nil, window > .zero {
            let seconds = window.seconds
            runAt = max(runAt, Date(timeIntervalSince1970: (now.timeIntervalSince1970 / seconds).rounded(.up) * seconds))
        }
        let retry = request.retry ?? definition.retry
        guard retry.maxAttempts >= 1, retry.maxAttempts <= 1000 else {
            throw JobQueueError("max attempts must be 1…1000, not \(retry.maxAttempts)")
        }
        return ResolvedRequest(
            name: request.name, payload: request.payload, payloadVersion: request.payloadVersion,
            priority: request.priority, runAt: runAt, retry: retry,
            expireAfter: request.expireAfter ?? definition.expireAfter,
            singletonKey: request.singletonKey, now: now
        )
    }

    // MARK: Running

    /// Claims up to `limit` due jobs of `name`, highest priority first, then oldest: one
    /// statement, and jobs another worker is claiming at the same moment are skipped, not waited for.
    func claim(name: String, limit: Int, worker: String) async throws -> [ClaimedJob] {
        let result = try await database.query("""
            WITH next AS (
                SELECT id FROM jobs
                WHERE name = $1 AND state IN ('waiting', 'retrying') AND run_at <= $2
                ORDER BY priority DESC, run_at, id
                LIMIT $3
                FOR UPDATE SKIP LOCKED)
            UPDATE jobs SET state = 'active', attempts = jobs.attempts + 1, started_at = $2,
                            heartbeat_at = $2, worker_id = $4
            FROM next WHERE jobs.id = next.id
            RETURNING \(ClaimedJob.columns(of: "jobs"))
            """,
            [name, clock.now(), limit, worker]
        )
        return try result.rows.map(ClaimedJob.init(row:))
    }

    /// When the next job of `name` that is not yet due becomes due, if any.
    func nextRunAt(name: String) async throws -> Date? {
        let result = try await database.query(
            "SELECT min(run_at) AS next FROM jobs WHERE name = $1 AND state IN ('waiting', 'retrying')", [name]
        )
        return try result.first?.decode(Date?.self, column: "next")
    }

    /// Finishes runs in one statement, moving them to the archive. Returns how many were still
    /// ours to finish.
    @discardableResult
    func complete(_ runs: [FinishedRun], worker: String) async throws -> Int {
        guard !runs.isEmpty else { return 0 }
        let result = try await database.query("""
            WITH done AS (
                DELETE FROM jobs USING unnest($1::bigint[], $2::int[]) AS d(id, attempt)
                WHERE jobs.id = d.id AND jobs.attempts = d.attempt AND jobs.state = 'active' AND jobs.worker_id = $3
                RETURNING jobs.*)
            INSERT INTO jobs_archive (\(Self.archiveColumns))
            SELECT \(Self.archived(state: "completed", finishedAt: "$4"))
            FROM done
            """,
            [runs.map(\.id), runs.map(\.attempt), worker, clock.now()]
        )
        return result.affectedRows
    }

    /// Records a failed run: back to `retrying` after the policy's delay, or into the dead letter
    /// when attempts are used up or the failure is permanent. Returns the new state, or nil when
    /// the run was no longer ours (taken back meanwhile).
    @discardableResult
    func fail(_ job: ClaimedJob, worker: String, error message: String, permanent: Bool) async throws -> FailureOutcome? {
        let now = clock.now()
        let entry = Self.errorEntry(attempt: job.attempt, at: now, message: message)
        if !permanent && job.attempt < job.maxAttempts {
            let retryAt = now.addingTimeInterval(job.retry.delay(afterAttempt: job.attempt, jitter: jitter()).seconds)
            let updated = try await database.query("""
                WITH updated AS (
                    UPDATE jobs SET state = 'retrying', run_at = $4, worker_id = NULL, heartbeat_at = NULL,
                                    last_error = $5, errors = errors || $6::jsonb
                    WHERE id = $1 AND attempts = $2 AND state = 'active' AND worker_id = $3
                    RETURNING name)
                SELECT pg_notify('\(Self.channel)', name || '\(Self.laterSuffix)') IS NULL FROM updated
                """,
                [job.id, job.attempt, worker, retryAt, message, entry]
            )
            return updated.rows.isEmpty ? nil : .retrying(at: retryAt)
        }
        let archived = try await database.query("""
            WITH gone AS (
                DELETE FROM jobs WHERE id = $1 AND attempts = $2 AND state = 'active' AND worker_id = $3
                RETURNING *)
            INSERT INTO jobs_archive (\(Self.archiveColumns))
            SELECT \(Self.archived(state: "failed", finishedAt: "$4", lastError: "$5::text", errors: "errors || $6::jsonb"))
            FROM gone
            """,
            [job.id, job.attempt, worker, now, message, entry]
        )
        return archived.affectedRows == 1 ? .failed : nil
    }

    enum FailureOutcome: Sendable, Equatable {
        case retrying(at: Date)
        case failed
    }

    /// Marks every job `worker` runs as alive.
    func heartbeat(worker: String) async throws {
        _ = try await database.query(
            "UPDATE jobs SET heartbeat_at = $2 WHERE worker_id = $1 AND state = 'active'", [worker, clock.now()]
        )
    }

    /// Puts back jobs a stopping worker did not finish, as if never claimed this time.
    func release(_ runs: [FinishedRun], worker: String) async throws -> Int {
        guard !runs.isEmpty else { return 0 }
        let result = try await database.query("""
            WITH released AS (
                UPDATE jobs SET state = 'retrying', run_at = $4, attempts = jobs.attempts - 1, worker_id = NULL,
                                heartbeat_at = NULL, started_at = NULL
                FROM unnest($1::bigint[], $2::int[]) AS d(id, attempt)
                WHERE jobs.id = d.id AND jobs.attempts = d.attempt AND jobs.state = 'active' AND jobs.worker_id = $3
                RETURNING jobs.name),
            woken AS (SELECT pg_notify('\(Self.channel)', name) FROM (SELECT DISTINCT name FROM released) AS names)
            SELECT count(*) AS released, (SELECT count(*) FROM woken) AS woken FROM released
            """,
            [runs.map(\.id), runs.map(\.attempt), worker, clock.now()]
        )
        return try result.first?.decode(Int.self, column: "released") ?? 0
    }

    /// Takes back running jobs whose worker stopped heartbeating before `staleBefore`, or that ran
    /// past their expiry plus `grace`: retried if attempts remain, dead-lettered if not. The
    /// `WHERE` is re-checked on the row PostgreSQL locks, so a job that completed or was claimed
    /// again meanwhile is left alone.
    func rescue(staleBefore: Date, grace: Duration) async throws -> RescueReport {
        let now = clock.now()
        let stuck = """
            state = 'active' AND (heartbeat_at < $1
                OR started_at + (expire_after_ms * interval '1 millisecond') + $3::interval < $2)
            """
        let reason = """
            CASE WHEN heartbeat_at < $1 THEN 'worker ' || worker_id || ' stopped heartbeating (last at ' || heartbeat_at || ')'
                 ELSE 'expired: still running after ' || (expire_after_ms / 1000.0) || ' s' END
            """
        let entry = "jsonb_build_array(jsonb_build_object('attempt', attempts, 'at', $2::timestamptz, 'message', \(reason)))"
        return try await database.withTransaction { tx in
            let retried = try await tx.query("""
                UPDATE jobs SET state = 'retrying', run_at = $2, worker_id = NULL, heartbeat_at = NULL,
                                last_error = \(reason), errors = errors || \(entry)
                WHERE \(stuck) AND attempts < max_attempts
                RETURNING id, name
                """,
                [staleBefore, now, "\(grace.seconds) seconds"]
            )
            let failed = try await tx.query("""
                WITH gone AS (DELETE FROM jobs WHERE \(stuck) AND attempts >= max_attempts RETURNING *)
                INSERT INTO jobs_archive (\(Self.archiveColumns))
                SELECT \(Self.archived(state: "failed", finishedAt: "$2", lastError: reason, errors: "errors || \(entry)"))
                FROM gone
                RETURNING id, name
                """,
                [staleBefore, now, "\(grace.seconds) seconds"]
            )
            if !retried.rows.isEmpty {
                _ = try await tx.query(
                    "SELECT pg_notify('\(Self.channel)', name) FROM unnest($1::text[]) AS name",
                    [Array(Set(try retried.rows.map { try $0.decode(String.self, column: "name") }))]
                )
            }
            return RescueReport(
                retried: try retried.rows.map { try $0.decode(Int64.self, column: "id") },
                failed: try failed.rows.map { try $0.decode(Int64.self, column: "id") }
            )
        }
    }

    struct RescueReport: Sendable, Equatable {
        var retried: [Int64]
        var failed: [Int64]
    }

    /// Deletes archived jobs that finished before `cutoff`, a batch at a time so no statement
    /// holds locks for long, and slot rows of the same age. Returns how many jobs went.
    func purgeArchive(finishedBefore cutoff: Date, batch: Int = 5000) async throws -> Int {
        var total = 0
        // Per (name, state), the archive's one index.
        let groups = try await database.query("""
            WITH RECURSIVE names AS (
                (SELECT name FROM jobs_archive ORDER BY name LIMIT 1)
                UNION ALL
                SELECT (SELECT name FROM jobs_archive WHERE name > names.name ORDER BY name LIMIT 1) FROM names WHERE names.name IS NOT NULL)
            SELECT name FROM names WHERE name IS NOT NULL
            """
        ).rows.map { try $0.decode(String.self, column: "name") }
        for name in groups {
            for state in ["completed", "failed", "cancelled"] {
                while true {
                    let deleted = try await database.query("""
                        DELETE FROM jobs_archive WHERE id IN (
                            SELECT id FROM jobs_archive WHERE name = $1 AND state = $2 AND finished_at < $3
                            ORDER BY finished_at LIMIT $4)
                        """,
                        [name, state, cutoff, batch]
                    ).affectedRows
                    total += deleted
                    if deleted < batch { break }
                }
            }
        }
        _ = try await database.query("DELETE FROM job_schedule_slots WHERE slot_at < $1", [cutoff])
        return total
    }

    // MARK: Helpers

    /// The archive's columns, in the order ``archived(state:finishedAt:lastError:errors:)`` fills them.
    static let archiveColumns = """
        id, name, payload, payload_version, state, priority, attempts, max_attempts, retry_delay_ms, \
        retry_backoff, expire_after_ms, singleton_key, created_at, run_at, started_at, finished_at, \
        worker_id, last_error, errors
        """

    /// The select list that copies a deleted hot row (`RETURNING *`) into the archive.
    static func archived(state: String, finishedAt: String, lastError: String = "last_error", errors: String = "errors") -> String {
        """
        id, name, payload, payload_version, '\(state)', priority, attempts, max_attempts, retry_delay_ms, \
        retry_backoff, expire_after_ms, singleton_key, created_at, run_at, started_at, \(finishedAt), \
        worker_id, \(lastError), \(errors)
        """
    }

    /// A one-element JSON array for `errors || $n::jsonb`.
    static func errorEntry(attempt: Int, at date: Date, message: String) -> String {
        let entry = JobAttemptError(attempt: attempt, at: date, message: message)
        return "[" + String(decoding: (try? ControlJSON.encoder.encode(entry)) ?? Data("{}".utf8), as: UTF8.self) + "]"
    }
}

/// One run's identity: the job and the attempt it was on.
struct FinishedRun: Sendable, Hashable {
    let id: Int64
    let attempt: Int
}

struct JobQueueError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
