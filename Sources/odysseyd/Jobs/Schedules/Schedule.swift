import Foundation
import Shared

/// One row of `job_schedules`, with its expression parsed and its zone resolved.
struct Schedule: Sendable {
    let name: String
    let jobName: String
    let expressionText: String
    /// Nil when the stored text does not parse (someone edited the row by hand); see `problem`.
    let expression: ScheduleExpression?
    let zoneName: String
    let timeZone: TimeZone?
    let guildID: Int64?
    /// JSON text.
    let payload: String
    let enabled: Bool
    let catchUp: ScheduleCatchUp
    let enabledAt: Date
    let lastSlotAt: Date?
    let lastJobID: Int64?

    init(row: PostgresRow) throws {
        name = try row.decode(column: "name")
        jobName = try row.decode(column: "job_name")
        expressionText = try row.decode(column: "expression")
        expression = try? ScheduleExpression(parsing: expressionText)
        zoneName = try row.decode(column: "zone")
        timeZone = TimeZone(identifier: zoneName)
        guildID = try row.decode(column: "guild_id")
        payload = try row.decode(column: "payload")
        enabled = try row.decode(column: "enabled")
        catchUp = ScheduleCatchUp(rawValue: try row.decode(column: "catch_up")) ?? .latest
        enabledAt = try row.decode(column: "enabled_at")
        lastSlotAt = try row.decode(column: "last_slot_at")
        lastJobID = try row.decode(column: "last_job_id")
    }

    /// The select that `init(row:)` reads: the zone is the schedule's own, else its guild's,
    /// else the `default_timezone` setting, else UTC.
    static let select = """
        SELECT s.name, s.job_name, s.expression, s.guild_id, s.payload::text AS payload, s.enabled, s.catch_up,
               s.enabled_at, s.last_slot_at, s.last_job_id,
               COALESCE(s.timezone, g.timezone,
                        (SELECT value #>> '{}' FROM settings WHERE key = 'default_timezone'), 'UTC') AS zone
        FROM job_schedules s LEFT JOIN guild_settings g ON g.guild_id = s.guild_id
        """

    /// Why this schedule cannot run, if it cannot.
    var problem: String? {
        if expression == nil { return "expression \"\(expressionText)\" does not parse" }
        if timeZone == nil { return "time zone \"\(zoneName)\" is not an IANA zone" }
        return nil
    }

    /// Slots at or before this have been run or skipped.
    var anchor: Date {
        max(enabledAt, lastSlotAt ?? .distantPast)
    }

    func nextSlot(now: Date) -> Date? {
        guard enabled, let expression, let timeZone else { return nil }
        return expression.nextSlot(after: max(anchor, now), in: timeZone)
    }

    func summary(now: Date) -> ScheduleSummary {
        let next = nextSlot(now: now)
        return ScheduleSummary(
            name: name, jobName: jobName, expression: expressionText, timezone: zoneName, enabled: enabled,
            catchUp: catchUp, nextRunAt: next, nextRunLocal: next.map(localText), lastRunAt: lastSlotAt, lastJobId: lastJobID
        )
    }

    private func localText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone ?? TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm xxx"
        return formatter.string(from: date)
    }
}
