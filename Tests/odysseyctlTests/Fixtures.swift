import Foundation
import Shared

/// Control API answers as the daemon would send them, shared by the renderer and client tests.
enum Fixtures {
    static let startedAt = Date(timeIntervalSince1970: 1_763_780_000)  // 2025-11-22T02:53:20Z

    static let healthyStatus = StatusResponse(
        version: "0.1.0", pid: 4242, startedAt: startedAt, uptime: 11_520, state: .running,
        db: "ok", discord: "ready", boss: "ok", pendingMigrations: 0, problems: []
    )

    static let maintenanceStatus = StatusResponse(
        version: "0.1.0", pid: 4242, startedAt: startedAt, uptime: 42, state: .maintenance,
        db: "ok", discord: "not_ready", boss: "fail", pendingMigrations: 2,
        problems: ["0001_foundation.sql changed since it was applied", "database: connection reset"]
    )

    static let foundation = MigrationEntry(
        version: 1, name: "foundation", state: .applied, checksum: "aa",
        appliedAt: Date(timeIntervalSince1970: 1_763_700_000), durationMilliseconds: 120
    )
    static let jobs = MigrationEntry(
        version: 2, name: "jobs", state: .applied, checksum: "bb",
        appliedAt: Date(timeIntervalSince1970: 1_763_780_000), durationMilliseconds: 1_250
    )
    static let pendingJobs = MigrationEntry(version: 2, name: "jobs", state: .pending, checksum: "bb")
    static let changedFoundation = MigrationEntry(
        version: 1, name: "foundation", state: .changed, checksum: "cc",
        appliedAt: Date(timeIntervalSince1970: 1_763_700_000)
    )

    static let currentSchema = MigrationReport(migrations: [foundation, jobs])
    static let pendingSchema = MigrationReport(migrations: [foundation, pendingJobs])
    static let appliedJustNow = MigrationReport(migrations: [foundation, jobs], appliedNow: [1, 2])

    static let firstSeed = SeedReport(rows: [
        SeedChange(table: "settings", key: "default_locale", action: .inserted),
        SeedChange(table: "feature_flags", key: "welcome", action: .inserted),
        SeedChange(table: "settings", key: "timezone", action: .unchanged),
    ])
    static let repeatedSeed = SeedReport(rows: [
        SeedChange(table: "settings", key: "default_locale", action: .unchanged),
        SeedChange(table: "feature_flags", key: "welcome", action: .unchanged),
    ])

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try ControlJSON.encoder.encode(value), as: UTF8.self)
    }
}

/// The job system's answers: queues, jobs and schedules, as seen at ``Fixtures/jobsNow``.
extension Fixtures {
    static let jobsNow = startedAt  // 2025-11-22T02:53:20Z

    static let roundClose = QueueSummary(
        name: "duel.round.close", hasHandler: true, concurrency: 4, waiting: 3, delayed: 1, active: 1,
        retrying: 0, failed: 2, completedLastHour: 41, oldestWaitingSeconds: 192.4
    )
    static let orphanQueue = QueueSummary(
        name: "legacy.cleanup", hasHandler: false, concurrency: 1, waiting: 0, delayed: 0, active: 0,
        retrying: 0, failed: 7, completedLastHour: 0, oldestWaitingSeconds: nil
    )
    static let queueList = QueueListResponse(queues: [roundClose, orphanQueue])

