/// The `intents` bit field sent in Identify. Source: discord-docs/events/gateway.mdx, "List of
/// Intents" and "Privileged Intents".
///
/// ```swift
/// let intents: GatewayIntents = [.guilds, .guildMembers, .guildMessages]
/// intents.privileged.names   // ["GUILD_MEMBERS"]
/// ```
struct GatewayIntents: OptionSet, Hashable, Sendable, Codable {
    var rawValue: Int

    init(rawValue: Int) { self.rawValue = rawValue }

    static let guilds = GatewayIntents(rawValue: 1 << 0)
    static let guildMembers = GatewayIntents(rawValue: 1 << 1)
    static let guildModeration = GatewayIntents(rawValue: 1 << 2)
    static let guildExpressions = GatewayIntents(rawValue: 1 << 3)
    static let guildIntegrations = GatewayIntents(rawValue: 1 << 4)
    static let guildWebhooks = GatewayIntents(rawValue: 1 << 5)
    static let guildInvites = GatewayIntents(rawValue: 1 << 6)
    static let guildVoiceStates = GatewayIntents(rawValue: 1 << 7)
    static let guildPresences = GatewayIntents(rawValue: 1 << 8)
    static let guildMessages = GatewayIntents(rawValue: 1 << 9)
    static let guildMessageReactions = GatewayIntents(rawValue: 1 << 10)
    static let guildMessageTyping = GatewayIntents(rawValue: 1 << 11)
    static let directMessages = GatewayIntents(rawValue: 1 << 12)
    static let directMessageReactions = GatewayIntents(rawValue: 1 << 13)
    static let directMessageTyping = GatewayIntents(rawValue: 1 << 14)
    static let messageContent = GatewayIntents(rawValue: 1 << 15)
    static let guildScheduledEvents = GatewayIntents(rawValue: 1 << 16)
    static let autoModerationConfiguration = GatewayIntents(rawValue: 1 << 20)
    static let autoModerationExecution = GatewayIntents(rawValue: 1 << 21)
    static let guildMessagePolls = GatewayIntents(rawValue: 1 << 24)
    static let directMessagePolls = GatewayIntents(rawValue: 1 << 25)

    /// The intents that must be switched on in the Developer Portal before Identify may ask for them.
    static let allPrivileged: GatewayIntents = [.guildMembers, .guildPresences, .messageContent]

    /// Discord's names, in bit order; bits Discord has not documented are named by value.
    static let documented: [(GatewayIntents, String)] = [
        (.guilds, "GUILDS"), (.guildMembers, "GUILD_MEMBERS"), (.guildModeration, "GUILD_MODERATION"),
        (.guildExpressions, "GUILD_EXPRESSIONS"), (.guildIntegrations, "GUILD_INTEGRATIONS"),
        (.guildWebhooks, "GUILD_WEBHOOKS"), (.guildInvites, "GUILD_INVITES"),
        (.guildVoiceStates, "GUILD_VOICE_STATES"), (.guildPresences, "GUILD_PRESENCES"),
        (.guildMessages, "GUILD_MESSAGES"), (.guildMessageReactions, "GUILD_MESSAGE_REACTIONS"),
        (.guildMessageTyping, "GUILD_MESSAGE_TYPING"), (.directMessages, "DIRECT_MESSAGES"),
        (.directMessageReactions, "DIRECT_MESSAGE_REACTIONS"), (.directMessageTyping, "DIRECT_MESSAGE_TYPING"),
        (.messageContent, "MESSAGE_CONTENT"), (.guildScheduledEvents, "GUILD_SCHEDULED_EVENTS"),
        (.autoModerationConfiguration, "AUTO_MODERATION_CONFIGURATION"),
        (.autoModerationExecution, "AUTO_MODERATION_EXECUTION"),
        (.guildMessagePolls, "GUILD_MESSAGE_POLLS"), (.directMessagePolls, "DIRECT_MESSAGE_POLLS"),
    ]

    var privileged: GatewayIntents { intersection(.allPrivileged) }

    var names: [String] {
        var rest = self
        var names: [String] = []
        for (intent, name) in Self.documented where contains(intent) {
            names.append(name)
            rest.subtract(intent)
        }
        for bit in 0..<Int.bitWidth where rest.rawValue & (1 << bit) != 0 {
            names.append("1 << \(bit)")
        }
        return names
    }

    init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
