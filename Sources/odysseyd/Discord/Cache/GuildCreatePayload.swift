/// The parts of a GUILD_CREATE (or GUILD_UPDATE) `d` the cache keeps. Source:
/// discord-docs/events/gateway-events.mdx, "Guild Create"; resources/guild.mdx, "Guild Object".
/// Missing lists decode as empty: GUILD_UPDATE carries no channels, members or voice states.
struct GuildCreatePayload: Decodable, Sendable {
    var id: Snowflake
    var name: String?
    var ownerID: Snowflake?
    var unavailable: Bool?
    var memberCount: Int?
    var roles: [Role]
    var channels: [DiscordChannel]
    var members: [GuildMember]
    var voiceStates: [VoiceState]

    enum CodingKeys: String, CodingKey {
        case id, name, unavailable, roles, channels, members
        case ownerID = "owner_id"
        case memberCount = "member_count"
        case voiceStates = "voice_states"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Snowflake.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        ownerID = try c.decodeIfPresent(Snowflake.self, forKey: .ownerID)
        unavailable = try c.decodeIfPresent(Bool.self, forKey: .unavailable)
        memberCount = try c.decodeIfPresent(Int.self, forKey: .memberCount)
        roles = try c.decodeIfPresent([Role].self, forKey: .roles) ?? []
        channels = try c.decodeIfPresent([DiscordChannel].self, forKey: .channels) ?? []
        members = try c.decodeIfPresent([GuildMember].self, forKey: .members) ?? []
        voiceStates = try c.decodeIfPresent([VoiceState].self, forKey: .voiceStates) ?? []
    }
}
