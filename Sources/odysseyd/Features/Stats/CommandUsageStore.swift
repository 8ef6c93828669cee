import Foundation
import Shared

/// Reads what ``CommandUsageRecorder`` wrote: per command uses and distinct members over a range
/// of UTC days, for one guild or all of them, plus totals.
///
/// One statement, so the lines and the totals come from the same snapshot.
///
/// ```swift
/// let store = CommandUsageStore(database: pool)
/// let report = try await store.report(guildID: 500, since: UsageDay(now).adding(days: -6), now: now)
/// for entry in report.commands { print(entry.command, entry.uses, entry.members) }
/// ```
struct CommandUsageStore: Sendable {
    let database: any PostgresQuerying

    init(database: any PostgresQuerying) {
        self.database = database
    }

    /// Usage from `since` through the day of `now`. `guildID` nil: every guild and DMs; 0: DMs only.
    func report(guildID: Int64?, since: UsageDay, now: Date) async throws -> CommandUsageReport {
        let result = try await database.query("""
            WITH d AS (
                SELECT day, command, uses FROM command_usage_daily
                WHERE day >= $1::date AND day <= $2::date AND ($3::bigint IS NULL OR guild_id = $3::bigint)),
            m AS (
                SELECT command, user_id FROM command_usage_members
                WHERE day >= $1::date AND day <= $2::date AND ($3::bigint IS NULL OR guild_id = $3::bigint)),
            per_command AS (SELECT command, sum(uses)::bigint AS uses FROM d GROUP BY command),
            per_command_members AS (SELECT command, count(DISTINCT user_id)::bigint AS members FROM m GROUP BY command)
            SELECT per_command.command, per_command.uses, coalesce(per_command_members.members, 0)::bigint AS members,
                   (SELECT sum(uses) FROM d)::bigint AS total_uses,
                   (SELECT count(DISTINCT user_id) FROM m)::bigint AS total_members,
                   (SELECT count(DISTINCT day) FROM d)::bigint AS active_days
            FROM per_command LEFT JOIN per_command_members USING (command)
            ORDER BY per_command.uses DESC, per_command.command
            """, [since, UsageDay(now), guildID])
        let commands = try result.rows.map {
            CommandUsageEntry(command: try $0.decode(column: "command"), uses: try $0.decode(column: "uses"),
                              members: try $0.decode(column: "members"))
        }
        let first = result.first
        return CommandUsageReport(
            since: since.start, until: now, guildId: guildID.map(String.init),
            totalUses: try first?.decode(Int.self, column: "total_uses") ?? 0,
            distinctMembers: try first?.decode(Int.self, column: "total_members") ?? 0,
            activeDays: try first?.decode(Int.self, column: "active_days") ?? 0,
            commands: commands
        )
    }
}
