import Foundation

/// A guild's mileage configuration: the event map (`mileage_rules`), the tiers and the settings
/// row. Thresholds and tier roles are UNIQUE per guild in the schema, so setting a tier at a
/// threshold that has one replaces its role, and a role can be one tier only.
///
/// ```swift
/// let config = MileageConfigStore(pool: pool)
/// try await config.setTier(MileageTier(threshold: 100, roleID: regulars), guild: guild, at: Date())
/// try await config.setRule(.messageSent, MileageRule(points: 2, cooldownSeconds: 120), guild: guild, at: Date())
/// ```
struct MileageConfigStore: Sendable {
    let pool: PostgresPool

    func rules(guild: Snowflake) async throws -> [MileageEventType: MileageRule] {
        var rules = MileageRule.defaults
        rules[.manualAdjustment] = nil
        for row in try await pool.query("SELECT event_type, points, cooldown_seconds FROM mileage_rules WHERE guild_id = $1",
                                            [guild]).rows {
            guard let type = MileageEventType(rawValue: try row.decode(column: "event_type")) else { continue }
            rules[type] = MileageRule(points: try row.decode(column: "points"), cooldownSeconds: try row.decode(column: "cooldown_seconds"))
        }
        return rules
    }

    func setRule(_ type: MileageEventType, _ rule: MileageRule, guild: Snowflake, at date: Date) async throws {
        _ = try await pool.query("""
            INSERT INTO mileage_rules (guild_id, event_type, points, cooldown_seconds, updated_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (guild_id, event_type) DO UPDATE SET points = EXCLUDED.points, cooldown_seconds = EXCLUDED.cooldown_seconds,
                updated_at = EXCLUDED.updated_at
            """, [guild, type.rawValue, rule.points, rule.cooldownSeconds, date])
    }

    func tiers(guild: Snowflake) async throws -> [MileageTier] {
        try await Self.tiers(guild: guild, on: pool)
    }

    static func tiers(guild: Snowflake, on database: some PostgresQuerying) async throws -> [MileageTier] {
        try await database.query("SELECT threshold, role_id FROM mileage_tiers WHERE guild_id = $1 ORDER BY threshold", [guild]).rows
            .map { MileageTier(threshold: try $0.decode(column: "threshold"), roleID: try $0.decode(column: "role_id")) }
    }

    /// Puts `tier.roleID` at `tier.threshold`, moving the role if it was another tier's.
    func setTier(_ tier: MileageTier, guild: Snowflake, at date: Date) async throws {
        try await pool.withTransaction { session in
            try await Self.setTier(tier, guild: guild, at: date, on: session)
        }
    }

    private static func setTier(_ tier: MileageTier, guild: Snowflake, at date: Date, on database: some PostgresQuerying) async throws {
        _ = try await database.query("DELETE FROM mileage_tiers WHERE guild_id = $1 AND role_id = $2 AND threshold <> $3",
                                     [guild, tier.roleID, tier.threshold])
        _ = try await database.query("""
            INSERT INTO mileage_tiers (guild_id, threshold, role_id, created_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (guild_id, threshold) DO UPDATE SET role_id = EXCLUDED.role_id
            """, [guild, tier.threshold, tier.roleID, date])
    }

    @discardableResult
    func removeTier(threshold: Int64, guild: Snowflake) async throws -> Bool {
        try await pool.query("DELETE FROM mileage_tiers WHERE guild_id = $1 AND threshold = $2", [guild, threshold]).affectedRows > 0
    }

    func settings(guild: Snowflake) async throws -> MileageSettings {
        try await Self.settings(guild: guild, on: pool)
    }

    static func settings(guild: Snowflake, on database: some PostgresQuerying) async throws -> MileageSettings {
        guard let row = try await database.query("SELECT tier_mode, moderator_role_id FROM mileage_guild_settings WHERE guild_id = $1",
                                                 [guild]).first else { return MileageSettings() }
        return MileageSettings(tierMode: MileageTierMode(rawValue: try row.decode(column: "tier_mode")) ?? .stack,
                               moderatorRoleID: try row.decode(column: "moderator_role_id"))
    }

    func setSettings(_ settings: MileageSettings, guild: Snowflake, at date: Date) async throws {
        _ = try await pool.query("""
            INSERT INTO mileage_guild_settings (guild_id, tier_mode, moderator_role_id, updated_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (guild_id) DO UPDATE SET tier_mode = EXCLUDED.tier_mode, moderator_role_id = EXCLUDED.moderator_role_id,
                updated_at = EXCLUDED.updated_at
            """, [guild, settings.tierMode.rawValue, settings.moderatorRoleID, date])
    }
}
