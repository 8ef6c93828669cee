/// Full objects for the ids a user picked in options or selects, keyed by id
/// (discord-docs/interactions/receiving-and-responding.mdx, "Resolved Data Structure").
/// Members here have no `user`: look it up in `users` under the same id.
struct ResolvedData: Codable, Hashable, Sendable {
    var users: [Snowflake: User] = [:]
    var members: [Snowflake: GuildMember] = [:]
    var roles: [Snowflake: Role] = [:]
    var channels: [Snowflake: DiscordChannel] = [:]
    var messages: [Snowflake: Message] = [:]

    enum CodingKeys: String, CodingKey {
        case users, members, roles, channels, messages
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        users = try c.decodeIfPresent([Snowflake: User].self, forKey: .users) ?? [:]
        members = try c.decodeIfPresent([Snowflake: GuildMember].self, forKey: .members) ?? [:]
        roles = try c.decodeIfPresent([Snowflake: Role].self, forKey: .roles) ?? [:]
        channels = try c.decodeIfPresent([Snowflake: DiscordChannel].self, forKey: .channels) ?? [:]
        messages = try c.decodeIfPresent([Snowflake: Message].self, forKey: .messages) ?? [:]
    }

    /// The member with its user filled in from `users`.
    func member(_ id: Snowflake) -> GuildMember? {
        guard var member = members[id] else { return nil }
        if member.user == nil { member.user = users[id] }
        return member
    }
}
