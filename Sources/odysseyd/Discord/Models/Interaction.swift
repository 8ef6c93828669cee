/// An interaction Discord sends when a user runs a command, clicks a component or submits a
/// modal, by gateway `INTERACTION_CREATE` or HTTP POST
/// (discord-docs/interactions/receiving-and-responding.mdx, "Interaction Object").
/// Unknown fields are ignored and an unknown `type` keeps `data` nil, so a new kind of
/// interaction is reported, not dropped as undecodable.
///
/// ```swift
/// let interaction = try JSONDecoder().decode(Interaction.self, from: body)
/// if case .command(let command)? = interaction.data, command.name == "duel" {
///     let invoker = interaction.invokingUser
/// }
/// ```
struct Interaction: Decodable, Hashable, Sendable {
    var id: Snowflake
    /// Documented as always sent, yet missing from some of Discord's own examples; the daemon
    /// knows its application id anyway.
    var applicationID: Snowflake?
    var type: InteractionType
    var data: InteractionData? = nil
    var guildID: Snowflake? = nil
    var channelID: Snowflake? = nil
    /// The invoker in a guild, with `permissions` in this channel.
    var member: GuildMember? = nil
    /// The invoker in a DM.
    var user: User? = nil
    /// Valid for 15 minutes, for follow-ups and edits of the response.
    var token: String
    var version: Int = 1
    /// The message a component is on.
    var message: Message? = nil
    /// What the app may do here; decides, e.g., whether it can reply with embeds.
    var appPermissions: DiscordPermissions? = nil
    var locale: String? = nil
    var guildLocale: String? = nil
    var context: InteractionContextType? = nil

    enum CodingKeys: String, CodingKey {
        case id, type, data, member, user, token, version, message, locale, context
        case applicationID = "application_id"
        case guildID = "guild_id"
        case channelID = "channel_id"
        case appPermissions = "app_permissions"
        case guildLocale = "guild_locale"
    }

    /// The user who acted, in a guild or a DM.
    var invokingUser: User? { member?.user ?? user }

    init(id: Snowflake, applicationID: Snowflake? = nil, type: InteractionType, token: String, data: InteractionData? = nil) {
        self.id = id
        self.applicationID = applicationID
        self.type = type
        self.token = token
        self.data = data
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Snowflake.self, forKey: .id)
        applicationID = try c.decodeIfPresent(Snowflake.self, forKey: .applicationID)
        type = try c.decode(InteractionType.self, forKey: .type)
        if c.contains(.data), try !c.decodeNil(forKey: .data) {
            switch type {
            case .applicationCommand, .applicationCommandAutocomplete:
                data = .command(try c.decode(ApplicationCommandData.self, forKey: .data))
            case .messageComponent:
                data = .component(try c.decode(MessageComponentData.self, forKey: .data))
            case .modalSubmit:
                data = .modalSubmit(try c.decode(ModalSubmitData.self, forKey: .data))
            default:
                data = nil
            }
        }
        guildID = try c.decodeIfPresent(Snowflake.self, forKey: .guildID)
        channelID = try c.decodeIfPresent(Snowflake.self, forKey: .channelID)
        member = try c.decodeIfPresent(GuildMember.self, forKey: .member)
        user = try c.decodeIfPresent(User.self, forKey: .user)
        token = try c.decode(String.self, forKey: .token)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        message = try c.decodeIfPresent(Message.self, forKey: .message)
        appPermissions = try c.decodeIfPresent(DiscordPermissions.self, forKey: .appPermissions)
        locale = try c.decodeIfPresent(String.self, forKey: .locale)
        guildLocale = try c.decodeIfPresent(String.self, forKey: .guildLocale)
        context = try c.decodeIfPresent(InteractionContextType.self, forKey: .context)
    }
}
