/// A member's permissions in a guild and in one channel, by discord-docs/topics/permissions.mdx
/// ("Permission Overwrites"): @everyone's bits, then every role's; all of them for the owner
/// or an administrator; then in a channel the @everyone overwrite, the roles' overwrites
/// together (deny first, then allow), and the member's own overwrite last.
///
/// ```swift
/// let math = PermissionCalculator(guildID: guild, ownerID: owner, roles: roles)
/// let base = math.base(userID: bot, roleIDs: member.roles)
/// let inChannel = math.channel(base: base, userID: bot, roleIDs: member.roles, overwrites: channel.permissionOverwrites ?? [])
/// ```
struct PermissionCalculator: Sendable {
    let guildID: Snowflake
    let ownerID: Snowflake?
    let roles: [Role]

    func base(userID: Snowflake, roleIDs: [Snowflake]) -> DiscordPermissions {
        if userID == ownerID { return .all }
        // @everyone's role id is the guild's id.
        var permissions = roles.first { $0.id == guildID }?.permissions ?? []
        for role in roles where roleIDs.contains(role.id) {
            permissions.formUnion(role.permissions ?? [])
        }
        return permissions.contains(.administrator) ? .all : permissions
    }

    func channel(base: DiscordPermissions, userID: Snowflake, roleIDs: [Snowflake], overwrites: [PermissionOverwrite]) -> DiscordPermissions {
        if base.contains(.administrator) { return .all }
        var permissions = base
        if let everyone = overwrites.first(where: { $0.id == guildID && $0.type == .role }) {
            permissions.subtract(everyone.deny)
            permissions.formUnion(everyone.allow)
        }
        var allow: DiscordPermissions = []
        var deny: DiscordPermissions = []
        for overwrite in overwrites where overwrite.type == .role && overwrite.id != guildID && roleIDs.contains(overwrite.id) {
            allow.formUnion(overwrite.allow)
            deny.formUnion(overwrite.deny)
        }
        permissions.subtract(deny)
        permissions.formUnion(allow)
        if let member = overwrites.first(where: { $0.id == userID && $0.type == .member }) {
            permissions.subtract(member.deny)
            permissions.formUnion(member.allow)
        }
        return permissions
    }

    /// The member's highest role position: it may grant only roles strictly below it.
    func highestPosition(roleIDs: [Snowflake]) -> Int {
        roles.filter { roleIDs.contains($0.id) }.compactMap(\.position).max() ?? 0
    }
}
