/// Who may use `/admin`: members with Manage Server (or Administrator), and members holding the
/// server's configured `admin_role`. Discord's `default_member_permissions` only hides the
/// command in the client and server admins can override it per role, so the daemon decides
/// here, with the role read fresh from `guild_settings` on each use.
///
/// ```swift
/// let access = AdminAccess(settings: GuildSettingsStore(pool: pool))
/// guard try await access.allows(context) else { return AdminAccess.refusal }
/// ```
struct AdminAccess: Sendable {
    static let permission: DiscordPermissions = .manageGuild
    static let refusalText = "You need the Manage Server permission or this server's admin role (`admin_role`) to use /admin."
    static let refusal = InteractionReply.ephemeral(refusalText)

    let settings: GuildSettingsStore

    func allows(_ context: InteractionContext) async throws -> Bool {
        if context.invokerHas(Self.permission) { return true }
        guard let guild = context.guildID, let roles = context.interaction.member?.roles,
              let role = try await settings.adminRole(guild: guild) else { return false }
        return roles.contains(role)
    }
}
