import Foundation

/// Where a job is in its life. The first four live in the hot `jobs` table, the last three in
/// `jobs_archive`.
public enum JobState: String, Codable, Sendable, CaseIterable {
    /// Ready to run now (its `run_at` has passed).
    case waiting
    /// Waiting for a `run_at` in the future.
    case delayed
    /// Failed before and waiting for its next attempt.
    case retrying
    /// Claimed by a worker and running.
    case active
    case completed
    /// Out of attempts (or never runnable): the dead letter.
    case failed
    case cancelled

    /// The states `queue purge` accepts: only finished jobs can be purged.
    public static let purgeable: [JobState] = [.completed, .failed, .cancelled]
}

/// One row of `queue ls`: the depth of one job name's queue.
public struct QueueSummary: Codable, Sendable, Equatable {
    public var name: String
    /// Whether this daemon has a handler for the name; without one its jobs fail at once.
    public var hasHandler: Bool
    /// How many of its jobs one daemon runs at a time.
    public var concurrency: Int
    public var waiting: Int
    public var delayed: Int
    public var active: Int
    public var retrying: Int
    /// In the dead letter (all time, until purged).
    public var failed: Int
    public var completedLastHour: Int
    /// Age of the oldest job that could run now but has not started; nil when none waits.
    public var oldestWaitingSeconds: Double?

    public init(
        name: String, hasHandler: Bool, concurrency: Int, waiting: Int, delayed: Int, active: Int,
        retrying: Int, failed: Int, completedLastHour: Int, oldestWaitingSeconds: Double?
    ) {
        self.name = name
        self.hasHandler = hasHandler
        self.concurrency = concurrency
        self.waiting = waiting
        self.delayed = delayed
        self.active = active
        self.retrying = retrying
        self.failed = failed
        self.completedLastHour = completedLastHour
        self.oldestWaitingSeconds = oldestWaitingSeconds
    }
}

/// `GET /v1/queues`.
public struct QueueListResponse: Codable, Sendable, Equatable {
    public var queues: [QueueSummary]

    public init(queues: [QueueSummary]) {
        self.queues = queues
    }
}

/// A job as lists show it.
public struct JobSummary: Codable, Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var state: JobState
    public var priority: Int
    public var attempts: Int
    public var maxAttempts: Int
    public var singletonKey: String?
    public var createdAt: Date
    public var runAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?
    public var lastError: String?

    public init(
        id: Int64, name: String, state: JobState, priority: Int, attempts: Int, maxAttempts: Int,
        singletonKey: String?, createdAt: Date, runAt: Date, startedAt: Date?, finishedAt: Date?,
        lastError: String?
    ) {
        self.id = id
        self.name = name
        self.state = state
        self.priority = priority
        self.attempts = attempts
        self.maxAttempts = maxAttempts
        self.singletonKey = singletonKey
        self.createdAt = createdAt
        self.runAt = runAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.lastError = lastError
    }
}

/// `GET /v1/queues/{name}`: the summary and the most recent jobs of each state.
public struct QueueDetail: Codable, Sendable, Equatable {
    public var summary: QueueSummary
    /// Unfinished jobs first (oldest first), then the most recent finished ones.
    public var jobs: [JobSummary]

    public init(summary: QueueSummary, jobs: [JobSummary]) {
        self.summary = summary
        self.jobs = jobs
    }
}

/// One failed attempt, kept on the job.
public struct JobAttemptError: Codable, Sendable, Equatable {
    public var attempt: Int
    public var at: Date
    public var message: String

    public init(attempt: Int, at: Date, message: String) {
        self.attempt = attempt
        self.at = at
        self.message = message
    }
}

/// `GET /v1/jobs/{id}`: everything about one job.
public struct JobDetail: Codable, Sendable, Equatable {
    public var job: JobSummary
    public var payload: JSONValue
    public var payloadVersion: Int
    public var retryDelaySeconds: Double
    public var retryBackoff: Bool
    /// How long one run may take before it counts as stuck.
    public var expireAfterSeconds: Double
    /// `Id`, not `ID`: `ControlJSON`'s snake_case decoding maps `worker_id` back to `workerId`.
    public var workerId: String?
    public var heartbeatAt: Date?
    public var errors: [JobAttemptError]