    static let retryingJob = JobSummary(
        id: 41, name: "duel.round.close", state: .retrying, priority: 0, attempts: 2, maxAttempts: 5,
        singletonKey: "round-7", createdAt: jobsNow.addingTimeInterval(-312), runAt: jobsNow.addingTimeInterval(25),
        startedAt: jobsNow.addingTimeInterval(-35), finishedAt: nil,
        lastError: "Discord answered 503\n  while closing round 7"
    )
    static let waitingJob = JobSummary(
        id: 42, name: "duel.round.close", state: .waiting, priority: 5, attempts: 0, maxAttempts: 5,
        singletonKey: nil, createdAt: jobsNow.addingTimeInterval(-5), runAt: jobsNow.addingTimeInterval(-5),
        startedAt: nil, finishedAt: nil, lastError: nil
    )
    static let failedJob = JobSummary(
        id: 17, name: "duel.round.close", state: .failed, priority: 0, attempts: 5, maxAttempts: 5,
        singletonKey: nil, createdAt: jobsNow.addingTimeInterval(-7_500), runAt: jobsNow.addingTimeInterval(-7_200),
        startedAt: jobsNow.addingTimeInterval(-7_190), finishedAt: jobsNow.addingTimeInterval(-7_180),
        lastError: "round 3 has no participants left; the guild may have removed the duel channel before it closed"
    )
    static let queueDetail = QueueDetail(summary: roundClose, jobs: [retryingJob, waitingJob, failedJob])

    static let retryingJobDetail = JobDetail(
        job: retryingJob,
        payload: .object(["round_id": .number(7), "guild_id": .string("1234"), "tags": .array([])]),
        payloadVersion: 1, retryDelaySeconds: 30, retryBackoff: true, expireAfterSeconds: 900,
        workerId: "odysseyd-4242-2", heartbeatAt: jobsNow.addingTimeInterval(-30),
        errors: [
            JobAttemptError(attempt: 1, at: jobsNow.addingTimeInterval(-300), message: "Discord answered 503 Service Unavailable"),
            JobAttemptError(attempt: 2, at: jobsNow.addingTimeInterval(-30), message: "Discord answered 503\nService Unavailable"),
        ]
    )
    static let waitingJobDetail = JobDetail(
        job: waitingJob, payload: .object([:]), payloadVersion: 1, retryDelaySeconds: 5, retryBackoff: false,
        expireAfterSeconds: 5_400, workerId: nil, heartbeatAt: nil, errors: []
    )

    static let retried = JobActionResponse(job: waitingJob, message: "retrying as job 42")
    static let cancelled = JobActionResponse(
        job: JobSummary(
            id: 43, name: "duel.round.close", state: .cancelled, priority: 0, attempts: 0, maxAttempts: 5,
            singletonKey: nil, createdAt: jobsNow, runAt: jobsNow.addingTimeInterval(60), startedAt: nil,
            finishedAt: jobsNow, lastError: nil
        ),
        message: "cancelled"
    )

    static let enqueueRequest = JobEnqueueRequest(
        name: "duel.round.close", payload: .object(["round_id": .number(7)]), startAfterSeconds: 120,
        singletonKey: "round-7", priority: 5
    )
    static let enqueued = JobEnqueueResponse(id: 42, created: true, runAt: jobsNow.addingTimeInterval(120))
    static let absorbed = JobEnqueueResponse(id: 41, created: false, runAt: jobsNow.addingTimeInterval(25))

    static let weeklyRecap = ScheduleSummary(
        name: "weekly.recap", jobName: "digest.weekly", expression: "Monday 10:00", timezone: "Europe/Moscow",
        enabled: true, catchUp: .latest, nextRunAt: jobsNow.addingTimeInterval(10_800),
        nextRunLocal: "2025-11-22 08:53 +03:00", lastRunAt: jobsNow.addingTimeInterval(-518_400), lastJobId: 41
    )
    static let pausedCleanup = ScheduleSummary(
        name: "nightly.cleanup", jobName: "legacy.cleanup", expression: "*/5 * * * *", timezone: "UTC",
        enabled: false, catchUp: .none, nextRunAt: jobsNow.addingTimeInterval(100), nextRunLocal: "2025-11-22 02:55 +00:00",
        lastRunAt: nil, lastJobId: nil
    )
    static let scheduleList = ScheduleListResponse(schedules: [weeklyRecap, pausedCleanup])
}
