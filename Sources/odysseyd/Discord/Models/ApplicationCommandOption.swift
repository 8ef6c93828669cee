/// A parameter, subcommand or subcommand group of a command, both as declared and as Discord
/// returns it (discord-docs/interactions/application-commands.mdx, "Application Command Option
/// Structure").
///
/// Equality follows Discord's normalisation so declared and fetched options compare equal:
/// a missing `required`/`autocomplete` is `false`, missing `choices`/`options`/`channel_types`
/// are empty (channel types in any order), missing localizations are none, and `3` equals `3.0`
/// for bounds.
///
/// ```swift
/// let opponent = ApplicationCommandOption(type: .user, name: "opponent", description: "Who to duel", required: true)
/// ```
struct ApplicationCommandOption: Codable, Hashable, Sendable {
    var type: ApplicationCommandOptionType
    var name: String
    var nameLocalizations: [String: String]? = nil
    var description: String
    var descriptionLocalizations: [String: String]? = nil
    var required: Bool? = nil
    var choices: [CommandChoice]? = nil
    var options: [ApplicationCommandOption]? = nil
    var channelTypes: [ChannelType]? = nil
    var minValue: CommandValue? = nil
    var maxValue: CommandValue? = nil
    var minLength: Int? = nil
    var maxLength: Int? = nil
    var autocomplete: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case type, name, description, required, choices, options, autocomplete
        case nameLocalizations = "name_localizations"
        case descriptionLocalizations = "description_localizations"
        case channelTypes = "channel_types"
        case minValue = "min_value"
        case maxValue = "max_value"
        case minLength = "min_length"
        case maxLength = "max_length"
    }

    init(type: ApplicationCommandOptionType, name: String, description: String, required: Bool? = nil,
         choices: [CommandChoice]? = nil, options: [ApplicationCommandOption]? = nil,
         channelTypes: [ChannelType]? = nil, minValue: CommandValue? = nil, maxValue: CommandValue? = nil,
         minLength: Int? = nil, maxLength: Int? = nil, autocomplete: Bool? = nil,
         nameLocalizations: [String: String]? = nil, descriptionLocalizations: [String: String]? = nil) {
        self.type = type
        self.name = name
        self.description = description
        self.required = required
        self.choices = choices
        self.options = options
        self.channelTypes = channelTypes
        self.minValue = minValue
        self.maxValue = maxValue
        self.minLength = minLength
        self.maxLength = maxLength
        self.autocomplete = autocomplete
        self.nameLocalizations = nameLocalizations
        self.descriptionLocalizations = descriptionLocalizations
    }

    static func == (lhs: ApplicationCommandOption, rhs: ApplicationCommandOption) -> Bool {
        lhs.type == rhs.type
            && lhs.name == rhs.name
            && lhs.description == rhs.description
            && (lhs.nameLocalizations ?? [:]) == (rhs.nameLocalizations ?? [:])
            && (lhs.descriptionLocalizations ?? [:]) == (rhs.descriptionLocalizations ?? [:])
            && (lhs.required ?? false) == (rhs.required ?? false)
            && (lhs.choices ?? []) == (rhs.choices ?? [])
            && (lhs.options ?? []) == (rhs.options ?? [])
            && Set(lhs.channelTypes ?? []) == Set(rhs.channelTypes ?? [])
            && lhs.minValue == rhs.minValue
            && lhs.maxValue == rhs.maxValue
            && lhs.minLength == rhs.minLength
            && lhs.maxLength == rhs.maxLength
            && (lhs.autocomplete ?? false) == (rhs.autocomplete ?? false)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(name)
        hasher.combine(description)
    }
}
