/// The kind of a command option, which also decides the JSON type of its value.
/// Values from discord-docs/interactions/application-commands.mdx, "Application Command Option Type"; unknown ones decode to `.unknown`.
enum ApplicationCommandOptionType: DiscordEnum {
    case subcommand, subcommandGroup, string, integer, boolean, user, channel, role, mentionable, number, attachment
    case unknown(Int)

    static let knownCases: [ApplicationCommandOptionType] = [.subcommand, .subcommandGroup, .string, .integer, .boolean, .user, .channel, .role, .mentionable, .number, .attachment]

    var rawValue: Int {
        switch self {
        case .subcommand: 1
        case .subcommandGroup: 2
        case .string: 3
        case .integer: 4
        case .boolean: 5
        case .user: 6
        case .channel: 7
        case .role: 8
        case .mentionable: 9
        case .number: 10
        case .attachment: 11
        case .unknown(let value): value
        }
    }
}
