/// The guilds `doctor` checks permissions in: those the gateway reported (the ``GuildCache``;
/// the sandbox and this REST client have no `GET /users/@me/guilds`) together with every guild
/// that has settings rows, so a configured guild the bot left is reported, not skipped.
///
/// ```swift
/// let guilds = try await DoctorGuilds(database: pool, connected: { await cache.guildIDs }).all()
/// ```
struct DoctorGuilds: Sendable {
    let database: any PostgresQuerying
    let connected: @Sendable () async -> [Snowflake]

    func all() async throws -> [Snowflake] {
        let rows = try await database.query("""
            SELECT guild_id FROM stage_queue_settings
            UNION SELECT guild_id FROM mileage_tiers
            UNION SELECT guild_id FROM mileage_guild_settings
            """).rows
        let configured = try rows.map { try $0.decode(Snowflake.self, column: "guild_id") }
        return Set(configured + (await connected())).sorted()
    }
}
