import Foundation

/// Awards mileage: every event is one transaction that records it, passes the member's cooldown
/// gate, adds its points to the member's total and, when the total crosses a tier threshold,
/// enqueues the member's role sync in the same transaction (so a committed award always ends in
/// the right roles, and a rolled-back one never grants any).
///
/// Counting once is the database's job, not the caller's: the event's `(guild, type, source)` is
/// UNIQUE, and the cooldown row is moved forward by one `INSERT … ON CONFLICT DO UPDATE … WHERE`
/// that re-checks the cooldown under the row lock, so two concurrent events cannot both pass.
///
/// ```swift
/// let engine = MileageEngine(pool: pool, queue: queue)
/// let award = try await engine.award(MileageEvent(guildID: guild, userID: user, type: .signUpJoined,
///                                                 sourceID: "signup:\(entryID)", occurredAt: Date()))
/// ```
struct MileageEngine: Sendable {
    let pool: PostgresPool
    let queue: JobQueue

    /// Records `event` if it earns anything; see ``MileageAward`` for what can happen instead.
    /// With the `mileage` feature switched off (in the guild, or globally) nothing is awarded (checked in the insert itself, so
    /// the hot path costs no extra query).
    func award(_ event: MileageEvent) async throws -> MileageAward {
        guard !event.userIsBot else { return .ignored(.bot) }
        guard event.type != .manualAdjustment else { return .ignored(.noPoints) }
        let fallback = MileageRule.fallback(for: event.type)
        do {
            return try await pool.withTransaction { session in
                let inserted = try await session.query("""
                    WITH rule AS (
                        SELECT coalesce((SELECT points FROM mileage_rules WHERE guild_id = $1 AND event_type = $3), $6::int) AS points,
                               coalesce((SELECT cooldown_seconds FROM mileage_rules WHERE guild_id = $1 AND event_type = $3), $7::int) AS cooldown)
                    INSERT INTO mileage_events (guild_id, user_id, event_type, points, source_id, occurred_at)
                    SELECT $1, $2, $3, rule.points * $5::int, $4, $8 FROM rule
                    WHERE rule.points > 0 AND coalesce((SELECT enabled FROM guild_feature_flags WHERE guild_id = $1 AND feature = $9),
                                                         (SELECT enabled FROM feature_flags WHERE name = $9), true)
                    ON CONFLICT (guild_id, event_type, source_id) DO NOTHING
                    RETURNING id, points, (SELECT cooldown FROM rule) AS cooldown
                    """, [event.guildID, event.userID, event.type.rawValue, event.sourceID, max(event.units, 1),
                          fallback.points, fallback.cooldownSeconds, event.occurredAt, MileageFeature.featureName])
                guard let row = inserted.first else {
                    let why = try await session.query("""
                        SELECT EXISTS (SELECT 1 FROM mileage_events WHERE guild_id = $1 AND event_type = $2 AND source_id = $3) AS seen,
                               NOT coalesce((SELECT enabled FROM guild_feature_flags WHERE guild_id = $1 AND feature = $4),
                                            (SELECT enabled FROM feature_flags WHERE name = $4), true) AS off
                        """, [event.guildID, event.type.rawValue, event.sourceID, MileageFeature.featureName])
                    if try why.first?.decode(Bool.self, column: "off") == true { return .ignored(.disabled) }
                    return try why.first?.decode(Bool.self, column: "seen") == true ? .duplicate : .ignored(.noPoints)
                }
                let eventID: Int64 = try row.decode(column: "id")
                let points: Int = try row.decode(column: "points")
                let cooldown: Int = try row.decode(column: "cooldown")
                if cooldown > 0 {
                    let passed = try await session.query("""
                        INSERT INTO mileage_cooldowns (guild_id, user_id, event_type, last_awarded_at) VALUES ($1, $2, $3, $4)
                        ON CONFLICT (guild_id, user_id, event_type) DO UPDATE SET last_awarded_at = EXCLUDED.last_awarded_at
                        WHERE mileage_cooldowns.last_awarded_at <= EXCLUDED.last_awarded_at - make_interval(secs => $5::int)
                        RETURNING 1
                        """, [event.guildID, event.userID, event.type.rawValue, event.occurredAt, cooldown])
                    // Thrown, not returned: the event row inserted above must roll back with it.
                    guard passed.first != nil else { throw CoolingDown() }
                }
                let change = try await Self.addToTotal(points, guild: event.guildID, user: event.userID, at: event.occurredAt,
                                                      on: session, queue: queue)
                return .awarded(eventID: eventID, points: points, total: change.total, crossedTier: change.crossedTier)
            }
        } catch is CoolingDown {
            return .coolingDown
        }
    }

