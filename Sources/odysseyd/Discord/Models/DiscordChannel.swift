/// A guild channel, DM or thread (discord-docs/resources/channel.mdx, "Channel Object").
/// Also the partial channel in an interaction's `resolved.channels`, hence mostly optional.
struct DiscordChannel: Codable, Hashable, Sendable {
    var id: Snowflake
    var type: ChannelType
    var guildID: Snowflake? = nil
    var name: String? = nil
    /// The category of a channel, or the parent channel of a thread.
    var parentID: Snowflake? = nil
    var position: Int? = nil
    var permissionOverwrites: [PermissionOverwrite]? = nil
    var topic: String? = nil
    var nsfw: Bool? = nil
    var bitrate: Int? = nil
    var userLimit: Int? = nil
    var rateLimitPerUser: Int? = nil
    /// The invoking user's permissions here, only in interaction payloads.
    var permissions: DiscordPermissions? = nil

    var isVoice: Bool { type == .guildVoice || type == .guildStageVoice }

    enum CodingKeys: String, CodingKey {
        case id, type, name, position, topic, nsfw, bitrate, permissions
        case guildID = "guild_id"
        case parentID = "parent_id"
        case permissionOverwrites = "permission_overwrites"
        case userLimit = "user_limit"
        case rateLimitPerUser = "rate_limit_per_user"
    }
}
