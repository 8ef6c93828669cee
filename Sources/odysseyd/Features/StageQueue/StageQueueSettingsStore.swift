import Foundation

/// `stage_queue_settings`: one row per guild, written by `/sign-up setup`.
///
/// ```swift
/// let settingsStore = StageQueueSettingsStore(pool: pool, queues: store)
/// var settings = try await settingsStore.settings(guild: guild)
/// settings.announceChannelID = announcements
/// try await settingsStore.save(settings, guild: guild, by: ben, at: Date())
/// ```
struct StageQueueSettingsStore: Sendable {
    let pool: PostgresPool
    /// For the queue message refresh a change of sign-up channel needs.
    let queues: StageQueueStore

    func settings(guild: Snowflake) async throws -> StageQueueSettings {
        try await Self.load(guild: guild, on: pool)
    }

    /// Writes every setting, records who changed them and refreshes the queue message (which
    /// moves to a new sign-up channel, or shows the queue's new rules), all in one transaction.
    func save(_ settings: StageQueueSettings, guild: Snowflake, by actor: Snowflake, at date: Date) async throws {
        try await pool.withTransaction { session in
            _ = try await session.query("""
                INSERT INTO stage_queue_settings (guild_id, sign_up_channel_id, stage_channel_id, announce_channel_id, sign_up_role_id,
                                                  host_role_id, stage_integration, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (guild_id) DO UPDATE SET
                    sign_up_channel_id = EXCLUDED.sign_up_channel_id, stage_channel_id = EXCLUDED.stage_channel_id,
                    announce_channel_id = EXCLUDED.announce_channel_id, sign_up_role_id = EXCLUDED.sign_up_role_id,
                    host_role_id = EXCLUDED.host_role_id, stage_integration = EXCLUDED.stage_integration, updated_at = EXCLUDED.updated_at
                """, [guild, settings.signUpChannelID, settings.stageChannelID, settings.announceChannelID, settings.signUpRoleID,
                      settings.hostRoleID, settings.stageIntegration, date])
            try await StageQueueEventLog.record(.configured, guild: guild, member: nil, actor: actor, at: date, on: session)
            try await queues.enqueueRefresh(guild: guild, on: session)
        }
    }

    static func load(guild: Snowflake, on database: some PostgresQuerying) async throws -> StageQueueSettings {
        guard let row = try await database.query("""
            SELECT sign_up_channel_id, stage_channel_id, announce_channel_id, sign_up_role_id, host_role_id, stage_integration
            FROM stage_queue_settings WHERE guild_id = $1
            """, [guild]).first else { return StageQueueSettings() }
        return StageQueueSettings(signUpChannelID: try row.decode(column: "sign_up_channel_id"),
                                  stageChannelID: try row.decode(column: "stage_channel_id"),
                                  announceChannelID: try row.decode(column: "announce_channel_id"),
                                  signUpRoleID: try row.decode(column: "sign_up_role_id"),
                                  hostRoleID: try row.decode(column: "host_role_id"),
                                  stageIntegration: try row.decode(column: "stage_integration"))
    }
}