    /// What a moderator's adjustment or reversal did.
    enum Correction: Sendable, Equatable {
        case applied(eventID: Int64, userID: Snowflake, points: Int, total: Int64)
        /// An adjustment whose interaction was seen before (Discord delivered it twice).
        case duplicate
        case notFound
        case alreadyReversed(at: Date)
    }

    /// `/mileage adjust`: `points` (negative takes away) for `user`, recorded with who and why.
    /// `sourceID` is the interaction's id, so a redelivered interaction adjusts once.
    func adjust(guild: Snowflake, user: Snowflake, points: Int, reason: String, by actor: Snowflake,
                sourceID: String, at date: Date) async throws -> Correction {
        try await pool.withTransaction { session in
            let inserted = try await session.query("""
                INSERT INTO mileage_events (guild_id, user_id, event_type, points, source_id, occurred_at, actor_id, reason)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (guild_id, event_type, source_id) DO NOTHING
                RETURNING id
                """, [guild, user, MileageEventType.manualAdjustment.rawValue, points, sourceID, date, actor, reason])
            guard let row = inserted.first else { return .duplicate }
            let change = try await Self.addToTotal(points, guild: guild, user: user, at: date, on: session, queue: queue)
            return .applied(eventID: try row.decode(column: "id"), userID: user, points: points, total: change.total)
        }
    }

    /// Takes an event's points back, once: a second reversal finds it reversed and changes nothing.
    func reverse(event eventID: Int64, guild: Snowflake, reason: String, by actor: Snowflake, at date: Date) async throws -> Correction {
        try await pool.withTransaction { session in
            let reversed = try await session.query("""
                UPDATE mileage_events SET reversed_at = $3, reversed_by = $4, reversal_reason = $5
                WHERE id = $1 AND guild_id = $2 AND reversed_at IS NULL
                RETURNING user_id, points
                """, [eventID, guild, date, actor, reason])
            guard let row = reversed.first else {
                let existing = try await session.query("SELECT reversed_at FROM mileage_events WHERE id = $1 AND guild_id = $2",
                                                       [eventID, guild])
                guard let found = existing.first else { return .notFound }
                return .alreadyReversed(at: try found.decode(Date.self, column: "reversed_at"))
            }
            let user: Snowflake = try row.decode(column: "user_id")
            let points: Int = try row.decode(column: "points")
            let change = try await Self.addToTotal(-points, guild: guild, user: user, at: date, on: session, queue: queue)
            return .applied(eventID: eventID, userID: user, points: -points, total: change.total)
        }
    }

    // MARK: Internals

    private struct CoolingDown: Error {}

    /// Upserts the member's total and, when it moved across a tier threshold (either way),
    /// enqueues their role sync on the same transaction.
    static func addToTotal(_ delta: Int, guild: Snowflake, user: Snowflake, at date: Date, on session: PostgresSession,
                           queue: JobQueue) async throws -> (total: Int64, crossedTier: Bool) {
        let result = try await session.query("""
            WITH total AS (
                INSERT INTO mileage_totals (guild_id, user_id, points, updated_at) VALUES ($1, $2, $3, $4)
                ON CONFLICT (guild_id, user_id) DO UPDATE SET points = mileage_totals.points + EXCLUDED.points, updated_at = EXCLUDED.updated_at
                RETURNING points)
            SELECT total.points AS total, EXISTS (
                SELECT 1 FROM mileage_tiers WHERE guild_id = $1
                AND threshold > least(total.points, total.points - $3) AND threshold <= greatest(total.points, total.points - $3)
            ) AS crossed
            FROM total
            """, [guild, user, Int64(delta), date])
        guard let row = result.first else { throw DatabaseError.decoding("mileage total upsert returned no row") }
        let total: Int64 = try row.decode(column: "total")
        let crossed: Bool = try row.decode(column: "crossed")
        if crossed { _ = try await queue.enqueue(try MileageTierSync.request(guild: guild, user: user), on: session) }
        return (total, crossed)
    }
}