    public init(
        job: JobSummary, payload: JSONValue, payloadVersion: Int, retryDelaySeconds: Double,
        retryBackoff: Bool, expireAfterSeconds: Double, workerId: String?, heartbeatAt: Date?,
        errors: [JobAttemptError]
    ) {
        self.job = job
        self.payload = payload
        self.payloadVersion = payloadVersion
        self.retryDelaySeconds = retryDelaySeconds
        self.retryBackoff = retryBackoff
        self.expireAfterSeconds = expireAfterSeconds
        self.workerId = workerId
        self.heartbeatAt = heartbeatAt
        self.errors = errors
    }
}

/// `POST /v1/jobs`: `odysseyctl job enqueue`.
public struct JobEnqueueRequest: Codable, Sendable, Equatable {
    public var name: String
    public var payload: JSONValue
    /// Delay before the first attempt; nil starts at once.
    public var startAfterSeconds: Double?
    public var singletonKey: String?
    public var priority: Int?

    public init(name: String, payload: JSONValue, startAfterSeconds: Double? = nil, singletonKey: String? = nil, priority: Int? = nil) {
        self.name = name
        self.payload = payload
        self.startAfterSeconds = startAfterSeconds
        self.singletonKey = singletonKey
        self.priority = priority
    }
}

/// The answer to `POST /v1/jobs`.
public struct JobEnqueueResponse: Codable, Sendable, Equatable {
    public var id: Int64
    /// False when a waiting job with the same singleton key absorbed this one; `id` is that job.
    public var created: Bool
    public var runAt: Date

    public init(id: Int64, created: Bool, runAt: Date) {
        self.id = id
        self.created = created
        self.runAt = runAt
    }
}

/// The answer to `POST /v1/jobs/{id}/retry` and `/cancel`: the job afterwards.
public struct JobActionResponse: Codable, Sendable, Equatable {
    public var job: JobSummary
    /// What happened, in a sentence: "retrying as job 42", "cancelled".
    public var message: String

    public init(job: JobSummary, message: String) {
        self.job = job
        self.message = message
    }
}

/// `POST /v1/queues/{name}/purge` with a ``QueuePurgeRequest``.
public struct QueuePurgeRequest: Codable, Sendable, Equatable {
    public var state: JobState

    public init(state: JobState) {
        self.state = state
    }
}

public struct QueuePurgeResponse: Codable, Sendable, Equatable {
    public var name: String
    public var state: JobState
    public var purged: Int

    public init(name: String, state: JobState, purged: Int) {
        self.name = name
        self.state = state
        self.purged = purged
    }
}

/// What a schedule does with slots it missed while no daemon ran.
public enum ScheduleCatchUp: String, Codable, Sendable, CaseIterable {
    /// Skip them all; the next slot runs as usual.
    case none
    /// One run for the most recent missed slot (the default).
    case latest
    /// One run per missed slot, at most 100.
    case all
}

/// One row of `schedule ls`.
public struct ScheduleSummary: Codable, Sendable, Equatable {
    public var name: String
    public var jobName: String
    /// As written, e.g. "Monday 10:00", "every 10 minutes" or "*/5 * * * *".
    public var expression: String
    /// The IANA zone its wall-clock times are in.
    public var timezone: String
    public var enabled: Bool
    public var catchUp: ScheduleCatchUp
    public var nextRunAt: Date?
    /// `nextRunAt` in the schedule's own zone, e.g. "2026-12-07 10:00 +03:00".
    public var nextRunLocal: String?
    public var lastRunAt: Date?
    /// `Id`, not `ID`: `ControlJSON`'s snake_case decoding maps `last_job_id` back to `lastJobId`.
    public var lastJobId: Int64?

    public init(
        name: String, jobName: String, expression: String, timezone: String, enabled: Bool,
        catchUp: ScheduleCatchUp, nextRunAt: Date?, nextRunLocal: String?, lastRunAt: Date?, lastJobId: Int64?
    ) {
        self.name = name
        self.jobName = jobName
        self.expression = expression
        self.timezone = timezone
        self.enabled = enabled
        self.catchUp = catchUp
        self.nextRunAt = nextRunAt
        self.nextRunLocal = nextRunLocal
        self.lastRunAt = lastRunAt
        self.lastJobId = lastJobId
    }
}

/// `GET /v1/schedules`.
public struct ScheduleListResponse: Codable, Sendable, Equatable {
    public var schedules: [ScheduleSummary]

    public init(schedules: [ScheduleSummary]) {
        self.schedules = schedules
    }
}
