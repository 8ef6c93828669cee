/// The small `d` shapes of guild events the cache applies (discord-docs/events/gateway-events.mdx).
/// Members, channels and voice states decode with the shared models; these carry the rest.
enum GuildEventPayloads {
    /// Any payload's `guild_id`.
    struct GuildID: Decodable, Sendable {
        var guildID: Snowflake
        enum CodingKeys: String, CodingKey { case guildID = "guild_id" }
    }

    /// GUILD_DELETE: an unavailable guild, or `unavailable` absent when the bot left or was removed.
    struct GuildDelete: Decodable, Sendable {
        var id: Snowflake
        var unavailable: Bool?
    }

    /// GUILD_ROLE_CREATE / GUILD_ROLE_UPDATE.
    struct RoleChange: Decodable, Sendable {
        var guildID: Snowflake
        var role: Role
        enum CodingKeys: String, CodingKey { case role; case guildID = "guild_id" }
    }

    /// GUILD_ROLE_DELETE.
    struct RoleDelete: Decodable, Sendable {
        var guildID: Snowflake
        var roleID: Snowflake
        enum CodingKeys: String, CodingKey { case guildID = "guild_id"; case roleID = "role_id" }
    }

    /// GUILD_MEMBER_REMOVE.
    struct MemberRemove: Decodable, Sendable {
        var guildID: Snowflake
        var user: User
        enum CodingKeys: String, CodingKey { case user; case guildID = "guild_id" }
    }

    /// CHANNEL_DELETE needs only these.
    struct ChannelDelete: Decodable, Sendable {
        var id: Snowflake
        var guildID: Snowflake?
        enum CodingKeys: String, CodingKey { case id; case guildID = "guild_id" }
    }
}
