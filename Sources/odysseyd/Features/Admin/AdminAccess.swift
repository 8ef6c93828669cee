/// Who may use `/admin`: members with Manage Server (or Administrator), and members holding the
/// server's configured `admin_role`. Discord's `default_member_permissions` only hides the
/// command in the client and server admins can override it per role, so the daemon decides
/// here, with the role read fresh from `guild_settings` on each use.
///
/// ```swift
/// let access = AdminAccess(settings: GuildSettingsStore(pool: pool))
/// guard try await access.allows(context) else { return AdminAccess.refusal(in: context.language) }
/// ```
struct AdminAccess: Sendable {
    static let permission: DiscordPermissions = .manageGuild

    /// Names the permission as the member's Discord client shows it («Управлять сервером»).
    static func refusalText(in language: Language) -> String {
        Localizer.text(MessageKeys.Admin.refusal, ["permission": permission.names(in: language).joined(separator: ", ")], in: language)
    }

    static func refusal(in language: Language) -> InteractionReply {
        .ephemeral(refusalText(in: language))
    }

    let settings: GuildSettingsStore

    func allows(_ context: InteractionContext) async throws -> Bool {
        if context.invokerHas(Self.permission) { return true }
        guard let guild = context.guildID, let roles = context.interaction.member?.roles,
              let role = try await settings.adminRole(guild: guild) else { return false }
        return roles.contains(role)
    }
}
