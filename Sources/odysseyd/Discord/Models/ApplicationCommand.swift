/// A command as Discord returns it from GET .../commands
/// (discord-docs/interactions/application-commands.mdx, "Application Command Structure").
///
/// ```swift
/// let remote = try JSONDecoder().decode([ApplicationCommand].self, from: body)
/// let upToDate = remote.map(\.definition) == declared
/// ```
struct ApplicationCommand: Codable, Hashable, Sendable {
    var id: Snowflake
    var type: ApplicationCommandType? = nil
    var applicationID: Snowflake? = nil
    var guildID: Snowflake? = nil
    var name: String
    var nameLocalizations: [String: String]? = nil
    var description: String
    var descriptionLocalizations: [String: String]? = nil
    var options: [ApplicationCommandOption]? = nil
    var defaultMemberPermissions: DiscordPermissions? = nil
    var dmPermission: Bool? = nil
    var nsfw: Bool? = nil
    var contexts: [InteractionContextType]? = nil
    var integrationTypes: [Int]? = nil
    /// Changes on every substantial update of the command.
    var version: Snowflake? = nil

    enum CodingKeys: String, CodingKey {
        case id, type, name, description, options, nsfw, contexts, version
        case applicationID = "application_id"
        case guildID = "guild_id"
        case nameLocalizations = "name_localizations"
        case descriptionLocalizations = "description_localizations"
        case defaultMemberPermissions = "default_member_permissions"
        case dmPermission = "dm_permission"
        case integrationTypes = "integration_types"
    }

    /// The part a bulk overwrite would set, for comparing with what the code declares.
    var definition: ApplicationCommandDefinition {
        ApplicationCommandDefinition(
            name: name, type: type, description: description, options: options,
            defaultMemberPermissions: defaultMemberPermissions, dmPermission: dmPermission,
            contexts: contexts, integrationTypes: integrationTypes, nsfw: nsfw,
            nameLocalizations: nameLocalizations, descriptionLocalizations: descriptionLocalizations
        )
    }
}
