/// The guilds this daemon's shards receive, kept current from gateway events by
/// ``DiscordEventRouter``: channels (voice and stage included), roles, members and voice states.
/// Compact copies, not the full models, so 10,000 guilds stay affordable.
///
/// ```swift
/// let cache = GuildCache()
/// let guild = await cache.guild(1234)
/// let nick = await cache.member(guild: 1234, user: 5678)?.displayName
/// ```
actor GuildCache {
    private var guilds: [Snowflake: CachedGuild] = [:]
    /// Channel id → guild id, for events and look-ups that name only the channel.
    private var channelGuilds: [Snowflake: Snowflake] = [:]

    init() {}

    // MARK: Reading

    func guild(_ id: Snowflake) -> CachedGuild? { guilds[id] }

    var guildCount: Int { guilds.count }

    var guildIDs: [Snowflake] { guilds.keys.sorted() }

    func channel(_ id: Snowflake) -> CachedChannel? {
        channelGuilds[id].flatMap { guilds[$0]?.channels[id] }
    }

    func member(guild: Snowflake, user: Snowflake) -> CachedMember? { guilds[guild]?.members[user] }

    func voiceState(guild: Snowflake, user: Snowflake) -> CachedVoiceState? { guilds[guild]?.voiceStates[user] }

    /// Totals across guilds, for logs and the benchmark.
    var totals: (guilds: Int, channels: Int, roles: Int, members: Int, voiceStates: Int) {
        guilds.values.reduce((0, 0, 0, 0, 0)) { sum, guild in
            (sum.0 + 1, sum.1 + guild.channels.count, sum.2 + guild.roles.count, sum.3 + guild.members.count, sum.4 + guild.voiceStates.count)
        }
    }

    // MARK: Applying events

    func guildCreated(_ payload: GuildCreatePayload) {
        if let old = guilds[payload.id] { old.channels.keys.forEach { channelGuilds.removeValue(forKey: $0) } }
        let guild = CachedGuild(payload)
        guild.channels.keys.forEach { channelGuilds[$0] = guild.id }
        guilds[guild.id] = guild
    }

    /// GUILD_UPDATE: name, owner and roles; channels and members are left as they are.
    func guildUpdated(_ payload: GuildCreatePayload) {
        guard var guild = guilds[payload.id] else { return }
        if let name = payload.name { guild.name = name }
        if let owner = payload.ownerID { guild.ownerID = owner }
        if !payload.roles.isEmpty {
            guild.roles = Dictionary(payload.roles.map { ($0.id, CachedRole($0)) }, uniquingKeysWith: { _, new in new })
        }
        guilds[payload.id] = guild
    }

    /// An outage keeps the guild (marked unavailable); leaving or being removed drops it.
    func guildDeleted(_ id: Snowflake, unavailable: Bool) {
        if unavailable {
            guilds[id]?.unavailable = true
        } else if let removed = guilds.removeValue(forKey: id) {
            removed.channels.keys.forEach { channelGuilds.removeValue(forKey: $0) }
        }
    }

    func channelChanged(_ channel: DiscordChannel) {
        guard let guildID = channel.guildID, guilds[guildID] != nil else { return }
        guilds[guildID]?.channels[channel.id] = CachedChannel(channel)
        channelGuilds[channel.id] = guildID
    }

    func channelDeleted(_ id: Snowflake, guild: Snowflake?) {
        guard let guildID = guild ?? channelGuilds[id] else { return }
        guilds[guildID]?.channels.removeValue(forKey: id)
        channelGuilds.removeValue(forKey: id)
    }

    func roleChanged(_ role: Role, guild: Snowflake) {
        guilds[guild]?.roles[role.id] = CachedRole(role)
    }

    func roleDeleted(_ id: Snowflake, guild: Snowflake) {
        guard var cached = guilds[guild] else { return }
        cached.roles.removeValue(forKey: id)
        // Discord does not send member updates for a deleted role.
        for (user, var member) in cached.members where member.roles.contains(id) {
            member.roles.removeAll { $0 == id }
            cached.members[user] = member
        }
        guilds[guild] = cached
    }

    /// GUILD_MEMBER_ADD (`added`) and GUILD_MEMBER_UPDATE.
    func memberChanged(_ member: GuildMember, guild: Snowflake, added: Bool) {
        guard guilds[guild] != nil, let cached = CachedMember(member) else { return }
        guilds[guild]?.members[cached.userID] = cached
        if added, let count = guilds[guild]?.memberCount { guilds[guild]?.memberCount = count + 1 }
    }

    func memberRemoved(_ user: Snowflake, guild: Snowflake) {
        guard guilds[guild] != nil else { return }
        guilds[guild]?.members.removeValue(forKey: user)
        guilds[guild]?.voiceStates.removeValue(forKey: user)
        if let count = guilds[guild]?.memberCount { guilds[guild]?.memberCount = max(count - 1, 0) }
    }

    /// VOICE_STATE_UPDATE: joined, moved, muted… or left (no channel).
    func voiceStateChanged(_ state: VoiceState) {
        guard let guildID = state.guildID, guilds[guildID] != nil else { return }
        if let cached = CachedVoiceState(state) {
            guilds[guildID]?.voiceStates[state.userID] = cached
        } else {
            guilds[guildID]?.voiceStates.removeValue(forKey: state.userID)
        }
        if let member = state.member, let cached = CachedMember(member) {
            guilds[guildID]?.members[cached.userID] = cached
        }
    }
}
