/// A user's membership in a guild (discord-docs/resources/guild.mdx, "Guild Member Object").
/// `user` is absent in `MESSAGE_CREATE` members and in an interaction's `resolved.members`;
/// `permissions` is present only on members inside an interaction (the member's permissions in
/// the channel, overwrites included).
struct GuildMember: Codable, Hashable, Sendable {
    var user: User? = nil
    var nick: String? = nil
    var avatar: String? = nil
    var roles: [Snowflake] = []
    /// ISO 8601, kept as text: only shown, never computed on.
    var joinedAt: String? = nil
    var premiumSince: String? = nil
    var deaf: Bool? = nil
    var mute: Bool? = nil
    var pending: Bool? = nil
    var permissions: DiscordPermissions? = nil
    var communicationDisabledUntil: String? = nil

    enum CodingKeys: String, CodingKey {
        case user, nick, avatar, roles, deaf, mute, pending, permissions
        case joinedAt = "joined_at"
        case premiumSince = "premium_since"
        case communicationDisabledUntil = "communication_disabled_until"
    }

    init(user: User? = nil, nick: String? = nil, roles: [Snowflake] = [], permissions: DiscordPermissions? = nil) {
        self.user = user
        self.nick = nick
        self.roles = roles
        self.permissions = permissions
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Discord's own example sends `"user": {}`; an unusable user is treated as absent.
        user = (try? c.decodeIfPresent(User.self, forKey: .user)) ?? nil
        nick = try c.decodeIfPresent(String.self, forKey: .nick)
        avatar = try c.decodeIfPresent(String.self, forKey: .avatar)
        // `roles` is documented as always present, but a missing list means "no roles", not a broken payload.
        roles = try c.decodeIfPresent([Snowflake].self, forKey: .roles) ?? []
        joinedAt = try c.decodeIfPresent(String.self, forKey: .joinedAt)
        premiumSince = try c.decodeIfPresent(String.self, forKey: .premiumSince)
        deaf = try c.decodeIfPresent(Bool.self, forKey: .deaf)
        mute = try c.decodeIfPresent(Bool.self, forKey: .mute)
        pending = try c.decodeIfPresent(Bool.self, forKey: .pending)
        permissions = try c.decodeIfPresent(DiscordPermissions.self, forKey: .permissions)
        communicationDisabledUntil = try c.decodeIfPresent(String.self, forKey: .communicationDisabledUntil)
    }
}
