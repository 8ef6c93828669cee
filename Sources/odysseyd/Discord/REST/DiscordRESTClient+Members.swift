/// Guild member look-ups (discord-docs/resources/guild.mdx, "Get Guild Member").
///
/// ```swift
/// if let member = try await rest.guildMember(guild: guild, user: user) { print(member.nick ?? "") }
/// ```
extension DiscordRESTClient {
    /// JSON error code for a user who is not in the guild (topics/opcodes-and-status-codes.mdx).
    static let unknownMember = 10007

    /// The member, or nil when the user is not in the guild.
    func guildMember(guild: Snowflake, user: Snowflake) async throws -> GuildMember? {
        do {
            return try await send(DiscordRoute(.get, "/guilds/{guild.id}/members/{user.id}",
                                               ["guild.id": guild.description, "user.id": user.description]))
        } catch let error as DiscordAPIError where error.code == Self.unknownMember {
            return nil
        }
    }
}
