import Foundation

/// Reads of mileage: a member's standing with their latest events, and the leaderboard by page.
///
/// ```swift
/// let ledger = MileageLedger(database: pool)
/// let standing = try await ledger.standing(guild: guild, user: cleo)
/// let page = try await ledger.leaderboard(guild: guild, page: 0)
/// ```
struct MileageLedger: Sendable {
    struct Entry: Sendable, Hashable {
        var rank: Int
        var userID: Snowflake
        var points: Int64
    }

    struct Page: Sendable, Hashable {
        var page: Int
        var pageCount: Int
        var entries: [Entry]
    }

    struct RecordedEvent: Sendable, Hashable {
        var id: Int64
        var type: String
        var points: Int
        var occurredAt: Date
        var reason: String?
        var reversedAt: Date?
    }

    struct Standing: Sendable, Hashable {
        var total: Int64
        /// 1-based among members with a total; nil without one.
        var rank: Int?
        var members: Int
        var recent: [RecordedEvent]
    }

    static let pageSize = 10
    static let recentEvents = 5

    let database: any PostgresQuerying

    func standing(guild: Snowflake, user: Snowflake, recent: Int = MileageLedger.recentEvents) async throws -> Standing {
        let head = try await database.query("""
            SELECT t.points,
                   (SELECT count(*) + 1 FROM mileage_totals o WHERE o.guild_id = $1 AND (o.points > t.points OR (o.points = t.points AND o.user_id < t.user_id))) AS rank,
                   (SELECT count(*) FROM mileage_totals WHERE guild_id = $1) AS members
            FROM mileage_totals t WHERE t.guild_id = $1 AND t.user_id = $2
            """, [guild, user])
        let events = try await database.query("""
            SELECT id, event_type, points, occurred_at, reason, reversed_at FROM mileage_events
            WHERE guild_id = $1 AND user_id = $2 ORDER BY occurred_at DESC, id DESC LIMIT $3
            """, [guild, user, recent]).rows.map { row in
            RecordedEvent(id: try row.decode(column: "id"), type: try row.decode(column: "event_type"), points: try row.decode(column: "points"),
                          occurredAt: try row.decode(column: "occurred_at"), reason: try row.decode(column: "reason"),
                          reversedAt: try row.decode(column: "reversed_at"))
        }
        guard let row = head.first else {
            let members = try await database.query("SELECT count(*) FROM mileage_totals WHERE guild_id = $1", [guild]).first?.decode(Int.self, at: 0) ?? 0
            return Standing(total: 0, rank: nil, members: members, recent: events)
        }
        return Standing(total: try row.decode(column: "points"), rank: try row.decode(column: "rank"),
                        members: try row.decode(column: "members"), recent: events)
    }

    /// `page` is 0-based and clamped to the last page, so a stale Next button still shows something.
    func leaderboard(guild: Snowflake, page: Int, pageSize: Int = MileageLedger.pageSize) async throws -> Page {
        let members = try await database.query("SELECT count(*) FROM mileage_totals WHERE guild_id = $1", [guild]).first?.decode(Int.self, at: 0) ?? 0
        let pageCount = max(1, (members + pageSize - 1) / pageSize)
        let shown = min(max(page, 0), pageCount - 1)
        let rows = try await database.query("""
            SELECT user_id, points FROM mileage_totals WHERE guild_id = $1
            ORDER BY points DESC, user_id LIMIT $2 OFFSET $3
            """, [guild, pageSize, shown * pageSize]).rows
        let entries = try rows.enumerated().map { index, row in
            Entry(rank: shown * pageSize + index + 1, userID: try row.decode(column: "user_id"), points: try row.decode(column: "points"))
        }
        return Page(page: shown, pageCount: pageCount, entries: entries)
    }
}
