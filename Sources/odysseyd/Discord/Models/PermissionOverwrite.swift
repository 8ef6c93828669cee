/// A channel's explicit allow/deny for one role or member
/// (discord-docs/resources/channel.mdx, "Overwrite Object").
struct PermissionOverwrite: Codable, Hashable, Sendable {
    var id: Snowflake
    var type: PermissionOverwriteType
    var allow: DiscordPermissions
    var deny: DiscordPermissions
}
