import Foundation
import Shared

/// Daily engagement snapshots (`mileage_engagement_snapshots`), computed from the events table:
/// per guild and UTC day, the members who earned anything, the events by type and the top
/// members. Reversed events do not count. The hourly `mileage.engagement.snapshot` job recomputes
/// today and yesterday (yesterday's last hour lands after midnight), in one statement per day
/// that upserts every guild's row, so the dashboard reads one small row per day instead of
/// scanning events.
///
/// ```swift
/// let store = MileageEngagementStore(pool: pool, now: { Date() })
/// try await store.snapshotRecentDays()
/// let report = try await store.report(guild: guild, days: 30)
/// ```
struct MileageEngagementStore: Sendable {
    static let job = JobDefinition("mileage.engagement.snapshot", concurrency: 1, expireAfter: .seconds(600))
    static let topMembers = 10
    static let maximumDays = 366

    let pool: PostgresPool
    let now: @Sendable () -> Date

    func register(on handlers: inout JobHandlers) {
        handlers.register(Self.job.name, definition: Self.job) { _ in try await snapshotRecentDays() }
    }

    /// Today and yesterday (UTC).
    func snapshotRecentDays() async throws {
        let today = Self.dayStart(now())
        for day in [today.addingTimeInterval(-86_400), today] { try await snapshot(day: day) }
    }

    /// Recomputes every guild's row for the UTC day containing `day`; a guild with no events
    /// that day keeps no row (or loses a stale one, when its events were all reversed).
    func snapshot(day: Date) async throws {
        let start = Self.dayStart(day)
        let computedAt = now()
        try await pool.withTransaction { session in
            _ = try await session.query("""
                WITH events AS (
                    SELECT guild_id, user_id, event_type, points FROM mileage_events
                    WHERE occurred_at >= $1 AND occurred_at < $1 + interval '1 day' AND reversed_at IS NULL),
                by_type AS (
                    SELECT guild_id, jsonb_object_agg(event_type, n) AS events_by_type
                    FROM (SELECT guild_id, event_type, count(*) AS n FROM events GROUP BY guild_id, event_type) t GROUP BY guild_id),
                members AS (
                    SELECT guild_id, user_id, sum(points) AS points, count(*) AS n,
                           row_number() OVER (PARTITION BY guild_id ORDER BY sum(points) DESC, user_id) AS place
                    FROM events GROUP BY guild_id, user_id),
                top AS (
                    SELECT guild_id, count(*) AS active,
                           coalesce(jsonb_agg(jsonb_build_object('user_id', user_id::text, 'points', points, 'events', n) ORDER BY place)
                                    FILTER (WHERE place <= $3), '[]'::jsonb) AS top_members
                    FROM members GROUP BY guild_id)
                INSERT INTO mileage_engagement_snapshots (guild_id, day, active_members, events_by_type, top_members, computed_at)
                SELECT top.guild_id, ($1::timestamptz AT TIME ZONE 'UTC')::date, top.active, by_type.events_by_type, top.top_members, $2
                FROM top JOIN by_type USING (guild_id)
                ON CONFLICT (guild_id, day) DO UPDATE SET active_members = EXCLUDED.active_members,
                    events_by_type = EXCLUDED.events_by_type, top_members = EXCLUDED.top_members, computed_at = EXCLUDED.computed_at
                """, [start, computedAt, Self.topMembers])
            _ = try await session.query("""
                DELETE FROM mileage_engagement_snapshots s WHERE s.day = ($1::timestamptz AT TIME ZONE 'UTC')::date AND s.computed_at <> $2
                """, [start, computedAt])
        }
    }

    /// The last `days` snapshots of a guild, newest first.
    func report(guild: Snowflake, days: Int = 30) async throws -> MileageEngagementReport {
        let limit = min(max(days, 1), Self.maximumDays)
        let rows = try await pool.query("""
            SELECT to_char(day, 'YYYY-MM-DD') AS day, active_members, events_by_type::text AS events_by_type,
                   top_members::text AS top_members, computed_at
            FROM mileage_engagement_snapshots WHERE guild_id = $1 ORDER BY day DESC LIMIT $2
            """, [guild, limit]).rows
        return MileageEngagementReport(guildId: guild, days: try rows.map { row in
            MileageEngagementReport.Day(
                day: try row.decode(column: "day"), activeMembers: try row.decode(column: "active_members"),
                // Plain decoder: the snake_case strategy would rewrite the event type keys.
                eventsByType: try JSONDecoder().decode([String: Int].self, from: Data(try row.decode(String.self, column: "events_by_type").utf8)),
                topMembers: try ControlJSON.decoder.decode([MileageEngagementReport.Member].self,
                                                           from: Data(try row.decode(String.self, column: "top_members").utf8)),
                computedAt: try row.decode(column: "computed_at"))
        })
    }

    static func dayStart(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }
}
