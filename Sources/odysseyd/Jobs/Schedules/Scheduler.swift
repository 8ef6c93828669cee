import Foundation
import Logging
import Shared

/// Turns schedule slots into jobs, exactly one per slot across any number of daemons: whoever
/// inserts the slot's row in `job_schedule_slots` enqueues its job in the same transaction, and
/// everyone else's insert finds the row and does nothing.
///
/// After downtime, the missed slots are skipped and, by default (`catch_up = latest`), the most
/// recent one runs once; `none` skips them all, `all` runs each (at most 100).
///
/// ```swift
/// let scheduler = Scheduler(queue: queue, logger: logger)
/// let report = try await scheduler.tick()   // enqueues what is due
/// ```
struct Scheduler: Sendable {
    /// `NOTIFY` channel for "a schedule changed": the loop re-reads at once.
    static let channel = "odyssey_schedules"
    /// A slot this late counts as missed, for `catch_up = none`.
    static let lateness: TimeInterval = 60
    static let maximumCatchUp = 100

    let queue: JobQueue
    let logger: Logger

    private var database: PostgresPool { queue.database }

    struct TickReport: Sendable, Equatable {
        /// Jobs enqueued, by schedule.
        var enqueued: [String: [Int64]] = [:]
        /// When the next slot of any enabled schedule falls.
        var nextDue: Date?
    }

    /// Enqueues the jobs of every due slot.
    func tick() async throws -> TickReport {
        let now = queue.clock.now()
        var report = TickReport()
        for schedule in try await load() where schedule.enabled {
            guard let expression = schedule.expression, let timeZone = schedule.timeZone else {
                logger.error("schedule cannot run", metadata: ["action": "\(schedule.name)", "error": "\(schedule.problem ?? "")"])
                continue
            }
            let due = Self.dueSlots(expression, after: schedule.anchor, through: now, in: timeZone)
            if let latest = due.recent.last {
                let run: [Date]
                switch schedule.catchUp {
                case .all: run = due.recent
                case .latest: run = [latest]
                case .none: run = now.timeIntervalSince(latest) <= Self.lateness ? [latest] : []
                }
                if due.count > 1 || run.isEmpty {
                    logger.notice("schedule missed slots", metadata: [
                        "action": "\(schedule.name)", "missed": "\(due.count)", "running": "\(run.count)", "catch_up": "\(schedule.catchUp.rawValue)",
                    ])
                }
                let jobs = try await claim(schedule, slots: run, through: latest)
                if !jobs.isEmpty { report.enqueued[schedule.name] = jobs }
            }
            if let next = expression.nextSlot(after: max(schedule.anchor, now), in: timeZone) {
                report.nextDue = min(report.nextDue ?? next, next)
            }
        }
        return report
    }

    /// How many slots fell in (after, through], and the most recent ``maximumCatchUp`` of them;
    /// walked in chunks, so a month of downtime on a per-minute schedule costs time, not memory.
    static func dueSlots(_ expression: ScheduleExpression, after start: Date, through end: Date, in timeZone: TimeZone) -> (count: Int, recent: [Date]) {
        var count = 0
        var recent: [Date] = []
        var cursor = start
        while true {
            let chunk = expression.slots(after: cursor, through: end, in: timeZone, limit: 1000)
            count += chunk.count
            recent = Array((recent + chunk).suffix(maximumCatchUp))
            guard chunk.count == 1000, let last = chunk.last else { return (count, recent) }
            cursor = last
        }
    }

    /// Claims `slots` and enqueues their jobs, then moves the schedule past `through`; one
    /// transaction, so a job exists exactly when its slot row does.
    private func claim(_ schedule: Schedule, slots: [Date], through: Date) async throws -> [Int64] {
        try await database.withTransaction { tx in
            var jobs: [Int64] = []
            for slot in slots {
                let claimed = try await tx.query(
                    "INSERT INTO job_schedule_slots (schedule_name, slot_at, claimed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    [schedule.name, slot, queue.clock.now()]
                ).affectedRows
                guard claimed == 1 else { continue }
                let job = try await queue.enqueue(JobRequest(schedule.jobName, payloadJSON: try payload(for: schedule, slot: slot)), on: tx)
                _ = try await tx.query(
                    "UPDATE job_schedule_slots SET job_id = $3 WHERE schedule_name = $1 AND slot_at = $2", [schedule.name, slot, job.id]
                )
                jobs.append(job.id)
                logger.info("schedule slot enqueued", metadata: ["action": "\(schedule.name)", "job_id": "\(job.id)", "slot": "\(slot)"])
            }
            _ = try await tx.query("""
                UPDATE job_schedules
                SET last_slot_at = GREATEST(COALESCE(last_slot_at, '-infinity'), $2), last_job_id = COALESCE($3, last_job_id)
                WHERE name = $1
                """,
                [schedule.name, through, jobs.last]
            )
            return jobs
        }
    }

    /// The schedule's payload plus `schedule`, `slot` and, for a guild's schedule, `guild_id`.
    private func payload(for schedule: Schedule, slot: Date) throws -> String {
        var object: [String: JSONValue] = [:]
        if case .object(let stored)? = try? ControlJSON.decoder.decode(JSONValue.self, from: Data(schedule.payload.utf8)) {
            object = stored
        }
        object["schedule"] = .string(schedule.name)
        object["slot"] = .string(ISO8601DateFormatter().string(from: slot))
        if let guild = schedule.guildID { object["guild_id"] = .string("\(guild)") }
        return String(decoding: try ControlJSON.encoder.encode(JSONValue.object(object)), as: UTF8.self)
    }

    func load() async throws -> [Schedule] {
        try await database.query(Schedule.select + " ORDER BY s.name").rows.map(Schedule.init(row:))
    }

    func summaries() async throws -> [ScheduleSummary] {
        let now = queue.clock.now()
        return try await load().map { $0.summary(now: now) }
    }

    /// Switches a schedule on or off. Switching on starts from now: slots missed while it was off
    /// are not caught up. Nil when there is no such schedule.
    func setEnabled(_ name: String, _ enabled: Bool) async throws -> ScheduleSummary? {
        let now = queue.clock.now()
        let changed = try await database.query("""
            WITH changed AS (
                UPDATE job_schedules
                SET enabled = $2, updated_at = $3,
                    enabled_at = CASE WHEN $2 AND NOT enabled THEN $3 ELSE enabled_at END
                WHERE name = $1 RETURNING name)
            SELECT name, (SELECT count(*) FROM (SELECT pg_notify('\(Self.channel)', name) FROM changed) AS n) AS woken FROM changed
            """,
            [name, enabled, now]
        )
        guard !changed.rows.isEmpty else { return nil }
        return try await load().first { $0.name == name }?.summary(now: now)
    }

    /// Writes the seed's schedules that are missing; returns which were inserted.
    static func seed(on tx: some PostgresQuerying, now: Date) async throws -> [(name: String, inserted: Bool)] {
        var rows: [(name: String, inserted: Bool)] = []
        for entry in ScheduleCatalog.all {
            let inserted = try await tx.query("""
                INSERT INTO job_schedules (name, job_name, expression, enabled_at, created_at, updated_at)
                VALUES ($1, $2, $3, $4, $4, $4) ON CONFLICT (name) DO NOTHING
                """,
                [entry.name, entry.jobName, entry.expression, now]
            ).affectedRows
            rows.append((entry.name, inserted == 1))
        }
        return rows
    }
}
