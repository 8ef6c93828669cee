/// A guild channel as the cache keeps it: what permission checks and voice features read.
struct CachedChannel: Sendable, Equatable {
    var id: Snowflake
    var type: ChannelType
    var name: String?
    var parentID: Snowflake?
    var position: Int?
    /// Voice and stage channels: the user limit (0 = none).
    var userLimit: Int?
    var permissionOverwrites: [PermissionOverwrite]

    init(_ channel: DiscordChannel) {
        id = channel.id
        type = channel.type
        name = channel.name
        parentID = channel.parentID
        position = channel.position
        userLimit = channel.userLimit
        permissionOverwrites = channel.permissionOverwrites ?? []
    }

    var isVoice: Bool { type == .guildVoice || type == .guildStageVoice }
}
