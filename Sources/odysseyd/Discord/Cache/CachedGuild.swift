/// One guild as the cache keeps it, from GUILD_CREATE and the events that follow.
struct CachedGuild: Sendable, Equatable {
    var id: Snowflake
    var name: String
    var ownerID: Snowflake?
    /// Discord reported an outage for this guild (GUILD_DELETE with `unavailable: true`).
    var unavailable = false
    var memberCount: Int?
    var channels: [Snowflake: CachedChannel] = [:]
    var roles: [Snowflake: CachedRole] = [:]
    /// The members Discord sent (all of them for guilds up to `large_threshold`), by user id.
    var members: [Snowflake: CachedMember] = [:]
    /// Users in voice, by user id.
    var voiceStates: [Snowflake: CachedVoiceState] = [:]

    init(id: Snowflake, name: String) {
        self.id = id
        self.name = name
    }

    init(_ payload: GuildCreatePayload) {
        id = payload.id
        name = payload.name ?? ""
        ownerID = payload.ownerID
        unavailable = payload.unavailable ?? false
        memberCount = payload.memberCount
        channels.reserveCapacity(payload.channels.count)
        for channel in payload.channels { channels[channel.id] = CachedChannel(channel) }
        roles.reserveCapacity(payload.roles.count)
        for role in payload.roles { roles[role.id] = CachedRole(role) }
        members.reserveCapacity(payload.members.count)
        for member in payload.members {
            if let cached = CachedMember(member) { members[cached.userID] = cached }
        }
        for state in payload.voiceStates {
            if let cached = CachedVoiceState(state) { voiceStates[cached.userID] = cached }
        }
    }

    /// Users in `channel`, for voice features.
    func usersInVoice(channel: Snowflake) -> [Snowflake] {
        voiceStates.values.filter { $0.channelID == channel }.map(\.userID).sorted()
    }
}
